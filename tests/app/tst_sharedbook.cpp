// The desktop app and accrue-cli on one SQLite book, as a user runs them side
// by side. The test process plays the GUI: it keeps the book open, touches
// the book's files the way a file dialog or MIME sniffing does (an open and a
// close through another descriptor, which drops every POSIX lock the process
// holds on that file), and writes between the CLI's writes. Nothing written
// by either side may be lost, and the book must stay sound.
#include "billing/invoiceservice.h"
#include "billing/paymentservice.h"
#include "billing/session.h"
#include "clirun.h"
#include "common/error.h"
#include "storage/database.h"
#include "storage/sqlquery.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Accrue;
using namespace Accrue::Testing;

class TestSharedBook : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cliWritesSurviveTheGuiTouchingTheBookFiles();
    void secondWriterWaitsThenSaysWhoHoldsTheBook();
    void refusedFilesAreLeftAsTheyWere_data();
    void refusedFilesAreLeftAsTheyWere();

private:
    using Run = CliRun;
    Run cli(const QStringList &args, const QString &book);
    QString makeBook(const QString &name);
    static void touchLikeAFileDialog(const QString &book);
    static qint64 paymentCount(Database &db);

    QTemporaryDir m_dir;
};

TestSharedBook::Run TestSharedBook::cli(const QStringList &args, const QString &book)
{
    return runCli(args
                  + QStringList { QStringLiteral("--db"), book, QStringLiteral("--today"),
                                  QStringLiteral("2026-06-30") });
}

QString TestSharedBook::makeBook(const QString &name)
{
    const QString path = m_dir.filePath(name);
    const Run r = cli({ QStringLiteral("demo"), QStringLiteral("--customers"), QStringLiteral("10"),
                        QStringLiteral("--invoices"), QStringLiteral("300"),
                        QStringLiteral("--seed"), QStringLiteral("2") },
                      path);
    if (r.exitCode != 0)
        qWarning() << r.err;
    return path;
}

// What Qt's file dialog does to the files it lists: stat, open, read a few
// bytes (MIME sniffing), close.
void TestSharedBook::touchLikeAFileDialog(const QString &book)
{
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") }) {
        QFile f(book + suffix);
        if (f.open(QIODevice::ReadOnly))
            f.read(64);
    }
}

qint64 TestSharedBook::paymentCount(Database &db)
{
    SqlQuery q = db.query(QStringLiteral("SELECT COUNT(*) FROM payment"));
    q.exec();
    q.next();
    return q.value(0).toLongLong();
}

void TestSharedBook::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestSharedBook::cliWritesSurviveTheGuiTouchingTheBookFiles()
{
    const QString book = makeBook(QStringLiteral("shared.sqlite"));
    qint64 before = 0;
    QStringList unpaid;
    {
        auto gui = Database::open(book, Database::OpenMode::MustExist);
        gui->checkSchema();
        Session session(*gui, QStringLiteral("clerk"));
        session.setToday(QDate(2026, 6, 30));
        before = paymentCount(*gui);
        SqlQuery q = gui->query(
            QStringLiteral("SELECT number FROM invoice WHERE status = 'open' ORDER BY id LIMIT 6"));
        q.exec();
        while (q.next())
            unpaid << q.value(0).toString();
        QCOMPARE(unpaid.size(), 6);

        for (int round = 0; round < 3; ++round) {
            // 1. Reports > Export CSV…, Cancel: the dialog lists the book's folder.
            touchLikeAFileDialog(book);
            // 2. accrue-cli reads the book.
            Run r = cli({ QStringLiteral("invoice"), QStringLiteral("list") }, book);
            QVERIFY2(r.exitCode == 0, r.err.constData());
            // 3. A payment in the GUI, then one from the CLI.
            const Invoice guiInvoice = InvoiceService(session).loadByNumber(unpaid.at(round * 2));
            PaymentService(session).payInvoice(guiInvoice.id, Money(100, guiInvoice.currency),
                                               session.today(), PaymentMethodKind::BankTransfer,
                                               QStringLiteral("gui %1").arg(round));
            touchLikeAFileDialog(book);
            r = cli({ QStringLiteral("invoice"), QStringLiteral("pay"), unpaid.at(round * 2 + 1),
                      QStringLiteral("--amount"), QStringLiteral("1.00"),
                      QStringLiteral("--reference"), QStringLiteral("cli %1").arg(round) },
                    book);
            QVERIFY2(r.exitCode == 0, r.err.constData());
            QCOMPARE(paymentCount(*gui), before + 2 * (round + 1));
        }
        // 4. Quit the GUI.
    }
    {
        auto after = Database::open(book, Database::OpenMode::MustExist);
        QCOMPARE(paymentCount(*after), before + 6);
        SqlQuery check = after->query(QStringLiteral("PRAGMA integrity_check"));
        check.exec();
        QVERIFY(check.next());
        QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
    }
    // The last one out folded the WAL into the book.
    QVERIFY(!QFile::exists(book + QStringLiteral("-wal")));
    const Run verify = cli({ QStringLiteral("audit"), QStringLiteral("verify") }, book);
    QVERIFY2(verify.exitCode == 0, QByteArray(verify.err + verify.out).constData());
    const Run balance = cli({ QStringLiteral("report"), QStringLiteral("trial-balance"),
                              QStringLiteral("--format"), QStringLiteral("csv") },
                            book);
    QVERIFY2(balance.exitCode == 0, balance.err.constData());
}

void TestSharedBook::secondWriterWaitsThenSaysWhoHoldsTheBook()
{
    const QString book = makeBook(QStringLiteral("busy.sqlite"));
    QString number;
    {
        auto db = Database::open(book, Database::OpenMode::MustExist);
        SqlQuery q = db->query(
            QStringLiteral("SELECT number FROM invoice WHERE status = 'open' ORDER BY id LIMIT 1"));
        number = q.scalar().toString();
    }
    const QStringList pay { QStringLiteral("invoice"), QStringLiteral("pay"), number,
                            QStringLiteral("--amount"), QStringLiteral("1.00") };
    // Another program takes the write lock and keeps it.
    QProcess holder;
    holder.start(QStringLiteral("sqlite3"), { book });
    QVERIFY(holder.waitForStarted());
    holder.write("BEGIN IMMEDIATE;\nSELECT 'locked';\n");
    QVERIFY(holder.waitForReadyRead(10000));
    QCOMPARE(holder.readAllStandardOutput().trimmed(), QByteArray("locked"));

    // A writer that cannot wait any longer names who holds the book.
    qputenv("ACCRUE_BUSY_TIMEOUT_MS", "300");
    Run r = cli(pay, book);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("is in use by sqlite3 (process "), r.err.constData());
    QVERIFY2(!r.err.contains("locked"), r.err.constData()); // no raw SQLite text

    // One that may wait does, and lands its payment once the lock goes.
    qputenv("ACCRUE_BUSY_TIMEOUT_MS", "20000");
    QProcess waiting;
    waiting.start(QStringLiteral(ACCRUE_CLI_PATH),
                  pay + QStringList { QStringLiteral("--db"), book });
    QVERIFY(waiting.waitForStarted());
    QVERIFY(!waiting.waitForFinished(1000)); // still waiting
    holder.write("COMMIT;\n.quit\n");
    QVERIFY(holder.waitForFinished(10000));
    QVERIFY(waiting.waitForFinished(30000));
    QVERIFY2(waiting.exitCode() == 0, waiting.readAllStandardError().constData());
    qunsetenv("ACCRUE_BUSY_TIMEOUT_MS");
}

void TestSharedBook::refusedFilesAreLeftAsTheyWere_data()
{
    QTest::addColumn<QByteArray>("sql"); // to make a foreign SQLite file, or empty
    QTest::addColumn<QByteArray>("bytes"); // else the file's content
    QTest::addColumn<QString>("message");
    QTest::newRow("someone else's SQLite database")
        << QByteArray("CREATE TABLE notes (body TEXT)") << QByteArray()
        << QStringLiteral("is not an Accrue book");
    QTest::newRow("empty file") << QByteArray() << QByteArray()
                                << QStringLiteral("is empty, not an Accrue book");
    QTest::newRow("text file") << QByteArray() << QByteArray("Dear diary,\n")
                               << QStringLiteral("is not an Accrue book (or it is damaged)");
}

void TestSharedBook::refusedFilesAreLeftAsTheyWere()
{
    QFETCH(QByteArray, sql);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    const QString path = m_dir.filePath(
        QStringLiteral("foreign-%1").arg(QString::fromUtf8(QTest::currentDataTag())));
    if (!sql.isEmpty()) {
        QProcess sqlite;
        sqlite.start(QStringLiteral("sqlite3"), { path, QString::fromUtf8(sql) });
        QVERIFY(sqlite.waitForFinished() && sqlite.exitCode() == 0);
    } else {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    QFile before(path);
    QVERIFY(before.open(QIODevice::ReadOnly));
    const QByteArray content = before.readAll();
    before.close();

    const Run r = cli({ QStringLiteral("invoice"), QStringLiteral("list") }, path);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
    QFile after(path);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), content); // not switched to WAL, not initialised
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    QVERIFY(!QFile::exists(path + QStringLiteral("-lock")));
}

QTEST_GUILESS_MAIN(TestSharedBook)
#include "tst_sharedbook.moc"
