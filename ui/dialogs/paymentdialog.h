#pragma once

#include "domain/invoice.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace Accrue {

class Session;

// Records a payment received against one invoice: amount (in the user's
// number format), date, method, reference. More than the balance is kept as
// customer credit. Problems are shown in words and block saving.
class PaymentDialog final : public QDialog
{
    Q_OBJECT

public:
    PaymentDialog(Session &session, const Invoice &invoice, QWidget *parent = nullptr);

    void setAmountText(const QString &text);
    void setReference(const QString &text);
    void accept() override;

private:
    Session &m_session;
    Invoice m_invoice;
    QLineEdit *m_amount;
    QDateEdit *m_date;
    QComboBox *m_method;
    QLineEdit *m_reference;
    QLabel *m_problem;
};

} // namespace Accrue
