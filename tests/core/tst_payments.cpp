#include "billing/creditnoteservice.h"
#include "billing/paymentservice.h"
#include "common/error.h"
#include "testbook.h"

#include <QTest>

using namespace Accrue;
using namespace Accrue::Testing;

// The invoice life cycle as a table: each row is a sequence of steps on one
// invoice of 119.00 (100.00 + 19% tax), then the expected state. The books'
// invariants are checked after every step.
class TestPayments : public QObject
{
    Q_OBJECT

private slots:
    void lifeCycle_data();
    void lifeCycle();
    void creditAppliedToLaterInvoice();
    void creditNoteByLines();
    void paymentSplitAcrossInvoices();
    void refusals();
};

namespace {
const QString eur = QStringLiteral("EUR");
}

void TestPayments::lifeCycle_data()
{
    QTest::addColumn<QStringList>("steps"); // pay:N, cn-full, cn-amount:N, cn-credit:N
    QTest::addColumn<qint64>("balance");
    QTest::addColumn<int>("status"); // DisplayStatus
    QTest::addColumn<qint64>("customerCredit");

    QTest::newRow("partial payment") << QStringList { QStringLiteral("pay:5000") } << qint64(6900)
                                     << int(DisplayStatus::PartiallyPaid) << qint64(0);
    QTest::newRow("exact payment") << QStringList { QStringLiteral("pay:11900") } << qint64(0)
                                   << int(DisplayStatus::Paid) << qint64(0);
    QTest::newRow("two payments") << QStringList { QStringLiteral("pay:4000"),
                                                   QStringLiteral("pay:7900") }
                                  << qint64(0) << int(DisplayStatus::Paid) << qint64(0);
    QTest::newRow("over-payment") << QStringList { QStringLiteral("pay:15000") } << qint64(0)
                                  << int(DisplayStatus::Paid) << qint64(3100);
    QTest::newRow("partial credit note")
        << QStringList { QStringLiteral("cn-amount:2380") } << qint64(9520)
        << int(DisplayStatus::PartiallyPaid) << qint64(0);
    QTest::newRow("full credit note voids") << QStringList { QStringLiteral("cn-full") }
                                            << qint64(0) << int(DisplayStatus::Void) << qint64(0);
    QTest::newRow("paid then fully credited")
        << QStringList { QStringLiteral("pay:11900"), QStringLiteral("cn-full") } << qint64(0)
        << int(DisplayStatus::Void) << qint64(11900);
    QTest::newRow("partly paid then fully credited")
        << QStringList { QStringLiteral("pay:4000"), QStringLiteral("cn-full") } << qint64(0)
        << int(DisplayStatus::Void) << qint64(4000);
    QTest::newRow("credit kept as customer credit")
        << QStringList { QStringLiteral("cn-credit:1190") } << qint64(11900)
        << int(DisplayStatus::Open) << qint64(1190);
    QTest::newRow("credit kept, then the rest credited in full")
        << QStringList { QStringLiteral("cn-credit:1190"), QStringLiteral("cn-full") } << qint64(0)
        << int(DisplayStatus::Void) << qint64(0);
    QTest::newRow("whole invoice credited as customer credit voids it")
        << QStringList { QStringLiteral("cn-credit:11900") } << qint64(0)
        << int(DisplayStatus::Void) << qint64(0);
    QTest::newRow("partial credit then payment of the rest")
        << QStringList { QStringLiteral("cn-amount:1190"), QStringLiteral("pay:10710") }
        << qint64(0) << int(DisplayStatus::Paid) << qint64(0);
}

void TestPayments::lifeCycle()
{
    QFETCH(QStringList, steps);
    QFETCH(qint64, balance);
    QFETCH(int, status);
    QFETCH(qint64, customerCredit);

    TestBook book;
    const qint64 customer = book.addCustomer();
    const Invoice inv = book.issue(customer, { { 1000, 10000, 190000 } }, QDate(2026, 6, 1));
    QCOMPARE(inv.total.minor(), 11900);
    PaymentService payments(book.session());
    CreditNoteService notes(book.session());
    const Currency c = Currency::require(eur);
    for (const QString &step : steps) {
        const QString kind = step.section(u':', 0, 0);
        const qint64 amount = step.section(u':', 1, 1).toLongLong();
        if (kind == QLatin1String("pay")) {
            payments.payInvoice(inv.id, Money(amount, c), QDate(2026, 6, 10),
                                PaymentMethodKind::BankTransfer, QStringLiteral("ref"));
        } else {
            CreditNoteService::Request req;
            req.invoiceId = inv.id;
            req.reason = QStringLiteral("test");
            req.date = QDate(2026, 6, 12);
            req.mode = kind == QLatin1String("cn-full") ? CreditNoteService::Mode::Full
                                                        : CreditNoteService::Mode::Amount;
            req.amount = Money(amount, c);
            req.applyToInvoice = kind != QLatin1String("cn-credit");
            const CreditNote note = notes.issue(req);
            QVERIFY(note.number.startsWith(QStringLiteral("CN-2026-")));
            QCOMPARE((note.subtotal + note.tax).minor(), note.total.minor());
        }
        book.checkBooks();
        if (QTest::currentTestFailed())
            return;
    }
    const Invoice after = book.reload(inv.id);
    QCOMPARE(after.balance.minor(), balance);
    QCOMPARE(int(after.displayStatus(QDate(2026, 6, 20))), status);
    QCOMPARE(payments.customerCredit(customer, c).minor(), customerCredit);
    QCOMPARE(book.roleBalance(QStringLiteral("ar")), balance);
    QCOMPARE(-book.roleBalance(QStringLiteral("customer_credit")), customerCredit);
}

void TestPayments::creditAppliedToLaterInvoice()
{
    TestBook book;
    const qint64 customer = book.addCustomer();
    const Currency c = Currency::require(eur);
    PaymentService payments(book.session());
    const Invoice first = book.issue(customer, { { 1000, 10000 } });
    payments.payInvoice(first.id, Money(13000, c), QDate(2026, 6, 5), PaymentMethodKind::Cheque,
                        QStringLiteral("chq 1"));
    QCOMPARE(payments.customerCredit(customer, c).minor(), 3000);
    const Invoice second = book.issue(customer, { { 1000, 5000 } }, QDate(2026, 6, 15));
    QCOMPARE(payments.applyCredit(second.id, Money(), QDate(2026, 6, 16)).minor(), 3000);
    Invoice after = book.reload(second.id);
    QCOMPARE(after.balance.minor(), 2000);
    QVERIFY(after.displayStatus(QDate(2026, 6, 20)) == DisplayStatus::PartiallyPaid);
    QCOMPARE(payments.customerCredit(customer, c).minor(), 0);
    book.checkBooks();
    QVERIFY_THROWS_EXCEPTION(Error, payments.applyCredit(second.id, Money(), QDate(2026, 6, 17)));
}

void TestPayments::creditNoteByLines()
{
    TestBook book;
    const qint64 customer = book.addCustomer();
    const Invoice inv = book.issue(customer, { { 1000, 10000, 190000 }, { 2000, 2500, 70000 } });
    CreditNoteService notes(book.session());
    CreditNoteService::Request req;
    req.invoiceId = inv.id;
    req.mode = CreditNoteService::Mode::Lines;
    req.lines = { { 2, Money() } };
    req.reason = QStringLiteral("returned");
    const CreditNote note = notes.issue(req);
    QCOMPARE(note.subtotal.minor(), 5000);
    QCOMPARE(note.tax.minor(), 350);
    QCOMPARE(book.reload(inv.id).balance.minor(), inv.total.minor() - 5350);
    req.lines = { { 1, Money() }, { 1, Money() } };
    QVERIFY_THROWS_EXCEPTION(Error, notes.issue(req)); // the same line twice
    req.lines = { { 2, Money() } };
    // Line 2 is fully credited now; crediting it again has nothing left.
    QVERIFY_THROWS_EXCEPTION(Error, notes.issue(req));
    req.lines = { { 1, Money(20000, inv.currency) } };
    QVERIFY_THROWS_EXCEPTION(Error, notes.issue(req)); // more than the line
    req.mode = CreditNoteService::Mode::Full;
    const CreditNote rest = notes.issue(req);
    QCOMPARE(rest.total.minor(), 11900);
    QVERIFY(book.reload(inv.id).status == InvoiceStatus::Void);
    QCOMPARE(rest.number, QStringLiteral("CN-2026-000002"));
    book.checkBooks();
}

void TestPayments::paymentSplitAcrossInvoices()
{
    TestBook book;
    const qint64 customer = book.addCustomer();
    const Invoice a = book.issue(customer, { { 1000, 3000 } });
    const Invoice b = book.issue(customer, { { 1000, 4000 } });
    PaymentService payments(book.session());
    PaymentService::Request req;
    req.customerId = customer;
    req.date = QDate(2026, 6, 20);
    req.amount = Money(8000, Currency::require(eur));
    req.reference = QStringLiteral("remittance");
    req.splits = { { a.id, Money(3000, a.currency) }, { b.id, Money(4000, b.currency) } };
    const Payment p = payments.record(req);
    QCOMPARE(p.unapplied.minor(), 1000);
    QVERIFY(book.reload(a.id).status == InvoiceStatus::Paid);
    QVERIFY(book.reload(b.id).status == InvoiceStatus::Paid);
    book.checkBooks();
}

void TestPayments::refusals()
{
    TestBook book;
    const qint64 customer = book.addCustomer();
    const qint64 other = book.addCustomer(QStringLiteral("OTHER"), QStringLiteral("Other Ltd"));
    const Invoice inv = book.issue(customer, { { 1000, 3000 } });
    const Currency c = Currency::require(eur);
    PaymentService payments(book.session());
    const auto pay = [&](qint64 amount, const QString &method) {
        payments.payInvoice(inv.id, Money(amount, c), QDate(2026, 6, 2), method, QString());
    };
    QVERIFY_THROWS_EXCEPTION(Error, pay(0, PaymentMethodKind::Cash));
    QVERIFY_THROWS_EXCEPTION(Error, pay(-100, PaymentMethodKind::Cash));
    QVERIFY_THROWS_EXCEPTION(Error, pay(100, QStringLiteral("barter")));
    QVERIFY_THROWS_EXCEPTION(
        Error,
        payments.payInvoice(inv.id, Money(100, Currency::require(QStringLiteral("USD"))),
                            QDate(2026, 6, 2), PaymentMethodKind::Cash, QString()));
    PaymentService::Request req;
    req.customerId = other;
    req.date = QDate(2026, 6, 2);
    req.amount = Money(100, c);
    req.splits = { { inv.id, Money(100, c) } };
    QVERIFY_THROWS_EXCEPTION(Error, payments.record(req)); // another customer's invoice
    const Invoice after = book.reload(inv.id);
    QCOMPARE(after.balance.minor(), 3000);
    QCOMPARE(book.roleBalance(QStringLiteral("bank")), 0);
    book.checkBooks();
}

QTEST_GUILESS_MAIN(TestPayments)
#include "tst_payments.moc"
