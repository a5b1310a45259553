#include "billing/customerservice.h"
#include "billing/paymentservice.h"
#include "common/error.h"
#include "demo/demogenerator.h"
#include "security/auditlog.h"
#include "storage/auditrepository.h"
#include "storage/receiptrepository.h"
#include "storage/transaction.h"
#include "testbook.h"

#include <QSqlQuery>
#include <QTest>

using namespace Accrue;
using namespace Accrue::Testing;

// Tampering goes around the append-only triggers the way an attacker with
// the file would: drop them, edit, and see that verify() finds the spot.
class TestAudit : public QObject
{
    Q_OBJECT

private slots:
    void chainVerifies();
    void appendOnlyTriggers();
    void tampering_data();
    void tampering();
    void customerCreationIsValidatedAndAudited();
    void demoBookIsConsistentAndAudited();

private:
    static void fill(TestBook &book, int records);
};

void TestAudit::fill(TestBook &book, int records)
{
    AuditLog log(book.db(), QStringLiteral("tester"));
    Transaction tx(book.db());
    for (int i = 1; i <= records; ++i)
        log.append(QStringLiteral("thing.change"), QStringLiteral("thing"), QString::number(i),
                   QJsonObject { { QStringLiteral("value"), i - 1 } },
                   QJsonObject { { QStringLiteral("value"), i } });
    tx.commit();
}

void TestAudit::chainVerifies()
{
    TestBook book;
    fill(book, 50);
    const AuditVerification v = AuditLog(book.db(), QString()).verify();
    QVERIFY2(v.ok, qPrintable(v.problem));
    QCOMPARE(v.checked, 50);
    // The services write records too, and the chain continues across them.
    book.issue(book.addCustomer(), { { 1000, 100 } });
    QVERIFY(AuditLog(book.db(), QString()).verify().ok);
    QCOMPARE(AuditRepository(book.db()).count(), 52);
}

void TestAudit::appendOnlyTriggers()
{
    TestBook book;
    fill(book, 3);
    QSqlQuery q(book.db().connection());
    QVERIFY(!q.exec(QStringLiteral("UPDATE audit_log SET user_name = 'mallory'")));
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_log WHERE seq = 2")));
}

void TestAudit::tampering_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<qint64>("brokenSeq");
    QTest::newRow("edited value")
        << "UPDATE audit_log SET after_json = '{\"value\":99}' WHERE seq = 7" << qint64(7);
    QTest::newRow("edited user") << "UPDATE audit_log SET user_name = 'mallory' WHERE seq = 3"
                                 << qint64(3);
    QTest::newRow("rehashed row") << "UPDATE audit_log SET hash = 'abc' WHERE seq = 5" << qint64(5);
    QTest::newRow("deleted row") << "DELETE FROM audit_log WHERE seq = 4" << qint64(4);
    QTest::newRow("deleted tail") << "DELETE FROM audit_log WHERE seq > 8" << qint64(9);
    QTest::newRow("cut link") << "UPDATE audit_log SET prev_hash = hash WHERE seq = 6" << qint64(6);
    QTest::newRow("renumbered") << "UPDATE audit_log SET seq = 20 WHERE seq = 10" << qint64(10);
}

void TestAudit::tampering()
{
    QFETCH(QString, sql);
    QFETCH(qint64, brokenSeq);
    TestBook book;
    fill(book, 10);
    QSqlQuery q(book.db().connection());
    // Someone with the file (or the server's superuser) gets past the guards.
    if (book.db().dialect() == Database::Dialect::Postgres) {
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_log_append_only ON audit_log")));
    } else {
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_log_append_only_u")));
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_log_append_only_d")));
    }
    QVERIFY2(q.exec(sql), qPrintable(sql));
    const AuditVerification v = AuditLog(book.db(), QString()).verify();
    QVERIFY(!v.ok);
    QCOMPARE(v.brokenSeq, brokenSeq);
    QVERIFY(!v.problem.isEmpty());
}

void TestAudit::customerCreationIsValidatedAndAudited()
{
    TestBook book;
    CustomerService service(book.session());
    Customer c;
    c.code = QStringLiteral("ACME");
    c.name = QStringLiteral("Acme <b>Corp</b> & Co");
    c.currency = Currency::require(QStringLiteral("EUR"));
    BillingProfile profile;
    profile.city = QStringLiteral("Köln");
    PaymentMethod card;
    card.kind = QStringLiteral("card");
    card.last4 = QStringLiteral("4242");
    const qint64 id = service.create(c, profile, &card);
    QVERIFY(id > 0 && profile.id > 0 && card.id > 0);
    QCOMPARE(CustomerRepository(book.db()).defaultProfile(id)->city, QStringLiteral("Köln"));
    QCOMPARE(AuditRepository(book.db()).count(), 1);
    Customer twin = c;
    QVERIFY_THROWS_EXCEPTION(Error, service.create(twin, profile)); // duplicate code
    Customer bad;
    bad.code = QStringLiteral("X");
    bad.name = QStringLiteral("X");
    bad.currency = Currency::fromCode(QStringLiteral("EURO")).value_or(Currency()); // none
    QVERIFY_THROWS_EXCEPTION(Error, service.create(bad, profile));
    QCOMPARE(CustomerRepository(book.db()).count(), 1);
    QCOMPARE(AuditRepository(book.db()).count(), 1);
    QVERIFY(AuditLog(book.db(), QString()).verify().ok);
}

// The demo books through the same rules as the services: its ledger balances,
// AR equals the open invoices, credit equals unapplied money, the chain verifies.
void TestAudit::demoBookIsConsistentAndAudited()
{
    TestBook book;
    DemoGenerator::Options options;
    options.customers = 25;
    options.invoices = 3000;
    options.endDate = QDate(2026, 6, 30);
    const auto result = DemoGenerator(book.session()).generate(options);
    QCOMPARE(result.invoices, 3000);
    book.checkBooks(QStringLiteral("USD"));
    const AuditVerification v = AuditLog(book.db(), QString()).verify();
    QVERIFY2(v.ok, qPrintable(v.problem));
    // One record per customer, subscription, catalogue item and billing event.
    QVERIFY(v.checked > result.invoices + result.payments);
    // Demo numbers continue gaplessly in the services.
    const qint64 customer = CustomerRepository(book.db()).findByCode(QStringLiteral("C00001"))->id;
    Invoice d = book.draft(customer, { { 1000, 100 } }, QDate(2026, 6, 30));
    d.currency = Currency::require(QStringLiteral("USD"));
    InvoiceService invoices(book.session());
    const Invoice next = invoices.issue(invoices.createDraft(d));
    QVERIFY(next.number.startsWith(QStringLiteral("INV-2026-")));
    QCOMPARE(InvoiceRepository(book.db()).findIdByNumber(next.number), next.id);
    const qint64 sequence = next.number.section(u'-', 2).toLongLong();
    QVERIFY(InvoiceRepository(book.db()).findIdByNumber(
        QStringLiteral("INV-2026-%1").arg(sequence - 1, 6, 10, QLatin1Char('0'))));
    // Every demo payment has its receipt, and the receipt series continues
    // gaplessly in PaymentService too.
    ReceiptRepository receipts(book.db());
    for (qint64 paymentId = 1; paymentId <= result.payments; ++paymentId)
        QVERIFY2(receipts.findByPayment(paymentId), qPrintable(QString::number(paymentId)));
    const Payment paid = PaymentService(book.session())
                             .payInvoice(next.id, next.total, QDate(2026, 6, 30),
                                         QStringLiteral("bank_transfer"), next.number);
    const QString receipt = receipts.findByPayment(paid.id)->number;
    QVERIFY(receipt.startsWith(QStringLiteral("RCT-2026-")));
    const qint64 receiptSequence = receipt.section(u'-', 2).toLongLong();
    QVERIFY(receipts.findByNumber(
        QStringLiteral("RCT-2026-%1").arg(receiptSequence - 1, 6, 10, QLatin1Char('0'))));
    book.checkBooks(QStringLiteral("USD"));
    QVERIFY(AuditLog(book.db(), QString()).verify().ok);
}

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"
