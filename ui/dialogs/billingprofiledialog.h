#pragma once

#include "domain/customer.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace Accrue {

class Session;

// A customer's billing profile: where its invoices go (address, region and
// state/province, which also choose the tax), who reads them, and the
// payment method used by default. New or existing; OK saves through
// CustomerService and shows what it refuses in the dialog.
class BillingProfileDialog final : public QDialog
{
    Q_OBJECT

public:
    // A new profile for the customer.
    BillingProfileDialog(Session &session, qint64 customerId, QWidget *parent = nullptr);
    // An existing one.
    BillingProfileDialog(Session &session, const BillingProfile &profile,
                         QWidget *parent = nullptr);

    void accept() override;
    const BillingProfile &profile() const { return m_profile; }
    // For tests: the field with this object name.
    QLineEdit *field(const QString &name) const;
    QComboBox *paymentMethod() const { return m_method; }
    QCheckBox *makeDefault() const { return m_default; }
    QString problem() const;

private:
    void build();
    void display();
    void read();

    Session &m_session;
    BillingProfile m_profile;
    bool m_isNew;
    QComboBox *m_method = nullptr;
    QCheckBox *m_default = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace Accrue
