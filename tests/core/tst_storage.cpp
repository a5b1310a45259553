#include "common/error.h"
#include "storage/migrations.h"
#include "storage/sqlquery.h"
#include "storage/taxraterepository.h"
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
    void taxRatesBecomePartsPerMillion();
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

// Schema 8: a book of schema 7 with a 19 % rate in basis points (1900) has
// it in parts per million (190000) after the upgrade, in the tax table, on
// products and on lines; an issued invoice keeps its amounts and stays frozen.
void TestStorage::taxRatesBecomePartsPerMillion()
{
    TestDatabase where;
    auto db = Database::open(where.location(), Database::OpenMode::CreateIfMissing);
    Migrations::applyUpTo(*db, 7);
    QCOMPARE(db->schemaVersion(), 7);
    auto id = [&db](const QString &sql) { return db->query(sql).scalar().toLongLong(); };
    const QString now = QStringLiteral("2026-05-01T00:00:00.000Z");
    db->query(QStringLiteral("INSERT INTO tax_rate (country, region, category, rate_bp, name, "
                             "valid_from, created_at) VALUES ('DE', '', 'standard', 1900, "
                             "'USt 19 %', '2021-01-01', ?)"))
        .bind(now)
        .exec();
    const qint64 revenue = id(QStringLiteral("SELECT id FROM account WHERE code = '4000'"));
    db->query(QStringLiteral("INSERT INTO product (code, name, unit_price_minor, currency, "
                             "tax_rate_bp, revenue_account_id) VALUES ('CORE', 'Core', 10000, "
                             "'EUR', 1900, ?)"))
        .bind(revenue)
        .exec();
    const qint64 product = id(QStringLiteral("SELECT id FROM product WHERE code = 'CORE'"));
    db->query(QStringLiteral("INSERT INTO customer (code, name, currency, created_at) "
                             "VALUES ('OLD', 'Old Customer', 'EUR', ?)"))
        .bind(now)
        .exec();
    const qint64 customer = id(QStringLiteral("SELECT id FROM customer WHERE code = 'OLD'"));
    // 1 x 100.00 at 19 %: net 100.00, tax 19.00, total 119.00; lines are
    // added while a draft, then it is issued (the guards allow no other way).
    db->query(QStringLiteral("INSERT INTO invoice (customer_id, status, issue_date, due_date, "
                             "currency, subtotal_minor, tax_minor, total_minor, balance_minor, "
                             "created_at) VALUES (?, 'draft', '2026-05-01', '2026-05-31', 'EUR', "
                             "10000, 1900, 11900, 11900, ?)"))
        .bindAll(customer, now)
        .exec();
    const qint64 invoice = id(QStringLiteral("SELECT MAX(id) FROM invoice"));
    db->query(QStringLiteral("INSERT INTO invoice_line (invoice_id, position, product_id, "
                             "description, quantity_milli, unit_price_minor, discount_bp, "
                             "tax_rate_bp, net_minor, tax_minor, revenue_account_id) "
                             "VALUES (?, 1, ?, 'Core', 1000, 10000, 0, 1900, 10000, 1900, ?)"))
        .bindAll(invoice, product, revenue)
        .exec();
    db->query(QStringLiteral("UPDATE invoice SET status = 'open', number = 'INV-2026-00001', "
                             "issued_at = ? WHERE id = ?"))
        .bindAll(now, invoice)
        .exec();
    const qint64 line = id(QStringLiteral("SELECT MAX(id) FROM invoice_line"));
    // A credit of 10.00 net at 19 %: tax 1.90.
    db->query(QStringLiteral("INSERT INTO credit_note (number, invoice_id, customer_id, "
                             "issue_date, currency, reason, subtotal_minor, tax_minor, "
                             "total_minor, created_at) VALUES ('CN-2026-00001', ?, ?, "
                             "'2026-05-02', 'EUR', 'Goodwill', 1000, 190, 1190, ?)"))
        .bindAll(invoice, customer, now)
        .exec();
    db->query(QStringLiteral("INSERT INTO credit_note_line (credit_note_id, position, "
                             "invoice_line_id, description, net_minor, tax_rate_bp, tax_minor, "
                             "revenue_account_id) VALUES (?, 1, ?, 'Core', 1000, 1900, 190, ?)"))
        .bindAll(id(QStringLiteral("SELECT MAX(id) FROM credit_note")), line, revenue)
        .exec();

    db->migrate();
    QCOMPARE(db->schemaVersion(), Migrations::latestVersion());
    QVERIFY(Migrations::latestVersion() >= 8);
    db->checkSchema();

    const std::vector<TaxRate> rates = TaxRateRepository(*db).list();
    QCOMPARE(rates.size(), std::size_t(1));
    QCOMPARE(rates[0].ratePpm, 190000); // 1900 bp x 100
    QCOMPARE(rates[0].name, QStringLiteral("USt 19 %"));
    QCOMPARE(rates[0].validFrom, QDate(2021, 1, 1));
    QCOMPARE(ProductRepository(*db).find(product)->taxRatePpm, 190000);
    const Invoice inv = *InvoiceRepository(*db).load(invoice);
    QCOMPARE(inv.number, QStringLiteral("INV-2026-00001"));
    QCOMPARE(inv.lines.at(0).taxRatePpm, 190000);
    QCOMPARE(inv.lines.at(0).net.minor(), 10000);
    QCOMPARE(inv.lines.at(0).tax.minor(), 1900); // kept, and what 19 % in ppm gives
    QCOMPARE(inv.lines.at(0).net.partsPerMillion(inv.lines.at(0).taxRatePpm).minor(), 1900);
    QCOMPARE(inv.tax.minor(), 1900);
    QCOMPARE(inv.total.minor(), 11900);
    SqlQuery note = db->query(
        QStringLiteral("SELECT tax_rate_ppm, tax_minor, net_minor FROM credit_note_line"));
    note.exec();
    QVERIFY(note.next());
    QCOMPARE(note.int64(0), 190000);
    QCOMPARE(note.int64(1), 190);
    QCOMPARE(note.int64(2), 1000);

    // The issued invoice's lines are frozen again, as before the upgrade.
    QVERIFY_THROWS_EXCEPTION(
        Error,
        db->query(QStringLiteral("UPDATE invoice_line SET tax_minor = 0 WHERE id = ?"))
            .bind(line)
            .exec());
    QVERIFY_THROWS_EXCEPTION(
        Error,
        db->query(QStringLiteral("DELETE FROM invoice_line WHERE id = ?")).bind(line).exec());
    QCOMPARE(id(QStringLiteral("SELECT tax_minor FROM invoice_line")), 1900);
    // The new CHECK takes 0 to 1000000 ppm; the unique place and start stays.
    auto addRate = [&db, &now](const char *category, qint64 ppm) {
        db->query(QStringLiteral("INSERT INTO tax_rate (country, region, category, rate_ppm, "
                                 "name, valid_from, created_at) VALUES ('DE', '', ?, ?, 'x', "
                                 "'2021-01-01', ?)"))
            .bindAll(QString::fromLatin1(category), ppm, now)
            .exec();
    };
    addRate("reduced", 1000000);
    QVERIFY_THROWS_EXCEPTION(Error, addRate("zero", 1000001));
    QVERIFY_THROWS_EXCEPTION(Error, addRate("exempt", -1));
    QVERIFY_THROWS_EXCEPTION(Error, addRate("standard", 160000));
    // Nothing is left of the old table or columns.
    QVERIFY(!db->connection().tables().contains(QStringLiteral("tax_rate_bp_old")));
    QVERIFY_THROWS_EXCEPTION(
        Error, db->query(QStringLiteral("SELECT tax_rate_bp FROM invoice_line")).exec());
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
