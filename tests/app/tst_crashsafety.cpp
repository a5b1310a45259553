// accrue-cli killed with SIGKILL in the middle of its biggest writes: a bank
// import, a demo load into a new book and a batch of issued invoices. A kill
// gives the process no chance to roll back or clean up, so what is left on
// disk is exactly what SQLite's journal makes of it. After each kill the book
// must be sound (integrity check, trial balance, audit chain), hold all of
// the interrupted run or none of it, and take the same command again.
//
// The kill moments are random but seeded: every step logs its seed, the
// fraction of the measured run time and the delay, so a failure can be
// replayed with ACCRUE_CRASH_SEED=<base seed> (the default is fixed).
#include "clirun.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <csignal>
#include <random>
#include <sys/types.h>

using Accrue::Testing::CliRun;
using Accrue::Testing::runCli;

class TestCrashSafety : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killDuringBankImport();
    void killDuringDemoLoad();
    void killDuringIssueBatch();

private:
    using Run = CliRun;
    struct Kill
    {
        quint64 seed;
        double fraction;
        int delayMs;
        bool finishedFirst; // the command ended before the kill came
    };
    static Run cli(const QStringList &args);
    static QString sql(const QString &book, const QString &statement, bool *ok = nullptr);
    static qint64 count(const QString &book, const QString &table);
    static qint64 measure(const QStringList &args);
    Kill killAt(const QStringList &args, int scenario, int step, int stepCount, qint64 runMs);
    static void verifySound(const QString &book, const QByteArray &context);
    QString fresh(const QString &name);

    QTemporaryDir m_dir;
    QString m_base; // a small book with a bank CSV mapping; copied for each step
    quint64 m_seed = 20260630;
};

// The kill points of a scenario; each lies in its own slice of the run so that
// early, middle and late moments are all covered. The demo load takes seconds
// and every step reruns it, so it gets fewer to keep the test well under a
// minute.
static constexpr int steps = 5;
static constexpr int demoSteps = 3;
static const QString today = QStringLiteral("2026-06-30");

TestCrashSafety::Run TestCrashSafety::cli(const QStringList &args)
{
    return runCli(args);
}

// The sqlite3 shell, not Accrue, reads the book after a kill: it is the
// neutral party, and as the first opener it rolls back a hot journal the way
// any next user of the book would.
QString TestCrashSafety::sql(const QString &book, const QString &statement, bool *ok)
{
    QProcess p;
    p.start(QStringLiteral("sqlite3"), { QStringLiteral("-batch"), book, statement });
    const bool done
        = p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (ok)
        *ok = done;
    if (!done)
        return QString::fromUtf8(p.readAllStandardError());
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

qint64 TestCrashSafety::count(const QString &book, const QString &table)
{
    bool ok = false;
    const QString n = sql(book, QStringLiteral("SELECT COUNT(*) FROM %1").arg(table), &ok);
    if (!ok)
        qWarning() << "count of" << table << "failed:" << n;
    return ok ? n.toLongLong() : -1;
}

qint64 TestCrashSafety::measure(const QStringList &args)
{
    QElapsedTimer timer;
    timer.start();
    const Run r = cli(args);
    if (r.exitCode != 0) {
        qWarning() << args << r.err;
        return -1;
    }
    return timer.elapsed();
}

TestCrashSafety::Kill TestCrashSafety::killAt(const QStringList &args, int scenario, int step,
                                              int stepCount, qint64 runMs)
{
    Kill k;
    k.seed = m_seed + quint64(scenario) * 100 + quint64(step);
    std::mt19937_64 random(k.seed);
    // Portable arithmetic rather than std::uniform_real_distribution, whose
    // output differs between standard libraries: the same seed, the same moment.
    const double u = double(random() % 10000) / 10000.0;
    k.fraction = std::clamp((step + u) / stepCount, 0.03, 0.97);
    k.delayMs = int(k.fraction * double(runMs));

    QProcess p;
    p.start(QStringLiteral(ACCRUE_CLI_PATH), args);
    if (!p.waitForStarted())
        qFatal("accrue-cli did not start");
    QTest::qSleep(k.delayMs);
    k.finishedFirst
        = p.state() == QProcess::NotRunning || ::kill(pid_t(p.processId()), SIGKILL) != 0;
    p.waitForFinished(30000);
    qInfo("%s step %d: seed %llu, kill at %.4f of %lld ms = %d ms%s", QTest::currentTestFunction(),
          step, k.seed, k.fraction, runMs, k.delayMs,
          k.finishedFirst ? " (the command had already finished)" : "");
    return k;
}

// What every book must be after a kill and after a completed run: a sound
// SQLite file, a trial balance whose debits equal its credits in every
// currency, and an intact audit hash chain.
void TestCrashSafety::verifySound(const QString &book, const QByteArray &context)
{
    bool ok = false;
    const QString integrity = sql(book, QStringLiteral("PRAGMA integrity_check"), &ok);
    QVERIFY2(ok && integrity == QLatin1String("ok"),
             QByteArray(context + ": integrity_check: " + integrity.toUtf8()).constData());

    const QStringList db { QStringLiteral("--db"), book, QStringLiteral("--today"), today };
    const Run tb = cli(QStringList { QStringLiteral("report"), QStringLiteral("trial-balance"),
                                     QStringLiteral("--format"), QStringLiteral("csv") }
                       + db);
    QVERIFY2(tb.exitCode == 0, QByteArray(context + ": trial balance: " + tb.err).constData());
    // Columns: account,name,currency,debit,credit; a ",TOTAL,CUR,d,c" row per
    // currency. Amounts carry no separators or quotes, so the last three
    // comma-separated fields are currency, debit and credit even if a
    // quoted account name holds a comma.
    QHash<QString, qint64> debits, credits;
    int totals = 0;
    const QList<QByteArray> lines = tb.out.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> f = lines.at(i).trimmed().split(',');
        if (f.size() < 5)
            continue;
        const QString currency = QString::fromUtf8(f.at(f.size() - 3));
        const qint64 debit = QByteArray(f.at(f.size() - 2)).replace('.', "").toLongLong();
        const qint64 credit = QByteArray(f.at(f.size() - 1)).replace('.', "").toLongLong();
        if (f.at(0).isEmpty() && f.at(1) == "TOTAL") {
            ++totals;
            QVERIFY2(
                debit == credit,
                QByteArray(context + ": trial balance does not balance:\n" + tb.out).constData());
            QCOMPARE(debit, debits.value(currency));
            QCOMPARE(credit, credits.value(currency));
        } else {
            debits[currency] += debit;
            credits[currency] += credit;
        }
    }
    QCOMPARE(totals, int(debits.size()));

    const Run audit = cli(QStringList { QStringLiteral("audit"), QStringLiteral("verify") } + db);
    QVERIFY2(audit.exitCode == 0,
             QByteArray(context + ": audit verify: " + audit.err + audit.out).constData());
}

QString TestCrashSafety::fresh(const QString &name)
{
    const QString path = m_dir.filePath(name);
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm"),
                                   QStringLiteral("-journal"), QStringLiteral("-lock") })
        QFile::remove(path + suffix);
    return path;
}

void TestCrashSafety::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (qEnvironmentVariableIsSet("ACCRUE_CRASH_SEED"))
        m_seed = qEnvironmentVariable("ACCRUE_CRASH_SEED").toULongLong();
    qInfo("base seed %llu (replay with ACCRUE_CRASH_SEED=%llu)", m_seed, m_seed);

    m_base = fresh(QStringLiteral("base.sqlite"));
    Run r = cli({ QStringLiteral("demo"), QStringLiteral("--db"), m_base,
                  QStringLiteral("--customers"), QStringLiteral("20"), QStringLiteral("--invoices"),
                  QStringLiteral("200"), QStringLiteral("--seed"), QStringLiteral("3"),
                  QStringLiteral("--today"), today });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString mapping = m_dir.filePath(QStringLiteral("mapping.json"));
    QFile m(mapping);
    QVERIFY(m.open(QIODevice::WriteOnly));
    m.write(R"({"name":"Crash","date":"Date","amount":"Amount","counterparty":"Payer",)"
            R"("reference":"Text","bank_ref":"Id","currency":"USD"})");
    m.close();
    r = cli({ QStringLiteral("bank"), QStringLiteral("mapping"), mapping, QStringLiteral("--db"),
              m_base });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    // The last process out folds the WAL into the book, so the file alone is
    // the whole book and each step can start from a plain copy.
    QVERIFY(!QFile::exists(m_base + QStringLiteral("-wal")));
}

void TestCrashSafety::killDuringBankImport()
{
    // Enough lines that the import takes about half a second: a wide window for
    // the kill to land inside the write.
    constexpr int lines = 20000;
    const QString statement = m_dir.filePath(QStringLiteral("statement.csv"));
    QFile f(statement);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("Date,Amount,Payer,Text,Id\n");
    for (int i = 0; i < lines; ++i)
        f.write(QStringLiteral("2026-06-%1,%2.%3,Payer %4,Ref %5,T%5\n")
                    .arg(1 + i % 28, 2, 10, QLatin1Char('0'))
                    .arg(1 + i % 997)
                    .arg(i % 100, 2, 10, QLatin1Char('0'))
                    .arg(i % 50)
                    .arg(i)
                    .toUtf8());
    f.close();
    auto import = [&](const QString &book) {
        return QStringList { QStringLiteral("import"),
                             QStringLiteral("bank"),
                             statement,
                             QStringLiteral("--mapping"),
                             QStringLiteral("Crash"),
                             QStringLiteral("--db"),
                             book,
                             QStringLiteral("--today"),
                             today };
    };
    const QString timing = fresh(QStringLiteral("import-timing.sqlite"));
    QVERIFY(QFile::copy(m_base, timing));
    const qint64 runMs = measure(import(timing));
    QVERIFY(runMs > 0);
    QCOMPARE(count(timing, QStringLiteral("bank_transaction")), qint64(lines));

    for (int step = 0; step < steps; ++step) {
        const QString book = fresh(QStringLiteral("import-%1.sqlite").arg(step));
        QVERIFY(QFile::copy(m_base, book));
        const qint64 before = count(book, QStringLiteral("bank_transaction"));
        const Kill k = killAt(import(book), 1, step, steps, runMs);
        const QByteArray where = QStringLiteral("import step %1 seed %2 delay %3 ms")
                                     .arg(step)
                                     .arg(k.seed)
                                     .arg(k.delayMs)
                                     .toUtf8();
        verifySound(book, where + " after the kill");
        if (QTest::currentTestFailed())
            return;
        // One statement, one transaction: every line or none.
        const qint64 after = count(book, QStringLiteral("bank_transaction"));
        qInfo("  left %lld of %d lines", after - before, lines);
        QVERIFY2(after == before || after == before + lines,
                 QByteArray(where + ": " + QByteArray::number(after - before) + " of "
                            + QByteArray::number(lines) + " lines imported")
                     .constData());

        // Again to the end: the lines already there are recognised as duplicates.
        const Run r = cli(import(book));
        QVERIFY2(r.exitCode == 0, QByteArray(where + ": rerun: " + r.err).constData());
        QCOMPARE(count(book, QStringLiteral("bank_transaction")), before + lines);
        verifySound(book, where + " after the rerun");
        if (QTest::currentTestFailed())
            return;
    }
}

void TestCrashSafety::killDuringDemoLoad()
{
    constexpr int invoices = 20000;
    auto demo = [](const QString &book) {
        return QStringList {
            QStringLiteral("demo"),        QStringLiteral("--db"),    book,
            QStringLiteral("--customers"), QStringLiteral("20"),      QStringLiteral("--invoices"),
            QString::number(invoices),     QStringLiteral("--today"), today
        };
    };
    const qint64 runMs = measure(demo(fresh(QStringLiteral("demo-timing.sqlite"))));
    QVERIFY(runMs > 0);

    for (int step = 0; step < demoSteps; ++step) {
        const QString book = fresh(QStringLiteral("demo-%1.sqlite").arg(step));
        const Kill k = killAt(demo(book), 2, step, demoSteps, runMs);
        const QByteArray where = QStringLiteral("demo step %1 seed %2 delay %3 ms")
                                     .arg(step)
                                     .arg(k.seed)
                                     .arg(k.delayMs)
                                     .toUtf8();
        // The product's promise (DemoGenerator, BulkLoad): the schema is
        // created first, then the whole demo is one transaction. So a killed
        // demo leaves no book, a file without tables (killed while creating
        // it), an initialised but empty book, or the complete demo; never a
        // part of the invoices.
        bool complete = false;
        const bool noTables = !QFile::exists(book)
            || sql(book, QStringLiteral("SELECT COUNT(*) FROM sqlite_master"))
                == QLatin1String("0");
        if (!noTables) {
            verifySound(book, where + " after the kill");
            if (QTest::currentTestFailed())
                return;
            const qint64 customers = count(book, QStringLiteral("customer"));
            const qint64 made = count(book, QStringLiteral("invoice"));
            QVERIFY2((customers == 0 && made == 0) || (customers == 20 && made == invoices),
                     QByteArray(where + ": " + QByteArray::number(customers) + " customers and "
                                + QByteArray::number(made) + " invoices left")
                         .constData());
            complete = made == invoices;
            qInfo("  left %lld customers, %lld invoices", customers, made);
        } else {
            qInfo("  left no initialised book");
        }

        const Run r = cli(demo(book));
        if (complete) {
            // Killed between the commit and the exit: the demo is there, and
            // a second one is refused as into any book with data.
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains("empty book"), r.err.constData());
        } else {
            QVERIFY2(r.exitCode == 0, QByteArray(where + ": rerun: " + r.err).constData());
        }
        QCOMPARE(count(book, QStringLiteral("invoice")), qint64(invoices));
        verifySound(book, where + " after the rerun");
        if (QTest::currentTestFailed())
            return;
    }
}

void TestCrashSafety::killDuringIssueBatch()
{
    // Two invoices (A with two lines, B with one), issued --repeat times,
    // each repetition in its own transaction.
    constexpr int perFile = 2;
    constexpr int repeat = 100;
    const QString file = m_dir.filePath(QStringLiteral("invoices.csv"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("invoice,customer,issue_date,terms_days,currency,description,quantity,unit_price,"
            "tax_rate\n"
            "A,C00001,2026-06-10,30,USD,Consulting,10,150.00,20\n"
            "A,,,,,Support,1,80.00,20\n"
            "B,C00002,2026-06-10,14,USD,Training,3,25.50,0\n");
    f.close();
    auto issue = [&](const QString &book) {
        return QStringList { QStringLiteral("invoice"),
                             QStringLiteral("create"),
                             file,
                             QStringLiteral("--issue"),
                             QStringLiteral("--repeat"),
                             QString::number(repeat),
                             QStringLiteral("--db"),
                             book,
                             QStringLiteral("--today"),
                             today };
    };
    const QString timing = fresh(QStringLiteral("issue-timing.sqlite"));
    QVERIFY(QFile::copy(m_base, timing));
    const qint64 runMs = measure(issue(timing));
    QVERIFY(runMs > 0);

    for (int step = 0; step < steps; ++step) {
        const QString book = fresh(QStringLiteral("issue-%1.sqlite").arg(step));
        QVERIFY(QFile::copy(m_base, book));
        const qint64 before = count(book, QStringLiteral("invoice"));
        const qint64 draftsBefore
            = sql(book, QStringLiteral("SELECT COUNT(*) FROM invoice WHERE status = 'draft'"))
                  .toLongLong();
        const Kill k = killAt(issue(book), 3, step, steps, runMs);
        const QByteArray where = QStringLiteral("issue step %1 seed %2 delay %3 ms")
                                     .arg(step)
                                     .arg(k.seed)
                                     .arg(k.delayMs)
                                     .toUtf8();
        verifySound(book, where + " after the kill");
        if (QTest::currentTestFailed())
            return;
        // What --repeat promises: each repetition of the file is all or
        // nothing, so whole files only, every one of them issued (no draft
        // left half way), and no two invoices with one number.
        const qint64 added = count(book, QStringLiteral("invoice")) - before;
        qInfo("  left %lld of %d invoices", added, perFile * repeat);
        QVERIFY2(
            added >= 0 && added % perFile == 0 && added <= perFile * repeat,
            QByteArray(where + ": " + QByteArray::number(added) + " invoices added").constData());
        QCOMPARE(sql(book, QStringLiteral("SELECT COUNT(*) FROM invoice WHERE status = 'draft'"))
                     .toLongLong(),
                 draftsBefore);
        QCOMPARE(
            sql(book, QStringLiteral("SELECT COUNT(number) - COUNT(DISTINCT number) FROM invoice")),
            QStringLiteral("0"));

        // Run to the end: all the repetitions again, on top of what stayed.
        const Run r = cli(issue(book));
        QVERIFY2(r.exitCode == 0, QByteArray(where + ": rerun: " + r.err).constData());
        QCOMPARE(count(book, QStringLiteral("invoice")), before + added + perFile * repeat);
        verifySound(book, where + " after the rerun");
        if (QTest::currentTestFailed())
            return;
    }
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
