#pragma once

#include "domain/accountingexport.h"

#include <QStringList>

class QIODevice;

namespace Accrue {

class Database;
class ExportBuffer;
class ExportMappingTable;
class JournalReader;

// Xero's two imports, as two CSV files:
// - sales invoices (Business > Invoices > Import), the columns of Xero's
//   template: ContactName, EmailAddress, POAddressLine1-4, POCity, PORegion,
//   POPostalCode, POCountry, InvoiceNumber, Reference, InvoiceDate, DueDate,
//   InventoryItemCode, Description, Quantity, UnitAmount, Discount (percent),
//   AccountCode, TaxType, TrackingName1/Option1/Name2/Option2, Currency,
//   BrandingTheme. One row per line, amounts tax exclusive (choose "Tax
//   exclusive" when importing), dates DD/MM/YYYY. A credit note is a
//   document of its own number with negative unit amounts and the credited
//   invoice as Reference. A line whose net Xero would compute differently
//   from quantity, price and discount goes as quantity 1 at its net, so
//   every total is Accrue's to the cent.
// - payments applied to invoices: Date, InvoiceNumber, ContactName, Amount,
//   Currency, AccountCode (the bank account's Xero code), Reference.
//   Customer credit not applied to an invoice stays out (Xero keeps it as an
//   overpayment entered there).
// AccountCode is the revenue (or bank) account's mapped Xero code, TaxType
// the mapped name (else code) of the line's tax category at its rate.
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
    QString m_bankCode;
};

} // namespace Accrue
