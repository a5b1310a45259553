#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace Accrue {

class Session;

// A customer's preferred way to pay: card (last four and expiry only),
// SEPA direct debit or ACH (mandate and account), or bank transfer. A full
// card number typed into any field is taken out of it at once and never
// reaches the book; an IBAN is checked and stored masked.
class PaymentMethodDialog final : public QDialog
{
    Q_OBJECT

public:
    PaymentMethodDialog(Session &session, qint64 customerId, QWidget *parent = nullptr);

    void accept() override;
    QLineEdit *field(const QString &name) const;
    void setKind(const QString &kind);
    QString problem() const;

private:
    void refuseCardNumber(QLineEdit *edit);
    void showProblem(const QString &text);

    Session &m_session;
    qint64 m_customerId;
    QComboBox *m_kind;
    QLabel *m_problem;
};

} // namespace Accrue
