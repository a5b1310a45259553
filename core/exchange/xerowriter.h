#pragma once

#include "domain/accountingexport.h"
#include "money/currency.h"

#include <QStringList>

namespace Accrue {

class Database;
class ExportBuffer;
class ExportMappingTable;
class JournalReader;
class OutputParts;

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
// Xero imports at most 500 invoices from one file (the same help page: a
// larger import is to be split into several files) and 1,000 transactions
// from one statement file (Xero Help, "Import a CSV bank statement file into
// Xero": a file of more bank transactions is to be split). So either file
// goes in parts (OutputParts): FILE-invoices.csv when it fits one, else
// FILE-invoices-001.csv, -002.csv, ..., each with the header, a document's
// rows always in one part; the same for FILE-payments.csv.
// AccountCode is the revenue account's mapped Xero code, TaxType the mapped
// name (else code) of the line's tax category at its rate.
class XeroWriter final
{
public:
    // Xero's limits per file (see above).
    static constexpr int maxInvoicesPerFile = 500;
    static constexpr int maxStatementLinesPerFile = 1000;

    XeroWriter(Database &db, JournalReader &journal, const ExportMappingTable &mapping);

    // Both files, in parts, beside FILE(.csv); returns the files written,
    // invoices first. Throws Error, naming every unmapped account and tax
    // rate and every document whose lines do not add up, before any part
    // is committed.
    QStringList write(const QString &path);

    // "FILE-invoices" and "FILE-payments" for FILE(.csv), before ".csv" or
    // "-001.csv".
    static QStringList stems(const QString &path);

private:
    void write(OutputParts &invoices, OutputParts &payments);
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
