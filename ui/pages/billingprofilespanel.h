#pragma once

#include "domain/customer.h"

#include <QWidget>
#include <vector>

class QAction;
class QTableWidget;

namespace Accrue {

class Session;

// A customer's billing profiles on the Customers page: where invoices go,
// whose place chooses the tax, and the payment method each uses by default.
// Add, edit, make default and remove (only unused, non-default ones) go
// through CustomerService.
class BillingProfilesPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit BillingProfilesPanel(Session &session, QWidget *parent = nullptr);

    // Shows the customer's profiles; 0 clears the panel.
    void setCustomer(qint64 customerId, bool archived);
    QTableWidget *table() const { return m_table; }
    const std::vector<BillingProfile> &profiles() const { return m_profiles; }
    void selectProfile(int row);
    // The toolbar's Add, Edit, Make Default and Remove.
    QList<QAction *> editActions() const { return { m_add, m_edit, m_default, m_remove }; }

signals:
    void statusMessage(const QString &text);

private:
    void reload();
    void updateActions();
    bool mayEdit() const;
    const BillingProfile *current() const;
    void addProfile();
    void editProfile();
    void makeDefault();
    void removeProfile();

    Session &m_session;
    qint64 m_customerId = 0;
    bool m_archived = false;
    std::vector<BillingProfile> m_profiles;
    std::vector<PaymentMethod> m_methods;
    QTableWidget *m_table;
    QAction *m_add;
    QAction *m_edit;
    QAction *m_default;
    QAction *m_remove;
};

} // namespace Accrue
