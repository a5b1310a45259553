// Revenue recognition: schedules per line, the recognition run, usage
// accrued then billed, milestones, credit notes mid-term and the catch-up
// of a book from before schedules.

#include "billing/creditnoteservice.h"
#include "billing/recognitionservice.h"
#include "common/error.h"
#include "ledger/postingrules.h"
#include "reports/reportengine.h"
#include "reports/reporttable.h"
#include "storage/migrations.h"
#include "storage/recognitionrepository.h"
#include "testbook.h"
#include "testdatabase.h"

#include <QTest>
#include <tuple>

using namespace Accrue;
using namespace Accrue::Testing;

class TestRecognition : public QObject
{
    Q_OBJECT
private slots:
    void annualPlanByDays();
    void pointInTimeSetUpFee();
    void usageAccruedInMarchBilledInApril();
    void usageListedPerCustomerWithItsState();
    void milestonesThirtyFortyThirty();
    void creditNoteMidTerm();
    void scheduleRowsAreGuarded();
    void upgradeOfASchema13Book();
    void runInTwoCurrencies();
    void upgradeInBatchesAndCurrencies();
};

namespace {

const Currency eurCurrency = Currency::require(QStringLiteral("EUR"));
const Currency usdCurrency = Currency::require(QStringLiteral("USD"));

Money eur(qint64 minor)
{
    return Money(minor, eurCurrency);
}

qint64 addProduct(TestBook &book, const QString &code, const QString &account,
                  const QString &method, qint64 unitPriceMinor = 0)
{
    const qint64 id = book.addProduct(code, account);
    ProductRepository products(book.db());
    Product p = *products.find(id);
    p.recognitionMethod = method;
    p.unitPrice = eur(unitPriceMinor);
    products.update(p);
    return id;
}

// One line of `netMinor` for a product, issued on `issue`.
Invoice issueLine(TestBook &book, qint64 customer, qint64 product, qint64 netMinor,
                  const QDate &issue, const QDate &from = {}, const QDate &to = {})
{
    Invoice inv = book.draft(customer, { { 1000, netMinor } }, issue, 30, product);
    inv.lines[0].serviceStart = from;
    inv.lines[0].serviceEnd = to;
    InvoiceService service(book.session());
    return service.issue(service.createDraft(inv));
}

qint64 accountId(TestBook &book, const QString &code)
{
    return AccountRepository(book.db()).findByCode(code)->id;
}

// Credits less debits of an account in a month (MonthlyBalanceRepository,
// the Revenue tab's source).
qint64 revenueIn(TestBook &book, const QString &code, int year, int month)
{
    const qint64 account = accountId(book, code);
    const QDate first(year, month, 1);
    qint64 sum = 0;
    for (const auto &m : MonthlyBalanceRepository(book.db()).movements(
             MonthlyBalanceRepository::Accounts::Revenue, QStringLiteral("EUR"), first,
             QDate(year, month, first.daysInMonth())))
        if (m.accountId == account)
            sum += m.creditMinor - m.debitMinor;
    return sum;
}

// The deferred-revenue report's total (minor units, one currency) as of a date.
qint64 reportedDeferred(TestBook &book, const QDate &asOf)
{
    ReportParameters p;
    p.asOf = asOf;
    ReportTable table;
    const ReportDefinition &report = ReportEngine::require(QStringLiteral("deferred-revenue"));
    report.run(book.db(), ReportEngine::withDefaults(report, p, book.session().today()), table);
    int column = -1;
    for (int c = 0; c < table.columns().size(); ++c)
        if (table.columns().at(c).key == QLatin1String("deferred"))
            column = c;
    qint64 total = 0;
    for (int r = 0; r < table.rows().size(); ++r)
        if (!table.isTotalRow(r))
            total += table.rows().at(r).at(column).value<Money>().minor();
    return total;
}

// After every case: balanced books, and the report says what the Deferred
// revenue account holds.
void checkDeferred(TestBook &book, const QDate &asOf)
{
    book.checkBooks();
    QCOMPARE(reportedDeferred(book, asOf), -book.roleBalance(QStringLiteral("deferred_revenue")));
}

} // namespace

void TestRecognition::annualPlanByDays()
{
    TestBook book;
    const qint64 acme = book.addCustomer();
    const qint64 plan = addProduct(book, QStringLiteral("ANNUAL"), QStringLiteral("4000"),
                                   RecognitionMethod::Ratably);
    // 12,000.00 billed 15 Jan 2026 for 2026-01-15..2027-01-14 (365 days).
    const Invoice inv = issueLine(book, acme, plan, 1200000, QDate(2026, 1, 15), QDate(2026, 1, 15),
                                  QDate(2027, 1, 14));
    // Nothing is earned on the issue date: all 12,000.00 goes to Deferred.
    QCOMPARE(book.roleBalance(QStringLiteral("deferred_revenue")), -1200000);
    QCOMPARE(revenueIn(book, QStringLiteral("4000"), 2026, 1), 0);

    RecognitionService recognition(book.session());
    const std::vector<RecognitionRow> rows = recognition.schedule(inv.id, 1);
    QCOMPARE(rows.size(), std::size_t(13));
    // January 17 days: 12000.00 x 17/365 = 558.904 -> 558.90; February 28
    // days: 920.547 -> 920.55; March 31 days: 1019.178 -> 1019.18; April
    // 30 days: 986.301 -> 986.30; January 2027 takes the remainder:
    // 12000.00 - (558.90 + 920.55 + 6 x 1019.18 + 4 x 986.30) = 460.27
    // (14 days would be 460.274: the rounding lost nothing).
    QCOMPARE(rows[0].date, QDate(2026, 1, 31));
    QCOMPARE(rows[0].amount, eur(55890));
    QCOMPARE(rows[1].date, QDate(2026, 2, 28));
    QCOMPARE(rows[1].amount, eur(92055));
    QCOMPARE(rows[2].amount, eur(101918));
    QCOMPARE(rows[3].amount, eur(98630));
    QCOMPARE(rows[12].date, QDate(2027, 1, 14));
    QCOMPARE(rows[12].amount, eur(46027));
    qint64 sum = 0;
    for (const RecognitionRow &r : rows)
        sum += r.amount.minor();
    QCOMPARE(sum, 1200000);

    // Through 30 June (the session's today): January to June, one entry each.
    const auto summary = recognition.run(QDate(2026, 6, 30));
    QCOMPARE(summary.entries, 6);
    QCOMPARE(summary.rows, 6);
    // 558.90 + 920.55 + 1019.18 + 986.30 + 1019.18 + 986.30 = 5490.41
    QCOMPARE(summary.recognisedMinor.at(QStringLiteral("EUR")), 549041);
    QCOMPARE(book.roleBalance(QStringLiteral("deferred_revenue")), -(1200000 - 549041));
    QCOMPARE(revenueIn(book, QStringLiteral("4000"), 2026, 1), 55890);
    QCOMPARE(revenueIn(book, QStringLiteral("4000"), 2026, 2), 92055);
    QCOMPARE(revenueIn(book, QStringLiteral("4000"), 2026, 6), 98630);
    checkDeferred(book, QDate(2026, 6, 30));
    QCOMPARE(reportedDeferred(book, QDate(2026, 6, 30)), 650959); // 12000.00 - 5490.41

    // Idempotent: a second run posts nothing.
    const auto again = recognition.run(QDate(2026, 6, 30));
    QCOMPARE(again.entries, 0);
    QCOMPARE(again.rows, 0);
    QCOMPARE(book.roleBalance(QStringLiteral("deferred_revenue")), -650959);
    // Not in the future of today.
    QVERIFY_THROWS_EXCEPTION(Error, recognition.run(QDate(2026, 7, 31)));

    // To the end of the service: nothing left deferred, all 12,000.00 earned.
    book.session().setToday(QDate(2027, 1, 31));
    QCOMPARE(recognition.preview(QDate(2027, 1, 31)).rows, 7);
    recognition.run(QDate(2027, 1, 31));
    QCOMPARE(book.roleBalance(QStringLiteral("deferred_revenue")), 0);
    QCOMPARE(revenueIn(book, QStringLiteral("4000"), 2027, 1), 46027);
    checkDeferred(book, QDate(2027, 1, 31));
}

void TestRecognition::pointInTimeSetUpFee()
{
    TestBook book;
    const qint64 acme = book.addCustomer();
    const qint64 setup = addProduct(book, QStringLiteral("SETUP"), QStringLiteral("4100"),
                                    RecognitionMethod::PointInTime);
    const qint64 plan = addProduct(book, QStringLiteral("ANNUAL"), QStringLiteral("4000"),
                                   RecognitionMethod::Ratably);
    // One invoice: a set-up fee of 500.00 and a year of 1,200.00 from 1 June.
    Invoice inv = book.draft(acme, { { 1000, 50000 }, { 1000, 120000 } }, QDate(2026, 6, 1));
    inv.lines[0].productId = setup;
    inv.lines[1].productId = plan;
    inv.lines[1].serviceStart = QDate(2026, 6, 1);
    inv.lines[1].serviceEnd = QDate(2027, 5, 31);
    InvoiceService invoices(book.session());
    const Invoice issued = invoices.issue(invoices.createDraft(inv));
    // Dr AR 1700.00 / Cr 4100 500.00 (earned on the day) / Cr Deferred 1200.00.
    QCOMPARE(book.roleBalance(QStringLiteral("ar")), 170000);
    QCOMPARE(revenueIn(book, QStringLiteral("4100"), 2026, 6), 50000);
    QCOMPARE(revenueIn(book, QStringLiteral("4000"), 2026, 6), 0);
    QCOMPARE(book.roleBalance(QStringLiteral("deferred_revenue")), -120000);
    // The fee's one row is posted by the issue entry already.
    RecognitionService recognition(book.session());
    const std::vector<RecognitionRow> fee = recognition.schedule(issued.id, 1);
    QCOMPARE(fee.size(), std::size_t(1));
    QCOMPARE(fee[0].date, QDate(2026, 6, 1));
    QVERIFY(fee[0].entryId > 0);
    // The run takes June of the plan: 1200.00 x 30/365 = 98.630 -> 98.63.
    const auto summary = recognition.run(QDate(2026, 6, 30));
    QCOMPARE(summary.rows, 1);
    QCOMPARE(revenueIn(book, QStringLiteral("4000"), 2026, 6), 9863);
    QCOMPARE(revenueIn(book, QStringLiteral("4100"), 2026, 6), 50000);
    QCOMPARE(book.roleBalance(QStringLiteral("deferred_revenue")), -(120000 - 9863));
    checkDeferred(book, QDate(2026, 6, 30));

    // A point-in-time line delivered after its issue: deferred until then.
    const Invoice later = issueLine(book, acme, setup, 30000, QDate(2026, 6, 5), QDate(2026, 6, 20),
                                    QDate(2026, 6, 20));
    QCOMPARE(recognition.schedule(later.id, 1).at(0).date, QDate(2026, 6, 20));
    QCOMPARE(book.roleBalance(QStringLiteral("deferred_revenue")), -(120000 - 9863 + 30000));
    QCOMPARE(reportedDeferred(book, QDate(2026, 6, 19)), 120000 + 30000);
    recognition.run(QDate(2026, 6, 30));
    QCOMPARE(revenueIn(book, QStringLiteral("4100"), 2026, 6), 80000);
    checkDeferred(book, QDate(2026, 6, 30));
}

void TestRecognition::usageAccruedInMarchBilledInApril()
{
    TestBook book;
    const qint64 acme = book.addCustomer();
    // 0.50 per 1,000 API calls, recognised as delivered.
    const qint64 api = addProduct(book, QStringLiteral("API"), QStringLiteral("4400"),
                                  RecognitionMethod::AsDelivered, 50);
    RecognitionService recognition(book.session());
    book.session().setToday(QDate(2026, 3, 31));
    // 200 and 100 thousand calls: 200 x 0.50 = 100.00 and 100 x 0.50 = 50.00.
    QCOMPARE(recognition.recordUsage(acme, api, QDate(2026, 3, 10), 200000).amount, eur(10000));
    QCOMPARE(recognition.recordUsage(acme, api, QDate(2026, 3, 20), 100000).amount, eur(5000));
    const auto march = recognition.run(QDate(2026, 3, 31));
    QCOMPARE(march.usageRecords, 2);
    QCOMPARE(march.entries, 2); // one per delivery date
    QCOMPARE(march.accruedMinor.at(QStringLiteral("EUR")), 15000);
    // Dr Unbilled 150.00 / Cr 4400 150.00, in March.
    QCOMPARE(book.roleBalance(QStringLiteral("unbilled_revenue")), 15000);
    QCOMPARE(revenueIn(book, QStringLiteral("4400"), 2026, 3), 15000);
    QCOMPARE(recognition.run(QDate(2026, 3, 31)).entries, 0); // accrued once
    book.checkBooks();

    // April: 300 thousand calls for March invoiced on 5 April, 300 x 0.50 =
    // 150.00. Issuing takes the accrual back: Dr AR 150.00 / Cr Unbilled
    // 150.00, no revenue again in April.
    book.session().setToday(QDate(2026, 4, 30));
    Invoice draft = book.draft(acme, { { 300000, 50 } }, QDate(2026, 4, 5), 30, api);
    draft.lines[0].serviceStart = QDate(2026, 3, 1);
    draft.lines[0].serviceEnd = QDate(2026, 3, 31);
    InvoiceService invoices(book.session());
    const Invoice april = invoices.issue(invoices.createDraft(draft));
    QCOMPARE(april.total, eur(15000));
    QCOMPARE(book.roleBalance(QStringLiteral("unbilled_revenue")), 0);
    QCOMPARE(book.roleBalance(QStringLiteral("ar")), 15000);
    QCOMPARE(revenueIn(book, QStringLiteral("4400"), 2026, 4), 0);
    QCOMPARE(revenueIn(book, QStringLiteral("4400"), 2026, 3), 15000);
    QCOMPARE(RecognitionRepository(book.db()).unbilledAccruedMinor(QStringLiteral("EUR")), 0);
    // The records are billed now: April's run accrues nothing.
    QCOMPARE(recognition.run(QDate(2026, 4, 30)).entries, 0);
    checkDeferred(book, QDate(2026, 4, 30));

    // Usage invoiced before any run accrued it is revenue on the invoice.
    recognition.recordUsage(acme, api, QDate(2026, 4, 10), 20000); // 20 x 0.50 = 10.00
    Invoice direct = book.draft(acme, { { 20000, 50 } }, QDate(2026, 4, 30), 30, api);
    direct.lines[0].serviceStart = QDate(2026, 4, 1);
    direct.lines[0].serviceEnd = QDate(2026, 4, 30);
    invoices.issue(invoices.createDraft(direct));
    QCOMPARE(revenueIn(book, QStringLiteral("4400"), 2026, 4), 1000);
    QCOMPARE(book.roleBalance(QStringLiteral("unbilled_revenue")), 0);
    QCOMPARE(recognition.run(QDate(2026, 4, 30)).entries, 0);
    checkDeferred(book, QDate(2026, 4, 30));
    // Usage is recorded for as_delivered products only.
    const qint64 other = addProduct(book, QStringLiteral("FEE"), QStringLiteral("4100"),
                                    RecognitionMethod::PointInTime, 100);
    QVERIFY_THROWS_EXCEPTION(Error, recognition.recordUsage(acme, other, QDate(2026, 4, 1), 1000));
}

void TestRecognition::usageListedPerCustomerWithItsState()
{
    TestBook book; // today 30 June 2026
    const qint64 acme = book.addCustomer();
    const qint64 beta = book.addCustomer(QStringLiteral("BETA"), QStringLiteral("Beta GmbH"));
    const qint64 api = addProduct(book, QStringLiteral("API"), QStringLiteral("4400"),
                                  RecognitionMethod::AsDelivered, 50);
    addProduct(book, QStringLiteral("FEE"), QStringLiteral("4100"), RecognitionMethod::PointInTime,
               100);
    const qint64 old = addProduct(book, QStringLiteral("OLD"), QStringLiteral("4400"),
                                  RecognitionMethod::AsDelivered, 10);
    ProductRepository(book.db()).setArchived(old, QDate(2026, 1, 1));
    RecognitionService recognition(book.session());
    // Only products on sale recognised as delivered take usage.
    const std::vector<Product> products = recognition.usageProducts();
    QCOMPARE(products.size(), std::size_t(1));
    QCOMPARE(products.front().id, api);

    // 2 x 0.50 = 1.00 on 1 June, accrued by the run; 3 x 0.50 = 1.50 on
    // 20 June, billed; 4 x 0.50 = 2.00 on 25 June, left; 1 x 0.50 for Beta.
    recognition.recordUsage(acme, api, QDate(2026, 6, 1), 2000);
    recognition.run(QDate(2026, 6, 10));
    recognition.recordUsage(acme, api, QDate(2026, 6, 20), 3000);
    recognition.recordUsage(acme, api, QDate(2026, 6, 25), 4000);
    recognition.recordUsage(beta, api, QDate(2026, 6, 25), 1000);
    Invoice draft = book.draft(acme, { { 3000, 50 } }, QDate(2026, 6, 22), 30, api);
    draft.lines[0].serviceStart = QDate(2026, 6, 11);
    draft.lines[0].serviceEnd = QDate(2026, 6, 21);
    InvoiceService invoices(book.session());
    const Invoice billed = invoices.issue(invoices.createDraft(draft));

    const std::vector<UsageListRow> rows = recognition.usageOf(acme);
    QCOMPARE(rows.size(), std::size_t(3)); // Beta's is not Acme's
    QCOMPARE(rows[0].usage.deliveredOn, QDate(2026, 6, 25)); // newest first
    QCOMPARE(rows[0].usage.amount, eur(200));
    QCOMPARE(rows[0].state(), UsageState::Unbilled);
    QCOMPARE(rows[1].usage.amount, eur(150));
    QCOMPARE(rows[1].state(), UsageState::Billed);
    QCOMPARE(rows[1].invoiceNumber, billed.number);
    QCOMPARE(rows[2].usage.amount, eur(100));
    QCOMPARE(rows[2].state(), UsageState::Accrued);
    QCOMPARE(rows[2].productCode, QStringLiteral("API"));
    QCOMPARE(recognition.usageOf(acme, 2).size(), std::size_t(2));
    QVERIFY_THROWS_EXCEPTION(Error, recognition.usageOf(999));
}

void TestRecognition::milestonesThirtyFortyThirty()
{
    TestBook book;
    const qint64 acme = book.addCustomer();
    const qint64 impl = addProduct(book, QStringLiteral("IMPL"), QStringLiteral("4500"),
                                   RecognitionMethod::Milestone);
    // 9,999.99 for an implementation, issued 1 February: all deferred.
    const Invoice inv = issueLine(book, acme, impl, 999999, QDate(2026, 2, 1));
    QCOMPARE(book.roleBalance(QStringLiteral("deferred_revenue")), -999999);
    RecognitionService recognition(book.session());
    // Until defined, one milestone: Completion, 100 %.
    QCOMPARE(recognition.milestones(inv.id, 1).size(), std::size_t(1));
    // Shares must add up to 100 %.
    QVERIFY_THROWS_EXCEPTION(
        Error, recognition.defineMilestones(inv.id, 1, { { QStringLiteral("Design"), 3000 } }));
    recognition.defineMilestones(inv.id, 1,
                                 { { QStringLiteral("Design"), 3000 },
                                   { QStringLiteral("Build"), 4000 },
                                   { QStringLiteral("Launch"), 3000 } });
    // 30 %: 2999.997 -> 3000.00; 40 %: 3999.996 -> 4000.00; the last takes
    // the remainder: 9999.99 - 7000.00 = 2999.99.
    const std::vector<RecognitionRow> rows = recognition.schedule(inv.id, 1);
    QCOMPARE(rows.size(), std::size_t(3));
    QCOMPARE(rows[0].amount, eur(300000));
    QCOMPARE(rows[1].amount, eur(400000));
    QCOMPARE(rows[2].amount, eur(299999));
    QVERIFY(!rows[0].date.isValid());
    // Nothing is due before a milestone is done.
    QCOMPARE(recognition.run(QDate(2026, 6, 30)).entries, 0);
    QCOMPARE(reportedDeferred(book, QDate(2026, 6, 30)), 999999);

    recognition.completeMilestone(inv.id, 1, 1, QDate(2026, 3, 15));
    QVERIFY_THROWS_EXCEPTION(Error,
                             recognition.completeMilestone(inv.id, 1, 1, QDate(2026, 3, 16)));
    QVERIFY_THROWS_EXCEPTION(
        Error, recognition.defineMilestones(inv.id, 1, { { QStringLiteral("All"), 10000 } }));
    const auto march = recognition.run(QDate(2026, 3, 31));
    QCOMPARE(march.rows, 1);
    QCOMPARE(revenueIn(book, QStringLiteral("4500"), 2026, 3), 300000);
    QCOMPARE(book.roleBalance(QStringLiteral("deferred_revenue")), -699999);
    checkDeferred(book, QDate(2026, 3, 31));

    recognition.completeMilestone(inv.id, 1, 2, QDate(2026, 5, 10));
    recognition.run(QDate(2026, 6, 30));
    QCOMPARE(revenueIn(book, QStringLiteral("4500"), 2026, 5), 400000);
    QCOMPARE(book.roleBalance(QStringLiteral("deferred_revenue")), -299999);
    checkDeferred(book, QDate(2026, 6, 30));
    // The report as of before May counts the second milestone as deferred.
    QCOMPARE(reportedDeferred(book, QDate(2026, 4, 30)), 699999);
    // Not in the future.
    QVERIFY_THROWS_EXCEPTION(Error, recognition.completeMilestone(inv.id, 1, 3, QDate(2026, 7, 1)));
}

void TestRecognition::creditNoteMidTerm()
{
    TestBook book;
    const qint64 acme = book.addCustomer();
    const qint64 plan = addProduct(book, QStringLiteral("ANNUAL"), QStringLiteral("4000"),
                                   RecognitionMethod::Ratably);
    // The annual plan of annualPlanByDays, recognised through 30 June:
    // 5490.41 earned, 6509.59 deferred.
    const Invoice inv = issueLine(book, acme, plan, 1200000, QDate(2026, 1, 15), QDate(2026, 1, 15),
                                  QDate(2027, 1, 14));
    RecognitionService recognition(book.session());
    recognition.run(QDate(2026, 6, 30));
    QCOMPARE(book.roleBalance(QStringLiteral("deferred_revenue")), -650959);

    // Half the line credited on 30 June: 6000.00. Unrecognised share:
    // 6000.00 x 6509.59 / 12000.00 = 3254.795 -> 3254.80 from Deferred; the
    // rest, 2745.20, from revenue.
    CreditNoteService::Request req;
    req.invoiceId = inv.id;
    req.mode = CreditNoteService::Mode::Lines;
    req.lines = { { 1, eur(600000) } };
    req.reason = QStringLiteral("Downgrade");
    req.date = QDate(2026, 6, 30);
    CreditNoteService(book.session()).issue(req);
    QCOMPARE(book.roleBalance(QStringLiteral("deferred_revenue")), -(650959 - 325480));
    // June: 986.30 recognised less 2745.20 taken back.
    QCOMPARE(revenueIn(book, QStringLiteral("4000"), 2026, 6), 98630 - 274520);
    QCOMPARE(book.roleBalance(QStringLiteral("ar")), 600000);
    checkDeferred(book, QDate(2026, 6, 30));
    QCOMPARE(reportedDeferred(book, QDate(2026, 6, 30)), 325479);
    // The report as of a day before the note does not see it.
    QCOMPARE(reportedDeferred(book, QDate(2026, 6, 29)), 650959 + 98630);

    // Each later month shrinks in proportion: July 1019.18 less
    // 3254.80 x 1019.18 / 6509.59 = 509.5906 -> 509.59 (largest remainder
    // over the seven months keeps the 3254.80 exact): 509.59 earned.
    const std::vector<RecognitionRow> rows = recognition.schedule(inv.id, 1);
    qint64 reductions = 0;
    for (const RecognitionRow &r : rows)
        if (r.creditNoteId > 0) {
            QVERIFY(r.date > QDate(2026, 6, 30));
            reductions += r.amount.minor();
        }
    QCOMPARE(reductions, -325480);
    book.session().setToday(QDate(2026, 7, 31));
    recognition.run(QDate(2026, 7, 31));
    QCOMPARE(revenueIn(book, QStringLiteral("4000"), 2026, 7), 101918 - 50959);
    checkDeferred(book, QDate(2026, 7, 31));

    // At the end: deferred 0, revenue over the term 12000.00 - 6000.00.
    book.session().setToday(QDate(2027, 1, 31));
    recognition.run(QDate(2027, 1, 31));
    QCOMPARE(book.roleBalance(QStringLiteral("deferred_revenue")), 0);
    QCOMPARE(MonthlyBalanceRepository(book.db()).creditBalance(
                 MonthlyBalanceRepository::Accounts::Revenue, QStringLiteral("EUR"),
                 QDate(2026, 1, 1), QDate(2027, 1, 31)),
             600000);
    checkDeferred(book, QDate(2027, 1, 31));
    // Credit the rest in full on 31 January 2027: nothing was deferred.
    req.lines = { { 1, Money() } };
    req.date = QDate(2027, 1, 31);
    CreditNoteService(book.session()).issue(req);
    QCOMPARE(book.roleBalance(QStringLiteral("deferred_revenue")), 0);
    checkDeferred(book, QDate(2027, 1, 31));
}

void TestRecognition::scheduleRowsAreGuarded()
{
    TestBook book;
    const qint64 acme = book.addCustomer();
    const qint64 plan = addProduct(book, QStringLiteral("ANNUAL"), QStringLiteral("4000"),
                                   RecognitionMethod::Ratably);
    issueLine(book, acme, plan, 120000, QDate(2026, 1, 1), QDate(2026, 1, 1), QDate(2026, 12, 31));
    RecognitionService(book.session()).run(QDate(2026, 1, 31));
    const qint64 posted = book.db()
                              .query(QStringLiteral("SELECT MIN(id) FROM recognition_schedule "
                                                    "WHERE entry_id IS NOT NULL"))
                              .scalar()
                              .toLongLong();
    QVERIFY(posted > 0);
    // A posted row: its entry is set once, its amount and its date fixed,
    // and it stays.
    QVERIFY_THROWS_EXCEPTION(
        Error,
        book.db()
            .query(QStringLiteral("UPDATE recognition_schedule SET amount_minor = 1 WHERE id = ?"))
            .bind(posted)
            .exec());
    QVERIFY_THROWS_EXCEPTION(
        Error,
        book.db()
            .query(QStringLiteral("UPDATE recognition_schedule SET entry_id = NULL WHERE id = ?"))
            .bind(posted)
            .exec());
    QVERIFY_THROWS_EXCEPTION(
        Error,
        book.db()
            .query(QStringLiteral("DELETE FROM recognition_schedule WHERE id = ?"))
            .bind(posted)
            .exec());
    // An unposted, dated row keeps its date.
    QVERIFY_THROWS_EXCEPTION(
        Error,
        book.db()
            .query(QStringLiteral("UPDATE recognition_schedule SET recognize_on = "
                                  "'2026-01-31' WHERE entry_id IS NULL"))
            .exec());
}

// A book of schema 13 with an annual line (booked wholly to revenue at
// issue, as Accrue did then) and a one-off sale is upgraded: the catch-up
// gives both schedules, defers what the annual line had not earned at issue
// and recognises what it has earned since.
void TestRecognition::upgradeOfASchema13Book()
{
    TestDatabase where;
    auto db = Database::open(where.location(), Database::OpenMode::CreateIfMissing);
    Migrations::applyUpTo(*db, 13);
    auto id = [&db](const QString &sql) { return db->query(sql).scalar().toLongLong(); };
    const QString now = QStringLiteral("2026-01-01T00:00:00.000Z");
    const qint64 revenue = id(QStringLiteral("SELECT id FROM account WHERE code = '4000'"));
    const qint64 ar = id(QStringLiteral("SELECT id FROM account WHERE system_role = 'ar'"));
    db->query(QStringLiteral("INSERT INTO product (code, name, unit_price_minor, currency, "
                             "tax_rate_ppm, revenue_account_id, recognition_method) VALUES "
                             "('ANNUAL', 'Annual', 120000, 'EUR', 0, ?, 'ratably')"))
        .bind(revenue)
        .exec();
    const qint64 product = id(QStringLiteral("SELECT id FROM product WHERE code = 'ANNUAL'"));
    db->query(QStringLiteral("INSERT INTO customer (code, name, currency, created_at) "
                             "VALUES ('OLD', 'Old Customer', 'EUR', ?)"))
        .bind(now)
        .exec();
    const qint64 customer = id(QStringLiteral("SELECT id FROM customer WHERE code = 'OLD'"));
    // Invoice 1: 1,200.00 for 2026; invoice 2: 300.00 one-off; both 1 January.
    const struct
    {
        const char *number;
        qint64 net;
        const char *method;
        const char *from;
        const char *to;
    } olds[] = { { "INV-2026-00001", 120000, "ratably", "2026-01-01", "2026-12-31" },
                 { "INV-2026-00002", 30000, "point_in_time", nullptr, nullptr } };
    for (const auto &old : olds) {
        db->query(QStringLiteral("INSERT INTO invoice (customer_id, status, issue_date, due_date, "
                                 "currency, subtotal_minor, tax_minor, total_minor, "
                                 "balance_minor, created_at) VALUES (?, 'draft', '2026-01-01', "
                                 "'2026-01-31', 'EUR', ?, 0, ?, ?, ?)"))
            .bindAll(customer, old.net, old.net, old.net, now)
            .exec();
        const qint64 invoice = id(QStringLiteral("SELECT MAX(id) FROM invoice"));
        db->query(QStringLiteral("INSERT INTO invoice_line (invoice_id, position, product_id, "
                                 "description, quantity_milli, unit_price_minor, discount_bp, "
                                 "tax_rate_ppm, net_minor, tax_minor, revenue_account_id, "
                                 "service_start, service_end, recognition_method) VALUES "
                                 "(?, 1, ?, 'Old', 1000, ?, 0, 0, ?, 0, ?, ?, ?, ?)"))
            .bindAll(invoice, product, old.net, old.net, revenue)
            .bind(old.from ? QVariant(QString::fromLatin1(old.from)) : QVariant())
            .bind(old.to ? QVariant(QString::fromLatin1(old.to)) : QVariant())
            .bind(QString::fromLatin1(old.method))
            .exec();
        db->query(QStringLiteral("UPDATE invoice SET status = 'open', number = ?, issued_at = ? "
                                 "WHERE id = ?"))
            .bindAll(QString::fromLatin1(old.number), now, invoice)
            .exec();
        // Dr AR / Cr revenue, all of it, as before schema 14, written as a
        // schema-13 program wrote it (today's JournalRepository knows the
        // lock date and original dates of later schemas).
        db->query(QStringLiteral("INSERT INTO journal_entry (entry_date, kind, source_type, "
                                 "source_id, currency, memo, created_at) VALUES ('2026-01-01', "
                                 "'invoice_issued', 'invoice', ?, 'EUR', ?, ?)"))
            .bindAll(invoice, QString::fromLatin1(old.number), now)
            .exec();
        const qint64 entry = id(QStringLiteral("SELECT MAX(id) FROM journal_entry"));
        for (const auto &[account, debit, credit] :
             { std::tuple { ar, old.net, qint64(0) }, std::tuple { revenue, qint64(0), old.net } })
            db->query(QStringLiteral("INSERT INTO journal_line (entry_id, entry_date, currency, "
                                     "account_id, customer_id, debit_minor, credit_minor) VALUES "
                                     "(?, '2026-01-01', 'EUR', ?, ?, ?, ?)"))
                .bindAll(entry, account, customer, debit, credit)
                .exec();
    }
    JournalRepository(*db).rebuildMonthlyBalances();
    QVERIFY(RecognitionService::needsCatchUp(db->schemaVersion()));
    db->migrate();
    QCOMPARE(db->schemaVersion(), Migrations::latestVersion());
    Session session(*db, QStringLiteral("tester"));
    session.setToday(QDate(2026, 6, 30));
    RecognitionService recognition(session);
    const auto caught = recognition.catchUp();
    QCOMPARE(caught.invoices, 2);
    // One reclassification (1 January, 1200.00 to Deferred) and January to
    // June recognised: 101.92 + 92.05 + 101.92 + 98.63 + 101.92 + 98.63 =
    // 595.07 (1200.00 x 31/365 = 101.918, x 28/365 = 92.055, x 30/365 = 98.630).
    QCOMPARE(caught.entries, 1 + 6);
    QCOMPARE(caught.recognisedMinor.at(QStringLiteral("EUR")), 59507);
    QCOMPARE(JournalRepository(*db).balanceOfRole(QStringLiteral("deferred_revenue"),
                                                  QStringLiteral("EUR")),
             -(120000 - 59507));
    // Revenue: 300.00 one-off + 595.07 earned so far.
    QCOMPARE(MonthlyBalanceRepository(*db).creditBalance(
                 MonthlyBalanceRepository::Accounts::Revenue, QStringLiteral("EUR"),
                 QDate(2026, 1, 1), QDate(2026, 6, 30)),
             30000 + 59507);
    QCOMPARE(MonthlyBalanceRepository(*db).disagreements(), QStringList());
    QVERIFY(JournalRepository(*db).unbalancedEntries().empty());
    // The report agrees with the account.
    ReportParameters p;
    p.asOf = QDate(2026, 6, 30);
    ReportTable table;
    const ReportDefinition &report = ReportEngine::require(QStringLiteral("deferred-revenue"));
    report.run(*db, ReportEngine::withDefaults(report, p, session.today()), table);
    QCOMPARE(table.rows().size(), 2); // the line and its total
    QCOMPARE(table.rows().at(1).at(10).value<Money>(), eur(120000 - 59507));
    // Done once: again is a no-op.
    QCOMPARE(recognition.catchUp().invoices, 0);
    QCOMPARE(recognition.run(QDate(2026, 6, 30)).entries, 0);
}

// Two currencies in one run: the invoice of each row is read for its
// currency, and each currency's rows of a date are posted by its own entry.
void TestRecognition::runInTwoCurrencies()
{
    TestBook book;
    const qint64 acme = book.addCustomer();
    const qint64 yankee = book.addCustomer(QStringLiteral("YANKEE"), QStringLiteral("Yankee Inc"),
                                           QStringLiteral("USD"));
    const qint64 eurPlan = addProduct(book, QStringLiteral("ANNUAL"), QStringLiteral("4000"),
                                      RecognitionMethod::Ratably);
    const qint64 usdPlan = addProduct(book, QStringLiteral("ANNUALUSD"), QStringLiteral("4000"),
                                      RecognitionMethod::Ratably);
    ProductRepository products(book.db());
    Product p = *products.find(usdPlan);
    p.currency = usdCurrency;
    p.unitPrice = Money(36500, usdCurrency);
    products.update(p);
    // EUR 1,200.00 and USD 365.00, each for 2026, issued 1 January.
    issueLine(book, acme, eurPlan, 120000, QDate(2026, 1, 1), QDate(2026, 1, 1),
              QDate(2026, 12, 31));
    Invoice usd = book.draft(yankee, { { 1000, 36500 } }, QDate(2026, 1, 1), 30, usdPlan);
    usd.currency = usdCurrency;
    usd.lines[0].unitPrice = Money(36500, usdCurrency);
    usd.lines[0].serviceStart = QDate(2026, 1, 1);
    usd.lines[0].serviceEnd = QDate(2026, 12, 31);
    InvoiceService invoices(book.session());
    invoices.issue(invoices.createDraft(usd));

    RecognitionService recognition(book.session());
    const auto summary = recognition.run(QDate(2026, 6, 30));
    // January to June in each currency: 6 + 6 entries, one row each.
    QCOMPARE(summary.entries, 12);
    QCOMPARE(summary.rows, 12);
    // EUR: 101.92 + 92.05 + 101.92 + 98.63 + 101.92 + 98.63 = 595.07
    // (1200.00 x 31/365 = 101.918, x 28/365 = 92.055, x 30/365 = 98.630).
    QCOMPARE(summary.recognisedMinor.at(QStringLiteral("EUR")), 59507);
    // USD: 1.00 a day, 31 + 28 + 31 + 30 + 31 + 30 = 181 days = 181.00.
    QCOMPARE(summary.recognisedMinor.at(QStringLiteral("USD")), 18100);
    QCOMPARE(book.roleBalance(QStringLiteral("deferred_revenue")), -(120000 - 59507));
    QCOMPARE(book.roleBalance(QStringLiteral("deferred_revenue"), QStringLiteral("USD")),
             -(36500 - 18100));
    // Every row due is posted, by an entry in its invoice's currency.
    QCOMPARE(book.db()
                 .query(QStringLiteral("SELECT COUNT(*) FROM recognition_schedule WHERE "
                                       "entry_id IS NULL AND recognize_on <= '2026-06-30'"))
                 .scalar()
                 .toLongLong(),
             0);
    QCOMPARE(book.db()
                 .query(QStringLiteral(
                     "SELECT COUNT(*) FROM recognition_schedule s "
                     "JOIN invoice_line l ON l.id = s.invoice_line_id "
                     "JOIN invoice i ON i.id = l.invoice_id "
                     "JOIN journal_entry e ON e.id = s.entry_id WHERE e.currency <> i.currency"))
                 .scalar()
                 .toLongLong(),
             0);
    book.checkBooks();
    book.checkBooks(QStringLiteral("USD"));
    QCOMPARE(recognition.run(QDate(2026, 6, 30)).entries, 0);
}

namespace {

// An issued (or draft) invoice of one line as Accrue wrote it before schema
// 14, booked wholly to revenue at issue. id 0: the database gives one.
struct OldInvoice
{
    qint64 id;
    const char *number;
    const char *currency;
    qint64 net;
    const char *method;
    const char *issue;
    const char *from;
    const char *to;
    bool issued = true;
};

// Returns the line's id.
qint64 insertOldInvoice(Database &db, const OldInvoice &old, qint64 customer, qint64 product)
{
    auto id = [&db](const QString &sql) { return db.query(sql).scalar().toLongLong(); };
    const QString now = QStringLiteral("2026-01-01T00:00:00.000Z");
    const qint64 revenue = id(QStringLiteral("SELECT id FROM account WHERE code = '4000'"));
    const qint64 ar = id(QStringLiteral("SELECT id FROM account WHERE system_role = 'ar'"));
    const QString issue = QString::fromLatin1(old.issue);
    if (old.id > 0)
        db.query(QStringLiteral("INSERT INTO invoice (id, customer_id, status, issue_date, "
                                "due_date, currency, subtotal_minor, tax_minor, total_minor, "
                                "balance_minor, created_at) VALUES (?, ?, 'draft', ?, ?, ?, ?, "
                                "0, ?, ?, ?)"))
            .bindAll(old.id, customer, issue, issue, QString::fromLatin1(old.currency), old.net,
                     old.net, old.net, now)
            .exec();
    else
        db.query(QStringLiteral("INSERT INTO invoice (customer_id, status, issue_date, due_date, "
                                "currency, subtotal_minor, tax_minor, total_minor, "
                                "balance_minor, created_at) VALUES (?, 'draft', ?, ?, ?, ?, 0, "
                                "?, ?, ?)"))
            .bindAll(customer, issue, issue, QString::fromLatin1(old.currency), old.net, old.net,
                     old.net, now)
            .exec();
    const qint64 invoice = id(QStringLiteral("SELECT MAX(id) FROM invoice"));
    db.query(QStringLiteral("INSERT INTO invoice_line (invoice_id, position, product_id, "
                            "description, quantity_milli, unit_price_minor, discount_bp, "
                            "tax_rate_ppm, net_minor, tax_minor, revenue_account_id, "
                            "service_start, service_end, recognition_method) VALUES "
                            "(?, 1, ?, 'Old', 1000, ?, 0, 0, ?, 0, ?, ?, ?, ?)"))
        .bindAll(invoice, product, old.net, old.net, revenue)
        .bind(old.from ? QVariant(QString::fromLatin1(old.from)) : QVariant())
        .bind(old.to ? QVariant(QString::fromLatin1(old.to)) : QVariant())
        .bind(QString::fromLatin1(old.method))
        .exec();
    const qint64 line = id(QStringLiteral("SELECT MAX(id) FROM invoice_line"));
    if (!old.issued)
        return line;
    db.query(QStringLiteral("UPDATE invoice SET status = 'open', number = ?, issued_at = ? "
                            "WHERE id = ?"))
        .bindAll(QString::fromLatin1(old.number), now, invoice)
        .exec();
    // Dr AR / Cr revenue, all of it, as before schema 14, written as a
    // schema-13 program wrote it (today's JournalRepository knows the lock
    // date and original dates of later schemas); the caller rebuilds the
    // monthly balances.
    db.query(QStringLiteral("INSERT INTO journal_entry (entry_date, kind, source_type, "
                            "source_id, currency, memo, created_at) VALUES (?, "
                            "'invoice_issued', 'invoice', ?, ?, '', ?)"))
        .bindAll(issue, invoice, QString::fromLatin1(old.currency), now)
        .exec();
    const qint64 entry = id(QStringLiteral("SELECT MAX(id) FROM journal_entry"));
    for (const auto &[account, debit, credit] :
         { std::tuple { ar, old.net, qint64(0) }, std::tuple { revenue, qint64(0), old.net } })
        db.query(QStringLiteral("INSERT INTO journal_line (entry_id, entry_date, currency, "
                                "account_id, customer_id, debit_minor, credit_minor) VALUES "
                                "(?, ?, ?, ?, ?, ?, ?)"))
            .bindAll(entry, issue, QString::fromLatin1(old.currency), account, customer, debit,
                     credit)
            .exec();
    return line;
}

} // namespace

// The catch-up reads the lines a batch of invoice ids at a time and writes
// their rows already posted. A schema-13 book with invoices on both sides of
// the first batch (2000 ids), in two currencies, a credit note, a milestone
// line, a draft and a one-off sale; and one invoice issued after the
// migration, whose due rows join the catch-up's entries.
void TestRecognition::upgradeInBatchesAndCurrencies()
{
    TestDatabase where;
    auto db = Database::open(where.location(), Database::OpenMode::CreateIfMissing);
    Migrations::applyUpTo(*db, 13);
    auto id = [&db](const QString &sql) { return db->query(sql).scalar().toLongLong(); };
    const qint64 revenue = id(QStringLiteral("SELECT id FROM account WHERE code = '4000'"));
    db->query(QStringLiteral("INSERT INTO product (code, name, unit_price_minor, currency, "
                             "tax_rate_ppm, revenue_account_id, recognition_method) VALUES "
                             "('ANNUAL', 'Annual', 120000, 'EUR', 0, ?, 'ratably')"))
        .bind(revenue)
        .exec();
    const qint64 product = id(QStringLiteral("SELECT id FROM product WHERE code = 'ANNUAL'"));
    db->query(QStringLiteral("INSERT INTO customer (code, name, currency, created_at) "
                             "VALUES ('OLD', 'Old Customer', 'EUR', '2026-01-01T00:00:00Z')"))
        .exec();
    const qint64 customer = id(QStringLiteral("SELECT id FROM customer WHERE code = 'OLD'"));
    insertOldInvoice(
        *db,
        { 0, "INV-2026-00001", "EUR", 120000, "ratably", "2026-01-01", "2026-01-01", "2026-12-31" },
        customer, product);
    const qint64 usdLine = insertOldInvoice(*db,
                                            { 2600, "INV-2026-02600", "USD", 36500, "ratably",
                                              "2026-01-01", "2026-01-01", "2026-12-31" },
                                            customer, product);
    insertOldInvoice(
        *db, { 2601, "INV-2026-02601", "EUR", 50000, "milestone", "2026-02-01", nullptr, nullptr },
        customer, product);
    insertOldInvoice(
        *db,
        { 2602, nullptr, "EUR", 99900, "ratably", "2026-02-01", "2026-02-01", "2027-01-31", false },
        customer, product);
    const qint64 saleLine = insertOldInvoice(
        *db,
        { 2603, "INV-2026-02603", "EUR", 30000, "point_in_time", "2026-03-10", nullptr, nullptr },
        customer, product);
    // USD 65.00 credited on the USD line: 300.00 of it is left to spread.
    db->query(QStringLiteral("INSERT INTO credit_note (number, invoice_id, customer_id, "
                             "issue_date, currency, reason, subtotal_minor, tax_minor, "
                             "total_minor, created_at) VALUES ('CN-2026-00001', 2600, ?, "
                             "'2026-01-01', 'USD', 'Discount', 6500, 0, 6500, "
                             "'2026-01-01T00:00:00Z')"))
        .bind(customer)
        .exec();
    db->query(QStringLiteral("INSERT INTO credit_note_line (credit_note_id, position, "
                             "invoice_line_id, description, net_minor, tax_rate_ppm, tax_minor, "
                             "revenue_account_id) VALUES ((SELECT MAX(id) FROM credit_note), 1, "
                             "?, 'Discount', 6500, 0, 0, ?)"))
        .bindAll(usdLine, revenue)
        .exec();
    JournalRepository(*db).rebuildMonthlyBalances();

    db->migrate();
    Session session(*db, QStringLiteral("tester"));
    session.setToday(QDate(2026, 6, 30));
    // Issued with schedules: EUR 1,200.00 for 2026, its January to June rows due.
    Invoice fresh;
    fresh.customerId = customer;
    fresh.currency = eurCurrency;
    fresh.issueDate = QDate(2026, 1, 1);
    fresh.dueDate = QDate(2026, 1, 31);
    InvoiceLine line;
    line.productId = product;
    line.description = QStringLiteral("New");
    line.unitPrice = eur(120000);
    line.serviceStart = QDate(2026, 1, 1);
    line.serviceEnd = QDate(2026, 12, 31);
    fresh.lines.push_back(line);
    InvoiceService invoices(session);
    invoices.issue(invoices.createDraft(fresh));

    RecognitionService recognition(session);
    const auto caught = recognition.catchUp();
    // Invoices 1, 2600, 2601 and 2603; not the draft, not the new one.
    QCOMPARE(caught.invoices, 4);
    // Deferrals: EUR 1 January (1200.00), USD 1 January (300.00), EUR 1
    // February (500.00, the milestone line's default "Completion"); the
    // sale on 10 March is earned on its issue date. Then one entry per
    // currency and month end, January to June: 3 + 6 + 6.
    QCOMPARE(caught.entries, 3 + 12);
    QCOMPARE(caught.rows, 6 + 6 + 6); // the new invoice's rows share the entries
    // EUR: 595.07 for each of the two annual invoices (as in
    // upgradeOfASchema13Book).
    QCOMPARE(caught.recognisedMinor.at(QStringLiteral("EUR")), 2 * 59507);
    // USD 300.00 over 365 days: 300 x 31/365 = 25.479 -> 25.48, x 28/365 =
    // 23.014 -> 23.01, x 30/365 = 24.658 -> 24.66; January to June
    // 25.48 + 23.01 + 25.48 + 24.66 + 25.48 + 24.66 = 148.77.
    QCOMPARE(caught.recognisedMinor.at(QStringLiteral("USD")), 14877);
    JournalRepository journal(*db);
    // EUR deferred: two annual lines' 1200.00 - 595.07 each, and the
    // milestone line's 500.00 until it is done.
    QCOMPARE(journal.balanceOfRole(QStringLiteral("deferred_revenue"), QStringLiteral("EUR")),
             -(2 * (120000 - 59507) + 50000));
    QCOMPARE(journal.balanceOfRole(QStringLiteral("deferred_revenue"), QStringLiteral("USD")),
             -(30000 - 14877));
    QVERIFY(journal.unbalancedEntries().empty());
    QCOMPARE(MonthlyBalanceRepository(*db).disagreements(), QStringList());
    // Rows: 12 + 12 + 1 + 1 caught up, 12 issued; due ones all posted, the
    // sale's by its issue entry; the milestone line has its one milestone.
    QCOMPARE(id(QStringLiteral("SELECT COUNT(*) FROM recognition_schedule")), 38);
    QCOMPARE(id(QStringLiteral("SELECT COUNT(*) FROM recognition_schedule WHERE entry_id IS NULL "
                               "AND recognize_on <= '2026-06-30'")),
             0);
    QCOMPARE(id(QStringLiteral("SELECT COUNT(*) FROM recognition_schedule WHERE entry_id IS NULL "
                               "AND recognize_on IS NULL")),
             1);
    QCOMPARE(db->query(QStringLiteral("SELECT entry_id FROM recognition_schedule WHERE "
                                      "invoice_line_id = ?"))
                 .bind(saleLine)
                 .scalar()
                 .toLongLong(),
             id(QStringLiteral("SELECT id FROM journal_entry WHERE source_type = 'invoice' "
                               "AND source_id = 2603")));
    QCOMPARE(id(QStringLiteral("SELECT COUNT(*) FROM recognition_milestone")), 1);
    QCOMPARE(id(QStringLiteral("SELECT COUNT(*) FROM recognition_schedule s JOIN invoice_line l "
                               "ON l.id = s.invoice_line_id WHERE l.invoice_id = 2602")),
             0);
    // Done once.
    QCOMPARE(recognition.catchUp().invoices, 0);
    QCOMPARE(recognition.run(QDate(2026, 6, 30)).entries, 0);
}

QTEST_GUILESS_MAIN(TestRecognition)
#include "tst_recognition.moc"
