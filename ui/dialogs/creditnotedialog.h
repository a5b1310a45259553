#pragma once

#include "domain/invoice.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace Accrue {

class Session;

// Issues a credit note on an invoice: the whole invoice (which voids it) or
// an amount including tax, with a reason; applied to the invoice or kept as
// customer credit.
class CreditNoteDialog final : public QDialog
{
    Q_OBJECT

public:
    CreditNoteDialog(Session &session, const Invoice &invoice, QWidget *parent = nullptr);

    void setAmount(const QString &text); // switches to "an amount"
    void setReason(const QString &text);
    void accept() override;

private:
    Session &m_session;
    Invoice m_invoice;
    QRadioButton *m_full;
    QRadioButton *m_partial;
    QLineEdit *m_amount;
    QLineEdit *m_reason;
    QDateEdit *m_date;
    QCheckBox *m_keep;
    QLabel *m_problem;
};

} // namespace Accrue
