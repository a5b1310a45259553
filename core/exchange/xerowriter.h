#pragma once

#include "domain/accountingexport.h"
#include "money/currency.h"

#include <QStringList>

class QIODevice;

namespace Accrue {

class Database;
class ExportBuffer;
class ExportMappingTable;
class JournalReader;

// Two CSV files for Xero's own imports (Xero Help, "Import invoices, bills
// and credit notes into Xero", help.xero.com/Help/Accounts_InvoiceImport.htm,
// and the template it offers for download):
// - FILE-invoices.csv for Sales > Invoices > Import: the template's 27
//   columns in its order, the required ones starred as in the template
//   (*ContactName, *InvoiceNumber, *InvoiceDate, *DueDate, *Description,
//   *Quantity, *UnitAmount, *AccountCode, *TaxType). One row per line,
//   amounts tax exclusive (choose "Tax exclusive" when importing), dates
//   DD/MM/YYYY, Discount in percent. "To import credit notes, add them as
//   invoices ... with negative amounts": a credit note is a document of its
//   own number whose lines have a positive quantity and a negative
//   UnitAmount, its invoice as Reference; Xero makes it a credit note. A
//   line whose net Xero would compute differently from quantity, price and
//   discount goes as quantity 1 at its net, so every total is Accrue's to
//   the cent.
// - FILE-payments.csv: Xero has no CSV import of payments (its product
//   ideas forum still asks for one); money received comes in as a bank
//   statement (Bank account > Manage Account > Import a Statement) and is
//   reconciled against the invoices there. So the file is Xero's bank
//   statement template, *Date,*Amount,Payee,Description,Reference,Cheque
//   Number: one line per payment applied to an invoice, the amount in
//   positive (money in), the customer as Payee, the payment's reference as
//   Description and the invoice number as Reference, which Xero's
//   reconciliation matches. Customer credit not applied to an invoice stays
//   out (enter it in Xero as an overpayment). A statement is one bank
//   account's, in one currency: payments in several are refused.
// Xero takes at most 500 invoices and 1,000 statement lines per file; these
// files are not split (export a shorter range, or split them by rows).
// AccountCode is the revenue account's mapped Xero code, TaxType the mapped
// name (else code) of the line's tax category at its rate.
class XeroWriter final
{
public:
    XeroWriter(Database &db, JournalReader &journal, const ExportMappingTable &mapping);

    // Both files; throws Error, naming every unmapped account and tax rate
    // and every document whose lines do not add up, before the caller
    // commits either.
    void write(QIODevice *invoices, QIODevice *payments);

    // "FILE-invoices.csv" and "FILE-payments.csv" beside FILE(.csv).
    static QStringList outputPaths(const QString &path);

private:
    void writeDocument(ExportBuffer &out, const SalesDocument &doc);
    void writePayment(ExportBuffer &out, const PaymentApplication &payment);
    QString accountCode(qint64 accountId);
    QString taxType(const SalesDocumentLine &line);

    Database &m_db;
    JournalReader &m_journal;
    const ExportMappingTable &m_mapping;
    QStringList m_problems;
    Currency m_paymentCurrency;
};

} // namespace Accrue
