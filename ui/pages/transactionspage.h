#pragma once

#include "pages/page.h"

class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace Accrue {

class BankLinesPanel;
class Database;
class PaymentTableModel;
class Session;

// Money in, two views: the bank statement lines with their matching state
// (BankLinesPanel), and the payments received with the invoices each settles
// (money not applied to any invoice stands out).
class TransactionsPage final : public Page
{
    Q_OBJECT

public:
    explicit TransactionsPage(Session &session, QWidget *parent = nullptr);

    void refresh() override;
    BookAreas areas() const override
    {
        return BookArea::Payments | BookArea::Bank | BookArea::Customers;
    }
    void focusSearch() override;
    PaymentTableModel *model() const { return m_model; }
    // nullptr for a user below the root (the bank's lines are the book's).
    BankLinesPanel *bank() const { return m_bank; }
    // The receipt of the current payment row (empty if none or no receipt).
    QString chosenReceipt() const;
    QAction *receiptPdfAction() const { return m_receiptPdf; }
    QAction *receiptMailAction() const { return m_receiptMail; }

signals:
    // A Send Receipt… finished: e-mails sent, and why any were not.
    void receiptMailed(int sent, const QStringList &problems);

private:
    void applyFilter();

    PaymentTableModel *m_model;
    BankLinesPanel *m_bank;
    QLineEdit *m_search;
    QCheckBox *m_unapplied;
    QTableView *m_table;
    QAction *m_receiptPdf;
    QAction *m_receiptMail;
    QLabel *m_footer;
    QTimer *m_debounce;
};

} // namespace Accrue
