#pragma once

#include "domain/customer.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace Accrue {

class Session;

// A new customer with its default billing profile, or an existing one's
// details. OK saves through CustomerService; what it refuses is shown in
// the dialog, which stays open.
class CustomerDialog final : public QDialog
{
    Q_OBJECT

public:
    // A new customer.
    explicit CustomerDialog(Session &session, QWidget *parent = nullptr);
    // An existing one (its code stays).
    CustomerDialog(Session &session, const Customer &customer, QWidget *parent = nullptr);

    void accept() override;
    const Customer &customer() const { return m_customer; }
    // For tests: the field with this object name.
    QLineEdit *field(const QString &name) const;
    QString problem() const;

private:
    void build(bool withProfile);
    void display(const Customer &customer);
    void read();

    Session &m_session;
    Customer m_customer;
    bool m_isNew;
    QLineEdit *m_code;
    QLineEdit *m_name;
    QLineEdit *m_taxId;
    QComboBox *m_currency;
    QSpinBox *m_terms;
    QComboBox *m_language;
    QLineEdit *m_email;
    QPlainTextEdit *m_notes;
    BillingProfile m_profile;
    QLabel *m_problem;
};

} // namespace Accrue
