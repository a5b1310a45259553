#include "exchange/xerowriter.h"

#include "common/error.h"
#include "exchange/csvwriter.h"
#include "exchange/exportbuffer.h"
#include "exchange/exportmappingtable.h"
#include "exchange/journalreader.h"
#include "exchange/outputparts.h"
#include "money/decimal.h"
#include "storage/salesexportrepository.h"

#include <QCoreApplication>

namespace Accrue {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Accrue::XeroWriter", text);
}

void text(ExportBuffer &out, const QString &value)
{
    CsvWriter::appendField(out.bytes(), CsvWriter::neutralised(value));
}

const char invoiceHeader[]
    = "*ContactName,EmailAddress,POAddressLine1,POAddressLine2,POAddressLine3,"
      "POAddressLine4,POCity,PORegion,POPostalCode,POCountry,*InvoiceNumber,Reference,"
      "*InvoiceDate,*DueDate,InventoryItemCode,*Description,*Quantity,*UnitAmount,Discount,"
      "*AccountCode,*TaxType,TrackingName1,TrackingOption1,TrackingName2,TrackingOption2,"
      "Currency,BrandingTheme\r\n";
const char statementHeader[] = "*Date,*Amount,Payee,Description,Reference,Cheque Number\r\n";
const QString csv = QStringLiteral(".csv");

QString xeroDate(const QDate &date)
{
    return date.toString(QStringLiteral("dd/MM/yyyy"));
}

// Thousandths as a plain decimal: 1500 -> "1.5" (no group separators).
QString quantityText(qint64 milli)
{
    return Decimal::format(milli, 3, QLocale::c());
}

void addProblem(QStringList &problems, const QString &problem)
{
    if (!problems.contains(problem))
        problems << problem;
}

} // namespace

XeroWriter::XeroWriter(Database &db, JournalReader &journal, const ExportMappingTable &mapping)
    : m_db(db)
    , m_journal(journal)
    , m_mapping(mapping)
{
}

QStringList XeroWriter::stems(const QString &path)
{
    QString base = path;
    if (base.endsWith(csv, Qt::CaseInsensitive))
        base.chop(csv.size());
    return { base + QStringLiteral("-invoices"), base + QStringLiteral("-payments") };
}

QString XeroWriter::accountCode(qint64 accountId)
{
    const Account &a = m_journal.account(accountId);
    const ExportMapping *m = m_mapping.account(a.code);
    const QString code = m ? m->targetFor(ExportFormat::Xero) : QString();
    if (code.isEmpty())
        addProblem(m_problems, JournalReader::missingAccountMessage(ExportFormat::Xero, a));
    return code;
}

QString XeroWriter::taxType(const SalesDocumentLine &line)
{
    const ExportMapping *m = m_mapping.tax(line.taxCategory, line.taxRatePpm);
    if (!m) {
        addProblem(m_problems,
                   tr("tax %1 at %2 % has no Xero tax type: %3")
                       .arg(ExportMappingTable::categoryOf(line.taxCategory, line.taxRatePpm),
                            ExportMappingTable::percentText(line.taxRatePpm),
                            JournalReader::whereToSet()));
        return {};
    }
    return m->targetFor(ExportFormat::Xero);
}

QStringList XeroWriter::write(const QString &path)
{
    const QStringList stem = stems(path);
    OutputParts invoices(stem[0], csv, invoiceHeader, maxInvoicesPerFile);
    OutputParts payments(stem[1], csv, statementHeader, maxStatementLinesPerFile);
    write(invoices, payments);
    QStringList files = invoices.commit();
    files += payments.commit();
    return files;
}

void XeroWriter::write(OutputParts &invoices, OutputParts &payments)
{
    SalesExportRepository sales(m_db);
    // A document is one record: all its rows go into the same part.
    sales.forEachDocument(m_journal.range(),
                          [&](const SalesDocument &doc) { writeDocument(invoices.record(), doc); });
    sales.forEachPaymentApplication(m_journal.range(), [&](const PaymentApplication &p) {
        writePayment(payments.record(), p);
    });
    if (!m_problems.isEmpty())
        throw Error(m_problems.join(u'\n'));
    invoices.close();
    payments.close();
}

void XeroWriter::writeDocument(ExportBuffer &out, const SalesDocument &doc)
{
    const Money zero = Money::zero(doc.currency);
    Money net = zero, tax = zero;
    const int sign = doc.creditNote ? -1 : 1;
    for (const SalesDocumentLine &l : doc.lines) {
        net += l.net;
        tax += l.tax;
        // What Xero computes: quantity x price less the discount, rounded once.
        const bool same
            = l.unitPrice.fraction(l.quantityMilli * (10000 - l.discountBp), qint64(1000) * 10000)
            == l.net;
        const Money unit = same ? l.unitPrice : l.net;
        text(out, doc.contact);
        out << ',';
        text(out, doc.email);
        out << ",,,,,,,,,";
        text(out, doc.number);
        out << ',';
        text(out, doc.reference);
        out << ',' << xeroDate(doc.issueDate) << ',' << xeroDate(doc.dueDate) << ",,";
        text(out, l.description);
        out << ',' << quantityText(same ? l.quantityMilli : 1000) << ','
            << Money(sign * unit.minor(), doc.currency).toPlainString() << ','
            << (same && l.discountBp != 0 ? Decimal::format(l.discountBp, 2, QLocale::c())
                                          : QString())
            << ',' << accountCode(l.accountId) << ',';
        text(out, taxType(l));
        out << ",,,,," << doc.currency.code() << ",\r\n";
    }
    if (net != doc.subtotal || tax != doc.tax)
        addProblem(m_problems,
                   tr("%1 %2: its lines come to %3 net and %4 tax, the document to %5 and %6")
                       .arg(doc.creditNote ? tr("credit note") : tr("invoice"), doc.number,
                            net.toPlainString(), tax.toPlainString(), doc.subtotal.toPlainString(),
                            doc.tax.toPlainString()));
    out.recordDone();
}

// A bank statement line: money in, so the amount is positive.
void XeroWriter::writePayment(ExportBuffer &out, const PaymentApplication &p)
{
    const Currency currency = p.amount.currency();
    if (!m_paymentCurrency.isValid())
        m_paymentCurrency = currency;
    else if (currency != m_paymentCurrency)
        addProblem(m_problems,
                   tr("A Xero bank statement holds one currency, and the payments are in %1 and "
                      "%2: export one currency at a time")
                       .arg(m_paymentCurrency.code(), currency.code()));
    out << xeroDate(p.date) << ',' << p.amount.toPlainString() << ',';
    text(out, p.contact);
    out << ',';
    text(out, p.reference);
    out << ',';
    text(out, p.invoiceNumber);
    out << ",\r\n";
    out.recordDone();
}

} // namespace Accrue
