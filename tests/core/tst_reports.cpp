#include "billing/creditnoteservice.h"
#include "billing/paymentservice.h"
#include "billing/tenantservice.h"
#include "billing/userservice.h"
#include "common/error.h"
#include "domain/subscription.h"
#include "exchange/csvwriter.h"
#include "exchange/textdecoding.h"
#include "exchange/texttablewriter.h"
#include "reports/agingreport.h"
#include "reports/dashboardreport.h"
#include "reports/invoicelistreport.h"
#include "reports/period.h"
#include "reports/reportengine.h"
#include "reports/reporttable.h"
#include "reports/trialbalancereport.h"
#include "storage/dashboardrepository.h"
#include "storage/invoiceregister.h"
#include "storage/monthlybalancerepository.h"
#include "storage/revenuerepository.h"
#include "storage/sqlquery.h"
#include "storage/subscriptionrepository.h"
#include "storage/tenantrepository.h"
#include "testbook.h"

#include <QBuffer>
#include <QRandomGenerator>
#include <QTest>
#include <QUrl>

using namespace Accrue;
using namespace Accrue::Testing;

class TestReports : public QObject
{
    Q_OBJECT

private slots:
    void agingBuckets_data();
    void agingBuckets();
    void agingAsOfIgnoresLaterPayments();
    void agingTotalEqualsReceivable();
    void trialBalanceTotalsAgree();
    void invoiceWindowsAreSlicesOfTheList_data();
    void invoiceWindowsAreSlicesOfTheList();
    void statementOfAccountByHand();
    void invoiceListFilters_data();
    void invoiceListFilters();
    void csvQuoting();
    void csvNeutralisesFormulas();
    void textDecodingReadsUtf16_data();
    void textDecodingReadsUtf16();
    void textTableIsSafeForTerminals();
    void excelDialect();
    void monthlyRevenueAndShares();
    void agingBoundaryAndDso();
    void deferredRevenueOfAnAnnualPlan();
    void unbilledRevenueOfAMonthlyPlan();
    void invoiceSummaryByStatus();
    void generalLedgerRunningBalance();
    void paymentsAndCustomerCredit();
    void everyReportRunsAndHasATotal();
    void partnerRevenueByHand();
    void revenueFromMonthlyBalancesEqualsLines();
    void sharedRevenueAccountFallsBackToLines();
};

namespace {

// A report run through the engine, as the CLI and the Reports tab run it.
ReportTable runReport(TestBook &book, const QString &name, ReportParameters p)
{
    ReportTable table;
    const ReportDefinition &report = ReportEngine::require(name);
    report.run(book.db(), ReportEngine::withDefaults(report, p, book.session().today()), table);
    return table;
}

// Cells by column key, so a test reads like the report.
QString cell(const ReportTable &t, int row, const QString &key)
{
    for (int c = 0; c < t.columns().size(); ++c)
        if (t.columns().at(c).key == key)
            return plainCellText(t.rows().at(row).at(c));
    return QStringLiteral("<no column %1>").arg(key);
}

} // namespace

void TestReports::agingBuckets_data()
{
    QTest::addColumn<QDate>("due");
    QTest::addColumn<int>("bucket");
    const QDate asOf(2026, 6, 30);
    QTest::newRow("due later") << asOf.addDays(10) << 0;
    QTest::newRow("due today") << asOf << 0;
    QTest::newRow("1 day") << asOf.addDays(-1) << 1;
    QTest::newRow("30 days") << asOf.addDays(-30) << 1;
    QTest::newRow("31 days") << asOf.addDays(-31) << 2;
    QTest::newRow("60 days") << asOf.addDays(-60) << 2;
    QTest::newRow("61 days") << asOf.addDays(-61) << 3;
    QTest::newRow("90 days") << asOf.addDays(-90) << 3;
    QTest::newRow("91 days") << asOf.addDays(-91) << 4;
    QTest::newRow("a year") << asOf.addDays(-365) << 4;
}

void TestReports::agingBuckets()
{
    QFETCH(QDate, due);
    QFETCH(int, bucket);
    TestBook book;
    const qint64 customer = book.addCustomer();
    const QDate issue = std::min(due, QDate(2026, 6, 30)).addDays(-5);
    book.issue(customer, { { 1000, 12345 } }, issue, int(issue.daysTo(due)));
    ReportTable table;
    AgingReport(book.db()).run(QDate(2026, 6, 30), table);
    QCOMPARE(table.rows().size(), 2); // customer + total
    for (int b = 0; b < AgingReport::bucketCount; ++b) {
        const Money cell = table.rows().at(0).at(3 + b).value<Money>();
        QCOMPARE(cell.minor(), b == bucket ? 12345 : 0);
    }
    QVERIFY(table.isTotalRow(1));
    QCOMPARE(table.rows().at(1).at(8).value<Money>().minor(), 12345);
}

void TestReports::agingAsOfIgnoresLaterPayments()
{
    TestBook book;
    const qint64 customer = book.addCustomer();
    const Invoice inv = book.issue(customer, { { 1000, 10000 } }, QDate(2026, 5, 1));
    PaymentService(book.session())
        .payInvoice(inv.id, Money(4000, inv.currency), QDate(2026, 6, 15),
                    PaymentMethodKind::BankTransfer, QString());
    ReportTable before, after, beforeIssue;
    AgingReport(book.db()).run(QDate(2026, 6, 14), before);
    AgingReport(book.db()).run(QDate(2026, 6, 15), after);
    AgingReport(book.db()).run(QDate(2026, 4, 30), beforeIssue);
    QCOMPARE(before.rows().at(0).at(8).value<Money>().minor(), 10000);
    QCOMPARE(after.rows().at(0).at(8).value<Money>().minor(), 6000);
    QCOMPARE(beforeIssue.rows().size(), 0);
}

void TestReports::agingTotalEqualsReceivable()
{
    TestBook book;
    const qint64 a = book.addCustomer(QStringLiteral("A"), QStringLiteral("Alpha"));
    const qint64 b = book.addCustomer(QStringLiteral("B"), QStringLiteral("Beta"));
    PaymentService payments(book.session());
    for (int i = 0; i < 20; ++i) {
        const Invoice inv = book.issue(i % 2 ? a : b, { { 1000, 1000 + i * 137, 1900 } },
                                       QDate(2026, 1, 1).addDays(i * 7));
        if (i % 3 == 0)
            payments.payInvoice(inv.id, Money(500 + i, inv.currency), inv.issueDate.addDays(3),
                                PaymentMethodKind::Card, QString());
    }
    ReportTable table;
    AgingReport(book.db()).run(QDate(2026, 12, 31), table);
    const int last = int(table.rows().size()) - 1;
    QVERIFY(table.isTotalRow(last));
    QCOMPARE(table.rows().at(last).at(8).value<Money>().minor(),
             book.roleBalance(QStringLiteral("ar")));
}

void TestReports::trialBalanceTotalsAgree()
{
    TestBook book;
    const qint64 customer = book.addCustomer();
    const Invoice inv = book.issue(customer, { { 1000, 10000, 190000 } });
    PaymentService(book.session())
        .payInvoice(inv.id, Money(20000, inv.currency), QDate(2026, 6, 3), PaymentMethodKind::Cash,
                    QString());
    ReportTable table;
    TrialBalanceReport(book.db()).run(QDate(2026, 12, 31), table);
    const QVariantList total = table.rows().last();
    QVERIFY(table.isTotalRow(int(table.rows().size()) - 1));
    QCOMPARE(total.at(3).value<Money>(), total.at(4).value<Money>());
    QCOMPARE(total.at(3).value<Money>().minor(), 20000); // bank; AR nets to zero
}

void TestReports::invoiceListFilters_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("customer");
    QTest::addColumn<QStringList>("numbers");
    QTest::newRow("all") << QString() << QString()
                         << QStringList { QStringLiteral("INV-2026-000001"),
                                          QStringLiteral("INV-2026-000002"),
                                          QStringLiteral("INV-2026-000003"),
                                          QStringLiteral("INV-2026-000004"), QString() };
    QTest::newRow("overdue") << QStringLiteral("overdue") << QString()
                             << QStringList { QStringLiteral("INV-2026-000001") };
    QTest::newRow("paid") << QStringLiteral("paid") << QString()
                          << QStringList { QStringLiteral("INV-2026-000002") };
    QTest::newRow("partially paid") << QStringLiteral("Partially paid") << QString()
                                    << QStringList { QStringLiteral("INV-2026-000003") };
    QTest::newRow("open") << QStringLiteral("open") << QString()
                          << QStringList { QStringLiteral("INV-2026-000004") };
    QTest::newRow("draft") << QStringLiteral("draft") << QString() << QStringList { QString() };
    QTest::newRow("unpaid") << QStringLiteral("unpaid") << QString()
                            << QStringList { QStringLiteral("INV-2026-000001"),
                                             QStringLiteral("INV-2026-000003"),
                                             QStringLiteral("INV-2026-000004") };
    QTest::newRow("customer by code")
        << QString() << QStringLiteral("B") << QStringList { QStringLiteral("INV-2026-000004") };
    QTest::newRow("customer by name part")
        << QString() << QStringLiteral("alp")
        << QStringList { QStringLiteral("INV-2026-000001"), QStringLiteral("INV-2026-000002"),
                         QStringLiteral("INV-2026-000003"), QString() };
}

void TestReports::invoiceListFilters()
{
    QFETCH(QString, status);
    QFETCH(QString, customer);
    QFETCH(QStringList, numbers);
    TestBook book;
    const qint64 a = book.addCustomer(QStringLiteral("A"), QStringLiteral("Alpha GmbH"));
    const qint64 b = book.addCustomer(QStringLiteral("B"), QStringLiteral("Beta Ltd"));
    PaymentService payments(book.session());
    book.issue(a, { { 1000, 1000 } }, QDate(2026, 4, 1)); // overdue on 2026-06-30
    const Invoice paid = book.issue(a, { { 1000, 2000 } }, QDate(2026, 6, 2));
    payments.payInvoice(paid.id, paid.total, QDate(2026, 6, 3), PaymentMethodKind::Card, QString());
    const Invoice part = book.issue(a, { { 1000, 3000 } }, QDate(2026, 6, 5));
    payments.payInvoice(part.id, Money(1000, part.currency), QDate(2026, 6, 6),
                        PaymentMethodKind::Card, QString());
    book.issue(b, { { 1000, 4000 } }, QDate(2026, 6, 10));
    InvoiceService(book.session())
        .createDraft(book.draft(a, { { 1000, 5000 } }, QDate(2026, 6, 20)));

    InvoiceListReport::Filter filter;
    filter.status = status;
    filter.customer = customer;
    filter.today = QDate(2026, 6, 30);
    ReportTable table;
    InvoiceListReport(book.db()).run(filter, table);
    QStringList got;
    for (const QVariantList &row : table.rows())
        got << row.at(0).toString();
    QCOMPARE(got, numbers);
}

void TestReports::invoiceWindowsAreSlicesOfTheList_data()
{
    QTest::addColumn<QString>("sortKey");
    QTest::addColumn<bool>("descending");
    for (const char *key :
         { "number", "customer", "issue_date", "total", "balance", "status", "reminded" })
        for (const bool descending : { false, true })
            QTest::addRow("%s %s", key, descending ? "desc" : "asc")
                << QString::fromLatin1(key) << descending;
}

// Keyset paging: a window sought from any row, forwards or backwards, with
// rows skipped or not, is exactly that slice of the whole sorted list, also
// where sort values repeat and where they are NULL (drafts have no number,
// most invoices were never reminded), on SQLite and PostgreSQL alike.
void TestReports::invoiceWindowsAreSlicesOfTheList()
{
    QFETCH(QString, sortKey);
    QFETCH(bool, descending);
    TestBook book;
    const qint64 a = book.addCustomer(QStringLiteral("A"), QStringLiteral("Alpha GmbH"));
    const qint64 b = book.addCustomer(QStringLiteral("B"), QStringLiteral("Beta Ltd"));
    PaymentService payments(book.session());
    for (int i = 0; i < 36; ++i) {
        const qint64 customer = i % 3 ? a : b;
        // Totals and dates repeat, so ties are broken by the id.
        const std::vector<LineSpec> lines { { 1000, 1000 * (1 + i % 4) } };
        const QDate issued = QDate(2026, 3, 1).addDays(i % 7 * 9);
        if (i % 5 == 0) {
            InvoiceService(book.session()).createDraft(book.draft(customer, lines, issued));
            continue;
        }
        const Invoice invoice = book.issue(customer, lines, issued);
        if (i % 4 == 1)
            payments.payInvoice(invoice.id, Money(500, invoice.currency), issued.addDays(3),
                                PaymentMethodKind::Card, QString());
        if (i % 6 == 2)
            book.db()
                .query(QStringLiteral("UPDATE invoice SET last_reminded = ? WHERE id = ?"))
                .bindAll(QStringLiteral("2026-05-%1").arg(10 + i % 3), invoice.id)
                .exec();
    }
    InvoiceListFilter filter;
    filter.today = QDate(2026, 6, 30);
    filter.sortKey = sortKey;
    filter.descending = descending;
    InvoiceRegister reg(book.db());
    std::vector<InvoiceListRow> all;
    reg.invoices(filter, [&all](const InvoiceListRow &r) { all.push_back(r); });
    const qint64 n = qint64(all.size());
    QCOMPARE(n, 36);
    auto ids = [](const std::vector<InvoiceListRow> &rows) {
        QList<qint64> out;
        for (const InvoiceListRow &r : rows)
            out << r.id;
        return out;
    };
    auto slice = [&](qint64 from, qint64 to) {
        from = std::clamp<qint64>(from, 0, n);
        to = std::clamp<qint64>(to, from, n);
        return ids(std::vector<InvoiceListRow>(all.begin() + from, all.begin() + to));
    };
    using Window = ListWindow<InvoiceListRow>;
    for (const qint64 skip : { 0, 2 }) {
        QCOMPARE(ids(reg.page(filter, Window::top(skip, 5))), slice(skip, skip + 5));
        QCOMPARE(ids(reg.page(filter, { std::nullopt, Window::Direction::Backward, skip, 5 })),
                 slice(n - skip - 5, n - skip));
        for (const qint64 at : { qint64(0), qint64(1), qint64(7), qint64(20), n - 2, n - 1 }) {
            const Window forward { all[std::size_t(at)], Window::Direction::Forward, skip, 5 };
            QCOMPARE(ids(reg.page(filter, forward)), slice(at + 1 + skip, at + 6 + skip));
            const Window backward { all[std::size_t(at)], Window::Direction::Backward, skip, 5 };
            QCOMPARE(ids(reg.page(filter, backward)), slice(at - skip - 5, at - skip));
        }
    }
    // What a view does: windows planned from whatever rows it holds.
    QRandomGenerator random(42);
    for (int trial = 0; trial < 40; ++trial) {
        std::map<qint64, InvoiceListRow> known;
        for (int k = int(random.bounded(4)); k > 0; --k) {
            const qint64 at = random.bounded(int(n));
            known.emplace(at, all[std::size_t(at)]);
        }
        const qint64 offset = random.bounded(int(n));
        const Window window = Window::nearest(offset, 6, n, known);
        QCOMPARE(ids(reg.page(filter, window)), slice(offset, offset + 6));
    }
}

// A statement written out by hand: 100.00 billed and 30.00 paid before the
// period (opening 70.00); in it 250.00 billed, 40.00 paid, a 20.00 credit
// note on the first invoice and 15.00 received that no invoice takes.
void TestReports::statementOfAccountByHand()
{
    TestBook book; // today 2026-06-30
    const qint64 acme = book.addCustomer();
    book.addCustomer(QStringLiteral("OTHER"), QStringLiteral("Other"));
    PaymentService payments(book.session());
    const Invoice first = book.issue(acme, { { 1000, 10000 } }, QDate(2026, 3, 1));
    payments.payInvoice(first.id, Money(3000, first.currency), QDate(2026, 3, 15),
                        PaymentMethodKind::Card, QStringLiteral("R1"));
    const Invoice second = book.issue(acme, { { 1000, 25000 } }, QDate(2026, 6, 1));
    payments.payInvoice(second.id, Money(4000, second.currency), QDate(2026, 6, 10),
                        PaymentMethodKind::Card, QStringLiteral("R2"));
    CreditNoteService::Request note;
    note.invoiceId = first.id;
    note.reason = QStringLiteral("goodwill");
    note.date = QDate(2026, 6, 12);
    note.mode = CreditNoteService::Mode::Amount;
    note.amount = Money(2000, first.currency);
    const CreditNote issuedNote = CreditNoteService(book.session()).issue(note);
    PaymentService::Request extra;
    extra.customerId = acme;
    extra.amount = Money(1500, first.currency);
    extra.date = QDate(2026, 6, 20);
    extra.reference = QStringLiteral("R3");
    payments.record(extra);

    ReportParameters p;
    p.customer = QStringLiteral("ACME");
    p.from = QDate(2026, 4, 1);
    p.to = QDate(2026, 6, 30);
    p.today = p.to;
    ReportTable table;
    ReportEngine::run(book.db(), QStringLiteral("statement-of-account"), p, table);
    QStringList got;
    for (const QVariantList &row : table.rows()) {
        QStringList cells;
        for (const QVariant &cell : row)
            cells << plainCellText(cell);
        got << cells.join(u'|');
    }
    const QStringList expected {
        QStringLiteral("2026-04-01|Opening balance||||70.00"),
        QStringLiteral("2026-06-01|Invoice|%1|250.00||320.00").arg(second.number),
        QStringLiteral("2026-06-10|Payment|R2||40.00|280.00"),
        QStringLiteral("2026-06-12|Credit note|%1||20.00|260.00").arg(issuedNote.number),
        QStringLiteral("2026-06-20|Payment|R3||15.00|245.00"),
        QStringLiteral("2026-06-30|Closing balance||250.00|75.00|245.00"),
        // Open at the end: the second invoice is not due yet, the first is
        // 91 days past its due date of 31 March; with 15.00 of credit the
        // buckets sum to the closing balance.
        QStringLiteral("2026-06-30|Open, not yet due||||210.00"),
        QStringLiteral("2026-06-30|Open, 1–30 days overdue||||0.00"),
        QStringLiteral("2026-06-30|Open, 31–60 days overdue||||0.00"),
        QStringLiteral("2026-06-30|Open, 61–90 days overdue||||0.00"),
        QStringLiteral("2026-06-30|Open, over 90 days overdue||||50.00"),
    };
    QCOMPARE(got, expected);
    // Another customer's statement shows none of it.
    p.customer = QStringLiteral("OTHER");
    ReportTable other;
    ReportEngine::run(book.db(), QStringLiteral("statement-of-account"), p, other);
    QCOMPARE(other.rows().size(), 2); // opening and closing only: nothing is open
    p.customer = QStringLiteral("NOPE");
    QVERIFY_THROWS_EXCEPTION(
        Error, ReportEngine::run(book.db(), QStringLiteral("statement-of-account"), p, other));
    book.checkBooks();
}

void TestReports::csvQuoting()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        CsvWriter csv(&buffer);
        csv.begin(QString(),
                  { { QStringLiteral("name"), QString(), ReportColumn::Type::Text },
                    { QStringLiteral("amount"), QString(), ReportColumn::Type::Money },
                    { QStringLiteral("date"), QString(), ReportColumn::Type::Date } });
        csv.row({ QStringLiteral("Smith, \"Bob\""),
                  QVariant::fromValue(Money(-123456, Currency::require(QStringLiteral("EUR")))),
                  QDate(2026, 2, 3) });
        csv.row({ QStringLiteral("two\nlines"),
                  QVariant::fromValue(Money(5, Currency::require(QStringLiteral("KWD")))),
                  QStringLiteral("2026-02-04") });
        csv.row({ QStringLiteral("Müller"),
                  QVariant::fromValue(Money(7, Currency::require(QStringLiteral("JPY")))),
                  QDate() });
        csv.end();
    }
    QCOMPARE(buffer.data(),
             QByteArray("name,amount,date\r\n"
                        "\"Smith, \"\"Bob\"\"\",-1234.56,2026-02-03\r\n"
                        "\"two\nlines\",0.005,2026-02-04\r\n"
                        "M\xc3\xbcller,7,\r\n"));
}

void TestReports::csvNeutralisesFormulas()
{
    // OWASP CSV injection: text anyone can type (a payer's remittance line)
    // must never run as a formula; amounts stay numbers, minus sign included.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        CsvWriter csv(&buffer);
        csv.begin(QString(),
                  { { QStringLiteral("text"), QString(), ReportColumn::Type::Text },
                    { QStringLiteral("amount"), QString(), ReportColumn::Type::Money } });
        const Money minus(-420, Currency::require(QStringLiteral("EUR")));
        for (const QString &payload :
             { QStringLiteral("=HYPERLINK(\"http://x\",\"y\")"), QStringLiteral("+1+2"),
               QStringLiteral("-2+3"), QStringLiteral("@SUM(A1)"), QStringLiteral("\tx"),
               QStringLiteral("\rx"), QStringLiteral("=cmd|' /C calc'!A0"),
               QStringLiteral("plain =1") })
            csv.row({ payload, QVariant::fromValue(minus) });
        csv.row({ QStringLiteral("as text"), QStringLiteral("-4.20") });
        csv.end();
    }
    QCOMPARE(buffer.data(),
             QByteArray("text,amount\r\n"
                        "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",-4.20\r\n"
                        "'+1+2,-4.20\r\n"
                        "'-2+3,-4.20\r\n"
                        "'@SUM(A1),-4.20\r\n"
                        "'\tx,-4.20\r\n"
                        "\"'\rx\",-4.20\r\n"
                        "'=cmd|' /C calc'!A0,-4.20\r\n"
                        "plain =1,-4.20\r\n"
                        "as text,-4.20\r\n"));
}

void TestReports::textDecodingReadsUtf16_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");
    const QString text = QStringLiteral("Date;Amount;Payer\n2026-03-01;12,50;Müller GmbH\n");
    auto le = [&text](bool bom) {
        QByteArray b = bom ? QByteArray("\xFF\xFE") : QByteArray();
        for (const QChar c : text)
            b += char(c.unicode() & 0xff), b += char(c.unicode() >> 8);
        return b;
    };
    auto be = [&text](bool bom) {
        QByteArray b = bom ? QByteArray("\xFE\xFF") : QByteArray();
        for (const QChar c : text)
            b += char(c.unicode() >> 8), b += char(c.unicode() & 0xff);
        return b;
    };
    QTest::newRow("UTF-16LE with BOM") << le(true) << QStringLiteral("utf-16le");
    QTest::newRow("UTF-16LE without BOM") << le(false) << QStringLiteral("utf-16le");
    QTest::newRow("UTF-16BE with BOM") << be(true) << QStringLiteral("utf-16be");
    QTest::newRow("UTF-16BE without BOM") << be(false) << QStringLiteral("utf-16be");
    QTest::newRow("UTF-8") << text.toUtf8() << QStringLiteral("utf-8");
    QTest::newRow("Latin-1") << text.toLatin1() << QStringLiteral("windows-1252");
}

void TestReports::textDecodingReadsUtf16()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    QString used;
    QCOMPARE(TextDecoding::decode(bytes, QStringLiteral("auto"), QStringLiteral("s.csv"), &used),
             QStringLiteral("Date;Amount;Payer\n2026-03-01;12,50;Müller GmbH\n"));
    QCOMPARE(used, encoding);
}

void TestReports::textTableIsSafeForTerminals()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    TextTableWriter table(&buffer);
    table.begin(QStringLiteral("T"),
                { { QStringLiteral("text"), QStringLiteral("Text"), ReportColumn::Type::Text } });
    table.row({ QStringLiteral("\x1b]0;pwned\x07\x1b[2J\u202Eevil\rcover") });
    table.row({ QString(500, u'x') });
    table.end();
    const QString out = QString::fromUtf8(buffer.data());
    QVERIFY(!out.contains(u'\x1b'));
    QVERIFY(!out.contains(u'\r'));
    QVERIFY(!out.contains(QChar(0x202e)));
    QVERIFY(out.contains(QStringLiteral("\uFFFD]0;pwned")));
    QVERIFY(out.contains(QString(59, u'x') + QChar(0x2026)));
    QVERIFY(!out.contains(QString(61, u'x')));
}

void TestReports::excelDialect()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        CsvWriter csv(&buffer, CsvWriter::Dialect::excel(QLocale(QStringLiteral("de_DE"))));
        csv.begin(QString(),
                  { { QStringLiteral("name"), QString(), ReportColumn::Type::Text },
                    { QStringLiteral("amount"), QString(), ReportColumn::Type::Money },
                    { QStringLiteral("share"), QString(), ReportColumn::Type::Percent } });
        csv.row({ QStringLiteral("Smith; Jones"),
                  QVariant::fromValue(Money(-123456, Currency::require(QStringLiteral("EUR")))),
                  QVariant::fromValue(FixedPoint { 1250, 2 }) });
        csv.end();
    }
    QCOMPARE(buffer.data(),
             QByteArray("\xEF\xBB\xBFname;amount;share\r\n"
                        "\"Smith; Jones\";-1234,56;12,50\r\n"));
}

void TestReports::monthlyRevenueAndShares()
{
    TestBook book;
    const qint64 acme = book.addCustomer();
    const qint64 core = book.addProduct(QStringLiteral("CORE"), QStringLiteral("4000"));
    const qint64 api = book.addProduct(QStringLiteral("API"), QStringLiteral("4010"));
    InvoiceService invoices(book.session());
    auto issue = [&](const QDate &date, qint64 product, qint64 qty, qint64 price) {
        return invoices.issue(
            invoices.createDraft(book.draft(acme, { { qty, price } }, date, 30, product)));
    };
    const Invoice april = issue(QDate(2026, 4, 10), core, 2000, 10000); // 200.00
    issue(QDate(2026, 4, 20), api, 1000, 5000); // 50.00
    issue(QDate(2026, 5, 5), core, 1000, 30000); // 300.00
    issue(QDate(2026, 7, 1), core, 1000, 99900); // after the period
    CreditNoteService::Request credit;
    credit.invoiceId = april.id;
    credit.mode = CreditNoteService::Mode::Lines;
    credit.lines = { { 1, Money(2000, april.currency) } }; // 20.00 of the April CORE line, in May
    credit.reason = QStringLiteral("Discount");
    credit.date = QDate(2026, 5, 15);
    CreditNoteService(book.session()).issue(credit);

    ReportParameters p;
    p.from = QDate(2026, 4, 1);
    p.to = QDate(2026, 5, 31);
    p.currency = QStringLiteral("EUR");
    ReportTable months = runReport(book, QStringLiteral("monthly-revenue"), p);
    QCOMPARE(months.rows().size(), 3);
    QCOMPARE(cell(months, 0, QStringLiteral("month")), QStringLiteral("2026-04"));
    QCOMPARE(cell(months, 0, QStringLiteral("revenue")), QStringLiteral("250.00"));
    QCOMPARE(cell(months, 1, QStringLiteral("revenue")), QStringLiteral("280.00"));
    QVERIFY(months.isTotalRow(2));
    QCOMPARE(cell(months, 2, QStringLiteral("revenue")), QStringLiteral("530.00"));

    p.split = QStringLiteral("module");
    ReportTable split = runReport(book, QStringLiteral("monthly-revenue"), p);
    // April: CORE 200.00, API 50.00, month total; May: CORE 280.00, month total; total.
    QCOMPARE(split.rows().size(), 6);
    QCOMPARE(cell(split, 0, QStringLiteral("key")), QStringLiteral("CORE"));
    QCOMPARE(cell(split, 0, QStringLiteral("revenue")), QStringLiteral("200.00"));
    QCOMPARE(cell(split, 1, QStringLiteral("key")), QStringLiteral("API"));
    QCOMPARE(cell(split, 1, QStringLiteral("revenue")), QStringLiteral("50.00"));
    QCOMPARE(cell(split, 2, QStringLiteral("revenue")), QStringLiteral("250.00"));
    QCOMPARE(cell(split, 3, QStringLiteral("month")), QStringLiteral("2026-05"));
    QCOMPARE(cell(split, 3, QStringLiteral("revenue")), QStringLiteral("280.00"));
    QCOMPARE(cell(split, 5, QStringLiteral("revenue")), QStringLiteral("530.00"));

    p.split.clear();
    ReportTable shares = runReport(book, QStringLiteral("revenue-by-module"), p);
    QCOMPARE(cell(shares, 0, QStringLiteral("key")), QStringLiteral("CORE"));
    QCOMPARE(cell(shares, 0, QStringLiteral("revenue")), QStringLiteral("480.00"));
    QCOMPARE(cell(shares, 0, QStringLiteral("share")), QStringLiteral("90.57")); // 480/530
    QCOMPARE(cell(shares, 1, QStringLiteral("share")), QStringLiteral("9.43"));
    QCOMPARE(cell(shares, 2, QStringLiteral("share")), QStringLiteral("100.00"));

    // The Dashboard's revenue (from the ledger) is the same figure.
    QCOMPARE(DashboardRepository(book.db()).revenue(QStringLiteral("EUR"), p.from, p.to), 53000);

    // Narrowed to one module, the months show that module only.
    p.module = QStringLiteral("API");
    ReportTable apiOnly = runReport(book, QStringLiteral("monthly-revenue"), p);
    QCOMPARE(cell(apiOnly, 0, QStringLiteral("revenue")), QStringLiteral("50.00"));
    QCOMPARE(cell(apiOnly, 1, QStringLiteral("revenue")), QStringLiteral("0.00"));
    book.checkBooks();
}

void TestReports::agingBoundaryAndDso()
{
    TestBook book;
    const qint64 acme = book.addCustomer();
    // Due 2026-05-31: 30 days past due on 2026-06-30, 31 days on 2026-07-01.
    const Invoice first = book.issue(acme, { { 1000, 100000 } }, QDate(2026, 5, 1), 30);
    book.issue(acme, { { 1000, 50000 } }, QDate(2026, 6, 15), 30);
    ReportParameters p;
    p.asOf = QDate(2026, 6, 30);
    ReportTable day30 = runReport(book, QStringLiteral("ar-aging"), p);
    QCOMPARE(cell(day30, 0, QStringLiteral("current")), QStringLiteral("500.00"));
    QCOMPARE(cell(day30, 0, QStringLiteral("days_1_30")), QStringLiteral("1000.00"));
    QCOMPARE(cell(day30, 0, QStringLiteral("days_31_60")), QStringLiteral("0.00"));
    // Open 1500.00 of 1500.00 invoiced in the 90 days: 90.0 days.
    QCOMPARE(cell(day30, 0, QStringLiteral("dso")), QStringLiteral("90.0"));
    p.asOf = QDate(2026, 7, 1);
    ReportTable day31 = runReport(book, QStringLiteral("ar-aging"), p);
    QCOMPARE(cell(day31, 0, QStringLiteral("days_1_30")), QStringLiteral("0.00"));
    QCOMPARE(cell(day31, 0, QStringLiteral("days_31_60")), QStringLiteral("1000.00"));

    PaymentService(book.session())
        .payInvoice(first.id, Money(75000, first.currency), QDate(2026, 6, 20),
                    PaymentMethodKind::BankTransfer, QString());
    p.asOf = QDate(2026, 6, 30);
    ReportTable paid = runReport(book, QStringLiteral("ar-aging"), p);
    // Open 750.00 (250.00 + 500.00) over 1500.00 invoiced, x 90 = 45.0 days.
    QCOMPARE(cell(paid, 0, QStringLiteral("total")), QStringLiteral("750.00"));
    QCOMPARE(cell(paid, 0, QStringLiteral("dso")), QStringLiteral("45.0"));
    QCOMPARE(cell(paid, 1, QStringLiteral("dso")), QStringLiteral("45.0")); // total row
    // The Dashboard's DSO tile says the same.
    const DashboardFigures figures
        = DashboardReport(book.db()).figures(Period::of(Period::Kind::ThisMonth, p.asOf), p.asOf);
    QCOMPARE(figures.dsoDays.value_or(-1), 45.0);
    QCOMPARE(figures.outstanding.minor(), 75000);
    QCOMPARE(AgingReport::dsoTenths(1, 3, 90), qint64(300)); // 30.0: exact thirds
    QCOMPARE(AgingReport::dsoTenths(100, 0, 90), qint64(-1));
}

void TestReports::deferredRevenueOfAnAnnualPlan()
{
    TestBook book;
    const qint64 acme = book.addCustomer();
    InvoiceService invoices(book.session());
    Invoice annual = book.draft(acme, { { 1000, 120000 } }, QDate(2026, 1, 1), 30);
    annual.lines[0].serviceStart = QDate(2026, 1, 1);
    annual.lines[0].serviceEnd = QDate(2026, 12, 31);
    annual.lines[0].recognitionMethod = RecognitionMethod::Ratably;
    invoices.issue(invoices.createDraft(annual));
    ReportParameters p;
    p.asOf = QDate(2026, 3, 31);
    // By its schedule: January 1200.00 x 31/365 = 101.92, February x 28/365
    // = 92.05, March 101.92: 295.89 recognised, 904.11 deferred (the same
    // as 90 of 365 days: 1200.00 x 275/365 = 904.1096).
    ReportTable march = runReport(book, QStringLiteral("deferred-revenue"), p);
    QCOMPARE(march.rows().size(), 2);
    QCOMPARE(cell(march, 0, QStringLiteral("amount")), QStringLiteral("1200.00"));
    QCOMPARE(cell(march, 0, QStringLiteral("recognised")), QStringLiteral("295.89"));
    QCOMPARE(cell(march, 0, QStringLiteral("deferred")), QStringLiteral("904.11"));
    QCOMPARE(cell(march, 1, QStringLiteral("deferred")), QStringLiteral("904.11"));
    // April 98.63 + May 101.92 + June 98.63 more: 1200.00 - 595.07 = 604.93.
    p.asOf = QDate(2026, 6, 30);
    QCOMPARE(
        cell(runReport(book, QStringLiteral("deferred-revenue"), p), 0, QStringLiteral("deferred")),
        QStringLiteral("604.93"));
    p.asOf = QDate(2026, 12, 31); // all delivered: nothing deferred, no rows
    QCOMPARE(runReport(book, QStringLiteral("deferred-revenue"), p).rows().size(), 0);
    p.asOf = QDate(2025, 12, 31); // not invoiced yet
    QCOMPARE(runReport(book, QStringLiteral("deferred-revenue"), p).rows().size(), 0);
}

void TestReports::unbilledRevenueOfAMonthlyPlan()
{
    TestBook book;
    const qint64 acme = book.addCustomer();
    const qint64 core = book.addProduct(QStringLiteral("CORE"), QStringLiteral("4000"));
    ProductRepository products(book.db());
    Plan plan;
    plan.code = QStringLiteral("PRO-M");
    plan.name = QStringLiteral("Pro monthly");
    plan.productId = core;
    plan.billingPeriodMonths = 1;
    plan.currency = Currency::require(QStringLiteral("EUR"));
    plan.price = Money(31000, plan.currency); // 310.00 a month
    products.insertPlan(plan);
    Subscription sub;
    sub.customerId = acme;
    sub.planId = plan.id;
    sub.name = QStringLiteral("Pro");
    sub.licenses = 2;
    sub.startDate = QDate(2026, 4, 1);
    sub.status = QStringLiteral("active");
    SubscriptionRepository(book.db()).insert(sub);
    // April billed; May and June not.
    InvoiceService invoices(book.session());
    Invoice april = book.draft(acme, { { 2000, 31000 } }, QDate(2026, 4, 1), 30, core);
    april.subscriptionId = sub.id;
    april.lines[0].serviceStart = QDate(2026, 4, 1);
    april.lines[0].serviceEnd = QDate(2026, 4, 30);
    invoices.issue(invoices.createDraft(april));
    ReportParameters p;
    p.asOf = QDate(2026, 6, 10);
    // May 620.00 (2 licences) + June 1-10: 620.00 x 10/30 = 206.67 -> 826.67.
    ReportTable t = runReport(book, QStringLiteral("unbilled-revenue"), p);
    QCOMPARE(t.rows().size(), 2);
    QCOMPARE(cell(t, 0, QStringLiteral("billed_through")), QStringLiteral("2026-04-30"));
    QCOMPARE(cell(t, 0, QStringLiteral("unbilled_from")), QStringLiteral("2026-05-01"));
    QCOMPARE(cell(t, 0, QStringLiteral("amount")), QStringLiteral("826.67"));
}

void TestReports::invoiceSummaryByStatus()
{
    TestBook book; // today 2026-06-30
    const qint64 acme = book.addCustomer();
    InvoiceService invoices(book.session());
    PaymentService payments(book.session());
    const Invoice paid = book.issue(acme, { { 1000, 10000 } }, QDate(2026, 6, 1), 10);
    payments.payInvoice(paid.id, paid.total, QDate(2026, 6, 5), PaymentMethodKind::Cash, {});
    const Invoice partial = book.issue(acme, { { 1000, 20000 } }, QDate(2026, 6, 10), 30);
    payments.payInvoice(partial.id, Money(5000, partial.currency), QDate(2026, 6, 12),
                        PaymentMethodKind::Cash, {});
    book.issue(acme, { { 1000, 30000 } }, QDate(2026, 6, 2), 10); // overdue on 06-30
    invoices.createDraft(book.draft(acme, { { 1000, 40000 } }, QDate(2026, 6, 20)));
    book.issue(acme, { { 1000, 99900 } }, QDate(2026, 5, 31)); // before the period
    ReportParameters p;
    p.from = QDate(2026, 6, 1);
    p.to = QDate(2026, 6, 30);
    const ReportTable t = runReport(book, QStringLiteral("invoice-summary"), p);
    QHash<QString, QStringList> byStatus;
    for (int r = 0; r < t.rows().size() - 1; ++r)
        byStatus[cell(t, r, QStringLiteral("status"))]
            = { cell(t, r, QStringLiteral("count")), cell(t, r, QStringLiteral("total")),
                cell(t, r, QStringLiteral("balance")) };
    QCOMPARE(
        byStatus.value(QStringLiteral("paid")),
        (QStringList { QStringLiteral("1"), QStringLiteral("100.00"), QStringLiteral("0.00") }));
    QCOMPARE(
        byStatus.value(QStringLiteral("partially_paid")),
        (QStringList { QStringLiteral("1"), QStringLiteral("200.00"), QStringLiteral("150.00") }));
    QCOMPARE(
        byStatus.value(QStringLiteral("overdue")),
        (QStringList { QStringLiteral("1"), QStringLiteral("300.00"), QStringLiteral("300.00") }));
    QCOMPARE(
        byStatus.value(QStringLiteral("draft")),
        (QStringList { QStringLiteral("1"), QStringLiteral("400.00"), QStringLiteral("400.00") }));
    const int last = int(t.rows().size()) - 1;
    QVERIFY(t.isTotalRow(last));
    QCOMPARE(cell(t, last, QStringLiteral("count")), QStringLiteral("4"));
    QCOMPARE(cell(t, last, QStringLiteral("total")), QStringLiteral("1000.00"));
}

void TestReports::generalLedgerRunningBalance()
{
    TestBook book;
    const qint64 acme = book.addCustomer();
    book.issue(acme, { { 1000, 10000 } }, QDate(2026, 5, 10)); // opening AR 100.00
    const Invoice june = book.issue(acme, { { 1000, 5000 } }, QDate(2026, 6, 5));
    PaymentService(book.session())
        .payInvoice(june.id, Money(3000, june.currency), QDate(2026, 6, 10),
                    PaymentMethodKind::Cheque, {});
    ReportParameters p;
    p.from = QDate(2026, 6, 1);
    p.to = QDate(2026, 6, 30);
    p.account = QStringLiteral("1100"); // accounts receivable
    const ReportTable t = runReport(book, QStringLiteral("general-ledger"), p);
    QCOMPARE(t.rows().size(), 4);
    QCOMPARE(cell(t, 0, QStringLiteral("memo")), QStringLiteral("Opening balance"));
    QCOMPARE(cell(t, 0, QStringLiteral("balance")), QStringLiteral("100.00"));
    QCOMPARE(cell(t, 1, QStringLiteral("debit")), QStringLiteral("50.00"));
    QCOMPARE(cell(t, 1, QStringLiteral("balance")), QStringLiteral("150.00"));
    QCOMPARE(cell(t, 2, QStringLiteral("credit")), QStringLiteral("30.00"));
    QCOMPARE(cell(t, 2, QStringLiteral("balance")), QStringLiteral("120.00"));
    QVERIFY(t.isTotalRow(3));
    QCOMPARE(cell(t, 3, QStringLiteral("debit")), QStringLiteral("50.00"));
    QCOMPARE(cell(t, 3, QStringLiteral("credit")), QStringLiteral("30.00"));
    QCOMPARE(cell(t, 3, QStringLiteral("balance")), QStringLiteral("120.00"));
}

void TestReports::paymentsAndCustomerCredit()
{
    TestBook book;
    const qint64 acme = book.addCustomer();
    const qint64 beta = book.addCustomer(QStringLiteral("BETA"), QStringLiteral("Beta, \"B\" Ltd"));
    const Invoice a = book.issue(acme, { { 1000, 10000 } }, QDate(2026, 6, 1));
    const Invoice b = book.issue(beta, { { 1000, 4000 } }, QDate(2026, 6, 1));
    PaymentService payments(book.session());
    payments.payInvoice(a.id, Money(12000, a.currency), QDate(2026, 6, 3),
                        PaymentMethodKind::BankTransfer, QStringLiteral("REF 1"));
    payments.payInvoice(b.id, Money(4000, b.currency), QDate(2026, 6, 4), PaymentMethodKind::Card,
                        QStringLiteral("REF 2"));
    ReportParameters p;
    p.from = QDate(2026, 6, 1);
    p.to = QDate(2026, 6, 30);
    const ReportTable received = runReport(book, QStringLiteral("payments-received"), p);
    QCOMPARE(received.rows().size(), 3);
    QCOMPARE(cell(received, 0, QStringLiteral("amount")), QStringLiteral("120.00"));
    QCOMPARE(cell(received, 0, QStringLiteral("unapplied")), QStringLiteral("20.00"));
    QCOMPARE(cell(received, 1, QStringLiteral("customer")), QStringLiteral("Beta, \"B\" Ltd"));
    QCOMPARE(cell(received, 2, QStringLiteral("amount")), QStringLiteral("160.00"));
    p.customer = QStringLiteral("BETA");
    QCOMPARE(runReport(book, QStringLiteral("payments-received"), p).rows().size(), 2);

    const ReportTable credit = runReport(book, QStringLiteral("customer-credit"), {});
    QCOMPARE(credit.rows().size(), 2);
    QCOMPARE(cell(credit, 0, QStringLiteral("customer_code")), QStringLiteral("ACME"));
    QCOMPARE(cell(credit, 0, QStringLiteral("available")), QStringLiteral("20.00"));

    // CSV quotes a customer name with a comma and quotes.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        CsvWriter csv(&buffer);
        runReport(book, QStringLiteral("payments-received"), p); // warm
        const ReportDefinition &report = ReportEngine::require(QStringLiteral("payments-received"));
        report.run(book.db(), ReportEngine::withDefaults(report, p, book.session().today()), csv);
    }
    QVERIFY2(buffer.data().contains(",BETA,\"Beta, \"\"B\"\" Ltd\",card,REF 2,EUR,40.00,0.00\r\n"),
             buffer.data().constData());
}

void TestReports::everyReportRunsAndHasATotal()
{
    TestBook book;
    const qint64 acme = book.addCustomer();
    book.issue(acme, { { 1000, 10000 } }, QDate(2026, 6, 1));
    for (const ReportDefinition &report : ReportEngine::reports()) {
        if (report.name == QLatin1String("payment-reconciliation")) {
            // Without a bank account there is nothing to reconcile: it says so.
            QVERIFY_THROWS_EXCEPTION(Error, runReport(book, report.name, {}));
            continue;
        }
        ReportParameters given;
        if (report.name == QLatin1String("statement-of-account")) {
            // One customer's: without one it says so.
            QVERIFY_THROWS_EXCEPTION(Error, runReport(book, report.name, {}));
            given.customer = QStringLiteral("ACME");
        }
        const ReportTable t = runReport(book, report.name, given);
        QVERIFY2(!t.title().isEmpty(), qPrintable(report.name));
        QVERIFY2(!t.columns().isEmpty(), qPrintable(report.name));
        QVERIFY2(
            !ReportEngine::describe(report,
                                    ReportEngine::withDefaults(report, {}, book.session().today()),
                                    QLocale::c())
                    .isEmpty()
                || report.parameters.isEmpty() || report.name == QLatin1String("customer-credit"),
            qPrintable(report.name));
    }
}

namespace {

using Source = MonthlyBalanceRepository::Source;
using Cells = std::map<std::pair<QString, QString>, std::pair<QString, qint64>>;

// Revenue cells by (key, month), without cells that net to zero: the lines
// show them, the monthly balances need not.
Cells revenueCells(Database &db, Source source, const QDate &from, const QDate &to,
                   const QString &currency, const QString &module = {})
{
    ReportScope scope;
    scope.module = module;
    Cells out;
    for (const auto &c :
         RevenueRepository(db, source)
             .byMonth(RevenueRepository::Dimension::Module, currency, from, to, scope))
        if (c.amountMinor != 0)
            out[{ c.key, c.month }] = { c.label, c.amountMinor };
    return out;
}

// Ranges a user picks: whole months, loose days at either edge, one day,
// days inside one month, across a year end, and nothing at all.
std::vector<std::pair<QDate, QDate>> revenueRanges()
{
    return {
        { QDate(2025, 1, 1), QDate(2026, 6, 30) },   { QDate(2025, 1, 17), QDate(2026, 3, 4) },
        { QDate(2025, 11, 30), QDate(2026, 1, 31) }, { QDate(2025, 6, 15), QDate(2025, 6, 15) },
        { QDate(2025, 6, 2), QDate(2025, 6, 29) },   { QDate(2025, 12, 1), QDate(2026, 1, 1) },
        { QDate(2025, 2, 28), QDate(2025, 3, 1) },   { QDate(2030, 1, 1), QDate(2030, 12, 31) }
    };
}

} // namespace

// The Revenue tab, the revenue reports and the Dashboard read the monthly
// balances; here they are read both ways, on a book with modules on their
// own accounts, lines without a product, zero lines, two currencies and
// credit notes in later months, and must agree to the cent.
namespace {

// An invoice in the customer's currency (TestBook's drafts are in EUR).
Invoice issueIn(TestBook &book, qint64 customer, const QString &currency, qint64 netMinor,
                const QDate &date)
{
    Invoice d = book.draft(customer, { { 1000, netMinor, 200000 } }, date); // 20 % tax
    d.currency = Currency::require(currency);
    for (InvoiceLine &l : d.lines)
        l.unitPrice = Money(netMinor, d.currency);
    InvoiceService invoices(book.session());
    return invoices.issue(invoices.createDraft(d));
}

CreditNote creditGross(TestBook &book, const Invoice &invoice, qint64 grossMinor, const QDate &date)
{
    CreditNoteService::Request r;
    r.invoiceId = invoice.id;
    r.reason = QStringLiteral("correction");
    r.date = date;
    r.mode = grossMinor > 0 ? CreditNoteService::Mode::Amount : CreditNoteService::Mode::Full;
    if (grossMinor > 0)
        r.amount = Money(grossMinor, invoice.currency);
    return CreditNoteService(book.session()).issue(r);
}

// Each row as "partner|month|currency|invoiced|credited|revenue".
QStringList partnerRows(Database &db, const QDate &today, const QString &currency = {})
{
    ReportParameters p;
    p.currency = currency;
    p.from = QDate(2026, 5, 1);
    p.to = QDate(2026, 6, 30);
    ReportTable t;
    const ReportDefinition &report = ReportEngine::require(QStringLiteral("partner-revenue"));
    report.run(db, ReportEngine::withDefaults(report, p, today), t);
    QStringList rows;
    for (int r = 0; r < t.rows().size(); ++r) {
        QStringList cells;
        for (const char *key :
             { "partner", "month", "currency", "invoiced", "credited", "revenue" })
            cells << cell(t, r, QString::fromLatin1(key));
        rows << cells.join(u'|');
    }
    return rows;
}

} // namespace

// Partners' billed revenue (the commission report) on a small tree:
//   root ── North (partner) ── Acme (customer tenant of ACME); BETA directly
//        ── South (partner): GAMMA (EUR), DELTA (USD)
//        ── ROOT, the root's own customer ("Direct")
// Net of 20 % tax, May and June 2026; invoices by issue date, credit notes
// by their own date; drafts and documents outside the range left out.
void TestReports::partnerRevenueByHand()
{
    TestBook book;
    TenantService tenants(book.session());
    const qint64 root = TenantRepository(book.db()).rootId();
    const qint64 north = tenants.add(TenantKind::Partner, root, QStringLiteral("North")).id;
    const qint64 south = tenants.add(TenantKind::Partner, root, QStringLiteral("South")).id;
    const qint64 acme = book.addCustomer(QStringLiteral("ACME"), QStringLiteral("Acme Corp"));
    const qint64 beta = book.addCustomer(QStringLiteral("BETA"), QStringLiteral("Beta Ltd"));
    const qint64 gamma = book.addCustomer(QStringLiteral("GAMMA"), QStringLiteral("Gamma plc"));
    const qint64 delta = book.addCustomer(QStringLiteral("DELTA"), QStringLiteral("Delta Inc"),
                                          QStringLiteral("USD"));
    const qint64 direct = book.addCustomer(QStringLiteral("ROOT"), QStringLiteral("Root Direct"));
    tenants.add(TenantKind::Customer, north, QStringLiteral("Acme"), acme);
    tenants.moveCustomer(beta, north);
    tenants.moveCustomer(gamma, south);
    tenants.moveCustomer(delta, south);

    const QString eur = QStringLiteral("EUR");
    const Invoice acmeApril = issueIn(book, acme, eur, 8000, QDate(2026, 4, 20)); // before
    const Invoice acmeMay = issueIn(book, acme, eur, 10000, QDate(2026, 5, 10));
    issueIn(book, acme, eur, 5000, QDate(2026, 6, 1));
    const Invoice betaJune = issueIn(book, beta, eur, 20000, QDate(2026, 6, 15));
    issueIn(book, gamma, eur, 30000, QDate(2026, 6, 20));
    issueIn(book, delta, QStringLiteral("USD"), 7000, QDate(2026, 6, 5));
    issueIn(book, direct, eur, 40000, QDate(2026, 5, 3));
    issueIn(book, direct, eur, 60000, QDate(2026, 7, 1)); // after
    InvoiceService(book.session()).createDraft(book.draft(beta, { { 1000, 99900 } })); // draft
    creditGross(book, acmeApril, 1200, QDate(2026, 5, 20)); // net 10.00, in May
    creditGross(book, acmeMay, 0, QDate(2026, 6, 10)); // the whole 100.00 net, in June
    creditGross(book, betaJune, 2400, QDate(2026, 6, 25)); // net 20.00

    // North: May 100.00 − 10.00; June 50.00 + 200.00 − (100.00 + 20.00).
    // South: June 300.00 EUR and 70.00 USD. Direct: May 400.00.
    const QStringList north5 { QStringLiteral("North|2026-05|EUR|100.00|10.00|90.00") };
    const QStringList north6 { QStringLiteral("North|2026-06|EUR|250.00|120.00|130.00") };
    const QStringList south6 { QStringLiteral("South|2026-06|EUR|300.00|0.00|300.00"),
                               QStringLiteral("South|2026-06|USD|70.00|0.00|70.00") };
    const QStringList rest { QStringLiteral("Direct|2026-05|EUR|400.00|0.00|400.00"),
                             // 100 + 250 + 300 + 400; 10 + 120
                             QStringLiteral("TOTAL||EUR|1050.00|130.00|920.00"),
                             QStringLiteral("TOTAL||USD|70.00|0.00|70.00") };
    QCOMPARE(partnerRows(book.db(), book.session().today()), north5 + north6 + south6 + rest);
    QCOMPARE(partnerRows(book.db(), book.session().today(), QStringLiteral("USD")),
             QStringList({ south6.last(), rest.last() }));

    // A partner's user sees its own rows only; on PostgreSQL through its
    // own login and the server's row-level security.
    const bool server = TestDatabase::onPostgres();
    const QString name = server ? QStringLiteral("north_%1").arg(QCoreApplication::applicationPid())
                                : QStringLiteral("northclerk");
    UserService(book.session()).setRole(name, Role::Viewer, {}, north);
    QString location = book.path();
    if (server) {
        QUrl url(location);
        url.setUserName(name);
        location = url.toString();
    }
    auto db = Database::open(location, Database::OpenMode::MustExist);
    Session northSession(*db, name);
    const QStringList northTotal { QStringLiteral("TOTAL||EUR|350.00|130.00|220.00") };
    QCOMPARE(partnerRows(*db, book.session().today()), north5 + north6 + northTotal);
}

void TestReports::revenueFromMonthlyBalancesEqualsLines()
{
    TestBook book;
    const qint64 eur = book.addCustomer();
    const qint64 usd = book.addCustomer(QStringLiteral("YANK"), QStringLiteral("Yank Inc"),
                                        QStringLiteral("USD"));
    const std::vector<qint64> products
        = { 0, book.addProduct(QStringLiteral("CORE"), QStringLiteral("4100")),
            book.addProduct(QStringLiteral("API"), QStringLiteral("4200")),
            book.addProduct(QStringLiteral("SUPPORT"), QStringLiteral("4300")) };
    InvoiceService invoices(book.session());
    CreditNoteService notes(book.session());
    QRandomGenerator random(20261201);
    std::vector<qint64> issued;
    for (QDate day(2025, 1, 3); day <= QDate(2026, 6, 28);
         day = day.addDays(1 + random.bounded(9))) {
        const bool dollars = random.bounded(5) == 0;
        Invoice inv = book.draft(
            dollars ? usd : eur,
            { { 1000 * (1 + random.bounded(3)), qint64(random.bounded(90000)), 1900 } }, day, 30,
            products[std::size_t(random.bounded(4))]);
        inv.currency = Currency::require(dollars ? QStringLiteral("USD") : QStringLiteral("EUR"));
        InvoiceLine second = inv.lines.front();
        second.position = 2;
        second.productId = products[std::size_t(random.bounded(4))];
        second.unitPrice = Money(random.bounded(3) == 0 ? 0 : random.bounded(20000), inv.currency);
        second.revenueAccountId = 1; // ignored: a line posts to its product's account
        inv.lines.push_back(second);
        issued.push_back(invoices.issue(invoices.createDraft(inv)).id);
        if (random.bounded(4) == 0) {
            CreditNoteService::Request req;
            req.invoiceId = issued[std::size_t(random.bounded(int(issued.size())))];
            req.reason = QStringLiteral("correction");
            req.date = day.addDays(random.bounded(40));
            req.mode = random.bounded(2) ? CreditNoteService::Mode::Full
                                         : CreditNoteService::Mode::Amount;
            // In the chosen invoice's currency, whichever that is.
            req.amount = Money(1 + random.bounded(3000), book.reload(req.invoiceId).currency);
            try {
                notes.issue(req);
            } catch (const Error &) {
                // nothing left to credit on that invoice
            }
        }
    }
    RevenueRepository revenue(book.db());
    QVERIFY(revenue.accountsAreModules());
    QVERIFY(MonthlyBalanceRepository(book.db()).disagreements().isEmpty());
    int compared = 0;
    for (const auto &[from, to] : revenueRanges()) {
        const QString range
            = from.toString(Qt::ISODate) + QStringLiteral("..") + to.toString(Qt::ISODate);
        for (const QString &currency : { QStringLiteral("EUR"), QStringLiteral("USD") }) {
            for (const QString &module : { QString(), QStringLiteral("API") }) {
                const Cells fast
                    = revenueCells(book.db(), Source::MonthlyBalances, from, to, currency, module);
                const Cells slow
                    = revenueCells(book.db(), Source::JournalLines, from, to, currency, module);
                QVERIFY2(fast == slow, qPrintable(range + u' ' + currency + u' ' + module));
                compared += int(fast.size());
            }
            DashboardRepository fast(book.db(), Source::MonthlyBalances);
            DashboardRepository slow(book.db(), Source::JournalLines);
            QCOMPARE(fast.revenue(currency, from, to), slow.revenue(currency, from, to));
            QCOMPARE(fast.invoiced(currency, from, to), slow.invoiced(currency, from, to));
            const auto fastMonths = fast.revenueByMonth(currency, from, to);
            const auto slowMonths = slow.revenueByMonth(currency, from, to);
            QCOMPARE(fastMonths.size(), slowMonths.size());
            for (std::size_t i = 0; i < fastMonths.size(); ++i) {
                QCOMPARE(fastMonths[i].month, slowMonths[i].month);
                QCOMPARE(fastMonths[i].amountMinor, slowMonths[i].amountMinor);
            }
        }
    }
    QVERIFY2(compared > 100, qPrintable(QString::number(compared)));
    // The whole range's total is the ledger's revenue and "Other" exists.
    const Cells all = revenueCells(book.db(), Source::MonthlyBalances, QDate(2025, 1, 1),
                                   QDate(2026, 12, 31), QStringLiteral("EUR"));
    qint64 total = 0;
    bool other = false;
    for (const auto &[key, cell] : all) {
        total += cell.second;
        other = other || (key.first.isEmpty() && cell.first == QStringLiteral("Other"));
    }
    QVERIFY(other);
    qint64 ledger = 0;
    for (const auto &t : JournalRepository(book.db()).totals(QDate(9999, 12, 31)))
        if (t.type == QStringLiteral("revenue") && t.currency == QStringLiteral("EUR"))
            ledger += t.creditMinor - t.debitMinor;
    QCOMPARE(total, ledger);
    book.checkBooks();
}

// Two products on one account: the account's balance is no longer one
// module's, so revenue by module reads the lines, and still splits right.
void TestReports::sharedRevenueAccountFallsBackToLines()
{
    TestBook book;
    const qint64 customer = book.addCustomer();
    const qint64 core = book.addProduct(QStringLiteral("CORE"), QStringLiteral("4100"));
    const qint64 api = book.addProduct(QStringLiteral("API"), QStringLiteral("4100"));
    InvoiceService invoices(book.session());
    invoices.issue(invoices.createDraft(
        book.draft(customer, { { 1000, 5000 } }, QDate(2026, 5, 4), 30, core)));
    invoices.issue(
        invoices.createDraft(book.draft(customer, { { 1000, 700 } }, QDate(2026, 5, 9), 30, api)));
    QVERIFY(!RevenueRepository(book.db()).accountsAreModules());
    const Cells cells = revenueCells(book.db(), Source::MonthlyBalances, QDate(2026, 5, 1),
                                     QDate(2026, 5, 31), QStringLiteral("EUR"));
    QCOMPARE(cells.size(), std::size_t(2));
    QCOMPARE(cells.at({ QStringLiteral("CORE"), QStringLiteral("2026-05") }).second, 5000);
    QCOMPARE(cells.at({ QStringLiteral("API"), QStringLiteral("2026-05") }).second, 700);
}

QTEST_GUILESS_MAIN(TestReports)
#include "tst_reports.moc"
