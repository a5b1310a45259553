#include "billing/customerservice.h"
#include "billing/paymentservice.h"
#include "billing/userservice.h"
#include "common/error.h"
#include "demo/demogenerator.h"
#include "security/auditlog.h"
#include "storage/auditrepository.h"
#include "storage/receiptrepository.h"
#include "storage/transaction.h"
#include "testbook.h"

#include <QCryptographicHash>
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
    void initTestCase();
    void chainVerifies();
    void appendOnlyTriggers();
    void tampering_data();
    void tampering();
    void customerCreationIsValidatedAndAudited();
    void demoBookIsConsistentAndAudited();
    void unregisteredUserIsRefused();
    void registeredUserIsRecordedWithTheOsLogin();
    void recordsFromBeforeTheOsLoginKeepVerifying();

private:
    // Records 1..records; from `osFrom` on they name the OS login "osclerk"
    // (0: none does, as before schema 20).
    static void fill(TestBook &book, int records, int osFrom = 0);
};

// The OS login as AuditLog::currentUserName() reads it: fixed, so the
// tests know what the records must say.
constexpr auto osLogin = "osclerk";

void TestAudit::initTestCase()
{
    qputenv("USER", osLogin);
}

void TestAudit::fill(TestBook &book, int records, int osFrom)
{
    AuditLog old(book.db(), QStringLiteral("tester"));
    AuditLog withLogin(book.db(), QStringLiteral("tester"), QString::fromLatin1(osLogin));
    Transaction tx(book.db());
    for (int i = 1; i <= records; ++i)
        (osFrom > 0 && i >= osFrom ? withLogin : old)
            .append(QStringLiteral("thing.change"), QStringLiteral("thing"), QString::number(i),
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
    // Records 6 to 10 name the OS login (fill's osFrom below).
    QTest::newRow("edited OS login")
        << "UPDATE audit_log SET os_user = 'mallory' WHERE seq = 7" << qint64(7);
    QTest::newRow("dropped OS login")
        << "UPDATE audit_log SET os_user = NULL WHERE seq = 8" << qint64(8);
    QTest::newRow("OS login added to an old record")
        << "UPDATE audit_log SET os_user = 'osclerk' WHERE seq = 2" << qint64(2);
}

void TestAudit::tampering()
{
    QFETCH(QString, sql);
    QFETCH(qint64, brokenSeq);
    TestBook book;
    fill(book, 10, 6); // old-format records 1 to 5, then five with the OS login
    QVERIFY(AuditLog(book.db(), QString()).verify().ok);
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

namespace {

// What Session::checkUserName says against `name`, or "" when it lets it in.
QString refusal(Database &db, const QString &name)
{
    try {
        Session::checkUserName(db, name);
    } catch (const Error &e) {
        return e.kind() == Error::Kind::PermissionDenied ? e.userMessage()
                                                         : QStringLiteral("(not a refusal)");
    }
    return {};
}

// The hash of a record as AuditRecord documents it, computed here: SHA-256
// over each field as "<UTF-8 length>:<text>", the OS login last if any.
QString hashByHand(const QStringList &fields)
{
    QByteArray text;
    for (const QString &field : fields) {
        const QByteArray utf8 = field.toUtf8();
        text += QByteArray::number(utf8.size()) + ':' + utf8;
    }
    return QString::fromLatin1(QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex());
}

AuditRecord lastRecord(Database &db)
{
    AuditRecord last;
    AuditRepository(db).forEach([&last](const AuditRecord &r) {
        last = r;
        return true;
    });
    return last;
}

} // namespace

// --user on a SQLite book: only the OS login on a book that lists nobody,
// only listed users on one that does. The server's books
// take any name, as the server's login is the user there.
void TestAudit::unregisteredUserIsRefused()
{
    TestBook book;
    Database &db = book.db();
    const QString login = QString::fromLatin1(osLogin);
    if (db.dialect() == Database::Dialect::Postgres) {
        QCOMPARE(refusal(db, QStringLiteral("mallory")), QString());
        return;
    }
    QCOMPARE(refusal(db, login), QString());
    QString why = refusal(db, QStringLiteral("mallory"));
    QVERIFY2(why.contains(QStringLiteral("“mallory”")) && why.contains(db.displayName())
                 && why.contains(login) && why.contains(QStringLiteral("accrue-cli user add")),
             qPrintable(why));

    // The book's Admin (tester, who owns the unlisted book) registers alice;
    // tester is listed as Admin with her.
    UserService(book.session()).setRole(QStringLiteral("alice"), Role::Finance);
    QCOMPARE(refusal(db, QStringLiteral("alice")), QString());
    QCOMPARE(refusal(db, QStringLiteral("tester")), QString());
    // The OS login claimed by name is now a name like any other: unlisted.
    QVERIFY(!refusal(db, login).isEmpty());
    why = refusal(db, QStringLiteral("mallory"));
    QVERIFY2(why.contains(QStringLiteral("“mallory”")) && why.contains(db.displayName())
                 && why.contains(QStringLiteral("accrue-cli user add")),
             qPrintable(why));
    QVERIFY(!refusal(db, QStringLiteral("Alice")).isEmpty()); // names are exact
}

// A registered user's changes carry both names; the chain covers the OS
// login (tampering_data edits it). On PostgreSQL the server's login alone
// is recorded: the client's OS login is nothing the server can vouch for.
void TestAudit::registeredUserIsRecordedWithTheOsLogin()
{
    TestBook book;
    Database &db = book.db();
    const bool server = db.dialect() == Database::Dialect::Postgres;
    QString user = book.session().userName();
    if (!server) {
        UserService(book.session()).setRole(QStringLiteral("alice"), Role::Finance);
        user = QStringLiteral("alice");
    }
    Session::checkUserName(db, user);
    Session session(db, user);
    QCOMPARE(session.osUser(), server ? QString() : QString::fromLatin1(osLogin));
    const Customer acme = [&] {
        Customer c;
        c.code = QStringLiteral("ACME");
        c.name = QStringLiteral("Acme Corp");
        c.currency = Currency::require(QStringLiteral("EUR"));
        BillingProfile profile;
        c.id = CustomerService(session).create(c, profile);
        return c;
    }();
    const AuditRecord last = lastRecord(db);
    QCOMPARE(last.entity, QStringLiteral("customer"));
    QCOMPARE(last.entityId, QString::number(acme.id));
    QCOMPARE(last.userName, user);
    QCOMPARE(last.osUser, server ? QString() : QString::fromLatin1(osLogin));
    const AuditVerification v = AuditLog(db, QString()).verify();
    QVERIFY2(v.ok, qPrintable(v.problem));
    // SQLite: alice's record and the user.role record before it (tester's).
    QCOMPARE(v.withOsUser, server ? 0 : v.checked);
    QVERIFY(v.checked >= (server ? 1 : 2));
}

// A book from before schema 20: its records (no OS login) keep verifying
// after the upgrade, and the chain runs on through records that have one.
void TestAudit::recordsFromBeforeTheOsLoginKeepVerifying()
{
    TestDatabase where;
    auto db = Database::open(where.location(), Database::OpenMode::CreateIfMissing);
    Migrations::applyUpTo(*db, 17);
    const QString genesis(64, QLatin1Char('0'));
    const QString at = QStringLiteral("2026-05-01T09:00:00.000Z");
    const QString after = QStringLiteral("{\"value\":1}");
    // Hashed as schema 17's AuditRecord hashed it (before_json NULL: "").
    const QString oldHash
        = hashByHand({ genesis, QStringLiteral("1"), at, QStringLiteral("olduser"),
                       QStringLiteral("thing.change"), QStringLiteral("thing"), QStringLiteral("1"),
                       QString(), after });
    db->query(QStringLiteral("INSERT INTO audit_log (seq, at, user_name, action, entity, "
                             "entity_id, before_json, after_json, prev_hash, hash) "
                             "VALUES (1, ?, 'olduser', 'thing.change', 'thing', '1', ?, ?, ?, ?)"))
        .bind(at)
        .bindNullable(QString())
        .bindAll(after, genesis, oldHash)
        .exec();
    db->query(QStringLiteral("UPDATE audit_head SET seq = 1, hash = ? WHERE id = 1"))
        .bind(oldHash)
        .exec();
    db->migrate();
    QVERIFY(db->schemaVersion() >= 20);
    {
        Transaction tx(*db);
        AuditLog(*db, QStringLiteral("tester"), QString::fromLatin1(osLogin))
            .append(QStringLiteral("thing.change"), QStringLiteral("thing"), QStringLiteral("2"),
                    {}, QJsonObject { { QStringLiteral("value"), 2 } });
        tx.commit();
    }
    const AuditVerification v = AuditLog(*db, QString()).verify();
    QVERIFY2(v.ok, qPrintable(v.problem));
    QCOMPARE(v.checked, 2);
    QCOMPARE(v.withOsUser, 1);
    // The new record's hash covers its OS login, after the other fields.
    const AuditRecord second = lastRecord(*db);
    QCOMPARE(second.osUser, QString::fromLatin1(osLogin));
    QCOMPARE(
        second.hash,
        hashByHand({ oldHash, QStringLiteral("2"), second.at, QStringLiteral("tester"),
                     QStringLiteral("thing.change"), QStringLiteral("thing"), QStringLiteral("2"),
                     QString(), QStringLiteral("{\"value\":2}"), QString::fromLatin1(osLogin) }));
}

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"
