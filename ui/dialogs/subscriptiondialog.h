#pragma once

#include "domain/subscription.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Accrue {

class Session;

// One step in a subscription's life, through SubscriptionService: a new
// subscription (plan, licenses, start, billing profile), a change of plan or
// licenses from a date (the next billing run prorates it by days), or a
// pause, resume or cancellation on a date. What the service refuses shows
// in the dialog, which stays open.
class SubscriptionDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { New, Change, Pause, Resume, Cancel };

    // A new subscription for the customer.
    SubscriptionDialog(Session &session, qint64 customerId, QWidget *parent = nullptr);
    // A step for an existing one.
    SubscriptionDialog(Session &session, Mode mode, const Subscription &subscription,
                       QWidget *parent = nullptr);

    void accept() override;
    Mode mode() const { return m_mode; }
    const Subscription &subscription() const { return m_subscription; }
    QComboBox *plan() const { return m_plan; }
    QSpinBox *licenses() const { return m_licenses; }
    QDateEdit *date() const { return m_date; }
    QCheckBox *atPeriodEnd() const { return m_atPeriodEnd; }
    QLineEdit *name() const { return m_name; }
    QString problem() const;

private:
    void build();
    void apply();

    Session &m_session;
    Mode m_mode;
    Subscription m_subscription;
    QComboBox *m_plan = nullptr;
    QComboBox *m_profile = nullptr;
    QSpinBox *m_licenses = nullptr;
    QDateEdit *m_date = nullptr;
    QCheckBox *m_atPeriodEnd = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace Accrue
