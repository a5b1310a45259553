#include "billing/bankimportservice.h"
#include "billing/exchangerateservice.h"
#include "billing/paymentservice.h"
#include "billing/settingsservice.h"
#include "common/error.h"
#include "domain/exchangerate.h"
#include "exchange/bankcsvmapping.h"
#include "reports/reportengine.h"
#include "reports/reporttable.h"
#include "storage/exchangeraterepository.h"
#include "testbook.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Accrue;
using namespace Accrue::Testing;

// Exchange rates (typed, from the ECB's files, looked up direct, inverse or
// across), reports in a reporting currency and payments in another currency
// than their invoice. Every figure is worked out by hand in the comments.
class TestCurrencies : public QObject
{
    Q_OBJECT

private slots:
    void parseRate_data();
    void parseRate();
    void rateArithmetic();
    void ecbImport();
    void importErrorsNameLineAndField();
    void lookupDirectInverseCross();
    void convertedReports();
    void convertedAgingDeferredReconciliation();
    void reportWithoutRateFails();
    void foreignPaymentRefusedWithoutRate();
    void foreignPaymentSettlesWithLoss();
    void foreignPaymentBelowAndAboveTolerance();
    void foreignPaymentRateFromBookAndReversal();
    void newDraftsAreInTheBooksCurrency();

private:
    static Currency c(const char *code) { return Currency::require(QString::fromLatin1(code)); }
    // An issued invoice of one line without tax, in `currency`.
    // With a service period from the issue date to serviceEnd, when valid.
    static Invoice issueIn(TestBook &tb, qint64 customerId, const char *currency, qint64 netMinor,
                           const QDate &date, const QDate &serviceEnd = {});
    // A CSV statement (Date,Amount,Text) into the bank account MAIN in `currency`.
    static void importStatement(TestBook &tb, const QByteArray &csv, const char *currency);
};

namespace {

// The ECB's history layout (eurofxref-hist.csv): ISO dates, newest first,
// EUR the base of every column, N/A where there was no rate, and a trailing
// comma on every line. CYP left the euro's list in 2008.
const QByteArray ecbHistory = "Date,USD,JPY,BGN,CYP,GBP,\n"
                              "2026-05-05,1.0850,162.10,1.9558,N/A,0.8512,\n"
                              "2026-05-04,1.0823,161.42,1.9558,N/A,0.8490,\n";

// The daily file (eurofxref.csv): ", " between fields and a long date.
const QByteArray ecbDaily = "Date, USD, JPY, BGN, GBP, \n"
                            "06 May 2026, 1.0900, 163.00, 1.9558, 0.8520, \n";

} // namespace

Invoice TestCurrencies::issueIn(TestBook &tb, qint64 customerId, const char *currency,
                                qint64 netMinor, const QDate &date, const QDate &serviceEnd)
{
    Invoice draft = tb.draft(customerId, { { 1000, netMinor } }, date);
    draft.currency = c(currency);
    for (InvoiceLine &line : draft.lines) {
        line.unitPrice = Money(line.unitPrice.minor(), draft.currency);
        if (serviceEnd.isValid()) {
            line.serviceStart = date;
            line.serviceEnd = serviceEnd;
        }
    }
    InvoiceService service(tb.session());
    return service.issue(service.createDraft(draft));
}

void TestCurrencies::parseRate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("rateE10"); // -1: refused
    QTest::newRow("ECB USD") << QStringLiteral("1.0823") << qint64(10823000000);
    QTest::newRow("yen") << QStringLiteral("161.42") << qint64(1614200000000);
    QTest::newRow("whole") << QStringLiteral("2") << qint64(20000000000);
    QTest::newRow("smallest") << QStringLiteral("0.0000000001") << qint64(1);
    QTest::newRow("spaces") << QStringLiteral(" 0.8512 ") << qint64(8512000000);
    QTest::newRow("rupiah") << QStringLiteral("17654.32") << qint64(176543200000000);
    QTest::newRow("comma") << QStringLiteral("1,0823") << qint64(-1);
    QTest::newRow("negative") << QStringLiteral("-1.2") << qint64(-1);
    QTest::newRow("zero") << QStringLiteral("0.000") << qint64(-1);
    QTest::newRow("eleven decimals") << QStringLiteral("1.00000000001") << qint64(-1);
    QTest::newRow("two dots") << QStringLiteral("1.2.3") << qint64(-1);
    QTest::newRow("empty") << QString() << qint64(-1);
    QTest::newRow("N/A") << QStringLiteral("N/A") << qint64(-1);
    QTest::newRow("too large") << QStringLiteral("1000000000") << qint64(-1);
}

void TestCurrencies::parseRate()
{
    QFETCH(QString, text);
    QFETCH(qint64, rateE10);
    if (rateE10 < 0) {
        QVERIFY_THROWS_EXCEPTION(Error, RateE10::parse(text));
        return;
    }
    QCOMPARE(RateE10::parse(text), rateE10);
    QCOMPARE(RateE10::parse(RateE10::format(rateE10)), rateE10);
}

void TestCurrencies::rateArithmetic()
{
    QCOMPARE(RateE10::format(10823000000), QStringLiteral("1.0823"));
    QCOMPARE(RateE10::format(20000000000), QStringLiteral("2"));
    QCOMPARE(RateE10::format(1), QStringLiteral("0.0000000001"));
    // 1 / 1.0823 = 0.92395823708768... -> 0.9239582371 (10^20 / 10823000000
    // = 9239582370.87..., rounded up).
    QCOMPARE(RateE10::inverse(10823000000), qint64(9239582371));
    // 1 / 0.8 = 1.25 exactly.
    QCOMPARE(RateE10::inverse(8000000000), qint64(12500000000));
    // USD -> JPY across EUR: 0.9239582371 x 161.42 = 149.14533863272...
    // -> 149.1453386327.
    QCOMPARE(RateE10::cross(9239582371, 1614200000000), qint64(1491453386327));
    // Money::convertedTo rounds once: USD 100.00 x 149.1453386327 = JPY 14915.
    QCOMPARE(Money(10000, c("USD")).convertedTo(c("JPY"), 1491453386327), Money(14915, c("JPY")));
}

void TestCurrencies::ecbImport()
{
    TestBook tb;
    ExchangeRateService rates(tb.session());
    const auto first = rates.importCsv(ecbHistory, QStringLiteral("eurofxref-hist.csv"));
    QCOMPARE(first.format, QStringLiteral("ecb"));
    // Two days x USD, JPY, BGN, GBP; CYP is N/A (and not a currency Accrue
    // keeps, so its column is passed over).
    QCOMPARE(first.added, 8);
    QCOMPARE(first.unchanged, 0);
    QCOMPARE(first.skippedColumns, QStringList { QStringLiteral("CYP") });
    const auto usd = rates.list({ QStringLiteral("EUR"), QStringLiteral("USD"), {}, {} });
    QCOMPARE(usd.size(), std::size_t(2));
    QCOMPARE(usd.at(0).date, QDate(2026, 5, 4));
    QCOMPARE(usd.at(0).rateE10, qint64(10823000000));
    QCOMPARE(usd.at(0).source, QStringLiteral("eurofxref-hist.csv"));
    QCOMPARE(usd.at(1).rateE10, qint64(10850000000));

    // The same file again changes nothing and writes no audit record.
    const qint64 audits
        = tb.db().query(QStringLiteral("SELECT COUNT(*) FROM audit_log")).scalar().toLongLong();
    const auto again = rates.importCsv(ecbHistory, QStringLiteral("eurofxref-hist.csv"));
    QCOMPARE(again.added, 0);
    QCOMPARE(again.unchanged, 8);
    QCOMPARE(tb.db().query(QStringLiteral("SELECT COUNT(*) FROM audit_log")).scalar().toLongLong(),
             audits);

    // The daily file: another day, long date.
    const auto daily = rates.importCsv(ecbDaily, QStringLiteral("eurofxref.csv"));
    QCOMPARE(daily.added, 4);
    QCOMPARE(rates.list({ {}, QStringLiteral("GBP"), QDate(2026, 5, 6), QDate(2026, 5, 6) })
                 .at(0)
                 .rateE10,
             qint64(8520000000));

    // A different value for a stored day is refused, with the line, unless
    // replacing; nothing of the refused file is kept.
    const QByteArray changed = "Date,USD,JPY,\n2026-05-07,1.1000,170.00,\n"
                               "2026-05-04,1.0900,161.42,\n";
    try {
        rates.importCsv(changed, QStringLiteral("changed.csv"));
        QFAIL("a changed rate was taken");
    } catch (const Error &e) {
        QVERIFY2(e.userMessage().startsWith(QStringLiteral("changed.csv:3: USD: ")),
                 qPrintable(e.userMessage()));
        QVERIFY2(e.userMessage().contains(QStringLiteral("1.0823")), qPrintable(e.userMessage()));
    }
    QVERIFY(rates.list({ {}, {}, QDate(2026, 5, 7), {} }).empty());
    const auto replaced = rates.importCsv(changed, QStringLiteral("changed.csv"), true);
    QCOMPARE(replaced.added, 2);
    QCOMPARE(replaced.replaced, 1);
    QCOMPARE(replaced.unchanged, 1);
    QCOMPARE(rates.rateOn(c("EUR"), c("USD"), QDate(2026, 5, 4)).value_or(-1), 10900000000);

    // The long list, and one typed in.
    const auto longList = rates.importCsv("date,base,quote,rate\n2026-05-04,GBP,USD,1.2700\n",
                                          QStringLiteral("gbp.csv"));
    QCOMPARE(longList.format, QStringLiteral("long"));
    QCOMPARE(longList.added, 1);
    const ExchangeRate typed = rates.add(QStringLiteral("chf"), QStringLiteral("EUR"),
                                         QStringLiteral("1.05"), QDate(2026, 5, 4));
    QCOMPARE(typed.rateE10, qint64(10500000000));
    QVERIFY_THROWS_EXCEPTION(Error,
                             rates.add(QStringLiteral("CHF"), QStringLiteral("EUR"),
                                       QStringLiteral("1.06"), QDate(2026, 5, 4)));
    QVERIFY_THROWS_EXCEPTION(Error,
                             rates.add(QStringLiteral("EUR"), QStringLiteral("EUR"),
                                       QStringLiteral("1"), QDate(2026, 5, 4)));
    QVERIFY_THROWS_EXCEPTION(Error,
                             rates.add(QStringLiteral("EUR"), QStringLiteral("XYZ"),
                                       QStringLiteral("1"), QDate(2026, 5, 4)));
}

void TestCurrencies::importErrorsNameLineAndField()
{
    TestBook tb;
    ExchangeRateService rates(tb.session());
    const std::pair<QByteArray, QString> cases[] = {
        { "Date,USD,JPY,\n2026-05-04,1.0823,161.42,\n2026-05-05,1.08x,162.00,\n",
          QStringLiteral("bad.csv:3: USD: ") },
        { "Date,USD,\n2026-13-04,1.0823,\n", QStringLiteral("bad.csv:2: Date: ") },
        { "date,base,quote,rate\n2026-05-04,EUR,USD,-1\n", QStringLiteral("bad.csv:2: rate: ") },
        { "date,base,quote,rate\n2026-05-04,EUR,EURO,1\n", QStringLiteral("bad.csv:2: quote: ") },
        { "date,base,quote,rate,extra\n", QStringLiteral("bad.csv:1: extra: ") },
    };
    for (const auto &[bytes, prefix] : cases) {
        try {
            rates.importCsv(bytes, QStringLiteral("bad.csv"));
            QFAIL(bytes.constData());
        } catch (const Error &e) {
            QVERIFY2(e.userMessage().startsWith(prefix), qPrintable(e.userMessage()));
        }
    }
    // All or nothing: the good first line of the first file was not kept.
    QVERIFY(rates.list().empty());
}

void TestCurrencies::importStatement(TestBook &tb, const QByteArray &csv, const char *currency)
{
    const QByteArray json = R"({"name":"S","date":"Date","amount":"Amount","reference":"Text",)"
                            R"("currency":")"
        + QByteArray(currency) + R"("})";
    BankImportService(tb.session())
        .importBytes(csv, QStringLiteral("s.csv"), {},
                     BankCsvMapping::fromJson(QJsonDocument::fromJson(json).object()), {});
}

void TestCurrencies::lookupDirectInverseCross()
{
    TestBook tb;
    ExchangeRateService rates(tb.session());
    rates.importCsv(ecbHistory, QStringLiteral("eurofxref-hist.csv"));
    rates.importCsv("date,base,quote,rate\n2026-05-04,GBP,USD,1.2700\n", QStringLiteral("gbp.csv"));
    ExchangeRateRepository repo(tb.db());
    // -1: no rate on or before the day.
    auto on = [&repo](const char *from, const char *to, const QDate &date) {
        return repo.rateOn(c(from), c(to), date).value_or(-1);
    };
    // Direct: the day's rate, or the latest before it; none before the first.
    QCOMPARE(on("EUR", "USD", QDate(2026, 5, 4)), qint64(10823000000));
    QCOMPARE(on("EUR", "USD", QDate(2026, 5, 9)), qint64(10850000000));
    QCOMPARE(on("EUR", "USD", QDate(2026, 5, 3)), -1);
    QCOMPARE(on("EUR", "EUR", QDate(2000, 1, 1)), RateE10::one);
    // Inverse: 1 / 1.0823 = 0.9239582371.
    QCOMPARE(on("USD", "EUR", QDate(2026, 5, 4)), qint64(9239582371));
    // The inverse of GBP/USD (1 / 1.27 = 0.7874015748) comes before the cross
    // through EUR (1 / 1.0823 x 0.8490 = 0.7844405433).
    QCOMPARE(on("USD", "GBP", QDate(2026, 5, 4)), qint64(7874015748));
    // Cross through EUR: USD -> EUR 0.9239582371, EUR -> JPY 161.42.
    QCOMPARE(on("USD", "JPY", QDate(2026, 5, 4)), qint64(1491453386327));
    // JPY -> USD across EUR: the inverse of EUR/JPY (1 / 161.42 =
    // 0.00619501920... -> 0.0061950192) x 1.0823 = 0.00670486928... ->
    // 0.0067048693.
    const qint64 jpyEur = RateE10::inverse(1614200000000);
    QCOMPARE(jpyEur, qint64(61950192));
    QCOMPARE(RateE10::cross(jpyEur, 10823000000), qint64(67048693));
    QCOMPARE(on("JPY", "USD", QDate(2026, 5, 4)), 67048693);
    QCOMPARE(on("CHF", "JPY", QDate(2026, 5, 4)), -1);
}

void TestCurrencies::convertedReports()
{
    // A EUR company with a EUR and a USD customer. EUR/USD 1.25 on 4 May
    // (USD -> EUR 0.8) and 1.6 on 1 June (USD -> EUR 0.625): both exact.
    TestBook tb;
    ExchangeRateService rates(tb.session());
    rates.importCsv("date,base,quote,rate\n2026-05-04,EUR,USD,1.25\n2026-06-01,EUR,USD,1.6\n",
                    QStringLiteral("rates.csv"));
    const qint64 euro = tb.addCustomer(QStringLiteral("EURO"), QStringLiteral("Euro AG"));
    const qint64 yank
        = tb.addCustomer(QStringLiteral("YANK"), QStringLiteral("Yank Inc"), QStringLiteral("USD"));
    issueIn(tb, euro, "EUR", 100000, QDate(2026, 5, 4)); // EUR 1000.00
    issueIn(tb, yank, "USD", 50000, QDate(2026, 5, 4)); // USD 500.00 x 0.8 = EUR 400.00
    issueIn(tb, yank, "USD", 33333, QDate(2026, 6, 2)); // USD 333.33 x 0.625 = 208.33125
                                                        // -> EUR 208.33 (1 June's rate)
    issueIn(tb, euro, "EUR", 20000, QDate(2026, 6, 2)); // EUR 200.00

    ReportParameters p;
    p.from = QDate(2026, 5, 1);
    p.to = QDate(2026, 6, 30);
    p.today = QDate(2026, 6, 30);
    p.reportingCurrency = QStringLiteral("eur");
    const Currency eur = c("EUR");

    // Monthly revenue in EUR: May 1000.00 + 400.00 = 1400.00; June 208.33 +
    // 200.00 = 408.33; total 1808.33.
    ReportTable revenue;
    ReportEngine::run(tb.db(), QStringLiteral("monthly-revenue"), p, revenue);
    QVERIFY2(
        revenue.title().endsWith(QStringLiteral("in EUR at the rates of each document's date")),
        qPrintable(revenue.title()));
    QCOMPARE(revenue.rows().size(), 3);
    QCOMPARE(revenue.rows().at(0).at(0).toString(), QStringLiteral("2026-05"));
    QCOMPARE(revenue.rows().at(0).at(1).toString(), QStringLiteral("EUR"));
    QCOMPARE(revenue.rows().at(0).at(2).value<Money>(), Money(140000, eur));
    QCOMPARE(revenue.rows().at(1).at(2).value<Money>(), Money(40833, eur));
    QCOMPARE(revenue.rows().at(2).at(2).value<Money>(), Money(180833, eur));
    QVERIFY(revenue.rows().at(0).at(3).toString().contains(QStringLiteral("in EUR")));

    // Split by customer: EURO 1000.00 + 200.00 = 1200.00; YANK 400.00 +
    // 208.33 = 608.33.
    p.split = QStringLiteral("customer");
    ReportTable split;
    ReportEngine::run(tb.db(), QStringLiteral("monthly-revenue"), p, split);
    QCOMPARE(split.rows().constLast().at(4).value<Money>(), Money(180833, eur));
    p.split.clear();

    // Invoice summary in EUR: on 30 June the May invoices (due 3 June) are
    // overdue: 2 for 1400.00; the June ones (due 2 July) open: 2 for 408.33.
    ReportTable summary;
    ReportEngine::run(tb.db(), QStringLiteral("invoice-summary"), p, summary);
    QVERIFY(summary.title().contains(QStringLiteral("in EUR at the rates")));
    QCOMPARE(summary.rows().size(), 3);
    QCOMPARE(summary.rows().at(0).at(0).toString(), QStringLiteral("open"));
    QCOMPARE(summary.rows().at(0).at(2).toLongLong(), 2);
    QCOMPARE(summary.rows().at(0).at(3).value<Money>(), Money(40833, eur));
    QCOMPARE(summary.rows().at(1).at(0).toString(), QStringLiteral("overdue"));
    QCOMPARE(summary.rows().at(1).at(3).value<Money>(), Money(140000, eur));
    QCOMPARE(summary.rows().at(1).at(6).value<Money>(), Money(140000, eur));
    QVERIFY(summary.isTotalRow(2));
    QCOMPARE(summary.rows().at(2).at(2).toLongLong(), 4);
    QCOMPARE(summary.rows().at(2).at(3).value<Money>(), Money(180833, eur));

    // The invoice list: each invoice converted, the rate named, a total.
    ReportTable list;
    ReportEngine::run(tb.db(), QStringLiteral("customer-invoices"), p, list);
    QCOMPARE(list.rows().size(), 5);
    QMap<QString, QVariantList> byTotal;
    for (int i = 0; i < 4; ++i)
        byTotal[list.rows().at(i).at(6).value<Money>().toPlainString()] = list.rows().at(i);
    QVERIFY2(byTotal.contains(QStringLiteral("208.33")), qPrintable(byTotal.keys().join(u',')));
    QCOMPARE(byTotal.value(QStringLiteral("208.33")).at(11).toString(),
             QStringLiteral("USD at 0.625 (2026-06-02)"));
    QCOMPARE(byTotal.value(QStringLiteral("400.00")).at(11).toString(),
             QStringLiteral("USD at 0.8 (2026-05-04)"));
    QVERIFY(list.isTotalRow(4));
    QCOMPARE(list.rows().at(4).at(6).value<Money>(), Money(180833, eur));

    // Without a reporting currency the currencies stay apart, as before.
    p.reportingCurrency.clear();
    ReportTable plain;
    ReportEngine::run(tb.db(), QStringLiteral("monthly-revenue"), p, plain);
    QVERIFY(!plain.title().contains(QStringLiteral("rates")));
}

void TestCurrencies::convertedAgingDeferredReconciliation()
{
    // A EUR company, Euro AG in EUR and Yank Inc in USD. EUR/USD 1.25 on 4 May
    // (USD -> EUR 0.8) and 1.6 on 1 June (USD -> EUR 0.625). Terms 30 days.
    TestBook tb;
    ExchangeRateService(tb.session())
        .importCsv("date,base,quote,rate\n2026-05-04,EUR,USD,1.25\n2026-06-01,EUR,USD,1.6\n",
                   QStringLiteral("rates.csv"));
    const qint64 euro = tb.addCustomer(QStringLiteral("EURO"), QStringLiteral("Euro AG"));
    const qint64 yank
        = tb.addCustomer(QStringLiteral("YANK"), QStringLiteral("Yank Inc"), QStringLiteral("USD"));
    // Y1: USD 500.00 on 4 May, due 3 June; 100.00 of it paid on 10 June.
    const Invoice y1 = issueIn(tb, yank, "USD", 50000, QDate(2026, 5, 4));
    // Y2: USD 333.33 on 2 June, due 2 July, serving 2 June to 30 August.
    issueIn(tb, yank, "USD", 33333, QDate(2026, 6, 2), QDate(2026, 8, 30));
    // Y3: USD 100.00 on 10 July, due 9 August.
    issueIn(tb, yank, "USD", 10000, QDate(2026, 7, 10));
    // E1: EUR 1000.00 on 4 May, due 3 June; E2: EUR 200.00 on 2 June, due
    // 2 July, serving 2 June to 1 July.
    issueIn(tb, euro, "EUR", 100000, QDate(2026, 5, 4));
    issueIn(tb, euro, "EUR", 20000, QDate(2026, 6, 2), QDate(2026, 7, 1));
    PaymentService(tb.session())
        .payInvoice(y1.id, Money(10000, c("USD")), QDate(2026, 6, 10),
                    PaymentMethodKind::BankTransfer, QStringLiteral("wire"));
    // The USD bank account's statement: 50.00 on 31 May (before the period),
    // 100.00 on 10 June and a fee of -3.00 on 11 June, none matched.
    importStatement(tb,
                    "Date,Amount,Text\n2026-05-31,50.00,before\n2026-06-10,100.00,thanks\n"
                    "2026-06-11,-3.00,fee\n",
                    "USD");
    const Currency eur = c("EUR");
    auto money = [&eur](qint64 minor) { return Money(minor, eur); };
    auto at = [](const ReportTable &t, int row, const char *key) {
        for (int col = 0; col < t.columns().size(); ++col)
            if (t.columns().at(col).key == QLatin1String(key))
                return t.rows().at(row).at(col);
        return QVariant();
    };

    // AR aging as of 15 July in EUR, each open balance at its invoice's date:
    //   E1 1000.00, due 3 June, 42 days late          -> 31-60  1000.00
    //   E2  200.00, due 2 July, 13 days late          -> 1-30    200.00
    //   Y1 USD 400.00 open x 0.8 (4 May)   = 320.00   -> 31-60
    //   Y2 USD 333.33 x 0.625 (2 June) = 208.33125    -> 1-30    208.33
    //   Y3 USD 100.00 x 0.625 (10 July)    =  62.50   -> Current
    // Euro AG 1200.00; Yank Inc 62.50 + 208.33 + 320.00 = 590.83; total
    // Current 62.50, 1-30 408.33, 31-60 1320.00, in all 1790.83.
    // DSO: invoiced 16 April to 15 July, each at its date: Euro AG 1200.00,
    // so 1200/1200 x 90 = 90.0; Yank Inc 400.00 + 208.33 + 62.50 = 670.83,
    // 590.83/670.83 x 90 = 79.27 -> 79.3; all 1790.83/1870.83 x 90 = 86.15
    // -> 86.2.
    ReportParameters p;
    p.asOf = QDate(2026, 7, 15);
    p.today = QDate(2026, 7, 15);
    p.reportingCurrency = QStringLiteral("EUR");
    ReportTable aging;
    ReportEngine::run(tb.db(), QStringLiteral("ar-aging"), p, aging);
    QVERIFY2(aging.title().endsWith(QStringLiteral("in EUR at the rates of each document's date")),
             qPrintable(aging.title()));
    QCOMPARE(aging.rows().size(), 3);
    QCOMPARE(at(aging, 0, "customer_code").toString(), QStringLiteral("EURO"));
    QCOMPARE(at(aging, 0, "currency").toString(), QStringLiteral("EUR"));
    QCOMPARE(at(aging, 0, "days_1_30").value<Money>(), money(20000));
    QCOMPARE(at(aging, 0, "days_31_60").value<Money>(), money(100000));
    QCOMPARE(at(aging, 0, "total").value<Money>(), money(120000));
    QCOMPARE(plainCellText(at(aging, 0, "dso")), QStringLiteral("90.0"));
    QCOMPARE(at(aging, 1, "customer_code").toString(), QStringLiteral("YANK"));
    QCOMPARE(at(aging, 1, "currency").toString(), QStringLiteral("EUR"));
    QCOMPARE(at(aging, 1, "current").value<Money>(), money(6250));
    QCOMPARE(at(aging, 1, "days_1_30").value<Money>(), money(20833));
    QCOMPARE(at(aging, 1, "days_31_60").value<Money>(), money(32000));
    QCOMPARE(at(aging, 1, "days_61_90").value<Money>(), money(0));
    QCOMPARE(at(aging, 1, "total").value<Money>(), money(59083));
    QCOMPARE(plainCellText(at(aging, 1, "dso")), QStringLiteral("79.3"));
    QVERIFY(aging.isTotalRow(2));
    QCOMPARE(at(aging, 2, "current").value<Money>(), money(6250));
    QCOMPARE(at(aging, 2, "days_1_30").value<Money>(), money(40833));
    QCOMPARE(at(aging, 2, "days_31_60").value<Money>(), money(132000));
    QCOMPARE(at(aging, 2, "days_90_plus").value<Money>(), money(0));
    QCOMPARE(at(aging, 2, "total").value<Money>(), money(179083));
    QCOMPARE(plainCellText(at(aging, 2, "dso")), QStringLiteral("86.2"));
    // Without a reporting currency: a row and a total per currency, as before.
    p.reportingCurrency.clear();
    ReportTable apart;
    ReportEngine::run(tb.db(), QStringLiteral("ar-aging"), p, apart);
    QCOMPARE(apart.rows().size(), 4);
    QCOMPARE(at(apart, 3, "currency").toString(), QStringLiteral("USD"));
    QCOMPARE(at(apart, 3, "total").value<Money>(), Money(83333, c("USD"))); // 400 + 333.33 + 100
    QVERIFY(!apart.title().contains(QStringLiteral("rates")));
    p.reportingCurrency = QStringLiteral("EUR");

    // Deferred revenue as of 30 June in EUR: each line converted once at its
    // invoice's date. Both lines are point in time (no method of their own)
    // with a service period, so each is earned whole when its service ends
    // (RecognitionSchedule): Y2 on 30 August, E2 on 1 July, both after 30
    // June.
    //   Y2 USD 333.33 x 0.625 = 208.33 deferred, nothing recognised
    //   E2 200.00 deferred, nothing recognised
    // Total 408.33 deferred.
    p.asOf = QDate(2026, 6, 30);
    ReportTable deferred;
    ReportEngine::run(tb.db(), QStringLiteral("deferred-revenue"), p, deferred);
    QVERIFY(deferred.title().contains(QStringLiteral("in EUR at the rates")));
    QCOMPARE(deferred.rows().size(), 3);
    QMap<QString, int> byCustomer;
    for (int row = 0; row < 2; ++row)
        byCustomer[at(deferred, row, "customer_code").toString()] = row;
    const int y2 = byCustomer.value(QStringLiteral("YANK"));
    QCOMPARE(at(deferred, y2, "currency").toString(), QStringLiteral("EUR"));
    QCOMPARE(at(deferred, y2, "amount").value<Money>(), money(20833));
    QCOMPARE(at(deferred, y2, "deferred").value<Money>(), money(20833));
    QCOMPARE(at(deferred, y2, "recognised").value<Money>(), money(0));
    QCOMPARE(at(deferred, y2, "conversion").toString(),
             QStringLiteral("USD at 0.625 (2026-06-02)"));
    const int e2 = byCustomer.value(QStringLiteral("EURO"));
    QCOMPARE(at(deferred, e2, "deferred").value<Money>(), money(20000));
    QCOMPARE(at(deferred, e2, "recognised").value<Money>(), money(0));
    QVERIFY(deferred.isTotalRow(2));
    QCOMPARE(at(deferred, 2, "currency").toString(), QStringLiteral("EUR"));
    QCOMPARE(at(deferred, 2, "amount").value<Money>(), money(40833));
    QCOMPARE(at(deferred, 2, "deferred").value<Money>(), money(40833));
    QCOMPARE(at(deferred, 2, "recognised").value<Money>(), money(0));

    // Payment reconciliation of the USD account for June in EUR, every
    // amount at its own date's rate:
    //   opening: 50.00 on 31 May x 0.8                  = 40.00
    //   lines: 100.00 x 0.625 = 62.50; -3.00 x 0.625 = -1.875 -> -1.88
    //          (half away from zero); 62.50 - 1.88      = 60.62
    //   closing 40.00 + 60.62                            = 100.62
    //   booked: Yank's USD 100.00 on 10 June x 0.625     = 62.50
    //   difference 60.62 - 62.50                         = -1.88
    // then the two unmatched lines (62.50, -1.88) and the payment with no
    // line (62.50).
    p.from = QDate(2026, 6, 1);
    p.to = QDate(2026, 6, 30);
    p.account = QStringLiteral("MAIN");
    ReportTable rec;
    ReportEngine::run(tb.db(), QStringLiteral("payment-reconciliation"), p, rec);
    QVERIFY(rec.title().contains(QStringLiteral("in EUR at the rates")));
    QCOMPARE(rec.rows().size(), 8);
    const qint64 expected[] = { 4000, 6062, 10062, 6250, -188, 6250, -188, 6250 };
    for (int row = 0; row < 8; ++row) {
        QCOMPARE(at(rec, row, "currency").toString(), QStringLiteral("EUR"));
        QCOMPARE(at(rec, row, "amount").value<Money>(), money(expected[row]));
    }
    QCOMPARE(at(rec, 6, "conversion").toString(), QStringLiteral("USD at 0.625 (2026-06-11)"));
    // Unconverted, the account's own currency: 50.00, 97.00, 147.00, 100.00.
    p.reportingCurrency.clear();
    ReportTable recUsd;
    ReportEngine::run(tb.db(), QStringLiteral("payment-reconciliation"), p, recUsd);
    QCOMPARE(at(recUsd, 1, "amount").value<Money>(), Money(9700, c("USD")));
    QCOMPARE(at(recUsd, 4, "amount").value<Money>(), Money(-300, c("USD")));
    p.reportingCurrency = QStringLiteral("EUR");

    // Yank's statement of account for June in EUR, each entry at its date:
    //   opening: Y1 USD 500.00 on 4 May x 0.8           = 400.00
    //   2 June Y2 USD 333.33 x 0.625                    = 208.33 charged
    //   10 June payment USD 100.00 x 0.625              =  62.50 credited
    //   closing 400.00 + 208.33 - 62.50                 = 545.83
    // Open on 30 June at each invoice's date: Y1 USD 400.00 x 0.8 = 320.00,
    // 27 days late (1-30); Y2 208.33 not yet due. 528.33 is 17.50 less than
    // the balance: the payment was worth 100.00 x (0.8 - 0.625) less at its
    // own date than at Y1's.
    p.customer = QStringLiteral("YANK");
    ReportTable statement;
    ReportEngine::run(tb.db(), QStringLiteral("statement-of-account"), p, statement);
    QVERIFY(statement.title().contains(QStringLiteral("in EUR at the rates")));
    QCOMPARE(statement.rows().size(), 9);
    QCOMPARE(at(statement, 0, "balance").value<Money>(), money(40000));
    QCOMPARE(at(statement, 1, "charges").value<Money>(), money(20833));
    QCOMPARE(at(statement, 1, "conversion").toString(),
             QStringLiteral("USD at 0.625 (2026-06-02)"));
    QCOMPARE(at(statement, 2, "credits").value<Money>(), money(6250));
    QVERIFY(statement.isTotalRow(3));
    QCOMPARE(at(statement, 3, "charges").value<Money>(), money(20833));
    QCOMPARE(at(statement, 3, "credits").value<Money>(), money(6250));
    QCOMPARE(at(statement, 3, "balance").value<Money>(), money(54583));
    QCOMPARE(at(statement, 4, "balance").value<Money>(), money(20833)); // not yet due
    QCOMPARE(at(statement, 5, "balance").value<Money>(), money(32000)); // 1-30
    QCOMPARE(at(statement, 6, "balance").value<Money>(), money(0));
}

void TestCurrencies::reportWithoutRateFails()
{
    TestBook tb;
    ExchangeRateService(tb.session())
        .add(QStringLiteral("EUR"), QStringLiteral("USD"), QStringLiteral("1.25"),
             QDate(2026, 5, 4));
    const qint64 yank
        = tb.addCustomer(QStringLiteral("YANK"), QStringLiteral("Yank Inc"), QStringLiteral("USD"));
    // The day before the first rate, serving into July (deferred revenue).
    issueIn(tb, yank, "USD", 50000, QDate(2026, 5, 3), QDate(2026, 7, 31));
    importStatement(tb, "Date,Amount,Text\n2026-05-03,10.00,x\n", "USD");
    ReportParameters p;
    p.from = QDate(2026, 5, 1);
    p.to = QDate(2026, 5, 31);
    p.today = QDate(2026, 6, 30);
    p.customer = QStringLiteral("YANK");
    p.reportingCurrency = QStringLiteral("EUR");
    for (const char *report :
         { "monthly-revenue", "invoice-summary", "customer-invoices", "ar-aging",
           "deferred-revenue", "payment-reconciliation", "statement-of-account" }) {
        ReportTable table;
        try {
            ReportEngine::run(tb.db(), QString::fromLatin1(report), p, table);
            QFAIL(report);
        } catch (const Error &e) {
            QVERIFY2(e.userMessage().contains(QStringLiteral("USD/EUR"))
                         && e.userMessage().contains(QStringLiteral("2026-05-03")),
                     qPrintable(e.userMessage()));
        }
    }
}

void TestCurrencies::foreignPaymentRefusedWithoutRate()
{
    TestBook tb;
    const qint64 euro = tb.addCustomer(QStringLiteral("EURO"), QStringLiteral("Euro AG"));
    const Invoice inv = issueIn(tb, euro, "EUR", 100000, QDate(2026, 5, 4));
    PaymentService payments(tb.session());
    try {
        payments.payInvoice(inv.id, Money(123000, c("USD")), QDate(2026, 5, 20),
                            PaymentMethodKind::BankTransfer, QString());
        QFAIL("paid in USD without a rate");
    } catch (const Error &e) {
        QVERIFY2(e.userMessage().contains(QStringLiteral("in EUR, the payment in USD")),
                 qPrintable(e.userMessage()));
    }
    // The book's rate asked for, but there is none.
    QVERIFY_THROWS_EXCEPTION(
        Error,
        payments.payInvoice(inv.id, Money(123000, c("USD")), QDate(2026, 5, 20),
                            PaymentMethodKind::BankTransfer, QString(), { 0, true }));
    QCOMPARE(tb.reload(inv.id).balance, Money(100000, c("EUR")));
    QCOMPARE(tb.db().query(QStringLiteral("SELECT COUNT(*) FROM payment")).scalar().toLongLong(),
             0);
}

void TestCurrencies::foreignPaymentSettlesWithLoss()
{
    TestBook tb;
    const qint64 euro = tb.addCustomer(QStringLiteral("EURO"), QStringLiteral("Euro AG"));
    const Invoice inv = issueIn(tb, euro, "EUR", 100000, QDate(2026, 5, 4)); // EUR 1000.00
    // USD 1230.00 at 0.8 = EUR 984.00: 16.00 short of 1000.00, within 2 %
    // (20.00), so the invoice is paid and EUR 16.00 is an exchange loss.
    const Payment p
        = PaymentService(tb.session())
              .payInvoice(inv.id, Money(123000, c("USD")), QDate(2026, 5, 20),
                          PaymentMethodKind::BankTransfer, QStringLiteral("wire"), { 8000000000 });
    const Invoice after = tb.reload(inv.id);
    QCOMPARE(int(after.status), int(InvoiceStatus::Paid));
    QCOMPARE(after.balance, Money(0, c("EUR")));
    QCOMPARE(after.paid, Money(100000, c("EUR")));
    QCOMPARE(tb.roleBalance(QStringLiteral("fx_gain_loss")), 1600); // Dr loss 16.00
    QCOMPARE(tb.roleBalance(QStringLiteral("bank"), QStringLiteral("USD")), 123000);
    QCOMPARE(tb.roleBalance(QStringLiteral("bank")), 0);
    // FX clearing: Cr USD 1230.00 (the money in), Dr EUR 984.00 (what it became).
    QCOMPARE(tb.roleBalance(QStringLiteral("fx_clearing"), QStringLiteral("USD")), -123000);
    QCOMPARE(tb.roleBalance(QStringLiteral("fx_clearing")), 98400);
    QCOMPARE(tb.roleBalance(QStringLiteral("ar")), 0);
    SqlQuery a = tb.db().query(QStringLiteral("SELECT amount_minor, payment_amount_minor, rate_e10 "
                                              "FROM allocation WHERE payment_id = ?"));
    a.bind(p.id).exec();
    QVERIFY(a.next());
    QCOMPARE(a.int64(0), 100000);
    QCOMPARE(a.int64(1), 123000);
    QCOMPARE(a.int64(2), 8000000000);
    QCOMPARE(tb.db()
                 .query(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                       "'payment.record' AND after_json LIKE '%rate%0.8%'"))
                 .scalar()
                 .toLongLong(),
             1);
    // Every entry balanced in its own currency, the trial balance too.
    tb.checkBooks(QStringLiteral("EUR"));
    tb.checkBooks(QStringLiteral("USD"));

    // The payments received report keeps the payment in its own currency.
    ReportParameters rp;
    rp.from = QDate(2026, 5, 1);
    rp.to = QDate(2026, 5, 31);
    rp.today = QDate(2026, 6, 30);
    ReportTable received;
    ReportEngine::run(tb.db(), QStringLiteral("payments-received"), rp, received);
    bool found = false;
    for (const QVariantList &row : received.rows())
        for (const QVariant &cell : row)
            found = found || cell.value<Money>() == Money(123000, c("USD"));
    QVERIFY(found);
}

void TestCurrencies::foreignPaymentBelowAndAboveTolerance()
{
    TestBook tb;
    const qint64 euro = tb.addCustomer(QStringLiteral("EURO"), QStringLiteral("Euro AG"));
    const Invoice inv = issueIn(tb, euro, "EUR", 100000, QDate(2026, 5, 4));
    PaymentService payments(tb.session());
    // USD 1300.00 at 0.8 = EUR 1040.00, over 1000.00 + 20.00: refused.
    try {
        payments.payInvoice(inv.id, Money(130000, c("USD")), QDate(2026, 5, 20),
                            PaymentMethodKind::BankTransfer, QString(), { 8000000000 });
        QFAIL("an over-payment in USD was taken");
    } catch (const Error &e) {
        QVERIFY2(e.userMessage().contains(QStringLiteral("1040.00")), qPrintable(e.userMessage()));
    }
    // USD 1000.00 at 0.8 = EUR 800.00, more than 2 % short: applied, 200.00
    // stays open, no exchange difference.
    payments.payInvoice(inv.id, Money(100000, c("USD")), QDate(2026, 5, 20),
                        PaymentMethodKind::BankTransfer, QString(), { 8000000000 });
    Invoice after = tb.reload(inv.id);
    QCOMPARE(int(after.status), int(InvoiceStatus::Open));
    QCOMPARE(after.balance, Money(20000, c("EUR")));
    QCOMPARE(tb.roleBalance(QStringLiteral("fx_gain_loss")), 0);
    // USD 255.00 at 0.8 = EUR 204.00 for the 200.00 left: 4.00 over, within
    // 2 % of 200.00 (4.00): paid, EUR 4.00 gain (a credit).
    payments.payInvoice(inv.id, Money(25500, c("USD")), QDate(2026, 5, 21),
                        PaymentMethodKind::BankTransfer, QString(), { 8000000000 });
    after = tb.reload(inv.id);
    QCOMPARE(int(after.status), int(InvoiceStatus::Paid));
    QCOMPARE(tb.roleBalance(QStringLiteral("fx_gain_loss")), -400);
    tb.checkBooks(QStringLiteral("EUR"));
    tb.checkBooks(QStringLiteral("USD"));
}

void TestCurrencies::foreignPaymentRateFromBookAndReversal()
{
    TestBook tb;
    // EUR/USD 1.25 stored: USD -> EUR is its inverse, 0.8.
    ExchangeRateService(tb.session())
        .add(QStringLiteral("EUR"), QStringLiteral("USD"), QStringLiteral("1.25"),
             QDate(2026, 5, 4));
    const qint64 euro = tb.addCustomer(QStringLiteral("EURO"), QStringLiteral("Euro AG"));
    const Invoice inv = issueIn(tb, euro, "EUR", 100000, QDate(2026, 5, 4));
    PaymentService payments(tb.session());
    const Payment p = payments.payInvoice(inv.id, Money(123000, c("USD")), QDate(2026, 5, 20),
                                          PaymentMethodKind::BankTransfer, QString(), { 0, true });
    QCOMPARE(int(tb.reload(inv.id).status), int(InvoiceStatus::Paid));
    QCOMPARE(tb.roleBalance(QStringLiteral("fx_gain_loss")), 1600);
    // Taken back: the invoice owes 1000.00 again and every FX account is
    // back to zero in both currencies.
    payments.reverse(p.id, QDate(2026, 5, 25), QStringLiteral("bounced"));
    const Invoice back = tb.reload(inv.id);
    QCOMPARE(int(back.status), int(InvoiceStatus::Open));
    QCOMPARE(back.balance, Money(100000, c("EUR")));
    for (const QString &currency : { QStringLiteral("EUR"), QStringLiteral("USD") }) {
        QCOMPARE(tb.roleBalance(QStringLiteral("fx_gain_loss"), currency), 0);
        QCOMPARE(tb.roleBalance(QStringLiteral("fx_clearing"), currency), 0);
        QCOMPARE(tb.roleBalance(QStringLiteral("bank"), currency), 0);
        tb.checkBooks(currency);
    }
}

void TestCurrencies::newDraftsAreInTheBooksCurrency()
{
    TestBook tb;
    // No company currency yet (a book from before it was asked): the one
    // most customers are billed in.
    tb.addCustomer(QStringLiteral("A"), QStringLiteral("A"), QStringLiteral("EUR"));
    tb.addCustomer(QStringLiteral("B"), QStringLiteral("B"), QStringLiteral("EUR"));
    tb.addCustomer(QStringLiteral("C"), QStringLiteral("C"), QStringLiteral("USD"));
    SettingsService settings(tb.session());
    QCOMPARE(settings.bookCurrency().code(), QStringLiteral("EUR"));

    // The company's own currency decides, whatever its customers pay in.
    CompanySettings company = settings.company();
    company.legalName = QStringLiteral("Alpenfirn AG");
    company.currency = QStringLiteral("CHF");
    settings.saveCompany(company);
    QCOMPARE(settings.bookCurrency().code(), QStringLiteral("CHF"));
    const Invoice draft = InvoiceService(tb.session()).newDraft();
    QCOMPARE(draft.currency.code(), QStringLiteral("CHF"));
    QCOMPARE(draft.issueDate, tb.session().today());
}

QTEST_GUILESS_MAIN(TestCurrencies)
#include "tst_currencies.moc"
