#include "billing/paymentservice.h"
#include "exchange/csvwriter.h"
#include "reports/agingreport.h"
#include "reports/invoicelistreport.h"
#include "reports/reporttable.h"
#include "reports/trialbalancereport.h"
#include "testbook.h"

#include <QBuffer>
#include <QTest>

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
    void invoiceListFilters_data();
    void invoiceListFilters();
    void csvQuoting();
};

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
    const Invoice inv = book.issue(customer, { { 1000, 10000, 1900 } });
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
    payments.payInvoice(paid.id, paid.total(), QDate(2026, 6, 3), PaymentMethodKind::Card,
                        QString());
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

QTEST_GUILESS_MAIN(TestReports)
#include "tst_reports.moc"
