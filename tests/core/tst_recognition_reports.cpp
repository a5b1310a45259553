// The revenue recognition reports: waterfall, deferred roll-forward and
// schedules, on a small book whose figures are worked out by hand.

#include "billing/creditnoteservice.h"
#include "billing/recognitionservice.h"
#include "reports/deferredrollforwardreport.h"
#include "reports/recognitionschedulereport.h"
#include "reports/recognitiontrend.h"
#include "reports/reportengine.h"
#include "reports/reporttable.h"
#include "testbook.h"

#include <QTest>

using namespace Accrue;
using namespace Accrue::Testing;

class TestRecognitionReports : public QObject
{
    Q_OBJECT
private slots:
    void waterfallByInvoicingMonth();
    void waterfallCountsDueRowsAndNarrows();
    void rollforwardAgreesWithTheLedger();
    void scheduleOfOneInvoice();
    void trendBilledAgainstRecognised();
    void reportsAreListed();
};

namespace {

const QDate today(2026, 6, 30); // TestBook's

QString cell(const ReportTable &t, int row, const QString &key)
{
    for (int c = 0; c < t.columns().size(); ++c)
        if (t.columns().at(c).key == key)
            return plainCellText(t.rows().at(row).at(c));
    return QStringLiteral("<no column %1>").arg(key);
}

// One line of `netMinor` for a year of service, recognised ratably.
qint64 issueAnnual(TestBook &book, qint64 customerId, qint64 netMinor, const QDate &issue,
                   const QDate &start, const QDate &end)
{
    Invoice draft = book.draft(customerId, { { 1000, netMinor } }, issue);
    draft.lines[0].serviceStart = start;
    draft.lines[0].serviceEnd = end;
    draft.lines[0].recognitionMethod = RecognitionMethod::Ratably;
    InvoiceService service(book.session());
    return service.issue(service.createDraft(draft)).id;
}

// ACME: 12,000.00 billed 15 Jan 2026 for 15 Jan 2026 - 14 Jan 2027 (365
// days). BETA: 3,650.00 billed 1 Mar 2026 for 1 Mar 2026 - 28 Feb 2027
// (365 days, 10.00 a day).
struct Book
{
    TestBook book;
    qint64 acme = 0;
    qint64 beta = 0;
    qint64 annual = 0;
    qint64 march = 0;

    Book()
    {
        acme = book.addCustomer();
        beta = book.addCustomer(QStringLiteral("BETA"), QStringLiteral("Beta GmbH"));
        annual = issueAnnual(book, acme, 1200000, QDate(2026, 1, 15), QDate(2026, 1, 15),
                             QDate(2027, 1, 14));
        march = issueAnnual(book, beta, 365000, QDate(2026, 3, 1), QDate(2026, 3, 1),
                            QDate(2027, 2, 28));
    }

    ReportTable report(const QString &name, ReportParameters p)
    {
        p.today = today;
        ReportTable table;
        ReportEngine::run(book.db(), name, p, table);
        return table;
    }
};

ReportParameters range(const QDate &from, const QDate &to)
{
    ReportParameters p;
    p.from = from;
    p.to = to;
    return p;
}

} // namespace

void TestRecognitionReports::waterfallByInvoicingMonth()
{
    Book b;
    RecognitionService(b.book.session()).run(today);
    const ReportTable t
        = b.report(QStringLiteral("revenue-waterfall"), range(QDate(2026, 1, 1), today));
    QCOMPARE(t.rows().size(), 3); // January, March, TOTAL
    QCOMPARE(cell(t, 0, QStringLiteral("invoiced")), QStringLiteral("2026-01"));
    // 12000 x 17/365 = 558.904 -> 558.90; x 28/365 = 920.548 -> 920.55;
    // x 31/365 = 1019.178 -> 1019.18; x 30/365 = 986.301 -> 986.30.
    QCOMPARE(cell(t, 0, QStringLiteral("2026-01")), QStringLiteral("558.90"));
    QCOMPARE(cell(t, 0, QStringLiteral("2026-02")), QStringLiteral("920.55"));
    QCOMPARE(cell(t, 0, QStringLiteral("2026-03")), QStringLiteral("1019.18"));
    QCOMPARE(cell(t, 0, QStringLiteral("2026-04")), QStringLiteral("986.30"));
    QCOMPARE(cell(t, 0, QStringLiteral("2026-05")), QStringLiteral("1019.18"));
    QCOMPARE(cell(t, 0, QStringLiteral("2026-06")), QStringLiteral("986.30"));
    // 558.90 + 920.55 + 1019.18 + 986.30 + 1019.18 + 986.30 = 5490.41
    // (= 12000 x 167/365 = 5490.41).
    QCOMPARE(cell(t, 0, QStringLiteral("total")), QStringLiteral("5490.41"));
    // BETA from March: 10.00 a day.
    QCOMPARE(cell(t, 1, QStringLiteral("invoiced")), QStringLiteral("2026-03"));
    QCOMPARE(cell(t, 1, QStringLiteral("2026-02")), QStringLiteral("0.00"));
    QCOMPARE(cell(t, 1, QStringLiteral("2026-03")), QStringLiteral("310.00"));
    QCOMPARE(cell(t, 1, QStringLiteral("2026-04")), QStringLiteral("300.00"));
    QCOMPARE(cell(t, 1, QStringLiteral("total")), QStringLiteral("1220.00")); // 31+30+31+30 days
    QVERIFY(t.isTotalRow(2));
    QCOMPARE(cell(t, 2, QStringLiteral("2026-03")), QStringLiteral("1329.18")); // 1019.18 + 310
    QCOMPARE(cell(t, 2, QStringLiteral("total")), QStringLiteral("6710.41")); // 5490.41 + 1220
}

void TestRecognitionReports::waterfallCountsDueRowsAndNarrows()
{
    Book b;
    // Nothing run yet: the rows due by today count all the same.
    ReportParameters p = range(QDate(2026, 5, 1), QDate(2026, 7, 31));
    ReportTable t = b.report(QStringLiteral("revenue-waterfall"), p);
    QCOMPARE(cell(t, 0, QStringLiteral("2026-05")), QStringLiteral("1019.18"));
    QCOMPARE(cell(t, 0, QStringLiteral("2026-06")), QStringLiteral("986.30"));
    // July's rows are due after today (30 June): not recognised yet.
    QCOMPARE(cell(t, 0, QStringLiteral("2026-07")), QStringLiteral("0.00"));
    QCOMPARE(cell(t, 2, QStringLiteral("total")),
             QStringLiteral("2615.48")); // 1019.18 + 986.30 + 310 + 300
    // One customer (code or name) and one currency.
    p.customer = QStringLiteral("Beta");
    t = b.report(QStringLiteral("revenue-waterfall"), p);
    QCOMPARE(t.rows().size(), 2);
    QCOMPARE(cell(t, 0, QStringLiteral("invoiced")), QStringLiteral("2026-03"));
    QCOMPARE(cell(t, 1, QStringLiteral("total")), QStringLiteral("610.00"));
    p.customer.clear();
    p.currency = QStringLiteral("USD");
    t = b.report(QStringLiteral("revenue-waterfall"), p);
    QCOMPARE(t.rows().size(), 1); // the total row, of nothing
    QCOMPARE(cell(t, 0, QStringLiteral("total")), QStringLiteral("0.00"));
}

void TestRecognitionReports::rollforwardAgreesWithTheLedger()
{
    Book b;
    RecognitionService(b.book.session()).run(today);
    // BETA's invoice credited in full on 30 June: what its rows after that
    // day hold (3650.00 - 1220.00 recognised = 2430.00) comes out of
    // Deferred revenue, the rest out of revenue.
    CreditNoteService::Request note;
    note.invoiceId = b.march;
    note.reason = QStringLiteral("Cancelled");
    note.date = today;
    CreditNoteService(b.book.session()).issue(note);
    b.book.checkBooks();

    const ReportTable t
        = b.report(QStringLiteral("deferred-rollforward"), range(QDate(2026, 1, 1), today));
    QCOMPARE(t.rows().size(), 7); // six months and the total
    // January: 0 + 12000.00 - 558.90 = 11441.10.
    QCOMPARE(cell(t, 0, QStringLiteral("month")), QStringLiteral("2026-01"));
    QCOMPARE(cell(t, 0, QStringLiteral("opening")), QStringLiteral("0.00"));
    QCOMPARE(cell(t, 0, QStringLiteral("billed")), QStringLiteral("12000.00"));
    QCOMPARE(cell(t, 0, QStringLiteral("recognised")), QStringLiteral("558.90"));
    QCOMPARE(cell(t, 0, QStringLiteral("closing")), QStringLiteral("11441.10"));
    // February: 11441.10 - 920.55 = 10520.55.
    QCOMPARE(cell(t, 1, QStringLiteral("opening")), QStringLiteral("11441.10"));
    QCOMPARE(cell(t, 1, QStringLiteral("closing")), QStringLiteral("10520.55"));
    // March: + 3650.00 - (1019.18 + 310.00) = 12841.37.
    QCOMPARE(cell(t, 2, QStringLiteral("billed")), QStringLiteral("3650.00"));
    QCOMPARE(cell(t, 2, QStringLiteral("recognised")), QStringLiteral("1329.18"));
    QCOMPARE(cell(t, 2, QStringLiteral("closing")), QStringLiteral("12841.37"));
    // April - 1286.30 = 11555.07; May - 1329.18 = 10225.89.
    QCOMPARE(cell(t, 3, QStringLiteral("closing")), QStringLiteral("11555.07"));
    QCOMPARE(cell(t, 4, QStringLiteral("closing")), QStringLiteral("10225.89"));
    // June: - (986.30 + 300.00) - 2430.00 credited = 6509.59, which is
    // ACME's 12000.00 - 5490.41 still to come.
    QCOMPARE(cell(t, 5, QStringLiteral("recognised")), QStringLiteral("1286.30"));
    QCOMPARE(cell(t, 5, QStringLiteral("credited")), QStringLiteral("2430.00"));
    QCOMPARE(cell(t, 5, QStringLiteral("other")), QStringLiteral("0.00"));
    QCOMPARE(cell(t, 5, QStringLiteral("closing")), QStringLiteral("6509.59"));
    QCOMPARE(b.book.roleBalance(QStringLiteral("deferred_revenue")), -650959);
    QVERIFY(t.isTotalRow(6));
    QCOMPARE(cell(t, 6, QStringLiteral("billed")), QStringLiteral("15650.00"));
    QCOMPARE(cell(t, 6, QStringLiteral("recognised")), QStringLiteral("6710.41"));
    QCOMPARE(cell(t, 6, QStringLiteral("closing")), QStringLiteral("6509.59"));
    // Every month: closing = opening + billed - recognised - credited + other,
    // and equals the ledger's balance at the month's end.
    const auto months = DeferredRollforwardReport(b.book.db())
                            .months(QDate(2026, 1, 1), today, QStringLiteral("EUR"));
    QCOMPARE(months.size(), std::size_t(6));
    for (const auto &m : months) {
        QCOMPARE(m.closing, m.opening + m.billed - m.recognised - m.credited + m.other);
        const QDate end = QDate::fromString(m.month + QStringLiteral("-01"), Qt::ISODate)
                              .addMonths(1)
                              .addDays(-1);
        SqlQuery q = b.book.db().query(QStringLiteral(
            "SELECT COALESCE(SUM(credit_minor - debit_minor), 0) FROM journal_line WHERE "
            "account_id = (SELECT id FROM account WHERE system_role = 'deferred_revenue') "
            "AND entry_date <= ?"));
        q.bind(end);
        QCOMPARE(q.scalar().toLongLong(), m.closing);
    }
    // A range from mid-month opens with what was deferred the day before:
    // 11441.10 - 920.55 = 10520.55 on 28 February.
    const ReportTable march
        = b.report(QStringLiteral("deferred-rollforward"), range(QDate(2026, 3, 1), today));
    QCOMPARE(cell(march, 0, QStringLiteral("opening")), QStringLiteral("10520.55"));
}

void TestRecognitionReports::scheduleOfOneInvoice()
{
    Book b;
    RecognitionService(b.book.session()).run(QDate(2026, 2, 28));
    ReportParameters p = range(today, today);
    p.invoice = b.book.reload(b.annual).number;
    const ReportTable t = b.report(QStringLiteral("recognition-schedule"), p);
    // 13 monthly rows (January 2026 to January 2027) and the total.
    QCOMPARE(t.rows().size(), 14);
    QCOMPARE(cell(t, 0, QStringLiteral("method")), QStringLiteral("ratably"));
    QCOMPARE(cell(t, 0, QStringLiteral("date")), QStringLiteral("2026-01-31"));
    QCOMPARE(cell(t, 0, QStringLiteral("amount")), QStringLiteral("558.90"));
    QCOMPARE(cell(t, 0, QStringLiteral("state")), QStringLiteral("posted"));
    QCOMPARE(cell(t, 1, QStringLiteral("state")), QStringLiteral("posted"));
    QCOMPARE(cell(t, 2, QStringLiteral("state")), QStringLiteral("pending")); // March
    // The last month takes the remainder: 14 days of January 2027, 12000 x
    // 14/365 = 460.27 were it rounded alone; it is what is left.
    QCOMPARE(cell(t, 12, QStringLiteral("date")), QStringLiteral("2027-01-14"));
    QCOMPARE(cell(t, 13, QStringLiteral("amount")), QStringLiteral("12000.00"));

    // The invoice view reads the same rows; after a full credit the
    // reductions name the credit note and the rows add up to what is left.
    CreditNoteService::Request note;
    note.invoiceId = b.march;
    note.reason = QStringLiteral("Cancelled");
    note.date = today;
    const CreditNote cn = CreditNoteService(b.book.session()).issue(note);
    const auto rows = RecognitionScheduleReport(b.book.db()).ofInvoice(b.march);
    qint64 sum = 0;
    int reductions = 0;
    for (const RecognitionScheduleLine &r : rows) {
        sum += r.amount.minor();
        if (!r.creditNoteNumber.isEmpty()) {
            QCOMPARE(r.creditNoteNumber, cn.number);
            QVERIFY(r.amount.minor() < 0);
            QVERIFY(r.date > today);
            ++reductions;
        }
    }
    QCOMPARE(reductions, 8); // July 2026 to February 2027
    QCOMPARE(sum, 122000); // 3650.00 - 2430.00 deferred at the credit
}

void TestRecognitionReports::trendBilledAgainstRecognised()
{
    Book b;
    RecognitionService(b.book.session()).run(today);
    const RecognitionTrend t = RecognitionTrend::read(b.book.db(), QDate(2026, 1, 1), today);
    QCOMPARE(t.currency.code(), QStringLiteral("EUR"));
    QCOMPARE(t.months.size(), 6);
    QCOMPARE(t.billedMinor[0], 1200000); // January: the year billed
    QCOMPARE(t.recognisedMinor[0], 55890); // what January earned
    QCOMPARE(t.billedMinor[1], 0);
    QCOMPARE(t.recognisedMinor[1], 92055);
    QCOMPARE(t.billedMinor[2], 365000);
    QCOMPARE(t.recognisedMinor[2], 132918); // 1019.18 + 310.00
}

void TestRecognitionReports::reportsAreListed()
{
    for (const char *name : { "revenue-waterfall", "deferred-rollforward", "recognition-schedule" })
        QVERIFY(ReportEngine::find(QLatin1String(name)));
    const ReportDefinition &w = ReportEngine::require(QStringLiteral("revenue-waterfall"));
    // Over a year by default, like monthly revenue.
    const ReportParameters p = ReportEngine::withDefaults(w, {}, today);
    QCOMPARE(p.from, QDate(2025, 7, 1));
    QCOMPARE(ReportEngine::optionText(ReportParameter::Invoice),
             QStringLiteral("--invoice NUMBER"));
}

QTEST_GUILESS_MAIN(TestRecognitionReports)
#include "tst_recognition_reports.moc"
