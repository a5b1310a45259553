#pragma once

#include "billing/creditnoteservice.h"
#include "domain/invoice.h"

#include <QDialog>

class QCheckBox;
class QFormLayout;
class QDateEdit;
class QLabel;
class QLineEdit;
class QRadioButton;
class QTableWidget;

namespace Accrue {

class Session;

// Issues a credit note on an invoice: the whole invoice (which voids it), an
// amount including tax, or chosen lines (each whole or a net amount), with a
// reason; applied to the invoice or kept as customer credit. On an invoice
// already partly paid or credited it offers the open balance as the amount,
// and says so.
class CreditNoteDialog final : public QDialog
{
    Q_OBJECT

public:
    CreditNoteDialog(Session &session, const Invoice &invoice, QWidget *parent = nullptr);

    void setAmount(const QString &text); // switches to "an amount"
    // Switches to "chosen lines" and ticks the line at a 1-based position;
    // an empty net credits what is left of it.
    void chooseLine(int position, const QString &net = {});
    void setReason(const QString &text);
    // Voiding: the whole invoice, as a full credit note, nothing else offered.
    void setVoidMode();
    void accept() override;

private:
    void fillLines();
    void offerOpenBalance(QFormLayout *form);
    std::vector<CreditNoteService::LineCredit> chosenLines() const;

    Session &m_session;
    Invoice m_invoice;
    QRadioButton *m_full;
    QRadioButton *m_partial;
    QRadioButton *m_byLines;
    QLineEdit *m_amount;
    QTableWidget *m_lines;
    QLineEdit *m_reason;
    QDateEdit *m_date;
    QCheckBox *m_keep;
    QLabel *m_problem;
    QLabel *m_note;
};

} // namespace Accrue
