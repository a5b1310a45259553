// Journal exports to QuickBooks (IIF), Xero, NetSuite and hledger/ledger-cli
// (issue 16, part C): a small hand-built book exported in each format and
// compared line by line with text written by hand.

#include "billing/creditnoteservice.h"
#include "billing/journalexportservice.h"
#include "billing/paymentservice.h"
#include "common/error.h"
#include "exchange/ledgerwriter.h"
#include "exchange/outputparts.h"
#include "exchange/xerowriter.h"
#include "reports/reporttable.h"
#include "reports/trialbalancereport.h"
#include "storage/auditrepository.h"
#include "storage/migrations.h"
#include "storage/transaction.h"
#include "storage/userrepository.h"
#include "testbook.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <QUrl>
#include <map>

using namespace Accrue;
using namespace Accrue::Testing;

class TestJournalExport : public QObject
{
    Q_OBJECT
private slots:
    void schemaHasTheMappingTable();
    void iifBlocksBalanceAndMatchByHand();
    void netSuiteRowsMatchByHand();
    void xeroInvoicesAndPaymentsMatchByHand();
    void xeroStatementHoldsOneCurrency();
    void xeroPartsHoldAtMostXerosLimit();
    void partNamesSortByName();
    void ledgerJournalMatchesByHand();
    void hledgerChecksAndBalancesEqualTheTrialBalance();
    void unmappedAccountIsRefusedNamingIt();
    void unmappedTaxRateIsRefusedNamingIt();
    void exportsAreRepeatable();
    void dateRangeLimitsTheEntries();
    void mappingChangesAreAuditedAndAdminOnly();
    void mappingCsvRoundTrips();
};

namespace {

ExportMapping row(const QString &kind, const QString &key, const QString &code,
                  const QString &name = {})
{
    ExportMapping m;
    m.kind = kind;
    m.sourceKey = key;
    m.targetCode = code;
    m.targetName = name;
    return m;
}

// The book: customer Acme Corp (EUR), revenue accounts 4100 Core Platform
// and 4200 Analytics.
//   INV 2026-06-01, due 2026-07-01:
//     line 1 CORE 2 x 30.00 at 19 %      net 60.00, tax 11.40
//     line 2 ANALYTICS 1.5 x 20.00 -10 % gross 30.00, discount 3.00,
//                                        net 27.00, tax 27.00 x 19 % = 5.13
//     subtotal 87.00, tax 16.53, total 103.53
//     Dr 1100 103.53 / Cr 4100 60.00 / Cr 4200 27.00 / Cr 2100 16.53
//   Payment 2026-06-10, 50.00 "BANK-REF-7": Dr 1000 50.00 / Cr 1100 50.00
//   Credit note 2026-06-15 on line 1, net 10.00 + tax 1.90 = 11.90:
//     Dr 4100 10.00 / Dr 2100 1.90 / Cr 1100 11.90
struct Book
{
    TestBook book;
    Invoice invoice;
    CreditNote note;

    Book()
    {
        AccountRepository accounts(book.db());
        Account core { 0,
                       QStringLiteral("4100"),
                       QStringLiteral("Core Platform"),
                       QStringLiteral("revenue"),
                       {} };
        Account analytics {
            0, QStringLiteral("4200"), QStringLiteral("Analytics"), QStringLiteral("revenue"), {}
        };
        accounts.insert(core);
        accounts.insert(analytics);
        const qint64 customer = book.addCustomer();
        const qint64 coreProduct = book.addProduct(QStringLiteral("CORE"), QStringLiteral("4100"));
        const qint64 analyticsProduct
            = book.addProduct(QStringLiteral("ANALYTICS"), QStringLiteral("4200"));
        Invoice draft
            = book.draft(customer, { { 2000, 3000, 190000 }, { 1500, 2000, 190000, 1000 } });
        draft.lines[0].productId = coreProduct;
        draft.lines[0].description = QStringLiteral("Core Platform, June");
        draft.lines[1].productId = analyticsProduct;
        draft.lines[1].description = QStringLiteral("Analytics, June");
        InvoiceService invoices(book.session());
        invoice = invoices.issue(invoices.createDraft(draft));
        const Currency eur = Currency::require(QStringLiteral("EUR"));
        PaymentService(book.session())
            .payInvoice(invoice.id, Money(5000, eur), QDate(2026, 6, 10),
                        QStringLiteral("bank_transfer"), QStringLiteral("BANK-REF-7"));
        CreditNoteService::Request req;
        req.invoiceId = invoice.id;
        req.mode = CreditNoteService::Mode::Lines;
        req.lines = { { 1, Money(1000, eur) } };
        req.reason = QStringLiteral("Seat removed");
        req.date = QDate(2026, 6, 15);
        note = CreditNoteService(book.session()).issue(req);
    }

    void mapAll()
    {
        JournalExportService service(book.session());
        auto account = [](const char *code, const char *targetCode, const char *name) {
            return row(ExportMapping::accountKind(), QString::fromLatin1(code),
                       QString::fromLatin1(targetCode), QString::fromUtf8(name));
        };
        const std::vector<ExportMapping> accounts {
            account("1000", "1010", "Checking"),
            account("1100", "1200", "Accounts Receivable"),
            account("2100", "2200", "Sales Tax Payable"),
            account("4100", "4010", "Sales:Core Platform"),
            account("4200", "4020", "Sales:Analytics"),
        };
        service.setMapping(ExportFormat::Iif, accounts);
        service.setMapping(ExportFormat::NetSuite, accounts);
        std::vector<ExportMapping> xero = accounts;
        xero.push_back(row(ExportMapping::taxKind(), QStringLiteral("standard"), {},
                           QStringLiteral("19% (VAT on Income)")));
        service.setMapping(ExportFormat::Xero, xero);
    }

    QString path(const QString &name) const { return book.dir() + u'/' + name; }

    QByteArray exportText(ExportFormat format, const ExportRange &range = {},
                          const QString &name = QStringLiteral("out"))
    {
        const QString file = path(name);
        JournalExportService(book.session()).exportTo(format, range, file);
        return read(file);
    }

    static QByteArray read(const QString &file)
    {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return "<cannot read " + file.toUtf8() + '>';
        return f.readAll();
    }
};

void compareLines(const QByteArray &actual, const QByteArray &expected)
{
    const QList<QByteArray> a = actual.split('\n');
    const QList<QByteArray> e = expected.split('\n');
    for (qsizetype i = 0; i < qMin(a.size(), e.size()); ++i)
        QVERIFY2(a[i] == e[i],
                 qPrintable(QStringLiteral("line %1:\n  got      %2\n  expected %3")
                                .arg(i + 1)
                                .arg(QString::fromUtf8(a[i]), QString::fromUtf8(e[i]))));
    QCOMPARE(a.size(), e.size());
}

QString hledger()
{
    const QString exe = QStandardPaths::findExecutable(QStringLiteral("hledger"));
    if (exe.isEmpty())
        qFatal("hledger is missing: scripts/install-deps.sh --tests installs it");
    return exe;
}

QString run(const QString &program, const QStringList &args, int *exitCode)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    p.waitForFinished(60000);
    *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return QString::fromUtf8(p.readAll());
}

const QByteArray xeroInvoiceHeader
    = "*ContactName,EmailAddress,POAddressLine1,POAddressLine2,POAddressLine3,"
      "POAddressLine4,POCity,PORegion,POPostalCode,POCountry,*InvoiceNumber,Reference,"
      "*InvoiceDate,*DueDate,InventoryItemCode,*Description,*Quantity,*UnitAmount,"
      "Discount,*AccountCode,*TaxType,TrackingName1,TrackingOption1,TrackingName2,"
      "TrackingOption2,Currency,BrandingTheme\r\n";
const QByteArray xeroStatementHeader
    = "*Date,*Amount,Payee,Description,Reference,Cheque Number\r\n";

// The Book and 1,201 small invoices of Small Co on 1 June (INV-2026-000002
// .. 001202), each 1 x 1.00 at 19 % on Core Platform, except the 500th
// document, INV-2026-000500, of two lines (1 x 1.00 and 2 x 1.00): with the
// book's invoice first and its credit note last, 1,203 documents, 500 /
// 500 / 203 in Xero's parts, INV-2026-000500 the last of the first. One
// payment on 20 June, BATCH-1, pays INV-2026-000002 .. 001001 in full:
// with the book's 50.00 on 10 June, 1,001 statement lines, 1,000 / 1.
struct LargeBook : Book
{
    static constexpr int smallInvoices = 1201;
    static constexpr int boundary = 500; // INV-2026-000500
    QByteArray invoiceRows; // what one unsplit file would hold after its header
    QByteArray statementRows;

    LargeBook()
    {
        mapAll();
        const qint64 small = book.addCustomer(QStringLiteral("SMALL"), QStringLiteral("Small Co"));
        const qint64 product = book.addProduct(QStringLiteral("SMALLS"), QStringLiteral("4100"));
        InvoiceService invoices(book.session());
        PaymentService::Request batch;
        batch.customerId = small;
        batch.date = QDate(2026, 6, 20);
        batch.reference = QStringLiteral("BATCH-1");
        const Currency eur = Currency::require(QStringLiteral("EUR"));
        batch.amount = Money::zero(eur);
        // The book's invoice: the rows of xeroInvoicesAndPaymentsMatchByHand.
        invoiceRows = "Acme Corp,,,,,,,,,,INV-2026-000001,,01/06/2026,01/07/2026,,\"Core "
                      "Platform, June\",2,30.00,,4010,19% (VAT on Income),,,,,EUR,\r\n"
                      "Acme Corp,,,,,,,,,,INV-2026-000001,,01/06/2026,01/07/2026,,\"Analytics, "
                      "June\",1.5,20.00,10,4020,19% (VAT on Income),,,,,EUR,\r\n";
        statementRows = "10/06/2026,50.00,Acme Corp,BANK-REF-7,INV-2026-000001,\r\n";
        QByteArray paid;
        Transaction tx(book.db()); // one transaction: 1,201 invoices in a moment
        for (int n = 2; n <= smallInvoices + 1; ++n) {
            std::vector<LineSpec> lines { { 1000, 100, 190000 } };
            if (n == boundary)
                lines.push_back({ 2000, 100, 190000 });
            const Invoice inv
                = invoices.createIssued(book.draft(small, lines, QDate(2026, 6, 1), 30, product));
            const QByteArray number = inv.number.toUtf8();
            for (const InvoiceLine &l : inv.lines)
                invoiceRows += "Small Co,,,,,,,,,," + number + ",,01/06/2026,01/07/2026,,"
                    + l.description.toUtf8() + ',' + QByteArray::number(l.quantityMilli / 1000)
                    + ",1.00,,4010,19% (VAT on Income),,,,,EUR,\r\n";
            if (n <= 1001) {
                batch.splits.push_back({ inv.id, inv.total });
                batch.amount += inv.total;
                paid += "20/06/2026," + inv.total.toPlainString().toUtf8() + ",Small Co,BATCH-1,"
                    + number + ",\r\n";
            }
        }
        PaymentService(book.session()).record(batch);
        tx.commit();
        invoiceRows += "Acme Corp,,,,,,,,,,CN-2026-000001,INV-2026-000001,15/06/2026,15/06/2026,,"
                       "\"Core Platform, June\",1,-10.00,,4010,19% (VAT on Income),,,,,EUR,\r\n";
        statementRows += paid;
    }

    // The files of the book's folder named xero-*.
    QStringList exportFiles() const
    {
        QStringList files = QDir(book.dir()).entryList(QDir::Files, QDir::Name);
        files.removeIf([](const QString &f) { return !f.startsWith(QLatin1String("xero-")); });
        return files;
    }
};

QStringList names(std::initializer_list<const char *> latin1)
{
    QStringList out;
    for (const char *name : latin1)
        out << QString::fromLatin1(name);
    return out;
}

// *InvoiceNumber of each row of a part, in order (no field before it holds
// a comma in the test's book).
QStringList invoiceNumbers(const QByteArray &rows)
{
    QStringList numbers;
    for (const QByteArray &row : rows.split('\n'))
        if (!row.isEmpty())
            numbers << QString::fromUtf8(row.split(',').at(10));
    return numbers;
}

} // namespace

void TestJournalExport::schemaHasTheMappingTable()
{
    Book b;
    QVERIFY(Migrations::latestVersion() >= 16);
    QCOMPARE(Migrations::currentVersion(b.book.db()), Migrations::latestVersion());
    QVERIFY(Migrations::tables().contains(QStringLiteral("export_mapping")));
    b.book.checkBooks();
}

void TestJournalExport::iifBlocksBalanceAndMatchByHand()
{
    Book b;
    b.mapAll();
    const QByteArray iif = b.exportText(ExportFormat::Iif);
    // Debits positive, credits negative; TRNS is the entry's first line.
    compareLines(iif,
                 "!TRNS\tTRNSID\tTRNSTYPE\tDATE\tACCNT\tNAME\tAMOUNT\tDOCNUM\tMEMO\r\n"
                 "!SPL\tSPLID\tTRNSTYPE\tDATE\tACCNT\tNAME\tAMOUNT\tDOCNUM\tMEMO\r\n"
                 "!ENDTRNS\r\n"
                 "TRNS\t\tGENERAL JOURNAL\t06/01/2026\tAccounts Receivable\tAcme Corp\t103.53\t"
                 "INV-2026-000001\tinvoice issued\r\n"
                 "SPL\t\tGENERAL JOURNAL\t06/01/2026\tSales:Core Platform\tAcme Corp\t-60.00\t"
                 "INV-2026-000001\tinvoice issued\r\n"
                 "SPL\t\tGENERAL JOURNAL\t06/01/2026\tSales:Analytics\tAcme Corp\t-27.00\t"
                 "INV-2026-000001\tinvoice issued\r\n"
                 "SPL\t\tGENERAL JOURNAL\t06/01/2026\tSales Tax Payable\tAcme Corp\t-16.53\t"
                 "INV-2026-000001\tinvoice issued\r\n"
                 "ENDTRNS\r\n"
                 "TRNS\t\tGENERAL JOURNAL\t06/10/2026\tChecking\tAcme Corp\t50.00\tBANK-REF-7\t"
                 "payment received\r\n"
                 "SPL\t\tGENERAL JOURNAL\t06/10/2026\tAccounts Receivable\tAcme Corp\t-50.00\t"
                 "BANK-REF-7\tpayment received\r\n"
                 "ENDTRNS\r\n"
                 "TRNS\t\tGENERAL JOURNAL\t06/15/2026\tSales:Core Platform\tAcme Corp\t10.00\t"
                 "CN-2026-000001\tcredit note issued\r\n"
                 "SPL\t\tGENERAL JOURNAL\t06/15/2026\tSales Tax Payable\tAcme Corp\t1.90\t"
                 "CN-2026-000001\tcredit note issued\r\n"
                 "SPL\t\tGENERAL JOURNAL\t06/15/2026\tAccounts Receivable\tAcme Corp\t-11.90\t"
                 "CN-2026-000001\tcredit note issued\r\n"
                 "ENDTRNS\r\n");
    // Each TRNS plus its SPL lines sums to zero: 103.53 - 60.00 - 27.00 -
    // 16.53 = 0, 50.00 - 50.00 = 0, 10.00 + 1.90 - 11.90 = 0.
    const Currency eur = Currency::require(QStringLiteral("EUR"));
    qint64 block = 0;
    int blocks = 0;
    for (const QByteArray &line : iif.split('\n')) {
        const QList<QByteArray> f = line.trimmed().split('\t');
        if (f.first() == "TRNS" || f.first() == "SPL")
            block += Money::fromPlainString(QString::fromUtf8(f.at(6)), eur).minor();
        if (f.first() == "ENDTRNS") {
            QCOMPARE(block, 0);
            ++blocks;
        }
    }
    QCOMPARE(blocks, 3);
}

void TestJournalExport::netSuiteRowsMatchByHand()
{
    Book b;
    b.mapAll();
    // One row per journal line, the entry's External ID on each; accounts by
    // their NetSuite numbers.
    compareLines(
        b.exportText(ExportFormat::NetSuite),
        "External ID,Date,Subsidiary,Currency,Account,Debit,Credit,Memo,Name\r\n"
        "ACCRUE-JE-1,06/01/2026,,EUR,1200,103.53,,INV-2026-000001 invoice issued,Acme Corp\r\n"
        "ACCRUE-JE-1,06/01/2026,,EUR,4010,,60.00,INV-2026-000001 invoice issued,Acme Corp\r\n"
        "ACCRUE-JE-1,06/01/2026,,EUR,4020,,27.00,INV-2026-000001 invoice issued,Acme Corp\r\n"
        "ACCRUE-JE-1,06/01/2026,,EUR,2200,,16.53,INV-2026-000001 invoice issued,Acme Corp\r\n"
        "ACCRUE-JE-2,06/10/2026,,EUR,1010,50.00,,BANK-REF-7 payment received,Acme Corp\r\n"
        "ACCRUE-JE-2,06/10/2026,,EUR,1200,,50.00,BANK-REF-7 payment received,Acme Corp\r\n"
        "ACCRUE-JE-3,06/15/2026,,EUR,4010,10.00,,CN-2026-000001 credit note issued,Acme Corp\r\n"
        "ACCRUE-JE-3,06/15/2026,,EUR,2200,1.90,,CN-2026-000001 credit note issued,Acme Corp\r\n"
        "ACCRUE-JE-3,06/15/2026,,EUR,1200,,11.90,CN-2026-000001 credit note issued,Acme Corp\r\n");
}

void TestJournalExport::xeroInvoicesAndPaymentsMatchByHand()
{
    Book b;
    b.mapAll();
    const QString file = b.path(QStringLiteral("xero.csv"));
    const auto result
        = JournalExportService(b.book.session()).exportTo(ExportFormat::Xero, {}, file);
    QCOMPARE(result.files,
             QStringList({ b.path(QStringLiteral("xero-invoices.csv")),
                           b.path(QStringLiteral("xero-payments.csv")) }));
    // Xero's sales invoice template (required columns starred), then one
    // row per line. Line 1: 2 x 30.00 = 60.00. Line 2: 1.5 x 20.00 less 10 %
    // = 27.00, as Xero computes it, so it goes with its quantity, price and
    // discount. The credit note goes as an invoice of negative amounts, which
    // Xero imports as a credit note: one line, quantity 1 at -10.00, its
    // invoice as Reference, due when issued.
    compareLines(Book::read(result.files[0]),
                 "*ContactName,EmailAddress,POAddressLine1,POAddressLine2,POAddressLine3,"
                 "POAddressLine4,POCity,PORegion,POPostalCode,POCountry,*InvoiceNumber,Reference,"
                 "*InvoiceDate,*DueDate,InventoryItemCode,*Description,*Quantity,*UnitAmount,"
                 "Discount,*AccountCode,*TaxType,TrackingName1,TrackingOption1,TrackingName2,"
                 "TrackingOption2,Currency,BrandingTheme\r\n"
                 "Acme Corp,,,,,,,,,,INV-2026-000001,,01/06/2026,01/07/2026,,\"Core Platform, "
                 "June\",2,30.00,,4010,19% (VAT on Income),,,,,EUR,\r\n"
                 "Acme Corp,,,,,,,,,,INV-2026-000001,,01/06/2026,01/07/2026,,\"Analytics, "
                 "June\",1.5,20.00,10,4020,19% (VAT on Income),,,,,EUR,\r\n"
                 "Acme Corp,,,,,,,,,,CN-2026-000001,INV-2026-000001,15/06/2026,15/06/2026,,\"Core "
                 "Platform, June\",1,-10.00,,4010,19% (VAT on Income),,,,,EUR,\r\n");
    // Xero's bank statement template: the 50.00 received on 10 June, money
    // in, the payment's reference as Description and the invoice number as
    // Reference for the reconciliation to match.
    compareLines(Book::read(result.files[1]),
                 "*Date,*Amount,Payee,Description,Reference,Cheque Number\r\n"
                 "10/06/2026,50.00,Acme Corp,BANK-REF-7,INV-2026-000001,\r\n");
}

void TestJournalExport::xeroStatementHoldsOneCurrency()
{
    Book b;
    b.mapAll();
    // A USD invoice on Core Platform (4100), 1,250 x 2.00 = 2,500.00 net at
    // 19 %, paid 100.00 on 20 June.
    const qint64 yank = b.book.addCustomer(QStringLiteral("YANK"), QStringLiteral("Yank Inc"),
                                           QStringLiteral("USD"));
    Invoice draft = b.book.draft(yank, { { 1250000, 200, 190000 } });
    draft.currency = Currency::require(QStringLiteral("USD"));
    draft.lines[0].unitPrice = Money(200, draft.currency);
    draft.lines[0].productId = b.book.addProduct(QStringLiteral("SEATS"), QStringLiteral("4100"));
    draft.lines[0].description = QStringLiteral("Seats");
    InvoiceService invoices(b.book.session());
    const Invoice usd = invoices.issue(invoices.createDraft(draft));
    PaymentService(b.book.session())
        .payInvoice(usd.id, Money(10000, usd.currency), QDate(2026, 6, 20),
                    QStringLiteral("bank_transfer"), QStringLiteral("WIRE-9"));
    JournalExportService service(b.book.session());
    QCOMPARE(errorOf([&] {
                 service.exportTo(ExportFormat::Xero, {}, b.path(QStringLiteral("both.csv")));
             }),
             QStringLiteral("A Xero bank statement holds one currency, and the payments are in "
                            "EUR and USD: export one currency at a time"));
    QVERIFY(!QFile::exists(b.path(QStringLiteral("both-invoices.csv"))));
    // USD alone: the quantity as a plain decimal, no group separator.
    const auto result = service.exportTo(ExportFormat::Xero, { {}, {}, QStringLiteral("USD") },
                                         b.path(QStringLiteral("usd.csv")));
    const QList<QByteArray> rows = Book::read(result.files[0]).split('\n');
    QCOMPARE(rows.size(), 3); // header, the line, the empty rest after the last CRLF
    QVERIFY2(rows[1].contains(",Seats,1250,2.00,,"), rows[1].constData());
    compareLines(Book::read(result.files[1]),
                 "*Date,*Amount,Payee,Description,Reference,Cheque Number\r\n"
                 "20/06/2026,100.00,Yank Inc,WIRE-9,INV-2026-000002,\r\n");
}

// A re-export of the same FILE after xeroPartsHoldAtMostXerosLimit's.
void rerunReplacesEarlierParts(LargeBook &b)
{
    JournalExportService service(b.book.session());
    const QString file = b.path(QStringLiteral("xero.csv"));
    // 15 to 30 June: the credit note alone and BATCH-1's 1,000 lines, which
    // fit one statement file. The plain names again, and the earlier run's
    // parts are gone.
    const ExportRange late { QDate(2026, 6, 15), QDate(2026, 6, 30), {} };
    auto result = service.exportTo(ExportFormat::Xero, late, file);
    QCOMPARE(result.files,
             QStringList({ b.path(QStringLiteral("xero-invoices.csv")),
                           b.path(QStringLiteral("xero-payments.csv")) }));
    QCOMPARE(b.exportFiles(), names({ "xero-invoices.csv", "xero-payments.csv" }));
    QCOMPARE(invoiceNumbers(Book::read(result.files[0]).mid(xeroInvoiceHeader.size())),
             names({ "CN-2026-000001" }));
    QCOMPARE(Book::read(result.files[1]).count('\n'), 1001); // the header and 1,000 lines
    // The whole book again: parts, and the plain files go.
    result = service.exportTo(ExportFormat::Xero, {}, file);
    QCOMPARE(result.files.size(), 5);
    QCOMPARE(b.exportFiles(),
             names({ "xero-invoices-001.csv", "xero-invoices-002.csv", "xero-invoices-003.csv",
                     "xero-payments-001.csv", "xero-payments-002.csv" }));
    std::map<QString, QByteArray> before;
    for (const QString &f : result.files)
        before[f] = Book::read(f);
    // A failing export writes no part, removes none and leaves no temporary
    // file: account 4100 unmapped, the same five files, the same bytes.
    service.setMapping(ExportFormat::Xero,
                       { row(ExportMapping::accountKind(), QStringLiteral("4100"), {}, {}) });
    QCOMPARE(errorOf([&] { service.exportTo(ExportFormat::Xero, late, file); }),
             QStringLiteral("account 4100 Core Platform has no Xero account: set it in "
                            "Settings > Accounting Export or with accrue-cli export mapping"));
    QCOMPARE(b.exportFiles().size(), 5);
    for (const auto &[f, bytes] : before)
        QVERIFY2(Book::read(f) == bytes, qPrintable(f));
    // Another name's files are not touched by this one's runs, and a file
    // that only looks alike (no three-digit part number) stays.
    QFile other(b.path(QStringLiteral("xero-invoices-notes.csv")));
    QVERIFY(other.open(QIODevice::WriteOnly));
    other.close();
    service.setMapping(ExportFormat::Xero,
                       { row(ExportMapping::accountKind(), QStringLiteral("4100"),
                             QStringLiteral("4010"), QStringLiteral("Sales:Core Platform")) });
    service.exportTo(ExportFormat::Xero, late, b.path(QStringLiteral("xero-late.csv")));
    QCOMPARE(b.exportFiles(),
             names({ "xero-invoices-001.csv", "xero-invoices-002.csv", "xero-invoices-003.csv",
                     "xero-invoices-notes.csv", "xero-late-invoices.csv", "xero-late-payments.csv",
                     "xero-payments-001.csv", "xero-payments-002.csv" }));
}

void TestJournalExport::xeroPartsHoldAtMostXerosLimit()
{
    QElapsedTimer timer;
    timer.start();
    LargeBook b;
    const qint64 built = timer.restart();
    const QString file = b.path(QStringLiteral("xero.csv"));
    const auto result
        = JournalExportService(b.book.session()).exportTo(ExportFormat::Xero, {}, file);
    qInfo("1,201 invoices built in %lld ms, exported in %lld ms", built, timer.elapsed());
    QCOMPARE(XeroWriter::maxInvoicesPerFile, 500);
    QCOMPARE(XeroWriter::maxStatementLinesPerFile, 1000);
    QStringList parts;
    for (const char *name :
         { "xero-invoices-001.csv", "xero-invoices-002.csv", "xero-invoices-003.csv",
           "xero-payments-001.csv", "xero-payments-002.csv" })
        parts << b.path(QString::fromLatin1(name));
    QCOMPARE(result.files, parts);
    // Nothing else: no plain name, no temporary file left behind.
    QCOMPARE(b.exportFiles(),
             names({ "xero-invoices-001.csv", "xero-invoices-002.csv", "xero-invoices-003.csv",
                     "xero-payments-001.csv", "xero-payments-002.csv" }));
    // Each part starts with the header; 1,203 documents go 500 / 500 / 203,
    // none in two parts; INV-2026-000500's two rows both end the first part.
    QByteArray invoiceRows;
    QStringList seen;
    const QList<int> documents { 500, 500, 203 };
    for (int i = 0; i < 3; ++i) {
        const QByteArray bytes = Book::read(parts[i]);
        QVERIFY2(bytes.startsWith(xeroInvoiceHeader), qPrintable(parts[i]));
        const QByteArray rows = bytes.mid(xeroInvoiceHeader.size());
        QStringList numbers = invoiceNumbers(rows);
        if (i == 0)
            QCOMPARE(numbers.mid(numbers.size() - 2),
                     names({ "INV-2026-000500", "INV-2026-000500" }));
        numbers.removeDuplicates();
        QCOMPARE(numbers.size(), documents[i]);
        for (const QString &n : numbers)
            QVERIFY2(!seen.contains(n), qPrintable(n));
        seen += numbers;
        invoiceRows += rows;
    }
    // Together the parts are the one file's rows: 1,203 documents, 1,205
    // rows (the book's invoice and INV-2026-000500 have two each).
    QCOMPARE(invoiceRows.count('\n'), 1205);
    QCOMPARE(invoiceRows, b.invoiceRows);
    // 1,001 statement lines: 1,000 and 1.
    QByteArray statementRows;
    const QList<int> lines { 1000, 1 };
    for (int i = 0; i < 2; ++i) {
        const QByteArray bytes = Book::read(parts[3 + i]);
        QVERIFY2(bytes.startsWith(xeroStatementHeader), qPrintable(parts[3 + i]));
        const QByteArray rows = bytes.mid(xeroStatementHeader.size());
        QCOMPARE(int(rows.count('\n')), lines[i]);
        statementRows += rows;
    }
    QCOMPARE(statementRows, b.statementRows);
    // A closed period's export is the same parts, byte for byte.
    const auto again = JournalExportService(b.book.session())
                           .exportTo(ExportFormat::Xero, {}, b.path(QStringLiteral("xero2.csv")));
    QCOMPARE(again.files.size(), 5);
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(QFileInfo(again.files[i]).fileName(),
                 QFileInfo(parts[i]).fileName().replace(QLatin1String("xero-"),
                                                        QLatin1String("xero2-")));
        QVERIFY(Book::read(again.files[i]) == Book::read(parts[i]));
    }
    // The same book again (building it is most of the suite's time on
    // PostgreSQL): a re-export replaces these parts.
    rerunReplacesEarlierParts(b);
}

void TestJournalExport::partNamesSortByName()
{
    QCOMPARE(OutputParts::partNames(QStringLiteral("/x/may-invoices"), QStringLiteral(".csv"), 1),
             names({ "/x/may-invoices.csv" }));
    QCOMPARE(OutputParts::partNames(QStringLiteral("may"), QStringLiteral(".csv"), 2),
             names({ "may-001.csv", "may-002.csv" }));
    // 1,200 parts (600,000 invoices): four digits for each, 0001 .. 1200.
    const QStringList many
        = OutputParts::partNames(QStringLiteral("may"), QStringLiteral(".csv"), 1200);
    QCOMPARE(many.size(), 1200);
    QCOMPARE(many.first(), QStringLiteral("may-0001.csv"));
    QCOMPARE(many.last(), QStringLiteral("may-1200.csv"));
    QCOMPARE(XeroWriter::stems(QStringLiteral("/x/May.CSV")),
             names({ "/x/May-invoices", "/x/May-payments" }));
}

void TestJournalExport::ledgerJournalMatchesByHand()
{
    Book b; // no mapping: the journal names Accrue's own accounts
    compareLines(b.exportText(ExportFormat::Ledger),
                 "; Journal exported from Accrue: the beginning to the end, all currencies.\n"
                 "; Account names carry the trial balance's account codes.\n"
                 "\n"
                 "commodity EUR\n"
                 "    format 1000.00 EUR\n"
                 "\n"
                 "account Assets:1000 Bank\n"
                 "account Assets:1100 Accounts receivable\n"
                 "account Assets:1150 Unbilled revenue\n"
                 "account Assets:1190 Currency exchange clearing\n"
                 "account Liabilities:2100 Sales tax payable\n"
                 "account Liabilities:2200 Customer credit\n"
                 "account Liabilities:2300 Deferred revenue\n"
                 "account Revenues:4000 Revenue\n"
                 "account Revenues:4100 Core Platform\n"
                 "account Revenues:4200 Analytics\n"
                 "account Revenues:4800 Late fees\n"
                 "account Expenses:6900 Bad debts\n"
                 "account Expenses:7900 Exchange gains and losses\n"
                 "\n"
                 "2026-06-01 * (1) INV-2026-000001 | invoice issued\n"
                 "    ; kind: invoice_issued\n"
                 "    ; source: invoice 1\n"
                 "    Assets:1100 Accounts receivable                       103.53 EUR\n"
                 "    Revenues:4100 Core Platform                           -60.00 EUR\n"
                 "    Revenues:4200 Analytics                               -27.00 EUR\n"
                 "    Liabilities:2100 Sales tax payable                    -16.53 EUR\n"
                 "\n"
                 "2026-06-10 * (2) BANK-REF-7 | payment received\n"
                 "    ; kind: payment_received\n"
                 "    ; source: payment 1\n"
                 "    Assets:1000 Bank                                       50.00 EUR\n"
                 "    Assets:1100 Accounts receivable                       -50.00 EUR\n"
                 "\n"
                 "2026-06-15 * (3) CN-2026-000001 | credit note issued\n"
                 "    ; kind: credit_note_issued\n"
                 "    ; source: credit_note 1\n"
                 "    Revenues:4100 Core Platform                            10.00 EUR\n"
                 "    Liabilities:2100 Sales tax payable                      1.90 EUR\n"
                 "    Assets:1100 Accounts receivable                       -11.90 EUR\n");
}

void TestJournalExport::hledgerChecksAndBalancesEqualTheTrialBalance()
{
    Book b;
    const QString file = b.path(QStringLiteral("book.journal"));
    JournalExportService(b.book.session()).exportTo(ExportFormat::Ledger, {}, file);
    int rc = 0;
    // Strict: every account and commodity used is declared.
    QString output = run(
        hledger(),
        { QStringLiteral("-f"), file, QStringLiteral("check"), QStringLiteral("--strict") }, &rc);
    QVERIFY2(rc == 0, qPrintable(output));
    output = run(hledger(),
                 { QStringLiteral("-f"), file, QStringLiteral("balance"), QStringLiteral("--flat"),
                   QStringLiteral("--no-total"), QStringLiteral("-O"), QStringLiteral("csv") },
                 &rc);
    QVERIFY2(rc == 0, qPrintable(output));
    // "Assets:1100 Accounts receivable","41.63 EUR" -> 1100: 4163
    std::map<QString, qint64> fromHledger;
    const Currency eur = Currency::require(QStringLiteral("EUR"));
    for (const QString &line : output.split(u'\n', Qt::SkipEmptyParts).mid(1)) {
        const QStringList f = line.split(QStringLiteral("\",\""));
        QCOMPARE(f.size(), 2);
        const QString code = f[0].section(u':', 1).section(u' ', 0, 0);
        const QString amount = QString(f[1]).remove(u'"').remove(QStringLiteral(" EUR"));
        fromHledger[code] = Money::fromPlainString(amount, eur).minor();
    }
    ReportTable trial;
    TrialBalanceReport(b.book.db()).run(QDate(2026, 12, 31), trial);
    std::map<QString, qint64> fromAccrue;
    for (int r = 0; r < trial.rows().size(); ++r) {
        if (trial.isTotalRow(r))
            continue;
        const QVariantList &row = trial.rows().at(r);
        const qint64 net = row.at(3).value<Money>().minor() - row.at(4).value<Money>().minor();
        if (net != 0)
            fromAccrue[row.at(0).toString()] = net;
    }
    // 1000: 50.00; 1100: 103.53 - 50.00 - 11.90 = 41.63; 2100: -16.53 + 1.90
    // = -14.63; 4100: -60.00 + 10.00 = -50.00; 4200: -27.00.
    const std::map<QString, qint64> byHand { { QStringLiteral("1000"), 5000 },
                                             { QStringLiteral("1100"), 4163 },
                                             { QStringLiteral("2100"), -1463 },
                                             { QStringLiteral("4100"), -5000 },
                                             { QStringLiteral("4200"), -2700 } };
    QCOMPARE(fromAccrue, byHand);
    QCOMPARE(fromHledger, fromAccrue);
}

void TestJournalExport::unmappedAccountIsRefusedNamingIt()
{
    Book b;
    b.mapAll();
    JournalExportService service(b.book.session());
    service.setMapping(ExportFormat::NetSuite,
                       { row(ExportMapping::accountKind(), QStringLiteral("4100"), {}, {}) });
    const QString file = b.path(QStringLiteral("netsuite.csv"));
    {
        QFile old(file);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("earlier export\n");
    }
    QCOMPARE(errorOf([&] { service.exportTo(ExportFormat::NetSuite, {}, file); }),
             QStringLiteral("account 4100 Core Platform has no NetSuite account: set it in "
                            "Settings > Accounting Export or with accrue-cli export mapping"));
    QCOMPARE(Book::read(file), QByteArray("earlier export\n")); // untouched
    // IIF needs the QuickBooks name: a code alone does not do.
    service.setMapping(
        ExportFormat::Iif,
        { row(ExportMapping::accountKind(), QStringLiteral("4200"), QStringLiteral("4020")) });
    QVERIFY_THROWS_EXCEPTION(
        Error, service.exportTo(ExportFormat::Iif, {}, b.path(QStringLiteral("x.iif"))));
    QVERIFY(!QFile::exists(b.path(QStringLiteral("x.iif"))));
}

void TestJournalExport::unmappedTaxRateIsRefusedNamingIt()
{
    Book b;
    b.mapAll();
    JournalExportService service(b.book.session());
    service.setMapping(ExportFormat::Xero,
                       { row(ExportMapping::taxKind(), QStringLiteral("standard"), {}, {}) });
    QCOMPARE(errorOf([&] {
                 service.exportTo(ExportFormat::Xero, {}, b.path(QStringLiteral("xero.csv")));
             }),
             QStringLiteral("tax standard at 19 % has no Xero tax type: set it in Settings > "
                            "Accounting Export or with accrue-cli export mapping"));
    QVERIFY(!QFile::exists(b.path(QStringLiteral("xero-invoices.csv"))));
    QVERIFY(!QFile::exists(b.path(QStringLiteral("xero-payments.csv"))));
    // The rate's own key wins over the category's.
    service.setMapping(ExportFormat::Xero,
                       { row(ExportMapping::taxKind(), QStringLiteral("standard:19"), {},
                             QStringLiteral("VAT 19")) });
    service.exportTo(ExportFormat::Xero, {}, b.path(QStringLiteral("xero.csv")));
    QVERIFY(Book::read(b.path(QStringLiteral("xero-invoices.csv"))).contains(",VAT 19,"));
}

void TestJournalExport::exportsAreRepeatable()
{
    Book b;
    b.mapAll();
    const ExportRange june { QDate(2026, 6, 1), QDate(2026, 6, 30), {} };
    std::map<ExportFormat, QByteArray> first;
    for (ExportFormat f : { ExportFormat::Iif, ExportFormat::NetSuite, ExportFormat::Ledger })
        first[f] = b.exportText(f, june, QStringLiteral("first"));
    // A later payment (July) changes nothing of June's export.
    const Currency eur = Currency::require(QStringLiteral("EUR"));
    PaymentService(b.book.session())
        .payInvoice(b.invoice.id, Money(1000, eur), QDate(2026, 7, 5),
                    QStringLiteral("bank_transfer"), QStringLiteral("LATER"));
    for (ExportFormat f : { ExportFormat::Iif, ExportFormat::NetSuite, ExportFormat::Ledger }) {
        QVERIFY(!first[f].isEmpty());
        QCOMPARE(b.exportText(f, june, QStringLiteral("second")), first[f]);
    }
    JournalExportService service(b.book.session());
    service.exportTo(ExportFormat::Xero, june, b.path(QStringLiteral("x1.csv")));
    service.exportTo(ExportFormat::Xero, june, b.path(QStringLiteral("x2.csv")));
    QCOMPARE(Book::read(b.path(QStringLiteral("x1-invoices.csv"))),
             Book::read(b.path(QStringLiteral("x2-invoices.csv"))));
    QCOMPARE(Book::read(b.path(QStringLiteral("x1-payments.csv"))),
             Book::read(b.path(QStringLiteral("x2-payments.csv"))));
    b.book.checkBooks();
}

void TestJournalExport::dateRangeLimitsTheEntries()
{
    Book b;
    b.mapAll();
    // 2026-06-02 .. 2026-06-14 holds the payment alone: two lines.
    const QByteArray rows
        = b.exportText(ExportFormat::NetSuite, { QDate(2026, 6, 2), QDate(2026, 6, 14), {} });
    QCOMPARE(rows.count('\n'), 3);
    QVERIFY(rows.contains("ACCRUE-JE-2,06/10/2026"));
    QVERIFY(!rows.contains("ACCRUE-JE-1") && !rows.contains("ACCRUE-JE-3"));
    // Another currency's range is empty: the header alone.
    QCOMPARE(b.exportText(ExportFormat::NetSuite, { {}, {}, QStringLiteral("USD") }).count('\n'),
             1);
    QVERIFY_THROWS_EXCEPTION(
        Error, b.exportText(ExportFormat::NetSuite, { QDate(2026, 7, 1), QDate(2026, 6, 1), {} }));
}

void TestJournalExport::mappingChangesAreAuditedAndAdminOnly()
{
    Book b;
    JournalExportService service(b.book.session());
    const qint64 before = AuditRepository(b.book.db()).count();
    QCOMPARE(service.setMapping(ExportFormat::NetSuite,
                                { row(ExportMapping::accountKind(), QStringLiteral("4100"),
                                      QStringLiteral("4010")) }),
             1);
    // The same value again changes nothing and records nothing.
    QCOMPARE(service.setMapping(ExportFormat::NetSuite,
                                { row(ExportMapping::accountKind(), QStringLiteral("4100"),
                                      QStringLiteral("4010")) }),
             0);
    QCOMPARE(AuditRepository(b.book.db()).count(), before + 1);
    AuditRecord last;
    AuditRepository(b.book.db()).forEach([&](const AuditRecord &r) {
        last = r;
        return true;
    });
    QCOMPARE(last.action, QStringLiteral("export_mapping.set"));
    QCOMPARE(last.entityId, QStringLiteral("netsuite:account:4100"));
    QVERIFY(last.afterJson.contains(QStringLiteral("4010")));
    QVERIFY_THROWS_EXCEPTION(
        Error,
        service.setMapping(
            ExportFormat::NetSuite,
            { row(ExportMapping::accountKind(), QStringLiteral("9999"), QStringLiteral("1")) }));
    QVERIFY_THROWS_EXCEPTION(Error, service.mapping(ExportFormat::Ledger));

    const bool server = TestDatabase::onPostgres();
    const QString viewer = server
        ? QStringLiteral("viewer_jx_%1").arg(QCoreApplication::applicationPid())
        : QStringLiteral("vera");
    UserRepository users(b.book.db());
    if (!server)
        users.setRole(b.book.session().userName(), Role::Admin);
    users.setRole(viewer, Role::Viewer);
    QString location = b.book.path();
    if (server) {
        QUrl url(location);
        url.setUserName(viewer);
        location = url.toString();
    }
    auto db = Database::open(location, Database::OpenMode::MustExist);
    db->checkSchema();
    Session vera(*db, viewer);
    JournalExportService asViewer(vera);
    QCOMPARE(asViewer.mapping(ExportFormat::NetSuite).front().sourceKey, QStringLiteral("1000"));
    try {
        asViewer.setMapping(
            ExportFormat::NetSuite,
            { row(ExportMapping::accountKind(), QStringLiteral("4100"), QStringLiteral("x")) });
        QFAIL("a viewer changed the mapping");
    } catch (const Error &e) {
        QCOMPARE(e.kind(), Error::Kind::PermissionDenied);
    }
    QVERIFY_THROWS_EXCEPTION(
        Error, asViewer.exportTo(ExportFormat::Ledger, {}, b.path(QStringLiteral("v.journal"))));
}

void TestJournalExport::mappingCsvRoundTrips()
{
    Book b;
    JournalExportService service(b.book.session());
    const QByteArray csv = "kind,source_key,target_code,target_name\r\n"
                           "account,4100,4010,Sales:Core Platform\r\n"
                           "account,1100,,\"Accounts Receivable, EU\"\r\n"
                           "tax,standard:19,,19% (VAT on Income)\r\n";
    QCOMPARE(service.importMappingCsv(ExportFormat::Xero, csv, QStringLiteral("map.csv")), 3);
    std::map<QString, std::pair<QString, QString>> got;
    for (const ExportMapping &m : service.mapping(ExportFormat::Xero))
        if (!m.isEmpty())
            got[m.kind + u' ' + m.sourceKey] = { m.targetCode, m.targetName };
    const std::map<QString, std::pair<QString, QString>> expected {
        { QStringLiteral("account 1100"),
          { QString(), QStringLiteral("Accounts Receivable, EU") } },
        { QStringLiteral("account 4100"),
          { QStringLiteral("4010"), QStringLiteral("Sales:Core Platform") } },
        { QStringLiteral("tax standard:19"), { QString(), QStringLiteral("19% (VAT on Income)") } },
    };
    QCOMPARE(got, expected);
    // The book's tax rates in use are listed, mapped or not.
    bool listed = false;
    for (const ExportMapping &m : service.mapping(ExportFormat::Xero))
        listed = listed
            || (m.kind == ExportMapping::taxKind() && m.sourceKey == QStringLiteral("standard"));
    QVERIFY(listed);
    QVERIFY_THROWS_EXCEPTION(Error,
                             service.importMappingCsv(ExportFormat::Xero,
                                                      "kind,source_key,target_code,target_name\n"
                                                      "tax,luxury,,X\n",
                                                      QStringLiteral("bad.csv")));
    QVERIFY_THROWS_EXCEPTION(
        Error, service.importMappingCsv(ExportFormat::Xero, "a,b\n", QStringLiteral("bad.csv")));
}

QTEST_GUILESS_MAIN(TestJournalExport)
#include "tst_journalexport.moc"
