#pragma once

#include "domain/bankline.h"

#include <QDialog>
#include <map>

class QComboBox;
class QLabel;
class QTableWidget;

namespace Accrue {

class Session;

// Matches a bank line by hand: choose the customer (type to search), then
// how much goes to each of its open invoices (filled oldest first); what is
// left becomes the customer's credit. OK records it through the
// ReconciliationService.
class ManualMatchDialog final : public QDialog
{
    Q_OBJECT

public:
    ManualMatchDialog(Session &session, const BankLine &line, QWidget *parent = nullptr);

    void setCustomer(qint64 customerId);
    // For tests: the amount typed for the invoice in a row.
    void setApplied(int row, const QString &amount);
    int invoiceCount() const;
    void accept() override;

private:
    void fillInvoices();
    void updateRemainder();
    // What is typed in a row, in minor units of the line's currency; 0 when empty or not an
    // amount (*ok says which).
    qint64 applied(int row, bool *ok = nullptr) const;

    Session &m_session;
    BankLine m_line;
    QComboBox *m_customer;
    QTableWidget *m_invoices;
    QLabel *m_remainder;
    QLabel *m_problem;
    std::vector<OpenInvoice> m_open;
    // What the matcher reads in the line: invoice id -> amount to apply.
    std::map<qint64, Money> m_suggested;
};

} // namespace Accrue
