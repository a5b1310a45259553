// Several accrue-cli processes on one PostgreSQL book at the same moment:
// invoice numbers stay unique and gapless, two clerks paying the same
// invoices never over-pay them, roles hold for the CLI too, and a book moves
// between SQLite and PostgreSQL with identical reports. Needs the test
// cluster (ctest fixture "postgres"); it fails, never skips, without it.

#include "../core/testdatabase.h"
#include "clirun.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>

using namespace Accrue::Testing;

class TestConcurrency : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void eightClientsIssueGaplessNumbers();
    void twoClientsNeverOverpayAnInvoice();
    void viewerCannotIssueFromTheCli();
    void bookMovesBetweenSqliteAndPostgres();

private:
    using Run = CliRun;
    static Run cli(const QStringList &args, const QByteArray &input = {});
    static QProcess *startCli(const QStringList &args, QObject *parent);
    static qint64 scalar(const QString &location, const QString &sql);
    // A demo book with customers and no invoices at `location`.
    static bool demoBook(const QString &location, int customers);
    QString writeInvoiceJson(const QString &customer, const QString &price);
};

void TestConcurrency::initTestCase()
{
    QVERIFY2(TestDatabase::onPostgres(),
             "tst_concurrency needs ACCRUE_TEST_PG_FILE (run it through ctest, which starts "
             "the PostgreSQL test cluster)");
}

TestConcurrency::Run TestConcurrency::cli(const QStringList &args, const QByteArray &input)
{
    return runCli(args, input, 600000);
}

QProcess *TestConcurrency::startCli(const QStringList &args, QObject *parent)
{
    auto *p = new QProcess(parent);
    p->start(QStringLiteral(ACCRUE_CLI_PATH), args);
    return p;
}

qint64 TestConcurrency::scalar(const QString &location, const QString &sql)
{
    const QString name = QStringLiteral("concurrency-check");
    qint64 value = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        const QUrl u(location);
        db.setHostName(QUrlQuery(u).queryItemValue(QStringLiteral("host")));
        db.setPort(QUrlQuery(u).queryItemValue(QStringLiteral("port")).toInt());
        db.setUserName(u.userName());
        db.setDatabaseName(u.path().mid(1));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                value = q.value(0).toLongLong();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

bool TestConcurrency::demoBook(const QString &location, int customers)
{
    return cli({ QStringLiteral("demo"), QStringLiteral("--db"), location,
                 QStringLiteral("--invoices"), QStringLiteral("0"), QStringLiteral("--customers"),
                 QString::number(customers) })
               .exitCode
        == 0;
}

QString TestConcurrency::writeInvoiceJson(const QString &customer, const QString &price)
{
    static QTemporaryDir dir;
    const QString path = dir.filePath(customer + price + QStringLiteral(".json"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(QStringLiteral(R"({ "customer": "%1", "issue_date": "2026-06-10", "terms_days": 30,
  "lines": [ { "description": "Support", "quantity": "1", "unit_price": "%2" } ] })")
                .arg(customer, price)
                .toUtf8());
    return path;
}

void TestConcurrency::eightClientsIssueGaplessNumbers()
{
    TestDatabase where;
    const QString db = where.location();
    QVERIFY(demoBook(db, 3));
    const QString json = writeInvoiceJson(QStringLiteral("C00001"), QStringLiteral("10.00"));
    QVERIFY(!json.isEmpty());
    constexpr int clients = 8, each = 500;
    QObject owner;
    std::vector<QProcess *> running;
    for (int i = 0; i < clients; ++i)
        running.push_back(startCli({ QStringLiteral("invoice"), QStringLiteral("create"), json,
                                     QStringLiteral("--issue"), QStringLiteral("--repeat"),
                                     QString::number(each), QStringLiteral("--db"), db,
                                     QStringLiteral("--user"), QStringLiteral("clerk%1").arg(i) },
                                   &owner));
    QSet<QString> numbers;
    const QRegularExpression issued(QStringLiteral("^Issued (INV-2026-\\d+) "));
    for (QProcess *p : running) {
        QVERIFY(p->waitForFinished(600000));
        const QByteArray err = p->readAllStandardError();
        QVERIFY2(p->exitCode() == 0, err.constData());
        qInfo().noquote() << "client:" << err.trimmed();
        for (const QByteArray &line : p->readAllStandardOutput().split('\n')) {
            const auto m = issued.match(QString::fromUtf8(line));
            if (m.hasMatch()) {
                QVERIFY2(!numbers.contains(m.captured(1)), qPrintable(m.captured(1)));
                numbers.insert(m.captured(1));
            }
        }
    }
    QCOMPARE(numbers.size(), clients * each);
    for (int n = 1; n <= clients * each; ++n)
        QVERIFY2(numbers.contains(QStringLiteral("INV-2026-%1").arg(n, 6, 10, QLatin1Char('0'))),
                 qPrintable(QStringLiteral("gap at %1").arg(n)));
    // What the book holds agrees with what the clients printed.
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT COUNT(DISTINCT number) FROM invoice WHERE number "
                                   "LIKE 'INV-2026-%'")),
             qint64(clients * each));
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT next_value FROM number_series WHERE series = "
                                   "'INV' AND year = 2026")),
             qint64(clients * each + 1));
    QCOMPARE(cli({ QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), db })
                 .exitCode,
             0);
}

void TestConcurrency::twoClientsNeverOverpayAnInvoice()
{
    TestDatabase where;
    const QString db = where.location();
    QVERIFY(demoBook(db, 2));
    const QString json = writeInvoiceJson(QStringLiteral("C00002"), QStringLiteral("100.00"));
    constexpr int invoices = 40;
    const Run created = cli({ QStringLiteral("invoice"), QStringLiteral("create"), json,
                              QStringLiteral("--issue"), QStringLiteral("--repeat"),
                              QString::number(invoices), QStringLiteral("--db"), db });
    QCOMPARE(created.exitCode, 0);
    QStringList numbers;
    for (const QByteArray &line : created.out.split('\n'))
        if (line.startsWith("Issued "))
            numbers << QString::fromUtf8(line.split(' ').at(1));
    QCOMPARE(numbers.size(), invoices);
    // Two clerks each record 60.00 against every invoice at the same time:
    // one of them gets 60.00 applied, the other 40.00 and 20.00 as credit.
    const QString script = QStringLiteral(
        "for n in %1; do \"%2\" invoice pay $n --amount 60.00 --date 2026-06-20 --db '%3' "
        "|| exit 1; done");
    QObject owner;
    std::vector<QProcess *> clerks;
    for (int i = 0; i < 2; ++i) {
        auto *p = new QProcess(&owner);
        p->start(QStringLiteral("bash"),
                 { QStringLiteral("-c"),
                   script.arg(numbers.join(u' '), QStringLiteral(ACCRUE_CLI_PATH), db) });
        clerks.push_back(p);
    }
    for (QProcess *p : clerks) {
        QVERIFY(p->waitForFinished(600000));
        QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
    }
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT COUNT(*) FROM invoice i WHERE i.number IS NOT "
                                   "NULL AND (SELECT COALESCE(SUM(amount_minor), 0) FROM "
                                   "allocation a WHERE a.invoice_id = i.id) > i.total_minor")),
             0);
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT COUNT(*) FROM invoice WHERE status = 'paid' AND "
                                   "balance_minor = 0")),
             qint64(invoices));
    QCOMPARE(scalar(db, QStringLiteral("SELECT SUM(unapplied_minor) FROM payment")),
             qint64(invoices) * 2000);
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT COUNT(*) FROM (SELECT entry_id FROM journal_line "
                                   "GROUP BY entry_id HAVING SUM(debit_minor) <> "
                                   "SUM(credit_minor)) x")),
             0);
}

void TestConcurrency::viewerCannotIssueFromTheCli()
{
    TestDatabase where;
    const QString db = where.location();
    QVERIFY(demoBook(db, 1));
    const QString viewer = QStringLiteral("cli_viewer_%1").arg(QCoreApplication::applicationPid());
    const Run added = cli({ QStringLiteral("user"), QStringLiteral("add"), viewer,
                            QStringLiteral("--role"), QStringLiteral("viewer"),
                            QStringLiteral("--password-stdin"), QStringLiteral("--db"), db },
                          "v1ewer pw\n");
    QVERIFY2(added.exitCode == 0, added.err.constData());
    const Run listed
        = cli({ QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--db"), db });
    QVERIFY2(listed.out.contains(viewer.toUtf8()), listed.out.constData());
    QUrl url(db);
    url.setUserName(viewer);
    const QString json = writeInvoiceJson(QStringLiteral("C00001"), QStringLiteral("5.00"));
    const Run refused = cli({ QStringLiteral("invoice"), QStringLiteral("create"), json,
                              QStringLiteral("--db"), url.toString() });
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("Viewer"), refused.err.constData());
    const Run reads = cli({ QStringLiteral("report"), QStringLiteral("invoice-summary"),
                            QStringLiteral("--db"), url.toString() });
    QVERIFY2(reads.exitCode == 0, reads.err.constData());
    // A password on the command line is refused before anything connects.
    url.setPassword(QStringLiteral("v1ewer pw"));
    const Run exposed = cli({ QStringLiteral("report"), QStringLiteral("invoice-summary"),
                              QStringLiteral("--db"), url.toString() });
    QCOMPARE(exposed.exitCode, 1);
    QVERIFY2(exposed.err.contains("Leave the password out"), exposed.err.constData());
    QVERIFY(!exposed.err.contains("v1ewer"));
}

void TestConcurrency::bookMovesBetweenSqliteAndPostgres()
{
    QTemporaryDir dir;
    const QString original = dir.filePath(QStringLiteral("original.sqlite"));
    const QString back = dir.filePath(QStringLiteral("back.sqlite"));
    TestDatabase server;
    QCOMPARE(
        cli({ QStringLiteral("demo"), QStringLiteral("--db"), original,
              QStringLiteral("--invoices"), QStringLiteral("2000"), QStringLiteral("--customers"),
              QStringLiteral("40"), QStringLiteral("--today"), QStringLiteral("2026-06-30") })
            .exitCode,
        0);
    const Run there = cli({ QStringLiteral("copy"), QStringLiteral("--from"), original,
                            QStringLiteral("--to"), server.location() });
    QVERIFY2(there.exitCode == 0, there.err.constData());
    QVERIFY2(there.out.contains("audit trail verified"), there.out.constData());
    const Run again = cli({ QStringLiteral("copy"), QStringLiteral("--from"), original,
                            QStringLiteral("--to"), server.location() });
    QCOMPARE(again.exitCode, 1); // never into a book that has data
    QVERIFY2(again.err.contains("already holds a book"), again.err.constData());
    const Run home = cli({ QStringLiteral("copy"), QStringLiteral("--from"), server.location(),
                           QStringLiteral("--to"), back });
    QVERIFY2(home.exitCode == 0, home.err.constData());
    // The same demo written straight to the server (COPY per batch) is the same book.
    TestDatabase direct;
    const Run demo
        = cli({ QStringLiteral("demo"), QStringLiteral("--db"), direct.location(),
                QStringLiteral("--invoices"), QStringLiteral("2000"), QStringLiteral("--customers"),
                QStringLiteral("40"), QStringLiteral("--today"), QStringLiteral("2026-06-30") });
    QVERIFY2(demo.exitCode == 0, demo.err.constData());
    for (const char *report : { "ar-aging", "monthly-revenue", "trial-balance", "deferred-revenue",
                                "customer-credit", "invoice-summary" }) {
        QByteArrayList outputs;
        for (const QString &book : { original, server.location(), back, direct.location() }) {
            const Run r = cli({ QStringLiteral("report"), QString::fromLatin1(report),
                                QStringLiteral("--format"), QStringLiteral("csv"),
                                QStringLiteral("--today"), QStringLiteral("2026-06-30"),
                                QStringLiteral("--db"), book });
            QVERIFY2(r.exitCode == 0, r.err.constData());
            outputs << r.out;
        }
        QVERIFY2(outputs.at(0) == outputs.at(1), report);
        QVERIFY2(outputs.at(0) == outputs.at(2), report);
        QVERIFY2(outputs.at(0) == outputs.at(3), report);
        QVERIFY(outputs.at(0).count('\n') > 3);
    }
}

QTEST_GUILESS_MAIN(TestConcurrency)
#include "tst_concurrency.moc"
