#pragma once

#include "domain/subscription.h"

#include <QWidget>
#include <vector>

class QAction;
class QTableWidget;

namespace Accrue {

class Session;

// A customer's subscriptions on the Customers page: plan, licenses, status,
// the next period to bill and what is billed; the chosen one's change log
// below. New, change, pause, resume and cancel go through
// SubscriptionDialog and SubscriptionService.
class SubscriptionsPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit SubscriptionsPanel(Session &session, QWidget *parent = nullptr);

    void setCustomer(qint64 customerId, bool archived);
    QTableWidget *table() const { return m_table; }
    QTableWidget *changeLog() const { return m_changes; }
    const std::vector<Subscription> &subscriptions() const { return m_rows; }
    void selectSubscription(int row);

signals:
    void statusMessage(const QString &text);

private:
    void reload();
    void showChanges();
    void updateActions();
    const Subscription *current() const;
    void step(int mode);

    Session &m_session;
    qint64 m_customerId = 0;
    bool m_archived = false;
    std::vector<Subscription> m_rows;
    QTableWidget *m_table;
    QTableWidget *m_changes;
    QAction *m_new;
    QAction *m_change;
    QAction *m_pause;
    QAction *m_resume;
    QAction *m_cancel;
};

} // namespace Accrue
