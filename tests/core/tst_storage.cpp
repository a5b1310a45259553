#include "common/error.h"
#include "storage/migrations.h"
#include "storage/sqlquery.h"
#include "storage/transaction.h"
#include "testbook.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Accrue;
using namespace Accrue::Testing;

class TestStorage : public QObject
{
    Q_OBJECT

private slots:
    void freshBookIsMigrated();
    void migrateIsIdempotent();
    void sqlitePragmas();
    void newerSchemaIsRefused();
    void foreignFilesAreRefused();
    void missingFileIsNotCreated();
    void transactionRollsBackOnException();
    void nestedTransactionFailureRollsBackAll();
    void valuesAreBoundNotSpliced();
    void postgresUrlIsValidated();
};

void TestStorage::freshBookIsMigrated()
{
    TestBook book;
    QCOMPARE(book.db().schemaVersion(), Migrations::latestVersion());
    book.db().checkSchema();
    const QStringList tables = book.db().connection().tables();
    for (const char *t :
         { "customer", "billing_profile", "payment_method", "product", "plan", "subscription",
           "invoice", "invoice_line", "credit_note", "payment", "allocation", "journal_entry",
           "journal_line", "audit_log", "account", "number_series", "tenant", "schema_version" })
        QVERIFY2(tables.contains(QString::fromLatin1(t)), t);
    // The schema's own list of its tables (what a book copy carries) is
    // every table a new book has.
    QStringList expected = Migrations::tables();
    expected << QStringLiteral("schema_version");
    expected.sort();
    QStringList actual = tables;
    actual.sort(Qt::CaseInsensitive);
    QCOMPARE(actual, expected);
    QCOMPARE(Migrations::tables().indexOf(QStringLiteral("customer"))
                 < Migrations::tables().indexOf(QStringLiteral("invoice")),
             true);
    QVERIFY(AccountRepository(book.db()).loadChart().id(ChartOfAccounts::Role::Receivable) > 0);
}

void TestStorage::migrateIsIdempotent()
{
    TestBook book;
    book.addCustomer();
    book.db().migrate();
    book.db().migrate();
    QCOMPARE(book.db().schemaVersion(), Migrations::latestVersion());
    QCOMPARE(CustomerRepository(book.db()).count(), 1);
}

void TestStorage::sqlitePragmas()
{
    TestBook book;
    QSqlQuery q(book.db().connection());
    if (book.db().dialect() == Database::Dialect::Postgres) {
        // The PostgreSQL counterparts: UTF-8 text and a name in pg_stat_activity.
        QVERIFY(q.exec(QStringLiteral("SHOW server_encoding")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("UTF8"));
        QVERIFY(q.exec(QStringLiteral("SHOW application_name")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("accrue"));
        QCOMPARE(book.db().databaseUser(), QStringLiteral("postgres"));
        return;
    }
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

void TestStorage::newerSchemaIsRefused()
{
    TestBook book;
    book.db()
        .query(QStringLiteral("INSERT INTO schema_version (version, description, applied_at) "
                              "VALUES (?, 'from the future', '2030-01-01')"))
        .bind(Migrations::latestVersion() + 5)
        .exec();
    QVERIFY_THROWS_EXCEPTION(Error, book.db().checkSchema());
    try {
        book.db().migrate();
        QFAIL("migrate() accepted a newer schema");
    } catch (const Error &e) {
        QVERIFY2(e.userMessage().contains(QStringLiteral("newer")), qPrintable(e.userMessage()));
    }
}

void TestStorage::foreignFilesAreRefused()
{
    QTemporaryDir dir;
    const QString text = dir.filePath(QStringLiteral("notes.sqlite"));
    QFile f(text);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, 'x'));
    f.close();
    try {
        auto db = Database::open(text, Database::OpenMode::MustExist);
        db->checkSchema();
        QFAIL("a text file opened as a book");
    } catch (const Error &e) {
        QVERIFY2(e.userMessage().contains(QStringLiteral("not an Accrue book")),
                 qPrintable(e.userMessage()));
    }
    // A SQLite file of another application.
    const QString other = dir.filePath(QStringLiteral("other.sqlite"));
    {
        auto db = Database::open(other, Database::OpenMode::CreateIfMissing);
        db->execute(QStringLiteral("CREATE TABLE recipes (id INTEGER PRIMARY KEY)"));
    }
    // Refused on opening, before anything is changed, even when asked to create.
    QVERIFY_THROWS_EXCEPTION(Error, Database::open(other, Database::OpenMode::MustExist));
    QVERIFY_THROWS_EXCEPTION(Error, Database::open(other, Database::OpenMode::CreateIfMissing));
}

void TestStorage::missingFileIsNotCreated()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing.sqlite"));
    QVERIFY_THROWS_EXCEPTION(Error, Database::open(path, Database::OpenMode::MustExist));
    QVERIFY(!QFile::exists(path));
}

void TestStorage::transactionRollsBackOnException()
{
    TestBook book;
    try {
        Transaction tx(book.db());
        book.addCustomer();
        throw Error(QStringLiteral("boom"));
    } catch (const Error &) {
    }
    QVERIFY(!book.db().inTransaction());
    QCOMPARE(CustomerRepository(book.db()).count(), 0);
}

void TestStorage::nestedTransactionFailureRollsBackAll()
{
    TestBook book;
    {
        Transaction outer(book.db());
        book.addCustomer(QStringLiteral("A"));
        try {
            Transaction inner(book.db());
            book.addCustomer(QStringLiteral("B"));
            throw Error(QStringLiteral("inner failed"));
        } catch (const Error &) {
        }
        QVERIFY_THROWS_EXCEPTION(Error, outer.commit());
    }
    QCOMPARE(CustomerRepository(book.db()).count(), 0);
}

void TestStorage::valuesAreBoundNotSpliced()
{
    TestBook book;
    const QString nasty = QStringLiteral("Robert'); DROP TABLE customer;-- \"quoted\" ünïcødé");
    const qint64 id = book.addCustomer(QStringLiteral("X1"), nasty);
    QCOMPARE(CustomerRepository(book.db()).find(id)->name, nasty);
    QCOMPARE(CustomerRepository(book.db()).count(), 1);
}

void TestStorage::postgresUrlIsValidated()
{
    QVERIFY(Database::isPostgresUrl(QStringLiteral("postgresql://u@localhost:5432/db")));
    QVERIFY(!Database::isPostgresUrl(QStringLiteral("/tmp/book.sqlite")));
    // Schemes are case-insensitive: never a file called "POSTGRESQL:".
    QVERIFY(Database::isPostgresUrl(QStringLiteral("POSTGRESQL://u@localhost/db")));
    QVERIFY(Database::isPostgresUrl(QStringLiteral("Postgres://u@localhost/db")));
    QVERIFY_THROWS_EXCEPTION(
        Error,
        Database::refusePasswordInArguments(QStringLiteral("PostgreSQL://u:secret@localhost/db")));
    QVERIFY_THROWS_EXCEPTION(
        Error,
        Database::open(QStringLiteral("postgresql://nohost"), Database::OpenMode::MustExist));
}

QTEST_GUILESS_MAIN(TestStorage)
#include "tst_storage.moc"
