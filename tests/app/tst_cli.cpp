// accrue-cli end to end: runs the real binary on real files.
#include "billing/book.h"
#include "billing/session.h"
#include "clirun.h"
#include "mail/outboxservice.h"
#include "mail/smtpsender.h"
#include "security/auditlog.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <tuple>
#include <utility>

using Accrue::Testing::CliRun;
using Accrue::Testing::runCli;

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void initCreatesAndMigrates();
    void demoIsDeterministic();
    void invoiceListFiltersAndFormats();
    void reportsAsOf();
    void auditVerifyFindsTampering();
    void badInput_data();
    void badInput();
    void outputFileIsAllOrNothing();
    void fullDiskIsAnError();
    void pdfOnAFullDiskLeavesNoPartialFile();
    void outputToDevicesAndStandardOutput();
    void invoiceLifeCycleFromTheCommandLine();
    void creditNotePdfAndDocumentSettings();
    void customersFromAnEmptyBook();
    void catalogFromTheCli();
    void taxesFromTheCommandLine();
    void ambiguousBankLineIsAcceptedForTheChosenInvoice();
    void badInvoiceDescriptionsNameTheField_data();
    void badInvoiceDescriptionsNameTheField();
    void invoicesFromCsv();
    void badInvoiceCsvNamesLineAndColumn_data();
    void badInvoiceCsvNamesLineAndColumn();
    void subscriptionsAndBillingRunFromTheCli();
    void newBookThroughTheCliAlone();
    void ratesAndAReportInAnotherCurrency();
    void receiptsDisputesAndWriteOffs();
    void dunningRunFromTheCommandLine();
    void exportJournalAndMapping();
    void mailTemplatesOfEachKind();
    void tenantsFromTheCommandLine();
    void receiptsAndCreditNotesByMailAndRetry();
    void recognitionReportsAsCsv();
    void invoiceCsvNamesEachLinesRecognition();
    void closePeriodExitCodes();
    void userMustBeRegisteredOnSqlite();
    void eInvoicesExportAndImport();

private:
    using Run = CliRun;
    Run cli(const QStringList &args);
    QString book(const QString &name) const { return m_dir.filePath(name); }
    bool acmeBookWithInvoice(const QString &name, const QString &price, QStringList &db);
    bool ratableBook(const QString &name, const QString &price, const QString &invoiceFile,
                     const QStringList &db);
    bool payAndCredit(const QStringList &db, QString &note);
    QByteArray fileHash(const QString &path);

    QTemporaryDir m_dir;
    QString m_demo;
};

// A book with company, customer ACME and a ratable product PLAN at `price`,
// then `invoiceFile` created and issued; false (with the failing step
// reported) if a step fails.
bool TestCli::ratableBook(const QString &name, const QString &price, const QString &invoiceFile,
                          const QStringList &db)
{
    const QList<QStringList> steps {
        { QStringLiteral("init") },
        { QStringLiteral("company"), QStringLiteral("set"), QStringLiteral("--name"),
          QStringLiteral("Nordlicht GmbH"), QStringLiteral("--currency"), QStringLiteral("EUR") },
        { QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("ACME"),
          QStringLiteral("--name"), QStringLiteral("Acme GmbH"), QStringLiteral("--currency"),
          QStringLiteral("EUR") },
        { QStringLiteral("product"), QStringLiteral("add"), QStringLiteral("PLAN"),
          QStringLiteral("--name"), name, QStringLiteral("--price"), price,
          QStringLiteral("--currency"), QStringLiteral("EUR"), QStringLiteral("--recognition"),
          QStringLiteral("ratably") },
        { QStringLiteral("invoice"), QStringLiteral("create"), invoiceFile,
          QStringLiteral("--issue") },
    };
    for (const QStringList &step : steps) {
        const Run r = cli(step + db);
        if (r.exitCode != 0) {
            qWarning("%s: %s", qPrintable(step.join(u' ')), r.err.constData());
            return false;
        }
    }
    return true;
}

TestCli::Run TestCli::cli(const QStringList &args)
{
    return runCli(args);
}

QByteArray TestCli::fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

void TestCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = book(QStringLiteral("demo.sqlite"));
    const Run r
        = cli({ QStringLiteral("demo"), QStringLiteral("--db"), m_demo,
                QStringLiteral("--customers"), QStringLiteral("30"), QStringLiteral("--invoices"),
                QStringLiteral("1500"), QStringLiteral("--seed"), QStringLiteral("5"),
                QStringLiteral("--today"), QStringLiteral("2026-06-30") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.contains("1500 invoices"));
}

void TestCli::initCreatesAndMigrates()
{
    const QString path = book(QStringLiteral("fresh.sqlite"));
    Run r = cli({ QStringLiteral("init"), QStringLiteral("--db"), path });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(QFile::exists(path));
    r = cli({ QStringLiteral("init"), QStringLiteral("--db"), path }); // again: nothing to do
    QCOMPARE(r.exitCode, 0);
    r = cli({ QStringLiteral("invoice"), QStringLiteral("list"), QStringLiteral("--db"), path,
              QStringLiteral("--format"), QStringLiteral("csv") });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out,
             QByteArray("number,customer_code,customer,issue_date,due_date,currency,total,"
                        "paid,credited,balance,status\r\n"));
}

void TestCli::demoIsDeterministic()
{
    const QString again = book(QStringLiteral("again.sqlite"));
    QCOMPARE(cli({ QStringLiteral("demo"), QStringLiteral("--db"), again,
                   QStringLiteral("--customers"), QStringLiteral("30"),
                   QStringLiteral("--invoices"), QStringLiteral("1500"), QStringLiteral("--seed"),
                   QStringLiteral("5"), QStringLiteral("--today"), QStringLiteral("2026-06-30") })
                 .exitCode,
             0);
    const QStringList list { QStringLiteral("invoice"),  QStringLiteral("list"),
                             QStringLiteral("--format"), QStringLiteral("csv"),
                             QStringLiteral("--today"),  QStringLiteral("2026-06-30"),
                             QStringLiteral("--db") };
    const Run a = cli(list + QStringList { m_demo });
    const Run b = cli(list + QStringList { again });
    QCOMPARE(a.exitCode, 0);
    QCOMPARE(a.out, b.out);
    QCOMPARE(a.out.count("\r\n"), 1501);
    // A demo into a book that has data is refused and changes nothing.
    const QByteArray before = fileHash(again);
    const Run refused = cli({ QStringLiteral("demo"), QStringLiteral("--db"), again });
    QCOMPARE(refused.exitCode, 1);
    QVERIFY(refused.err.contains("empty book"));
    QCOMPARE(fileHash(again), before);
}

void TestCli::invoiceListFiltersAndFormats()
{
    const QStringList base { QStringLiteral("invoice"),  QStringLiteral("list"),
                             QStringLiteral("--db"),     m_demo,
                             QStringLiteral("--today"),  QStringLiteral("2026-06-30"),
                             QStringLiteral("--format"), QStringLiteral("csv") };
    const Run all = cli(base);
    const Run overdue
        = cli(base + QStringList { QStringLiteral("--status"), QStringLiteral("overdue") });
    QCOMPARE(overdue.exitCode, 0);
    const QList<QByteArray> rows = overdue.out.split('\n');
    QVERIFY(rows.size() > 3);
    for (const QByteArray &row : rows.mid(1))
        if (!row.isEmpty())
            QVERIFY2(row.trimmed().endsWith(",overdue"), row.constData());
    // Every overdue row also appears in the unfiltered list, once.
    for (const QByteArray &row : rows.mid(1))
        if (!row.isEmpty())
            QCOMPARE(all.out.count(QByteArray(row.trimmed() + "\r\n")), 1);
    const Run ranged
        = cli(base
              + QStringList { QStringLiteral("--from"), QStringLiteral("2026-01-01"),
                              QStringLiteral("--to"), QStringLiteral("2026-01-31"),
                              QStringLiteral("--customer"), QStringLiteral("C00001") });
    QCOMPARE(ranged.exitCode, 0);
    for (const QByteArray &row : ranged.out.split('\n').mid(1)) {
        if (row.isEmpty())
            continue;
        const QList<QByteArray> cells = row.split(',');
        QCOMPARE(cells.at(1), QByteArray("C00001"));
        QVERIFY(cells.at(3) >= "2026-01-01" && cells.at(3) <= "2026-01-31");
    }
    const Run table
        = cli({ QStringLiteral("invoice"), QStringLiteral("list"), QStringLiteral("--db"), m_demo,
                QStringLiteral("--status"), QStringLiteral("paid") });
    QCOMPARE(table.exitCode, 0);
    QVERIFY(table.out.startsWith("Invoices\nNumber"));
    const QByteArray first = all.out.split('\n').at(1).split(',').at(0);
    const Run show = cli({ QStringLiteral("invoice"), QStringLiteral("show"),
                           QString::fromLatin1(first), QStringLiteral("--db"), m_demo });
    QCOMPARE(show.exitCode, 0);
    QVERIFY(show.out.contains(QByteArray(QByteArray("Invoice ") + first)));
    QVERIFY(show.out.contains("Total:"));
}

void TestCli::reportsAsOf()
{
    const Run aging
        = cli({ QStringLiteral("report"), QStringLiteral("ar-aging"), QStringLiteral("--db"),
                m_demo, QStringLiteral("--as-of"), QStringLiteral("2026-06-30"),
                QStringLiteral("--format"), QStringLiteral("csv") });
    QCOMPARE(aging.exitCode, 0);
    QVERIFY(aging.out.startsWith("customer_code,customer,currency,current,days_1_30,days_31_60,"
                                 "days_61_90,days_90_plus,total,dso,disputed\r\n"));
    const QList<QByteArray> totalRow = aging.out.trimmed().split('\n').last().split(',');
    const QByteArray agingTotal = totalRow.at(totalRow.size() - 3).trimmed();
    const Run tb
        = cli({ QStringLiteral("report"), QStringLiteral("trial-balance"), QStringLiteral("--db"),
                m_demo, QStringLiteral("--as-of"), QStringLiteral("2026-06-30"),
                QStringLiteral("--format"), QStringLiteral("csv") });
    QCOMPARE(tb.exitCode, 0);
    QByteArray arDebit;
    QByteArray totalDebit, totalCredit;
    for (const QByteArray &row : tb.out.split('\n')) {
        const QList<QByteArray> cells = row.trimmed().split(',');
        if (cells.at(0) == "1100")
            arDebit = cells.at(3);
        if (cells.size() > 4 && cells.at(1) == "TOTAL") {
            totalDebit = cells.at(3);
            totalCredit = cells.at(4);
        }
    }
    QCOMPARE(arDebit, agingTotal); // the reports agree: AR in the ledger = aging total
    QVERIFY(!totalDebit.isEmpty());
    QCOMPARE(totalDebit, totalCredit);
}

void TestCli::auditVerifyFindsTampering()
{
    const QString path = book(QStringLiteral("tamper.sqlite"));
    QCOMPARE(
        cli({ QStringLiteral("demo"), QStringLiteral("--db"), path, QStringLiteral("--invoices"),
              QStringLiteral("50"), QStringLiteral("--customers"), QStringLiteral("5") })
            .exitCode,
        0);
    Run r
        = cli({ QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), path });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("intact"));
    QProcess sqlite;
    sqlite.start(QStringLiteral("sqlite3"),
                 { path,
                   QStringLiteral("DROP TRIGGER audit_log_append_only_u; UPDATE audit_log SET "
                                  "after_json = '{}' WHERE seq = 12;") });
    QVERIFY(sqlite.waitForFinished());
    QCOMPARE(sqlite.exitCode(), 0);
    r = cli({ QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), path });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("record 12"), r.err.constData());
}

void TestCli::badInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("message");
    const QString missing = QStringLiteral("/nonexistent/accrue/none.sqlite");
    QTest::newRow("missing file") << QStringList {
        QStringLiteral("invoice"), QStringLiteral("list"), QStringLiteral("--db"), missing
    } << 1 << QByteArray("not found");
    QTest::newRow("unknown command")
        << QStringList { QStringLiteral("frobnicate") } << 2 << QByteArray("Unknown command");
    QTest::newRow("unknown subcommand")
        << QStringList { QStringLiteral("invoice"), QStringLiteral("nope") } << 2
        << QByteArray("Unknown command");
    QTest::newRow("unknown report")
        << QStringList { QStringLiteral("report"), QStringLiteral("nope") } << 2
        << QByteArray("There is no report “nope”. Reports: monthly-revenue");
    QTest::newRow("option the report does not take")
        << QStringList { QStringLiteral("report"), QStringLiteral("trial-balance"),
                         QStringLiteral("--customer"), QStringLiteral("C00001") }
        << 2 << QByteArray("Option --customer does not apply");
    QTest::newRow("pdf to stdout")
        << QStringList { QStringLiteral("report"), QStringLiteral("ar-aging"),
                         QStringLiteral("--format"), QStringLiteral("pdf") }
        << 2 << QByteArray("--format pdf needs -o");
    QTest::newRow("bad split") << QStringList {
        QStringLiteral("report"), QStringLiteral("monthly-revenue"), QStringLiteral("--split"),
        QStringLiteral("colour")
    } << 1 << QByteArray("Split by module, customer or plan");
    QTest::newRow("unknown flag") << QStringList { QStringLiteral("init"),
                                                   QStringLiteral("--frob") }
                                  << 2 << QByteArray("frob");
    QTest::newRow("flag of another command")
        << QStringList { QStringLiteral("init"), QStringLiteral("--as-of"),
                         QStringLiteral("2026-01-01") }
        << 2 << QByteArray("does not apply");
    QTest::newRow("bad date") << QStringList { QStringLiteral("report"), QStringLiteral("ar-aging"),
                                               QStringLiteral("--as-of"),
                                               QStringLiteral("2026-02-30") }
                              << 2 << QByteArray("not a valid date");
    QTest::newRow("bad number") << QStringList {
        QStringLiteral("demo"), QStringLiteral("--invoices"), QStringLiteral("lots")
    } << 2 << QByteArray("whole number");
    QTest::newRow("bad status") << QStringList { QStringLiteral("invoice"), QStringLiteral("list"),
                                                 QStringLiteral("--status"),
                                                 QStringLiteral("sleepy") }
                                << 2 << QByteArray("unknown status");
    QTest::newRow("dates the wrong way round")
        << QStringList { QStringLiteral("invoice"), QStringLiteral("list"),
                         QStringLiteral("--from"),  QStringLiteral("2026-02-01"),
                         QStringLiteral("--to"),    QStringLiteral("2026-01-01") }
        << 2 << QByteArray("before --from");
    QTest::newRow("bad today") << QStringList { QStringLiteral("init"), QStringLiteral("--today"),
                                                QStringLiteral("tomorrow") }
                               << 2 << QByteArray("not a valid date");
    QTest::newRow("bad format") << QStringList { QStringLiteral("report"),
                                                 QStringLiteral("trial-balance"),
                                                 QStringLiteral("--format"), QStringLiteral("xml") }
                                << 2 << QByteArray("xml");
    QTest::newRow("unknown invoice")
        << QStringList { QStringLiteral("invoice"), QStringLiteral("show"),
                         QStringLiteral("INV-1999-000001") }
        << 1 << QByteArray("No invoice");
    QTest::newRow("unknown currency")
        << QStringList { QStringLiteral("demo"), QStringLiteral("--currency"),
                         QStringLiteral("XYZ") }
        << 2 << QByteArray("XYZ");
}

void TestCli::badInput()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, message);
    // Commands that need a book get a fresh copy of a real one; none may change it.
    const QString path = book(QStringLiteral("bad-%1.sqlite")
                                  .arg(QString::fromLatin1(QTest::currentDataTag()))
                                  .replace(u' ', u'_'));
    if (!args.contains(QStringLiteral("--db"))) {
        QCOMPARE(cli({ QStringLiteral("init"), QStringLiteral("--db"), path }).exitCode, 0);
        args << QStringLiteral("--db") << path;
    }
    const QByteArray before = fileHash(path);
    const Run r = cli(args);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.contains(message), r.err.constData());
    QCOMPARE(r.err.count('\n'), 1); // one clear line
    QCOMPARE(fileHash(path), before);
}

void TestCli::fullDiskIsAnError()
{
    QProcess p;
    p.setStandardOutputFile(QStringLiteral("/dev/full"));
    p.start(QStringLiteral(ACCRUE_CLI_PATH),
            { QStringLiteral("report"), QStringLiteral("trial-balance"), QStringLiteral("--db"),
              m_demo });
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 1);
    QVERIFY(p.readAllStandardError().contains("Cannot write"));
}

void TestCli::pdfOnAFullDiskLeavesNoPartialFile()
{
    // A single PDF onto a full device fails and says so.
    Run r = cli({ QStringLiteral("invoice"), QStringLiteral("pdf"),
                  QStringLiteral("INV-2024-000001"), QStringLiteral("-o"),
                  QStringLiteral("/dev/full"), QStringLiteral("--db"), m_demo });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("Cannot write /dev/full"), r.err.constData());

    // A batch onto a disk that fills up midway: a 160 KiB tmpfs in a private
    // mount namespace holds a few of the 23 KiB PDFs. The run must fail, and
    // every file left must be a whole PDF.
    const QString script = QStringLiteral(
        "set -u; mnt=$(mktemp -d); mount -t tmpfs -o size=160k tmpfs \"$mnt\" || exit 90; "
        "\"$1\" invoice pdf --status paid --out-dir \"$mnt/pdfs\" --db \"$2\"; rc=$?; "
        "n=0; for f in \"$mnt\"/pdfs/*; do [ -e \"$f\" ] || continue; n=$((n+1)); "
        "[ \"$(head -c 5 \"$f\")\" = '%PDF-' ] && tail -c 7 \"$f\" | grep -q '%%EOF' "
        "|| echo \"PARTIAL $f $(stat -c %s \"$f\")\"; done; echo \"rc=$rc files=$n\"");
    QProcess p;
    p.start(QStringLiteral("unshare"),
            { QStringLiteral("-rm"), QStringLiteral("bash"), QStringLiteral("-c"), script,
              QStringLiteral("bash"), QStringLiteral(ACCRUE_CLI_PATH), m_demo });
    QVERIFY(p.waitForFinished(120000));
    const QByteArray out = p.readAllStandardOutput();
    const QByteArray err = p.readAllStandardError();
    QVERIFY2(p.exitCode() == 0 && out.contains("rc="),
             QByteArray("cannot make a small disk with unshare -rm and tmpfs: " + err).constData());
    QVERIFY2(!out.contains("PARTIAL"), out.constData());
    QVERIFY2(out.contains("rc=1 "), out.constData());
    QVERIFY2(!out.contains("files=0"), out.constData()); // some fitted before the disk was full
    QVERIFY2(err.contains("Cannot write"), err.constData());
    QVERIFY2(!out.contains("Wrote"), out.constData());
}

void TestCli::outputToDevicesAndStandardOutput()
{
    // -o - and /dev/stdout write to standard output.
    Run r
        = cli({ QStringLiteral("invoice"), QStringLiteral("pdf"), QStringLiteral("INV-2024-000001"),
                QStringLiteral("-o"), QStringLiteral("-"), QStringLiteral("--db"), m_demo });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith("%PDF-"));
    r = cli({ QStringLiteral("report"), QStringLiteral("trial-balance"), QStringLiteral("--format"),
              QStringLiteral("csv"), QStringLiteral("-o"), QStringLiteral("/dev/stdout"),
              QStringLiteral("--db"), m_demo, QStringLiteral("--today"),
              QStringLiteral("2026-06-30") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith("account"), r.out.constData());
    // A device node is written to, never replaced.
    QFileInfo null(QStringLiteral("/dev/null"));
    r = cli({ QStringLiteral("report"), QStringLiteral("trial-balance"), QStringLiteral("-o"),
              QStringLiteral("/dev/null"), QStringLiteral("--db"), m_demo });
    QCOMPARE(r.exitCode, 0);
    null.refresh();
    QVERIFY(null.exists() && !null.isFile());
    // A FIFO likewise: the reader gets the report.
    const QString fifo = book(QStringLiteral("report.fifo"));
    QProcess mk;
    mk.start(QStringLiteral("mkfifo"), { fifo });
    QVERIFY(mk.waitForFinished() && mk.exitCode() == 0);
    QProcess reader;
    reader.start(QStringLiteral("cat"), { fifo });
    QVERIFY(reader.waitForStarted());
    r = cli({ QStringLiteral("report"), QStringLiteral("trial-balance"), QStringLiteral("--format"),
              QStringLiteral("csv"), QStringLiteral("-o"), fifo, QStringLiteral("--db"), m_demo });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(reader.waitForFinished(10000));
    QVERIFY(reader.readAllStandardOutput().startsWith("account"));
    QVERIFY(!QFileInfo(fifo).isFile());
    // A folder is not a file.
    r = cli({ QStringLiteral("report"), QStringLiteral("trial-balance"), QStringLiteral("-o"),
              m_dir.path(), QStringLiteral("--db"), m_demo });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("it is a folder"), r.err.constData());
}

// A new book set up through the CLI alone: a customer, its payment method,
// an invoice for it, the list with its balance, archiving.
void TestCli::customersFromAnEmptyBook()
{
    const QString path = book(QStringLiteral("customers.sqlite"));
    const QStringList db { QStringLiteral("--db"), path, QStringLiteral("--today"),
                           QStringLiteral("2026-06-30") };
    auto run = [&](const QStringList &args) { return cli(args + db); };
    QCOMPARE(run({ QStringLiteral("init") }).exitCode, 0);
    Run r = run({ QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("ACME"),
                  QStringLiteral("--name"), QStringLiteral("Acme GmbH"),
                  QStringLiteral("--currency"), QStringLiteral("EUR"), QStringLiteral("--terms"),
                  QStringLiteral("14"), QStringLiteral("--country"), QStringLiteral("DE"),
                  QStringLiteral("--email"), QStringLiteral("ap@acme.example") });
    QVERIFY2(r.exitCode == 0, r.err.constData());

    // Card data is refused at the option; an IBAN is checked and masked.
    r = run({ QStringLiteral("payment-method"), QStringLiteral("add"), QStringLiteral("ACME"),
              QStringLiteral("--kind"), QStringLiteral("card"), QStringLiteral("--card-number"),
              QStringLiteral("4111111111111111") });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("never stores a full card number"), r.err.constData());
    r = run({ QStringLiteral("payment-method"), QStringLiteral("add"), QStringLiteral("ACME"),
              QStringLiteral("--kind"), QStringLiteral("card"), QStringLiteral("--label"),
              QStringLiteral("visa 4111 1111 1111 1111") });
    QCOMPARE(r.exitCode, 1);
    r = run({ QStringLiteral("payment-method"), QStringLiteral("add"), QStringLiteral("ACME"),
              QStringLiteral("--kind"), QStringLiteral("card"), QStringLiteral("--cvc"),
              QStringLiteral("123") });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("security code"), r.err.constData());
    r = run({ QStringLiteral("payment-method"), QStringLiteral("add"), QStringLiteral("ACME"),
              QStringLiteral("--kind"), QStringLiteral("sepa_debit"), QStringLiteral("--mandate"),
              QStringLiteral("M-1"), QStringLiteral("--iban"),
              QStringLiteral("DE89 3704 0044 0532 0130 00") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = run({ QStringLiteral("payment-method"), QStringLiteral("list"), QStringLiteral("ACME"),
              QStringLiteral("--format"), QStringLiteral("csv") });
    QVERIFY2(r.out.contains("******************3000"), r.out.constData());
    QVERIFY(!r.out.contains("370400440532013000"));

    const QString json = book(QStringLiteral("acme-invoice.json"));
    QFile f(json);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"customer": "ACME", "issue_date": "2026-06-01", "due_date": "2026-06-15",
               "currency": "EUR",
               "lines": [{"description": "Set-up", "quantity": "1", "unit_price": "500.00"}]})");
    f.close();
    r = run(
        { QStringLiteral("invoice"), QStringLiteral("create"), json, QStringLiteral("--issue") });
    QVERIFY2(r.exitCode == 0, r.err.constData());

    r = run({ QStringLiteral("customer"), QStringLiteral("list"), QStringLiteral("--format"),
              QStringLiteral("json") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject list = QJsonDocument::fromJson(r.out).object();
    const QJsonArray rows = list.value(QStringLiteral("rows")).toArray();
    QCOMPARE(rows.size(), 1);
    const QJsonObject acme = rows.at(0).toObject();
    QCOMPARE(acme.value(QStringLiteral("code")).toString(), QStringLiteral("ACME"));
    QCOMPARE(acme.value(QStringLiteral("terms_days")).toInt(), 14);
    QCOMPARE(acme.value(QStringLiteral("balance")).toString(), QStringLiteral("500.00"));
    QCOMPARE(acme.value(QStringLiteral("overdue")).toString(), QStringLiteral("500.00"));

    // Billed once, so deleting is refused; archiving keeps the history.
    r = run({ QStringLiteral("customer"), QStringLiteral("delete"), QStringLiteral("ACME") });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("1 invoice"), r.err.constData());
    QCOMPARE(run({ QStringLiteral("customer"), QStringLiteral("archive"), QStringLiteral("ACME") })
                 .exitCode,
             0);
    r = run({ QStringLiteral("customer"), QStringLiteral("list"), QStringLiteral("--format"),
              QStringLiteral("csv") });
    QVERIFY(!r.out.contains("ACME"));
    r = run({ QStringLiteral("customer"), QStringLiteral("list"), QStringLiteral("--archived"),
              QStringLiteral("--format"), QStringLiteral("csv") });
    QVERIFY2(r.out.contains("ACME"), r.out.constData());
    r = run({ QStringLiteral("invoice"), QStringLiteral("create"), json });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("archived"), r.err.constData());
    QCOMPARE(run({ QStringLiteral("audit"), QStringLiteral("verify") }).exitCode, 0);
}

void TestCli::catalogFromTheCli()
{
    const QString path = book(QStringLiteral("catalog.sqlite"));
    const QStringList db { QStringLiteral("--db"), path, QStringLiteral("--today"),
                           QStringLiteral("2026-06-30") };
    auto run = [&](const QStringList &args) { return cli(args + db); };
    QCOMPARE(run({ QStringLiteral("init") }).exitCode, 0);
    Run r = run({ QStringLiteral("product"), QStringLiteral("add"), QStringLiteral("SEATS"),
                  QStringLiteral("--name"), QStringLiteral("Seats"), QStringLiteral("--price"),
                  QStringLiteral("12.50"), QStringLiteral("--currency"), QStringLiteral("EUR"),
                  QStringLiteral("--unit"), QStringLiteral("seat"),
                  QStringLiteral("--tax-category"), QStringLiteral("standard"),
                  QStringLiteral("--recognition"), QStringLiteral("ratably") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = run({ QStringLiteral("product"), QStringLiteral("add"), QStringLiteral("SEATS"),
              QStringLiteral("--name"), QStringLiteral("Again"), QStringLiteral("--currency"),
              QStringLiteral("EUR") });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("code: a product with the code “SEATS” exists already"),
             r.err.constData());

    // Graduated: 1-10 at 5.00 with a 20.00 fee, 11-50 at 4.00, 51+ at 3.00.
    r = run({ QStringLiteral("plan"), QStringLiteral("add"), QStringLiteral("TEAM"),
              QStringLiteral("--product"), QStringLiteral("SEATS"), QStringLiteral("--name"),
              QStringLiteral("Team"), QStringLiteral("--period"), QStringLiteral("annual"),
              QStringLiteral("--pricing"), QStringLiteral("graduated"), QStringLiteral("--tier"),
              QStringLiteral("10:5.00+20.00"), QStringLiteral("--tier"), QStringLiteral("50:4.00"),
              QStringLiteral("--tier"), QStringLiteral("*:3.00"), QStringLiteral("--trial-days"),
              QStringLiteral("14") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = run({ QStringLiteral("plan"), QStringLiteral("add"), QStringLiteral("BAD"),
              QStringLiteral("--product"), QStringLiteral("SEATS"), QStringLiteral("--name"),
              QStringLiteral("Bad"), QStringLiteral("--pricing"), QStringLiteral("volume"),
              QStringLiteral("--tier"), QStringLiteral("10-5.00") });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("--tier: “10-5.00” is not a price tier"), r.err.constData());

    r = run({ QStringLiteral("plan"), QStringLiteral("list"), QStringLiteral("--format"),
              QStringLiteral("json") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonArray rows
        = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("rows")).toArray();
    QCOMPARE(rows.size(), 1);
    const QJsonObject team = rows.at(0).toObject();
    QCOMPARE(team.value(QStringLiteral("code")).toString(), QStringLiteral("TEAM"));
    QCOMPARE(team.value(QStringLiteral("product")).toString(), QStringLiteral("SEATS"));
    QCOMPARE(team.value(QStringLiteral("period")).toString(), QStringLiteral("annual"));
    QCOMPARE(team.value(QStringLiteral("pricing")).toString(), QStringLiteral("graduated"));
    QCOMPARE(team.value(QStringLiteral("currency")).toString(), QStringLiteral("EUR"));
    QCOMPARE(team.value(QStringLiteral("trial_days")).toInt(), 14);
    QCOMPARE(team.value(QStringLiteral("tiers")).toString(),
             QStringLiteral("10:5.00+20.00;50:4.00;*:3.00"));

    // 11 seats: 10 x 5.00 + 20.00 + 1 x 4.00 = 74.00.
    r = run({ QStringLiteral("plan"), QStringLiteral("show"), QStringLiteral("TEAM"),
              QStringLiteral("--format"), QStringLiteral("csv") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("11–50 at 4.00 each"), r.out.constData());
    QVERIFY2(r.out.contains("10 × 5.00 + 20.00 + 1 × 4.00 = 74.00 EUR"), r.out.constData());

    // One bad line of three: nothing is imported.
    const QString csv = book(QStringLiteral("products.csv"));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("code,name,unit_price,currency,unit,tax_category,recognition,revenue_account\n"
            "GB,Storage,0.10,EUR,GB,standard,as_delivered,4000\n"
            "HOUR,Support,90.00,EURO,hour,standard,point_in_time,\n"
            "SETUP,Set-up,500.00,EUR,unit,standard,point_in_time,\n");
    f.close();
    r = run({ QStringLiteral("product"), QStringLiteral("import"), csv });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("products.csv:3: currency: “EURO” is not an ISO 4217 currency code"),
             r.err.constData());
    r = run({ QStringLiteral("product"), QStringLiteral("list"), QStringLiteral("--format"),
              QStringLiteral("csv") });
    QCOMPARE(r.out.count("\r\n"), 2); // the header and SEATS
    QVERIFY(!r.out.contains("GB"));

    QCOMPARE(run({ QStringLiteral("product"), QStringLiteral("archive"), QStringLiteral("SEATS") })
                 .exitCode,
             0);
    r = run({ QStringLiteral("plan"), QStringLiteral("add"), QStringLiteral("LATER"),
              QStringLiteral("--product"), QStringLiteral("SEATS"), QStringLiteral("--name"),
              QStringLiteral("Later"), QStringLiteral("--price"), QStringLiteral("10") });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("archived"), r.err.constData());
}

// Rates from a CSV file and by hand, invoices taxed by the customer's place,
// and the tax report in JSON with its check against the ledger.
void TestCli::taxesFromTheCommandLine()
{
    const QString path = book(QStringLiteral("taxes.sqlite"));
    const QStringList db { QStringLiteral("--db"), path, QStringLiteral("--today"),
                           QStringLiteral("2026-06-30") };
    auto run = [&](const QStringList &args) { return cli(args + db); };
    auto write = [this](const char *name, const QByteArray &text) {
        QFile f(book(QString::fromLatin1(name)));
        if (!f.open(QIODevice::WriteOnly))
            return QString();
        f.write(text);
        return f.fileName();
    };
    QCOMPARE(run({ QStringLiteral("init") }).exitCode, 0);
    Run r = run({ QStringLiteral("tax-country"), QStringLiteral("de") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(run({ QStringLiteral("tax-country") }).out.trimmed(), QByteArray("DE"));
    QCOMPARE(run({ QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("NYC"),
                   QStringLiteral("--name"), QStringLiteral("Big Apple Inc"),
                   QStringLiteral("--currency"), QStringLiteral("USD"), QStringLiteral("--country"),
                   QStringLiteral("US"), QStringLiteral("--state-province"), QStringLiteral("NY") })
                 .exitCode,
             0);
    QCOMPARE(run({ QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("BER"),
                   QStringLiteral("--name"), QStringLiteral("Berliner GmbH"),
                   QStringLiteral("--currency"), QStringLiteral("EUR"), QStringLiteral("--country"),
                   QStringLiteral("DE") })
                 .exitCode,
             0);

    const QString rates = write("rates.csv",
                                "country,region,category,rate,name,valid_from,valid_to\n"
                                "US,NY,standard,4,NY state sales tax,,\n"
                                "DE,,standard,19,USt 19 %,,\n"
                                "DE,,reduced,7,USt 7 %,,\n");
    r = run({ QStringLiteral("tax-rate"), QStringLiteral("import"), rates });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("Imported 3 tax rate(s)"), r.out.constData());
    r = run({ QStringLiteral("tax-rate"), QStringLiteral("add"), QStringLiteral("--country"),
              QStringLiteral("US"), QStringLiteral("--region"), QStringLiteral("CA"),
              QStringLiteral("--category"), QStringLiteral("standard"), QStringLiteral("--rate"),
              QStringLiteral("7.25"), QStringLiteral("--name"), QStringLiteral("CA sales tax") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    // Rates take four decimals (New Jersey's 6.625 %), not a fifth.
    r = run({ QStringLiteral("tax-rate"), QStringLiteral("add"), QStringLiteral("--country"),
              QStringLiteral("US"), QStringLiteral("--region"), QStringLiteral("NJ"),
              QStringLiteral("--category"), QStringLiteral("standard"), QStringLiteral("--rate"),
              QStringLiteral("6.62501") });
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains("--rate: “6.62501” has more than four decimals"), r.err.constData());
    r = run({ QStringLiteral("tax-rate"), QStringLiteral("add"), QStringLiteral("--country"),
              QStringLiteral("US"), QStringLiteral("--region"), QStringLiteral("NJ"),
              QStringLiteral("--category"), QStringLiteral("standard"), QStringLiteral("--rate"),
              QStringLiteral("6.625") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("Added tax rate US-NJ standard 6.625 %: 6.625 %"), r.out.constData());
    // The same place and category again, open-ended: refused, nothing added.
    r = run({ QStringLiteral("tax-rate"), QStringLiteral("add"), QStringLiteral("--country"),
              QStringLiteral("DE"), QStringLiteral("--category"), QStringLiteral("standard"),
              QStringLiteral("--rate"), QStringLiteral("16"), QStringLiteral("--from"),
              QStringLiteral("2026-07-01") });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("valid_from: the standard rate “USt 19 %”"), r.err.constData());
    const QString bad
        = write("bad-rates.csv", "country,category,rate\nFR,standard,20\nFR,reduced,120\n");
    r = run({ QStringLiteral("tax-rate"), QStringLiteral("import"), bad });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("bad-rates.csv:3: rate:"), r.err.constData());
    r = run({ QStringLiteral("tax-rate"), QStringLiteral("list"), QStringLiteral("--format"),
              QStringLiteral("json") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonArray rateRows
        = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("rows")).toArray();
    QCOMPARE(rateRows.size(), 5); // no FR: the bad file added nothing
    QCOMPARE(rateRows.at(2).toObject().value(QStringLiteral("region")).toString(),
             QStringLiteral("CA"));
    QCOMPARE(rateRows.at(2).toObject().value(QStringLiteral("rate")).toString(),
             QStringLiteral("7.25"));
    QCOMPARE(rateRows.at(3).toObject().value(QStringLiteral("rate")).toString(),
             QStringLiteral("6.625"));
    QCOMPARE(rateRows.at(4).toObject().value(QStringLiteral("rate")).toString(),
             QStringLiteral("4.00"));
    // Another tool's rates, its columns mapped as for customers; an error
    // names the line of the file as the user has it.
    const QString mapping = write("steuer.json", R"({"delimiter": ";", "columns":
        {"country": "Land", "category": "Art", "rate": "Satz"}})");
    const QString mapped = write("steuer.csv", "Land;Satz;Art\nFR;20;standard\nFR;5.5;reduced\n");
    r = run({ QStringLiteral("tax-rate"), QStringLiteral("import"), mapped,
              QStringLiteral("--mapping"), mapping });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("Imported 2 tax rate(s)"), r.out.constData());
    const QString mappedBad
        = write("steuer-fehler.csv", "Land;Satz;Art\nIT;22;standard\nIT;x;reduced\n");
    r = run({ QStringLiteral("tax-rate"), QStringLiteral("import"), mappedBad,
              QStringLiteral("--mapping"), mapping });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("steuer-fehler.csv:3: rate:"), r.err.constData());

    // New York: 250.00 at the state's 4 % = 10.00. Berlin: 1000.00 at 19 % =
    // 190.00 and a line the file sets to 0 %: 100.00, no tax.
    const QString nyc = write("nyc.json", R"({"customer": "NYC", "issue_date": "2026-06-10",
        "lines": [{"description": "Support", "quantity": "1", "unit_price": "250.00"}]})");
    r = run(
        { QStringLiteral("invoice"), QStringLiteral("create"), nyc, QStringLiteral("--issue") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("total 260.00 USD"), r.out.constData());
    const QString ber = write("ber.json", R"({"customer": "BER", "issue_date": "2026-06-12",
        "lines": [{"description": "Beratung", "quantity": "4", "unit_price": "250.00"},
                  {"description": "Spende", "quantity": "1", "unit_price": "100.00",
                   "tax_rate": "0"}]})");
    r = run(
        { QStringLiteral("invoice"), QStringLiteral("create"), ber, QStringLiteral("--issue") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("total 1290.00 EUR"), r.out.constData());

    r = run({ QStringLiteral("report"), QStringLiteral("tax"), QStringLiteral("--from"),
              QStringLiteral("2026-06-01"), QStringLiteral("--to"), QStringLiteral("2026-06-30"),
              QStringLiteral("--format"), QStringLiteral("json") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject report = QJsonDocument::fromJson(r.out).object();
    QStringList rows;
    for (const QString &part : { QStringLiteral("rows"), QStringLiteral("totals") })
        for (const QJsonValue &v : report.value(part).toArray()) {
            const QJsonObject o = v.toObject();
            QStringList cells;
            for (const char *key :
                 { "currency", "country", "region", "category", "rate", "taxable", "tax", "check" })
                cells << o.value(QString::fromLatin1(key)).toString();
            rows << cells.join(u'|');
        }
    const QStringList expected {
        QStringLiteral("EUR|DE||override|0.00|100.00|0.00|"),
        QStringLiteral("EUR|DE||standard|19.00|1000.00|190.00|"),
        QStringLiteral("USD|US|NY|standard|4.00|250.00|10.00|"),
        // Totals: 1100.00 and 190.00 in euros, the journal's 190.00 the same.
        QStringLiteral("EUR|TOTAL||||1100.00|190.00|"),
        QStringLiteral("EUR|LEDGER||tax payable, net credits|||190.00|agrees with the ledger"),
        QStringLiteral("USD|TOTAL||||250.00|10.00|"),
        QStringLiteral("USD|LEDGER||tax payable, net credits|||10.00|agrees with the ledger"),
    };
    QCOMPARE(rows.join(u'\n'), expected.join(u'\n'));
    QCOMPARE(run({ QStringLiteral("audit"), QStringLiteral("verify") }).exitCode, 0);
}

void TestCli::invoiceLifeCycleFromTheCommandLine()
{
    const QString path = book(QStringLiteral("life.sqlite"));
    QCOMPARE(
        cli({ QStringLiteral("demo"), QStringLiteral("--db"), path, QStringLiteral("--invoices"),
              QStringLiteral("10"), QStringLiteral("--customers"), QStringLiteral("3"),
              QStringLiteral("--today"), QStringLiteral("2026-06-30") })
            .exitCode,
        0);
    const QString json = book(QStringLiteral("new-invoice.json"));
    QFile f(json);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"customer": "C00002", "issue_date": "2026-06-10", "due_date": "2026-07-10",
               "lines": [{"description": "Consulting, \"senior\"", "quantity": "10",
                          "unit_price": "150.00", "tax_rate": "20"},
                         {"product": "CORE", "quantity": "2", "tax_rate": "20"}]})");
    f.close();
    const QStringList db { QStringLiteral("--db"), path, QStringLiteral("--today"),
                           QStringLiteral("2026-06-30") };
    Run r = cli(QStringList { QStringLiteral("invoice"), QStringLiteral("create"), json,
                              QStringLiteral("--issue") }
                + db);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QByteArray number = r.out.split(' ').at(1);
    QVERIFY(number.startsWith("INV-2026-"));
    // 10 x 150.00 + 2 x 99.00 = 1698.00 net, 339.60 tax
    QVERIFY2(r.out.contains("total 2037.60 USD"), r.out.constData());
    r = cli(QStringList { QStringLiteral("invoice"), QStringLiteral("pay"),
                          QString::fromLatin1(number), QStringLiteral("--amount"),
                          QStringLiteral("2100.00"), QStringLiteral("--method"),
                          QStringLiteral("cheque") }
            + db);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.contains("62.40 kept as customer credit"));
    r = cli(QStringList { QStringLiteral("credit-note"), QStringLiteral("create"),
                          QStringLiteral("--invoice"), QString::fromLatin1(number),
                          QStringLiteral("--amount"), QStringLiteral("120.00"),
                          QStringLiteral("--reason"), QStringLiteral("Discount agreed") }
            + db);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli(QStringList { QStringLiteral("invoice"), QStringLiteral("show"),
                          QString::fromLatin1(number) }
            + db);
    QVERIFY(r.out.contains("Status:    Paid"));
    QVERIFY(r.out.contains("Balance:   0.00"));
    QCOMPARE(cli(QStringList { QStringLiteral("audit"), QStringLiteral("verify") } + db).exitCode,
             0);
    // Paying a paid invoice again is refused, and changes nothing.
    const QByteArray before = fileHash(path);
    r = cli(QStringList { QStringLiteral("invoice"), QStringLiteral("pay"),
                          QString::fromLatin1(number), QStringLiteral("--amount"),
                          QStringLiteral("1.00") }
            + db);
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(fileHash(path), before);
}

// The documents' settings through company set, and a credit note's PDF.
void TestCli::creditNotePdfAndDocumentSettings()
{
    const QString path = book(QStringLiteral("notes.sqlite"));
    const QStringList db { QStringLiteral("--db"), path, QStringLiteral("--today"),
                           QStringLiteral("2026-06-30") };
    QCOMPARE(
        cli(QStringList { QStringLiteral("demo"), QStringLiteral("--invoices"), QStringLiteral("5"),
                          QStringLiteral("--customers"), QStringLiteral("2") }
            + db)
            .exitCode,
        0);
    const QStringList set { QStringLiteral("company"), QStringLiteral("set") };
    Run r = cli(set
                + QStringList { QStringLiteral("--accent-color"), QStringLiteral("#8b0000"),
                                QStringLiteral("--registration-number"), QStringLiteral("HRB 4711"),
                                QStringLiteral("--bank-name"), QStringLiteral("Testbank"),
                                QStringLiteral("--show-customer-code"), QStringLiteral("yes") }
                + db);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli(QStringList { QStringLiteral("company"), QStringLiteral("show"),
                          QStringLiteral("--format"), QStringLiteral("csv") }
            + db);
    QVERIFY2(r.out.contains("#8B0000") && r.out.contains("HRB 4711") && r.out.contains("Testbank"),
             r.out.constData());
    r = cli(set + QStringList { QStringLiteral("--accent-color"), QStringLiteral("red") } + db);
    QVERIFY2(r.exitCode != 0 && r.err.contains("accent"), r.err.constData());
    r = cli(set + QStringList { QStringLiteral("--show-status-stamp"), QStringLiteral("maybe") }
            + db);
    QCOMPARE(r.exitCode, 2);

    r = cli(QStringList { QStringLiteral("invoice"), QStringLiteral("list"),
                          QStringLiteral("--status"), QStringLiteral("unpaid"),
                          QStringLiteral("--format"), QStringLiteral("csv") }
            + db);
    const QByteArray invoice = r.out.split('\n').value(1).split(',').value(0);
    QVERIFY2(invoice.startsWith("INV-"), r.out.constData());
    r = cli(QStringList { QStringLiteral("credit-note"), QStringLiteral("create"),
                          QStringLiteral("--invoice"), QString::fromLatin1(invoice),
                          QStringLiteral("--amount"), QStringLiteral("10.00"),
                          QStringLiteral("--reason"), QStringLiteral("Goodwill") }
            + db);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QByteArray note = r.out.split(' ').value(2);
    QVERIFY2(note.startsWith("CN-"), r.out.constData());
    const QString pdf = book(QStringLiteral("note.pdf"));
    r = cli(QStringList { QStringLiteral("credit-note"), QStringLiteral("pdf"),
                          QString::fromLatin1(note), QStringLiteral("--out"), pdf }
            + db);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QProcess text;
    text.start(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") });
    QVERIFY2(text.waitForFinished(30000), "pdftotext (poppler-utils) must be installed");
    const QByteArray words = text.readAllStandardOutput();
    QVERIFY2(words.contains(note) && words.contains(invoice) && words.contains("Goodwill"),
             words.constData());
    QVERIFY(words.contains("HRB 4711"));
    r = cli(QStringList { QStringLiteral("credit-note"), QStringLiteral("pdf"),
                          QStringLiteral("CN-1999-000001"), QStringLiteral("--out"), pdf }
            + db);
    QCOMPARE(r.exitCode, 1);
    r = cli(QStringList { QStringLiteral("credit-note"), QStringLiteral("pdf"),
                          QString::fromLatin1(note) }
            + db);
    QCOMPARE(r.exitCode, 2);
}

// Two open invoices of the same amount and a payment naming neither: the CLI
// refuses to guess, lists the choices, and pays the one named by --invoice.
void TestCli::ambiguousBankLineIsAcceptedForTheChosenInvoice()
{
    const QString path = book(QStringLiteral("ambiguous.sqlite"));
    const QStringList db { QStringLiteral("--db"), path, QStringLiteral("--today"),
                           QStringLiteral("2026-06-30") };
    QCOMPARE(
        cli(QStringList { QStringLiteral("demo"), QStringLiteral("--invoices"),
                          QStringLiteral("10"), QStringLiteral("--customers"), QStringLiteral("3") }
            + db)
            .exitCode,
        0);
    auto write = [this](const QString &name, const QByteArray &bytes) {
        QFile f(book(name));
        return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size() ? f.fileName()
                                                                              : QString();
    };
    QStringList numbers;
    for (const char *customer : { "C00001", "C00002" }) {
        const QString json = write(QStringLiteral("same-%1.json").arg(QLatin1String(customer)),
                                   QByteArray(R"({"customer": ")") + customer
                                       + R"(", "issue_date": "2026-06-10", "due_date": "2026-07-10",
               "lines": [{"description": "Workshop", "quantity": "1", "unit_price": "987.65",
                          "tax_rate": "0"}]})");
        const Run r = cli(QStringList { QStringLiteral("invoice"), QStringLiteral("create"), json,
                                        QStringLiteral("--issue") }
                          + db);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        numbers << QString::fromLatin1(r.out.split(' ').at(1));
    }
    const QString mapping = write(
        QStringLiteral("mapping.json"),
        R"({"name":"plain","date":"Date","amount":"Amount","reference":"Text","currency":"USD"})");
    QCOMPARE(cli(QStringList { QStringLiteral("bank"), QStringLiteral("mapping"), mapping } + db)
                 .exitCode,
             0);
    const QString statement
        = write(QStringLiteral("statement.csv"), "Date,Amount,Text\n2026-06-20,987.65,thank you\n");
    Run r = cli(QStringList { QStringLiteral("import"), QStringLiteral("bank"), statement,
                              QStringLiteral("--mapping"), QStringLiteral("plain") }
                + db);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli(QStringList { QStringLiteral("reconcile"), QStringLiteral("auto") } + db);
    QVERIFY2(r.out.contains("(1 ambiguous)"), r.out.constData());
    const QString line = QString::fromLatin1(r.out.mid(1, r.out.indexOf(' ') - 1));
    QVERIFY(line.toLongLong() > 0);

    const QByteArray before = fileHash(path);
    r = cli(QStringList { QStringLiteral("reconcile"), QStringLiteral("accept"), line } + db);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(numbers.at(0).toLatin1()) && r.err.contains(numbers.at(1).toLatin1()),
             r.err.constData());
    r = cli(QStringList { QStringLiteral("reconcile"), QStringLiteral("accept"), line,
                          QStringLiteral("--invoice"), QStringLiteral("INV-1999-000001") }
            + db);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("not INV-1999-000001"), r.err.constData());
    QCOMPARE(fileHash(path), before);

    r = cli(QStringList { QStringLiteral("reconcile"), QStringLiteral("accept"), line,
                          QStringLiteral("--invoice"), numbers.at(1) }
            + db);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    auto status = [&](const QString &number) {
        return cli(QStringList { QStringLiteral("invoice"), QStringLiteral("show"), number } + db)
            .out;
    };
    QVERIFY2(status(numbers.at(1)).contains("Status:    Paid"), status(numbers.at(1)).constData());
    QVERIFY(!status(numbers.at(0)).contains("Status:    Paid"));
    QCOMPARE(cli(QStringList { QStringLiteral("audit"), QStringLiteral("verify") } + db).exitCode,
             0);
}

void TestCli::badInvoiceDescriptionsNameTheField_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("not json") << QByteArray("{ oops") << QByteArray("bad.json: not valid JSON");
    QTest::newRow("unknown customer") << QByteArray(
        R"({"customer":"NOPE","issue_date":"2026-01-01","lines":[{"description":"x","unit_price":"1"}]})")
                                      << QByteArray("bad.json: customer: no customer");
    QTest::newRow("comma decimal") << QByteArray(
        R"({"customer":"C00001","issue_date":"2026-01-01","lines":[{"description":"x","unit_price":"1,5"}]})")
                                   << QByteArray("lines[1].unit_price");
    QTest::newRow("bad date") << QByteArray(
        R"({"customer":"C00001","issue_date":"2026-02-30","lines":[{"description":"x","unit_price":"1"}]})")
                              << QByteArray("issue_date");
    QTest::newRow("no lines") << QByteArray(
        R"({"customer":"C00001","issue_date":"2026-01-01","lines":[]})")
                              << QByteArray("lines");
    QTest::newRow("unknown currency") << QByteArray(
        R"({"customer":"C00001","currency":"XYZ","issue_date":"2026-01-01","lines":[{"description":"x","unit_price":"1"}]})")
                                      << QByteArray("currency");
    QTest::newRow("negative quantity") << QByteArray(
        R"({"customer":"C00001","issue_date":"2026-01-01","lines":[{"description":"x","unit_price":"1","quantity":"-2"}]})")
                                       << QByteArray("quantity");
    // Numbers that would wrap around or cannot be meant.
    QTest::newRow("discount past int") << QByteArray(
        R"({"customer":"C00001","issue_date":"2026-01-01","lines":[{"description":"x","unit_price":"1","discount":"42949672.96"}]})")
                                       << QByteArray(
                                              "lines[1].discount: 42949672.96 % is not between");
    QTest::newRow("tax rate over 100") << QByteArray(
        R"({"customer":"C00001","issue_date":"2026-01-01","lines":[{"description":"x","unit_price":"1","tax_rate":"101%"}]})")
                                       << QByteArray("lines[1].tax_rate: 101.00 % is not between");
    QTest::newRow("huge unit price") << QByteArray(
        R"({"customer":"C00001","issue_date":"2026-01-01","lines":[{"description":"x","unit_price":"92233720368547.75"}]})")
                                     << QByteArray("larger than Accrue accepts");
    QTest::newRow("huge line amount") << QByteArray(
        R"({"customer":"C00001","issue_date":"2026-01-01","lines":[{"description":"x","unit_price":"900000000000","quantity":"999999"}]})")
                                      << QByteArray("line's amount is larger than Accrue accepts");
    QTest::newRow("terms of a century") << QByteArray(
        R"({"customer":"C00001","issue_date":"2026-01-01","terms_days":"36500","lines":[{"description":"x","unit_price":"1"}]})")
                                        << QByteArray("terms_days: 36500 days are not plausible");
    QTest::newRow("due in 2999") << QByteArray(
        R"({"customer":"C00001","issue_date":"2026-01-01","due_date":"2999-01-01","lines":[{"description":"x","unit_price":"1"}]})")
                                 << QByteArray("due_date: the due date is more than 730 days");
    QTest::newRow("issued in year 1") << QByteArray(
        R"({"customer":"C00001","issue_date":"0001-01-01","lines":[{"description":"x","unit_price":"1"}]})")
                                      << QByteArray("issue_date: 0001-01-01 is not a plausible");
    QTest::newRow("NUL in description") << QByteArray(
        R"({"customer":"C00001","issue_date":"2026-01-01","lines":[{"description":"a\u0000b","unit_price":"1"}]})")
                                        << QByteArray("control characters");
    QTest::newRow("product priced in another currency") << QByteArray(
        R"({"customer":"C00001","currency":"EUR","issue_date":"2026-01-01","lines":[{"product":"CORE"}]})")
                                                        << QByteArray(
                                                               "lines[1].unit_price: missing: the "
                                                               "product “CORE” is priced in USD, "
                                                               "the invoice is in EUR");
}

void TestCli::badInvoiceDescriptionsNameTheField()
{
    QFETCH(QByteArray, json);
    QFETCH(QByteArray, message);
    const QString file = book(QStringLiteral("bad.json"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(json);
    f.close();
    const QByteArray before = fileHash(m_demo);
    const Run r = cli({ QStringLiteral("invoice"), QStringLiteral("create"), file,
                        QStringLiteral("--db"), m_demo });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(message), r.err.constData());
    QCOMPARE(fileHash(m_demo), before);
}

void TestCli::outputFileIsAllOrNothing()
{
    const QString out = book(QStringLiteral("aging.csv"));
    Run r = cli({ QStringLiteral("report"), QStringLiteral("ar-aging"), QStringLiteral("--db"),
                  m_demo, QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("-o"),
                  out });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(QFile(out).size() > 100);
    r = cli({ QStringLiteral("report"), QStringLiteral("ar-aging"), QStringLiteral("--db"), m_demo,
              QStringLiteral("-o"), QStringLiteral("/nonexistent/dir/out.csv") });
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("Cannot write"));
}

void TestCli::invoicesFromCsv()
{
    const QString path = book(QStringLiteral("csv.sqlite"));
    QCOMPARE(cli({ QStringLiteral("demo"), QStringLiteral("--db"), path,
                   QStringLiteral("--invoices"), QStringLiteral("5"), QStringLiteral("--customers"),
                   QStringLiteral("3"), QStringLiteral("--today"), QStringLiteral("2026-06-30") })
                 .exitCode,
             0);
    // Two invoices; a quoted description holds a comma, quotes and a line break;
    // the second invoice repeats its header fields on each row, with a BOM and CRLF.
    const QString file = book(QStringLiteral("invoices.csv"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("\xEF\xBB\xBFinvoice,customer,issue_date,due_date,description,quantity,unit_price,"
            "tax_rate,product\r\n"
            "A,C00001,2026-06-01,2026-07-01,\"Consulting, \"\"senior\"\"\nsecond line\",10,"
            "150.00,20,\r\n"
            "A,,,,,2,,20,CORE\r\n"
            "B,C00002,2026-06-02,2026-06-16,Support,1,80.00,0,\r\n"
            "B,C00002,2026-06-02,2026-06-16,Training,3,25.50,0,\r\n");
    f.close();
    const QStringList db { QStringLiteral("--db"), path, QStringLiteral("--today"),
                           QStringLiteral("2026-06-30") };
    const Run r = cli(QStringList { QStringLiteral("invoice"), QStringLiteral("create"), file,
                                    QStringLiteral("--issue") }
                      + db);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    // A: 10 x 150.00 + 2 x 99.00 = 1698.00, 20% tax 339.60. B: 80.00 + 76.50 = 156.50.
    QVERIFY2(r.out.contains("total 2037.60 USD"), r.out.constData());
    QVERIFY2(r.out.contains("total 156.50"), r.out.constData());
    QCOMPARE(r.out.count("Issued INV-2026-"), 2);
    const QByteArray number = r.out.split('\n').first().split(' ').at(1);
    const Run show = cli(QStringList { QStringLiteral("invoice"), QStringLiteral("show"),
                                       QString::fromLatin1(number) }
                         + db);
    QVERIFY2(show.out.contains("1. Consulting, \"senior\"\nsecond line"), show.out.constData());
    QVERIFY(show.out.contains("2. Core Platform"));
}

void TestCli::badInvoiceCsvNamesLineAndColumn_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QByteArray>("message");
    const QByteArray header = "invoice,customer,issue_date,description,quantity,unit_price\n";
    QTest::newRow("comma decimal on line 4") << header
            + "A,C00001,2026-01-01,x,1,1.00\nB,C00001,2026-01-01,y,1,2.00\n"
              "B,C00001,2026-01-01,z,1,\"1,5\"\n"
                                             << QByteArray("bad.csv:4: unit_price");
    QTest::newRow("negative quantity on line 3")
        << header + "A,C00001,2026-01-01,x,1,1.00\nA,,,y,-2,1.00\n"
        << QByteArray("bad.csv:3: quantity: the quantity must be greater than zero");
    QTest::newRow("unknown customer") << header + "A,NOPE,2026-01-01,x,1,1.00\n"
                                      << QByteArray("bad.csv:2: customer");
    QTest::newRow("customer differs within an invoice")
        << header + "A,C00001,2026-01-01,x,1,1.00\nA,C00002,,y,1,1.00\n"
        << QByteArray("bad.csv:3: customer: “C00002” differs");
    QTest::newRow("bad date") << header + "A,C00001,2026-13-01,x,1,1.00\n"
                              << QByteArray("bad.csv:2: issue_date");
    QTest::newRow("unknown column") << QByteArray("customer,colour\nC00001,red\n")
                                    << QByteArray("bad.csv:1: unknown column “colour”");
    QTest::newRow("too many fields") << header + "A,C00001,2026-01-01,x,1,1.00,extra\n"
                                     << QByteArray("bad.csv:2: 7 fields");
    QTest::newRow("row cut short")
        << header + "A,C00001,2026-01-01,x,1,1.00\nB,C00001,2026-01-01,y\n"
        << QByteArray("bad.csv:3: quantity: missing; the row has 4 fields");
    QTest::newRow("open quote") << header + "A,C00001,2026-01-01,\"x,1,1.00\n"
                                << QByteArray("bad.csv:2: a quoted field is not closed");
    QTest::newRow("latin-1 bytes on line 3")
        << header + "A,C00001,2026-01-01,x,1,1.00\nA,,,Caf\xe9,1,1.00\n"
        << QByteArray("bad.csv:3: the file is not UTF-8");
}

void TestCli::badInvoiceCsvNamesLineAndColumn()
{
    QFETCH(QByteArray, csv);
    QFETCH(QByteArray, message);
    const QString file = book(QStringLiteral("bad.csv"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(csv);
    f.close();
    const QByteArray before = fileHash(m_demo);
    const Run r = cli({ QStringLiteral("invoice"), QStringLiteral("create"), file,
                        QStringLiteral("--issue"), QStringLiteral("--db"), m_demo });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(message), r.err.constData());
    // Nothing of the file is kept, not even the good invoices before the bad row.
    QCOMPARE(fileHash(m_demo), before);
}

// Subscriptions on a demo book, from the CLI: the demo's history bills
// through June, so a run on July 1 bills July only; a new subscription, a
// seat change prorated by days, a second run that makes nothing, imports
// all or nothing.
void TestCli::subscriptionsAndBillingRunFromTheCli()
{
    const QString path = book(QStringLiteral("subscriptions.sqlite"));
    const QStringList db { QStringLiteral("--db"), path, QStringLiteral("--today"),
                           QStringLiteral("2026-06-30") };
    auto run = [&](const QStringList &args) { return cli(args + db); };
    Run r = run({ QStringLiteral("demo"), QStringLiteral("--customers"), QStringLiteral("5"),
                  QStringLiteral("--invoices"), QStringLiteral("60") });
    QVERIFY2(r.exitCode == 0, r.err.constData());

    r = run({ QStringLiteral("subscription"), QStringLiteral("list"), QStringLiteral("--format"),
              QStringLiteral("json") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonArray subs
        = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("rows")).toArray();
    QCOMPARE(subs.size(), 5);
    for (const QJsonValue &sub : subs)
        QCOMPARE(sub.toObject().value(QStringLiteral("renewal")).toString(),
                 QStringLiteral("2026-07-01"));

    // A sixth: 3 seats of STARTER-M (49.00 a seat) from July 1.
    r = run({ QStringLiteral("subscription"), QStringLiteral("add"), QStringLiteral("--customer"),
              QStringLiteral("C00001"), QStringLiteral("--plan"), QStringLiteral("STARTER-M"),
              QStringLiteral("--licenses"), QStringLiteral("3"), QStringLiteral("--start"),
              QStringLiteral("2026-07-01") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("Added subscription 6"), r.out.constData());

    const QStringList july { QStringLiteral("billing"), QStringLiteral("run"),
                             QStringLiteral("--date"), QStringLiteral("2026-07-01") };
    r = run(july
            + QStringList { QStringLiteral("--preview"), QStringLiteral("--format"),
                            QStringLiteral("json") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonArray preview
        = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("rows")).toArray();
    QCOMPARE(preview.size(), 6); // July for each, nothing of the two years before
    QCOMPARE(preview.last().toObject().value(QStringLiteral("net")).toString(),
             QStringLiteral("147.00")); // 3 x 49.00
    r = run(july);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("6 invoice(s) issued"), r.out.constData());
    r = run(july);
    QVERIFY2(r.out.contains("0 invoice(s)"), r.out.constData());

    // 5 seats from July 16: 16 of 31 days. Credit 147.00 x 16/31 = 75.87,
    // charge 245.00 x 16/31 = 126.45, net 50.58 on one invoice.
    r = run({ QStringLiteral("subscription"), QStringLiteral("change"), QStringLiteral("6"),
              QStringLiteral("--licenses"), QStringLiteral("5"), QStringLiteral("--date"),
              QStringLiteral("2026-07-16") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QStringList mid { QStringLiteral("billing"),  QStringLiteral("run"),
                            QStringLiteral("--date"),   QStringLiteral("2026-07-16"),
                            QStringLiteral("--format"), QStringLiteral("csv") };
    r = run(mid);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("chg:") && r.out.contains("50.58"), r.out.constData());
    r = run(mid);
    QVERIFY2(!r.out.contains("chg:"), r.out.constData());
    r = run({ QStringLiteral("subscription"), QStringLiteral("show"), QStringLiteral("6") });
    QVERIFY2(r.out.contains("quantity 3 → 5") && r.out.contains("billed"), r.out.constData());

    // Import: one bad row and nothing is added; then the good file.
    const QString csv = book(QStringLiteral("subscriptions.csv"));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("customer,plan,licenses\nC00002,GROWTH-M,2\nC00003,GROWTH-M,many\n");
    f.close();
    r = run({ QStringLiteral("subscription"), QStringLiteral("import"), csv });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("subscriptions.csv:3: licenses"), r.err.constData());
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("customer,plan,licenses\nC00002,GROWTH-M,2\nC00003,NOPE,1\n");
    f.close();
    r = run({ QStringLiteral("subscription"), QStringLiteral("import"), csv });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("subscriptions.csv:3: plan"), r.err.constData());
    const QStringList list { QStringLiteral("subscription"), QStringLiteral("list"),
                             QStringLiteral("--customer"),   QStringLiteral("C00002"),
                             QStringLiteral("--format"),     QStringLiteral("csv") };
    const qsizetype before = run(list).out.count('\n');
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("customer,plan,licenses\nC00002,GROWTH-M,2\n");
    f.close();
    r = run({ QStringLiteral("subscription"), QStringLiteral("import"), csv });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(run(list).out.count('\n'), before + 1);
}

// A EUR and a USD customer, the ECB's rates imported, revenue reported in
// EUR, and a USD payment for a EUR invoice.
void TestCli::ratesAndAReportInAnotherCurrency()
{
    const QString path = book(QStringLiteral("fx.sqlite"));
    const QStringList db { QStringLiteral("--db"), path, QStringLiteral("--today"),
                           QStringLiteral("2026-06-30") };
    auto run = [&](const QStringList &args) { return cli(args + db); };
    QCOMPARE(run({ QStringLiteral("init") }).exitCode, 0);
    for (const auto &[code, currency] :
         { std::pair { "EURO", "EUR" }, std::pair { "YANK", "USD" } })
        QCOMPARE(run({ QStringLiteral("customer"), QStringLiteral("add"), QString::fromLatin1(code),
                       QStringLiteral("--name"), QString::fromLatin1(code),
                       QStringLiteral("--currency"), QString::fromLatin1(currency) })
                     .exitCode,
                 0);
    QStringList numbers;
    for (const auto &[code, currency, price] :
         { std::tuple { "EURO", "EUR", "1000.00" }, std::tuple { "YANK", "USD", "500.00" } }) {
        const QString json = book(QStringLiteral("fx-%1.json").arg(QString::fromLatin1(code)));
        QFile f(json);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral(R"({"customer": "%1", "issue_date": "2026-05-04",
               "due_date": "2026-06-03", "currency": "%2",
               "lines": [{"description": "Work", "quantity": "1", "unit_price": "%3"}]})")
                    .arg(QString::fromLatin1(code), QString::fromLatin1(currency),
                         QString::fromLatin1(price))
                    .toUtf8());
        f.close();
        const Run r = run({ QStringLiteral("invoice"), QStringLiteral("create"), json,
                            QStringLiteral("--issue") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        numbers << QString::fromLatin1(r.out.split(' ').at(1));
    }

    // The ECB's history layout: EUR/USD 1.25 on 4 May (USD -> EUR 0.8).
    const QString rates = book(QStringLiteral("eurofxref-hist.csv"));
    QFile f(rates);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("Date,USD,JPY,BGN,\n2026-05-05,1.2600,162.10,1.9558,\n"
            "2026-05-04,1.2500,161.42,1.9558,\n");
    f.close();
    Run r = run({ QStringLiteral("rate"), QStringLiteral("import"), rates });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("6 new"), r.out.constData());
    r = run({ QStringLiteral("rate"), QStringLiteral("import"), rates });
    QVERIFY2(r.out.contains("0 new") && r.out.contains("6 already stored"), r.out.constData());
    r = run({ QStringLiteral("rate"), QStringLiteral("list"), QStringLiteral("--quote"),
              QStringLiteral("USD"), QStringLiteral("--format"), QStringLiteral("csv") });
    QVERIFY2(r.out.contains("2026-05-04,EUR,USD,1.25,eurofxref-hist.csv"), r.out.constData());

    // Revenue in EUR: 1000.00 + USD 500.00 x 0.8 = 1400.00.
    r = run({ QStringLiteral("report"), QStringLiteral("monthly-revenue"), QStringLiteral("--from"),
              QStringLiteral("2026-05-01"), QStringLiteral("--to"), QStringLiteral("2026-05-31"),
              QStringLiteral("--reporting-currency"), QStringLiteral("EUR"),
              QStringLiteral("--format"), QStringLiteral("json") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject report = QJsonDocument::fromJson(r.out).object();
    QVERIFY2(report.value(QStringLiteral("title"))
                 .toString()
                 .endsWith(QStringLiteral("in EUR at the rates of each document's date")),
             r.out.constData());
    const QJsonArray rows = report.value(QStringLiteral("rows")).toArray();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).toObject().value(QStringLiteral("month")).toString(),
             QStringLiteral("2026-05"));
    QCOMPARE(rows.at(0).toObject().value(QStringLiteral("revenue")).toString(),
             QStringLiteral("1400.00"));
    const QJsonArray totals = report.value(QStringLiteral("totals")).toArray();
    QCOMPARE(totals.size(), 1);
    QCOMPARE(totals.at(0).toObject().value(QStringLiteral("revenue")).toString(),
             QStringLiteral("1400.00"));
    QVERIFY(rows.at(0)
                .toObject()
                .value(QStringLiteral("conversion"))
                .toString()
                .contains(QStringLiteral("in EUR")));

    // AR aging in EUR on 30 June: both invoices due 3 June, 27 days late;
    // EURO 1000.00, YANK USD 500.00 x 0.8 (4 May) = 400.00, in all 1400.00.
    // DSO: each was invoiced in the 90 days, open in full: 90.0 days.
    r = run({ QStringLiteral("report"), QStringLiteral("ar-aging"),
              QStringLiteral("--reporting-currency"), QStringLiteral("EUR"),
              QStringLiteral("--format"), QStringLiteral("csv") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.out,
             QByteArray("customer_code,customer,currency,current,days_1_30,days_31_60,days_61_90,"
                        "days_90_plus,total,dso,conversion,disputed\r\n"
                        "EURO,EURO,EUR,0.00,1000.00,0.00,0.00,0.00,1000.00,90.0,"
                        "in EUR at the rates of each document's date,0.00\r\n"
                        "YANK,YANK,EUR,0.00,400.00,0.00,0.00,0.00,400.00,90.0,"
                        "in EUR at the rates of each document's date,0.00\r\n"
                        ",TOTAL,EUR,0.00,1400.00,0.00,0.00,0.00,1400.00,90.0,"
                        "in EUR at the rates of each document's date,0.00\r\n"));

    // USD for the EUR invoice: refused without a rate, taken with the book's.
    const QStringList pay {
        QStringLiteral("invoice"),  QStringLiteral("pay"),     numbers.at(0),
        QStringLiteral("--amount"), QStringLiteral("1230.00"), QStringLiteral("--currency"),
        QStringLiteral("USD"),      QStringLiteral("--date"),  QStringLiteral("2026-05-20")
    };
    r = run(pay);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("give the exchange rate"), r.err.constData());
    // 1 / 1.26 (5 May, the latest before the 20th) = 0.7936507937: USD
    // 1230.00 -> EUR 976.19, more than 2 % short of 1000.00: 23.81 stays open.
    r = run(pay + QStringList { QStringLiteral("--rate-from-book") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("now owes 23.81"), r.out.constData());
    QCOMPARE(run({ QStringLiteral("audit"), QStringLiteral("verify") }).exitCode, 0);
}

// A new book set up with accrue-cli alone: the company, a tax rate, a
// customer, a product, a per-seat plan, a subscription, the billing run (as
// a draft), issuing, paying; the statement of account shows it all.
void TestCli::newBookThroughTheCliAlone()
{
    const QString path = book(QStringLiteral("fresh.sqlite"));
    const QStringList db { QStringLiteral("--db"), path, QStringLiteral("--today"),
                           QStringLiteral("2026-06-30") };
    auto ok = [&](const QStringList &args) {
        const Run r = cli(args + db);
        if (r.exitCode != 0)
            qWarning() << args << r.err;
        return r;
    };
    QCOMPARE(ok({ QStringLiteral("init") }).exitCode, 0);
    QCOMPARE(ok({ QStringLiteral("company"), QStringLiteral("set"), QStringLiteral("--name"),
                  QStringLiteral("Nordlicht Software GmbH"), QStringLiteral("--currency"),
                  QStringLiteral("EUR"), QStringLiteral("--tax-country"), QStringLiteral("DE") })
                 .exitCode,
             0);
    QCOMPARE(ok({ QStringLiteral("tax-rate"), QStringLiteral("add"), QStringLiteral("--country"),
                  QStringLiteral("DE"), QStringLiteral("--category"), QStringLiteral("standard"),
                  QStringLiteral("--rate"), QStringLiteral("19"), QStringLiteral("--name"),
                  QStringLiteral("USt 19 %") })
                 .exitCode,
             0);
    QCOMPARE(ok({ QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("ACME"),
                  QStringLiteral("--name"), QStringLiteral("Acme GmbH"),
                  QStringLiteral("--currency"), QStringLiteral("EUR"), QStringLiteral("--country"),
                  QStringLiteral("DE"), QStringLiteral("--city"), QStringLiteral("Berlin") })
                 .exitCode,
             0);
    QCOMPARE(ok({ QStringLiteral("product"), QStringLiteral("add"), QStringLiteral("SEATS"),
                  QStringLiteral("--name"), QStringLiteral("Seats"), QStringLiteral("--price"),
                  QStringLiteral("10.00"), QStringLiteral("--currency"), QStringLiteral("EUR"),
                  QStringLiteral("--unit"), QStringLiteral("seat") })
                 .exitCode,
             0);
    QCOMPARE(ok({ QStringLiteral("plan"), QStringLiteral("add"), QStringLiteral("SEATS-M"),
                  QStringLiteral("--product"), QStringLiteral("SEATS"), QStringLiteral("--name"),
                  QStringLiteral("Seats, monthly"), QStringLiteral("--period"),
                  QStringLiteral("monthly"), QStringLiteral("--price"), QStringLiteral("10.00"),
                  QStringLiteral("--currency"), QStringLiteral("EUR"), QStringLiteral("--pricing"),
                  QStringLiteral("per_unit") })
                 .exitCode,
             0);
    QCOMPARE(ok({ QStringLiteral("subscription"), QStringLiteral("add"),
                  QStringLiteral("--customer"), QStringLiteral("ACME"), QStringLiteral("--plan"),
                  QStringLiteral("SEATS-M"), QStringLiteral("--licenses"), QStringLiteral("3"),
                  QStringLiteral("--start"), QStringLiteral("2026-06-01") })
                 .exitCode,
             0);
    // More customers from another tool's export, its columns mapped.
    const QString exported = book(QStringLiteral("kunden.csv"));
    const QString mapping = book(QStringLiteral("kunden.json"));
    for (const auto &[name, bytes] :
         { std::pair { exported, QByteArray("Nr;Firma;Waehrung\r\nK9;Kunde Neun;EUR\r\n") },
           std::pair { mapping, QByteArray(R"({"delimiter": ";", "columns": {"code": "Nr",
                                              "name": "Firma", "currency": "Waehrung"}})") } }) {
        QFile f(name);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    // Without the mapping its header is refused, naming the file and line.
    const Run refused
        = cli(QStringList { QStringLiteral("customer"), QStringLiteral("import"), exported } + db);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("kunden.csv:1:"), refused.err.constData());
    QCOMPARE(ok({ QStringLiteral("customer"), QStringLiteral("import"), exported,
                  QStringLiteral("--mapping"), mapping })
                 .exitCode,
             0);
    QVERIFY(ok({ QStringLiteral("customer"), QStringLiteral("show"), QStringLiteral("K9") })
                .out.contains("Kunde Neun"));
    // June, 3 seats x 10.00 = 30.00, left as a draft to look at first.
    Run r = ok({ QStringLiteral("billing"), QStringLiteral("run"), QStringLiteral("--date"),
                 QStringLiteral("2026-06-01"), QStringLiteral("--draft") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("1 invoice(s)"), r.out.constData());
    // Issued: 30.00 + 19 % (5.70) = 35.70.
    r = ok({ QStringLiteral("invoice"), QStringLiteral("issue"), QStringLiteral("1") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("total 35.70 EUR"), r.out.constData());
    const QString number
        = QString::fromUtf8(r.out).section(u' ', 1, 1); // "Issued INV-2026-000001 (..."
    QVERIFY2(number.startsWith(QStringLiteral("INV")), r.out.constData());
    QCOMPARE(
        ok({ QStringLiteral("invoice"), QStringLiteral("pay"), number, QStringLiteral("--amount"),
             QStringLiteral("35.70"), QStringLiteral("--date"), QStringLiteral("2026-06-20") })
            .exitCode,
        0);
    r = ok({ QStringLiteral("report"), QStringLiteral("statement-of-account"),
             QStringLiteral("--customer"), QStringLiteral("ACME"), QStringLiteral("--from"),
             QStringLiteral("2026-06-01"), QStringLiteral("--to"), QStringLiteral("2026-06-30"),
             QStringLiteral("--format"), QStringLiteral("csv") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(number.toUtf8()), r.out.constData());
    // Opening 0.00, the invoice 35.70 (balance 35.70), the payment 35.70
    // (balance 0.00), closing: charges 35.70, credits 35.70, balance 0.00.
    QVERIFY2(r.out.contains(QByteArray(QByteArray("Invoice,") + number.toUtf8() + ",35.70,,35.70")),
             r.out.constData());
    QVERIFY2(r.out.contains("2026-06-20,Payment,,,35.70,0.00"), r.out.constData());
    QVERIFY2(r.out.contains("2026-06-30,Closing balance,,35.70,35.70,0.00"), r.out.constData());
    // Run again for June: nothing more.
    r = ok({ QStringLiteral("billing"), QStringLiteral("run"), QStringLiteral("--date"),
             QStringLiteral("2026-06-01") });
    QVERIFY2(r.out.contains("0 invoice(s)"), r.out.constData());
}

// Receipts, disputes and write-offs on a new book: a payment's receipt as a
// list, a show and a PDF; a disputed invoice in the aging's last column; the
// 90+ bucket written off (first as a dry run); a single write-off that
// resolves the invoice's dispute.
void TestCli::receiptsDisputesAndWriteOffs()
{
    const QString path = book(QStringLiteral("collect.sqlite"));
    const QStringList db { QStringLiteral("--db"), path, QStringLiteral("--today"),
                           QStringLiteral("2026-06-30") };
    auto run = [&](const QStringList &args) { return cli(args + db); };
    QCOMPARE(run({ QStringLiteral("init") }).exitCode, 0);
    QCOMPARE(run({ QStringLiteral("company"), QStringLiteral("set"), QStringLiteral("--name"),
                   QStringLiteral("Nordlicht GmbH"), QStringLiteral("--currency"),
                   QStringLiteral("EUR") })
                 .exitCode,
             0);
    QCOMPARE(run({ QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("ACME"),
                   QStringLiteral("--name"), QStringLiteral("Acme GmbH"),
                   QStringLiteral("--currency"), QStringLiteral("EUR") })
                 .exitCode,
             0);
    // INV-2026-000001: 100.00, due 9 February (141 days late on 30 June);
    // INV-2026-000002: 50.00, due 1 July.
    const char *invoices[] = {
        R"({"customer": "ACME", "issue_date": "2026-01-10", "due_date": "2026-02-09",
            "lines": [{"description": "Old work", "quantity": "1", "unit_price": "100.00",
                       "tax_rate": "0"}]})",
        R"({"customer": "ACME", "issue_date": "2026-06-01", "due_date": "2026-07-01",
            "lines": [{"description": "New work", "quantity": "1", "unit_price": "50.00",
                       "tax_rate": "0"}]})"
    };
    Run r {};
    for (const char *invoice : invoices) {
        const QString json = book(QStringLiteral("collect.json"));
        QFile f(json);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(invoice);
        f.close();
        r = run({ QStringLiteral("invoice"), QStringLiteral("create"), json,
                  QStringLiteral("--issue") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }
    const QString first = QStringLiteral("INV-2026-000001");
    const QString second = QStringLiteral("INV-2026-000002");

    r = run({ QStringLiteral("invoice"), QStringLiteral("pay"), first, QStringLiteral("--amount"),
              QStringLiteral("40.00"), QStringLiteral("--date"), QStringLiteral("2026-02-01"),
              QStringLiteral("--reference"), QStringLiteral("Wire 7") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = run({ QStringLiteral("receipt"), QStringLiteral("list"), QStringLiteral("--format"),
              QStringLiteral("csv") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("RCT-2026-000001,2026-02-01,ACME,Acme GmbH,EUR,40.00,bank_transfer,"
                            "Wire 7"),
             r.out.constData());
    r = run({ QStringLiteral("receipt"), QStringLiteral("show"), QStringLiteral("RCT-2026-000001"),
              QStringLiteral("--format"), QStringLiteral("json") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("applied 40.00, balance after 60.00 EUR"), r.out.constData());
    const QString pdf = book(QStringLiteral("receipt.pdf"));
    r = run({ QStringLiteral("receipt"), QStringLiteral("pdf"), QStringLiteral("RCT-2026-000001"),
              QStringLiteral("--out"), pdf });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QFile written(pdf);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QVERIFY(written.readAll().startsWith("%PDF"));
    QCOMPARE(run({ QStringLiteral("receipt"), QStringLiteral("pdf"), QStringLiteral("RCT-9"),
                   QStringLiteral("--out"), book(QStringLiteral("none.pdf")) })
                 .exitCode,
             1);

    r = run({ QStringLiteral("invoice"), QStringLiteral("dispute"), second,
              QStringLiteral("--reason"), QStringLiteral("Wrong seats"), QStringLiteral("--note"),
              QStringLiteral("Called their AP") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    // Open on 30 June: 60.00 (90+) and 50.00 (current), 50.00 of it disputed.
    r = run({ QStringLiteral("report"), QStringLiteral("ar-aging"), QStringLiteral("--as-of"),
              QStringLiteral("2026-06-30"), QStringLiteral("--format"), QStringLiteral("csv") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("ACME,Acme GmbH,EUR,50.00,0.00,0.00,0.00,60.00,110.00,"),
             r.out.constData());
    QVERIFY2(r.out.split('\n').at(1).trimmed().endsWith(",50.00"), r.out.constData());

    // The dry run lists the 90+ invoice and changes nothing.
    const QStringList bulk { QStringLiteral("write-off"),  QStringLiteral("--older-than"),
                             QStringLiteral("90"),         QStringLiteral("--as-of"),
                             QStringLiteral("2026-06-30"), QStringLiteral("--format"),
                             QStringLiteral("csv") };
    const QByteArray before = fileHash(path);
    r = run(bulk + QStringList { QStringLiteral("--dry-run") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("INV-2026-000001,ACME,2026-02-09,EUR,60.00"), r.out.constData());
    QVERIFY(!r.out.contains(second.toLatin1()));
    QCOMPARE(fileHash(path), before);
    QCOMPARE(run(bulk).exitCode, 2); // a write-off needs a reason
    r = run(bulk + QStringList { QStringLiteral("--reason"), QStringLiteral("Insolvent") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("INV-2026-000001,ACME,2026-02-09,EUR,60.00"), r.out.constData());
    r = run({ QStringLiteral("invoice"), QStringLiteral("show"), first });
    QVERIFY2(r.out.contains("Uncollectible"), r.out.constData());

    QCOMPARE(run({ QStringLiteral("invoice"), QStringLiteral("resolve-dispute"), second,
                   QStringLiteral("--by"), QStringLiteral("lawyers") })
                 .exitCode,
             2);
    r = run({ QStringLiteral("invoice"), QStringLiteral("write-off"), second,
              QStringLiteral("--reason"), QStringLiteral("Goodwill") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("Wrote off 50.00 EUR of INV-2026-000002"), r.out.constData());
    // The write-off resolved the dispute: nothing is left to resolve.
    QCOMPARE(run({ QStringLiteral("invoice"), QStringLiteral("resolve-dispute"), second,
                   QStringLiteral("--by"), QStringLiteral("withdrawn") })
                 .exitCode,
             1);
    QCOMPARE(run({ QStringLiteral("audit"), QStringLiteral("verify") }).exitCode, 0);
}

// A new book for Nordlicht GmbH (EUR) with customer ACME (ap@acme.example)
// and INV-2026-000001 issued on 1 June 2026, due 1 July, one line of
// `price` at no tax. Sets `db` to the --db/--today arguments for it.
// accrue-cli export journal and export mapping (issue 16): refused while
// unmapped, naming the account; mapped from the CSV `show` writes; ledger
// exports repeat byte for byte and pass hledger's strict check.
void TestCli::exportJournalAndMapping()
{
    QStringList db;
    QVERIFY(acmeBookWithInvoice(QStringLiteral("jexport"), QStringLiteral("100.00"), db));
    QString note;
    QVERIFY(payAndCredit(db, note));
    auto run = [&](const QStringList &args) { return cli(args + db); };
    const QString netsuite = book(QStringLiteral("jexport-ns.csv"));
    const QStringList exportNs { QStringLiteral("export"),   QStringLiteral("journal"),
                                 QStringLiteral("--format"), QStringLiteral("netsuite"),
                                 QStringLiteral("-o"),       netsuite };
    Run r = run(exportNs);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("account 1000 Bank has no NetSuite account: set it in Settings > "
                            "Accounting Export or with accrue-cli export mapping"),
             r.err.constData());
    QVERIFY(!QFile::exists(netsuite));

    // Every account as NS-<code>, written into the CSV `show -o` gives.
    const QString mapping = book(QStringLiteral("jexport-map.csv"));
    r = run({ QStringLiteral("export"), QStringLiteral("mapping"), QStringLiteral("show"),
              QStringLiteral("--format"), QStringLiteral("netsuite"), QStringLiteral("-o"),
              mapping });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QFile f(mapping);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QList<QByteArray> lines = f.readAll().split('\n');
    f.close();
    QCOMPARE(lines.first().trimmed(),
             QByteArray("kind,source_key,target_code,target_name,accrue_name"));
    for (QByteArray &line : lines) {
        const QList<QByteArray> cells = line.split(',');
        if (cells.first() == "account")
            line = "account," + cells.at(1) + ",NS-" + cells.at(1) + ",,";
    }
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(lines.join('\n'));
    f.close();
    r = run({ QStringLiteral("export"), QStringLiteral("mapping"), QStringLiteral("set"), mapping,
              QStringLiteral("--format"), QStringLiteral("netsuite") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("mapping(s) changed"), r.out.constData());

    r = run(exportNs);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QFile ns(netsuite);
    QVERIFY(ns.open(QIODevice::ReadOnly));
    const QByteArray rows = ns.readAll();
    // The invoice: 100.00 without tax, Dr 1100 / Cr 4000.
    QVERIFY2(
        rows.startsWith("External ID,Date,Subsidiary,Currency,Account,Debit,Credit,Memo,Name\r\n"
                        "ACCRUE-JE-1,06/01/2026,,EUR,NS-1100,100.00,,INV-2026-000001 invoice "
                        "issued,Acme GmbH\r\n"
                        "ACCRUE-JE-1,06/01/2026,,EUR,NS-4000,,100.00,INV-2026-000001 invoice "
                        "issued,Acme GmbH\r\n"),
        rows.constData());

    const QString first = book(QStringLiteral("jexport-1.journal"));
    const QString second = book(QStringLiteral("jexport-2.journal"));
    for (const QString &file : { first, second }) {
        r = run({ QStringLiteral("export"), QStringLiteral("journal"), QStringLiteral("--format"),
                  QStringLiteral("ledger"), QStringLiteral("--from"), QStringLiteral("2026-06-01"),
                  QStringLiteral("--to"), QStringLiteral("2026-06-30"), QStringLiteral("-o"),
                  file });
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }
    QCOMPARE(fileHash(first), fileHash(second));
    QProcess hledger;
    hledger.start(
        QStringLiteral("hledger"),
        { QStringLiteral("-f"), first, QStringLiteral("check"), QStringLiteral("--strict") });
    QVERIFY2(hledger.waitForFinished(60000),
             "hledger is missing (scripts/install-deps.sh --tests)");
    QVERIFY2(hledger.exitCode() == 0, hledger.readAllStandardError().constData());

    r = run({ QStringLiteral("export"), QStringLiteral("journal"), QStringLiteral("--format"),
              QStringLiteral("qif"), QStringLiteral("-o"), first });
    QCOMPARE(r.exitCode, 2);
    r = run({ QStringLiteral("export"), QStringLiteral("mapping"), QStringLiteral("show"),
              QStringLiteral("--format"), QStringLiteral("ledger") });
    QCOMPARE(r.exitCode, 2);
}

bool TestCli::acmeBookWithInvoice(const QString &name, const QString &price, QStringList &db)
{
    db = QStringList { QStringLiteral("--db"), book(name + QStringLiteral(".sqlite")),
                       QStringLiteral("--today"), QStringLiteral("2026-06-30") };
    const QString json = book(name + QStringLiteral("-invoice.json"));
    QFile f(json);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    f.write(QStringLiteral(R"({"customer": "ACME", "issue_date": "2026-06-01",
        "due_date": "2026-07-01", "lines": [{"description": "Work", "quantity": "1",
        "unit_price": "%1", "tax_rate": "0"}]})")
                .arg(price)
                .toUtf8());
    f.close();
    const QList<QStringList> steps {
        { QStringLiteral("init") },
        { QStringLiteral("company"), QStringLiteral("set"), QStringLiteral("--name"),
          QStringLiteral("Nordlicht GmbH"), QStringLiteral("--currency"), QStringLiteral("EUR") },
        { QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("ACME"),
          QStringLiteral("--name"), QStringLiteral("Acme GmbH"), QStringLiteral("--currency"),
          QStringLiteral("EUR"), QStringLiteral("--email"), QStringLiteral("ap@acme.example") },
        { QStringLiteral("invoice"), QStringLiteral("create"), json, QStringLiteral("--issue") },
    };
    for (const QStringList &step : steps) {
        const Run r = cli(step + db);
        if (r.exitCode != 0) {
            qWarning("%s: %s", qPrintable(step.join(u' ')), r.err.constData());
            return false;
        }
    }
    return true;
}

// On the acmeBookWithInvoice book: 30.00 paid on 10 June (receipt
// RCT-2026-000001) and a 10.00 goodwill credit note, whose number goes to
// `note`.
bool TestCli::payAndCredit(const QStringList &db, QString &note)
{
    Run r = cli(QStringList { QStringLiteral("invoice"), QStringLiteral("pay"),
                              QStringLiteral("INV-2026-000001"), QStringLiteral("--amount"),
                              QStringLiteral("30.00"), QStringLiteral("--date"),
                              QStringLiteral("2026-06-10") }
                + db);
    if (r.exitCode != 0) {
        qWarning("invoice pay: %s", r.err.constData());
        return false;
    }
    r = cli(QStringList { QStringLiteral("credit-note"), QStringLiteral("create"),
                          QStringLiteral("--invoice"), QStringLiteral("INV-2026-000001"),
                          QStringLiteral("--amount"), QStringLiteral("10.00"),
                          QStringLiteral("--reason"), QStringLiteral("Goodwill") }
            + db);
    note = QString::fromLatin1(r.out.split(' ').value(2));
    if (r.exitCode != 0 || !note.startsWith(QStringLiteral("CN-"))) {
        qWarning("credit-note create: %s %s", r.out.constData(), r.err.constData());
        return false;
    }
    return true;
}

// Dunning from the command line: the plan as a dry run, the run that queues
// the reminder, and a second run the same day that does nothing; the
// schedule shown as JSON, changed from a file, and a bad file refused.
void TestCli::dunningRunFromTheCommandLine()
{
    QStringList db;
    QVERIFY(acmeBookWithInvoice(QStringLiteral("dunning"), QStringLiteral("100.00"), db));
    auto run = [&](const QStringList &args) { return cli(args + db); };
    Run r = run({ QStringLiteral("mail"), QStringLiteral("settings"), QStringLiteral("set"),
                  QStringLiteral("--smtp-host"), QStringLiteral("127.0.0.1"),
                  QStringLiteral("--smtp-port"), QStringLiteral("2525"),
                  QStringLiteral("--security"), QStringLiteral("none"),
                  QStringLiteral("--from-address"), QStringLiteral("billing@nordlicht.example") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    // INV-2026-000001: 100.00 due 1 July, so 1 day overdue on 2 July.

    const QStringList at { QStringLiteral("--date"), QStringLiteral("2026-07-02"),
                           QStringLiteral("--format"), QStringLiteral("csv") };
    const QByteArray planned
        = "INV-2026-000001,ACME,Acme GmbH,day_1,email,1,EUR,100.00,0.00,ap@acme.example,";
    r = run(QStringList { QStringLiteral("dunning"), QStringLiteral("run"),
                          QStringLiteral("--dry-run") }
            + at);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains(planned), r.out.constData());
    r = run({ QStringLiteral("mail"), QStringLiteral("outbox"), QStringLiteral("--format"),
              QStringLiteral("csv") });
    QVERIFY2(!r.out.contains("INV-2026-000001"), r.out.constData()); // the dry run sent nothing

    r = run(QStringList { QStringLiteral("dunning"), QStringLiteral("run") } + at);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains(planned), r.out.constData());
    QVERIFY2(r.err.contains("Queued 1 reminders"), r.err.constData());
    r = run({ QStringLiteral("mail"), QStringLiteral("outbox"), QStringLiteral("--format"),
              QStringLiteral("csv") });
    QVERIFY2(r.out.contains("Reminder: invoice INV-2026-000001 is overdue"), r.out.constData());

    r = run(QStringList { QStringLiteral("dunning"), QStringLiteral("run") } + at);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(!r.out.contains("INV-2026-000001"), r.out.constData());
    QVERIFY2(r.err.contains("Queued 0 reminders"), r.err.constData());

    // The schedule as JSON, a fee added from a file, a typo refused.
    r = run({ QStringLiteral("dunning"), QStringLiteral("steps"), QStringLiteral("show"),
              QStringLiteral("--format"), QStringLiteral("json") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QJsonObject schedule = QJsonDocument::fromJson(r.out).object();
    QJsonArray steps = schedule.value(QStringLiteral("steps")).toArray();
    QCOMPARE(steps.size(), 5);
    QJsonObject last = steps.last().toObject();
    QCOMPARE(last.value(QStringLiteral("key")).toString(), QStringLiteral("final"));
    last.insert(QStringLiteral("fee"), QStringLiteral("fixed"));
    last.insert(QStringLiteral("fee_amount"), QStringLiteral("5.00"));
    steps.replace(steps.size() - 1, last);
    schedule.insert(QStringLiteral("steps"), steps);
    const QString file = book(QStringLiteral("steps.json"));
    auto writeSteps = [&file](const QJsonObject &o) {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QJsonDocument(o).toJson());
    };
    writeSteps(schedule);
    r = run({ QStringLiteral("dunning"), QStringLiteral("steps"), QStringLiteral("set"), file });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = run({ QStringLiteral("dunning"), QStringLiteral("steps"), QStringLiteral("show"),
              QStringLiteral("--format"), QStringLiteral("csv") });
    QVERIFY2(r.out.contains("final,Final notice,14,stop_service,5.00,"), r.out.constData());
    last.insert(QStringLiteral("subject"), QStringLiteral("Pay {amount_du}"));
    steps.replace(steps.size() - 1, last);
    schedule.insert(QStringLiteral("steps"), steps);
    writeSteps(schedule);
    r = run({ QStringLiteral("dunning"), QStringLiteral("steps"), QStringLiteral("set"), file });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("{amount_du}"), r.err.constData());

    // The third-day step made a review: on 4 July (3 days overdue) the
    // invoice is flagged; clear-flag takes the flag away, once.
    r = run({ QStringLiteral("dunning"), QStringLiteral("steps"), QStringLiteral("show"),
              QStringLiteral("--format"), QStringLiteral("json") });
    schedule = QJsonDocument::fromJson(r.out).object();
    steps = schedule.value(QStringLiteral("steps")).toArray();
    for (qsizetype i = 0; i < steps.size(); ++i) {
        QJsonObject step = steps.at(i).toObject();
        if (step.value(QStringLiteral("key")).toString() == QLatin1String("day_3")) {
            step.insert(QStringLiteral("action"), QStringLiteral("review"));
            steps.replace(i, step);
        }
    }
    schedule.insert(QStringLiteral("steps"), steps);
    writeSteps(schedule);
    r = run({ QStringLiteral("dunning"), QStringLiteral("steps"), QStringLiteral("set"), file });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = run({ QStringLiteral("dunning"), QStringLiteral("run"), QStringLiteral("--date"),
              QStringLiteral("2026-07-04") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.err.contains("flagged 1 invoices"), r.err.constData());
    const QStringList flaggedCsv { QStringLiteral("dunning"), QStringLiteral("flagged"),
                                   QStringLiteral("--format"), QStringLiteral("csv") };
    r = run(flaggedCsv);
    QVERIFY2(r.out.contains("INV-2026-000001,day_3,2026-07-04,3,"), r.out.constData());
    const QStringList clear { QStringLiteral("dunning"), QStringLiteral("clear-flag"),
                              QStringLiteral("INV-2026-000001"), QStringLiteral("--note"),
                              QStringLiteral("Promised to pay on Friday") };
    r = run(clear);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("Cleared the review flag of invoice INV-2026-000001"),
             r.out.constData());
    r = run(flaggedCsv);
    QVERIFY2(!r.out.contains("INV-2026-000001"), r.out.constData());
    r = run(clear);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("not flagged for review"), r.err.constData());
}

// mail settings set --template receipt|credit-note changes that kind's
// subject and text (not the invoice's); each kind's placeholders are
// checked against its own list.
void TestCli::mailTemplatesOfEachKind()
{
    QStringList db;
    QVERIFY(acmeBookWithInvoice(QStringLiteral("templates"), QStringLiteral("80.00"), db));
    auto run = [&](const QStringList &args) { return cli(args + db); };
    QString note;
    QVERIFY(payAndCredit(db, note));
    Run r;
    const QStringList set { QStringLiteral("mail"), QStringLiteral("settings"),
                            QStringLiteral("set") };
    r = run(set
            + QStringList { QStringLiteral("--smtp-host"), QStringLiteral("127.0.0.1"),
                            QStringLiteral("--security"), QStringLiteral("none"),
                            QStringLiteral("--from-address"),
                            QStringLiteral("billing@nordlicht.example") });
    QVERIFY2(r.exitCode == 0, r.err.constData());

    const QString body = book(QStringLiteral("receipt-body.txt"));
    {
        QFile f(body);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("Hello {customer}, we received {amount} for {invoices}.\n");
    }
    r = run(set
            + QStringList { QStringLiteral("--template"), QStringLiteral("receipt"),
                            QStringLiteral("--subject"),
                            QStringLiteral("Thank you: payment {receipt} received"),
                            QStringLiteral("--body-file"), body });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = run(set
            + QStringList { QStringLiteral("--template"), QStringLiteral("credit-note"),
                            QStringLiteral("--subject"),
                            QStringLiteral("Your credit {credit_note} on {invoice}") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    // {amount_due} is an invoice's, not a receipt's; nothing is saved.
    r = run(set
            + QStringList { QStringLiteral("--template"), QStringLiteral("receipt"),
                            QStringLiteral("--subject"), QStringLiteral("Due {amount_due}") });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("receipt subject: unknown placeholder {amount_due}"),
             r.err.constData());
    r = run(set
            + QStringList { QStringLiteral("--template"), QStringLiteral("quote"),
                            QStringLiteral("--subject"), QStringLiteral("x") });
    QCOMPARE(r.exitCode, 2);
    r = run(set + QStringList { QStringLiteral("--template"), QStringLiteral("receipt") });
    QCOMPARE(r.exitCode, 2);

    const QString eml = book(QStringLiteral("templates-eml"));
    auto sent = [&](const QStringList &command, const QString &number) {
        const Run s = run(command + QStringList { number, QStringLiteral("--eml"), eml });
        if (s.exitCode != 0)
            return s.err;
        QFile f(QDir(eml).filePath(number + QStringLiteral(".eml")));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("no file");
    };
    const QByteArray receiptMail = sent({ QStringLiteral("receipt"), QStringLiteral("send") },
                                        QStringLiteral("RCT-2026-000001"));
    QVERIFY2(receiptMail.contains("Subject: Thank you: payment RCT-2026-000001 received"),
             receiptMail.left(800).constData());
    // The text from the file (quoted-printable keeps this line as it is).
    QVERIFY2(receiptMail.contains("Hello Acme GmbH, we received"), receiptMail.constData());
    const QByteArray creditMail
        = sent({ QStringLiteral("credit-note"), QStringLiteral("send") }, note);
    QVERIFY2(creditMail.contains(QByteArray(QByteArray("Subject: Your credit ") + note.toLatin1()
                                            + QByteArray(" on INV-2026-000001"))),
             creditMail.left(800).constData());
    // The invoice's templates are still the defaults.
    const QByteArray invoiceMail = sent({ QStringLiteral("invoice"), QStringLiteral("send") },
                                        QStringLiteral("INV-2026-000001"));
    QVERIFY2(invoiceMail.contains("Subject: Invoice INV-2026-000001 from Nordlicht GmbH"),
             invoiceMail.left(800).constData());
}

// receipt send and credit-note send write .eml files with the document's
// PDF; mail retry puts a failed message back in the queue, and refuses
// what has not failed.
void TestCli::receiptsAndCreditNotesByMailAndRetry()
{
    QStringList db;
    QVERIFY(acmeBookWithInvoice(QStringLiteral("mailmore"), QStringLiteral("80.00"), db));
    auto run = [&](const QStringList &args) { return cli(args + db); };
    QString note;
    QVERIFY(payAndCredit(db, note));
    Run r;

    // Not set up: refused.
    const QString eml = book(QStringLiteral("eml"));
    r = run({ QStringLiteral("receipt"), QStringLiteral("send"), QStringLiteral("RCT-2026-000001"),
              QStringLiteral("--eml"), eml });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("not set up"), r.err.constData());
    r = run({ QStringLiteral("mail"), QStringLiteral("settings"), QStringLiteral("set"),
              QStringLiteral("--smtp-host"), QStringLiteral("127.0.0.1"),
              QStringLiteral("--smtp-port"), QStringLiteral("9"), QStringLiteral("--security"),
              QStringLiteral("none"), QStringLiteral("--from-address"),
              QStringLiteral("billing@nordlicht.example"), QStringLiteral("--auto-send-receipts"),
              QStringLiteral("no") });
    QVERIFY2(r.exitCode == 0, r.err.constData());

    r = run({ QStringLiteral("receipt"), QStringLiteral("send"), QStringLiteral("RCT-2026-000001"),
              QStringLiteral("--eml"), eml });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QFile receipt(QDir(eml).filePath(QStringLiteral("RCT-2026-000001.eml")));
    QVERIFY(receipt.open(QIODevice::ReadOnly));
    const QByteArray receiptMail = receipt.readAll();
    QVERIFY2(receiptMail.contains("Subject: Receipt RCT-2026-000001 from Nordlicht GmbH"),
             receiptMail.left(800).constData());
    QVERIFY(receiptMail.contains("filename=\"RCT-2026-000001.pdf\""));
    QVERIFY(receiptMail.contains("ap@acme.example"));
    r = run({ QStringLiteral("credit-note"), QStringLiteral("send"), note, QStringLiteral("--eml"),
              eml });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QFile credit(QDir(eml).filePath(note + QStringLiteral(".eml")));
    QVERIFY(credit.open(QIODevice::ReadOnly));
    const QByteArray creditMail = credit.readAll();
    QVERIFY(creditMail.contains(QByteArray(QByteArray("Subject: Credit note ") + note.toLatin1())));
    QVERIFY(
        creditMail.contains(QByteArray(QByteArray("filename=\"") + note.toLatin1() + ".pdf\"")));
    QCOMPARE(run({ QStringLiteral("receipt"), QStringLiteral("send"), QStringLiteral("RCT-9"),
                   QStringLiteral("--eml"), eml })
                 .exitCode,
             1);
    QCOMPARE(run({ QStringLiteral("credit-note"), QStringLiteral("send") }).exitCode, 2);

    // A message the server refused for good, through the book itself.
    qint64 failed = 0;
    {
        using namespace Accrue;
        auto opened = Book::open(db.at(1), Book::OpenMode::MustExist);
        Session &session = opened->startSession(AuditLog::currentUserName(), QDate(2026, 6, 30));
        MailMessage m;
        m.from = { QString(), QStringLiteral("billing@nordlicht.example") };
        m.to << MailAddress { QString(), QStringLiteral("ap@acme.example") };
        m.subject = QStringLiteral("Hello");
        OutboxService outbox(session);
        failed = outbox.enqueue(m);
        struct Refusing final : MailTransport
        {
            MailSendResult send(const QString &, const QStringList &, const QByteArray &) override
            {
                return { false, 550, QStringLiteral("550 mailbox unavailable") };
            }
        } refusing;
        QCOMPARE(outbox.deliverDue(refusing).failed, 1);
    }
    r = run({ QStringLiteral("mail"), QStringLiteral("retry"), QString::number(failed) });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("queued again"), r.out.constData());
    r = run({ QStringLiteral("mail"), QStringLiteral("outbox"), QStringLiteral("--format"),
              QStringLiteral("csv") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    // Queued again with no attempts; the server's last answer kept.
    QVERIFY2(r.out.contains(",Hello,queued,0,"), r.out.constData());
    // Now queued, not failed: refused; an unknown id and no id too.
    QCOMPARE(
        run({ QStringLiteral("mail"), QStringLiteral("retry"), QString::number(failed) }).exitCode,
        1);
    QCOMPARE(
        run({ QStringLiteral("mail"), QStringLiteral("retry"), QStringLiteral("999") }).exitCode,
        1);
    QCOMPARE(run({ QStringLiteral("mail"), QStringLiteral("retry") }).exitCode, 2);
}

// A year of service billed in January: the waterfall shows what each
// month recognises from it, the schedule lists its rows.
void TestCli::recognitionReportsAsCsv()
{
    const QString path = book(QStringLiteral("recognition.sqlite"));
    const QStringList db { QStringLiteral("--db"), path, QStringLiteral("--today"),
                           QStringLiteral("2026-06-30") };
    const QString json = book(QStringLiteral("recognition-invoice.json"));
    QFile f(json);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"customer": "ACME", "issue_date": "2026-01-15", "due_date": "2026-02-14",
        "lines": [{"product": "PLAN", "unit_price": "12000.00", "tax_rate": "0",
        "service_start": "2026-01-15", "service_end": "2027-01-14"}]})");
    f.close();
    QVERIFY(ratableBook(QStringLiteral("Annual plan"), QStringLiteral("12000.00"), json, db));
    // No run yet: the rows due by today count. 12000 x 17/365 = 558.90,
    // x 28/365 = 920.55, x 31/365 = 1019.18; 2498.63 in all.
    Run r = cli(QStringList { QStringLiteral("report"), QStringLiteral("revenue-waterfall"),
                              QStringLiteral("--from"), QStringLiteral("2026-01-01"),
                              QStringLiteral("--to"), QStringLiteral("2026-03-31"),
                              QStringLiteral("--format"), QStringLiteral("csv") }
                + db);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.out,
             QByteArray("invoiced,currency,2026-01,2026-02,2026-03,total\r\n"
                        "2026-01,EUR,558.90,920.55,1019.18,2498.63\r\n"
                        "TOTAL,EUR,558.90,920.55,1019.18,2498.63\r\n"));
    r = cli(QStringList { QStringLiteral("report"), QStringLiteral("recognition-schedule"),
                          QStringLiteral("--invoice"), QStringLiteral("INV-2026-000001"),
                          QStringLiteral("--format"), QStringLiteral("csv") }
            + db);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QList<QByteArray> rows = r.out.split('\n');
    QCOMPARE(rows.at(0).trimmed(),
             QByteArray("invoice,customer_code,line,description,method,date,currency,amount,"
                        "milestone,credit_note,state"));
    QVERIFY2(rows.at(1).startsWith("INV-2026-000001,ACME,1,"), rows.at(1).constData());
    QVERIFY2(rows.at(1).trimmed().endsWith(",ratably,2026-01-31,EUR,558.90,,,pending"),
             rows.at(1).constData());
    // --invoice belongs to that report only.
    r = cli(QStringList { QStringLiteral("report"), QStringLiteral("revenue-waterfall"),
                          QStringLiteral("--invoice"), QStringLiteral("INV-2026-000001") }
            + db);
    QCOMPARE(r.exitCode, 2);
}

// An invoice file may name each line's recognition method; one the line
// cannot have names file, line and column, and nothing of the file is kept.
void TestCli::invoiceCsvNamesEachLinesRecognition()
{
    const QString path = book(QStringLiteral("recognition-csv.sqlite"));
    const QStringList db { QStringLiteral("--db"), path, QStringLiteral("--today"),
                           QStringLiteral("2026-06-30") };
    const QString csv = book(QStringLiteral("recognition.csv"));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("invoice,customer,issue_date,product,description,quantity,unit_price,tax_rate,"
            "service_start,service_end,recognition\n"
            "A,ACME,2026-01-01,,Support,1,1200.00,0,2026-01-01,2026-12-31,ratably\n"
            "A,,,,Go-live,1,500.00,0,,,milestone\n"
            "A,,,PLAN,,1,,0,,,point_in_time\n");
    f.close();
    QVERIFY(ratableBook(QStringLiteral("Plan"), QStringLiteral("120.00"), csv, db));
    // Through 31 January: 1,200.00 x 31/365 = 101.92 of the support line;
    // the milestone waits, PLAN (ratable as a product) was earned at issue.
    Run r = cli(QStringList { QStringLiteral("recognize"), QStringLiteral("--through"),
                              QStringLiteral("2026-01-31") }
                + db);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("1 schedule rows (EUR 101.92)"), r.out.constData());
    r = cli(QStringList { QStringLiteral("report"), QStringLiteral("recognition-schedule"),
                          QStringLiteral("--invoice"), QStringLiteral("INV-2026-000001"),
                          QStringLiteral("--format"), QStringLiteral("csv") }
            + db);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains(",1,Support,ratably,2026-01-31,EUR,101.92,,,posted"),
             r.out.constData());
    QVERIFY2(r.out.contains(",2,Go-live,milestone,,EUR,500.00,Completion,,awaiting_milestone"),
             r.out.constData());
    QVERIFY2(r.out.contains(",3,Plan,point_in_time,2026-01-01,EUR,120.00,,,posted"),
             r.out.constData());

    // Invoice B is fine, C's second line asks for ratably without a period.
    const QString bad = book(QStringLiteral("bad-recognition.csv"));
    QFile b(bad);
    QVERIFY(b.open(QIODevice::WriteOnly));
    b.write("invoice,customer,issue_date,description,unit_price,recognition\n"
            "B,ACME,2026-02-01,Fine,10.00,\n"
            "C,ACME,2026-02-01,Fee,5.00,point_in_time\n"
            "C,,,Support,1200.00,ratably\n");
    b.close();
    r = cli(QStringList { QStringLiteral("invoice"), QStringLiteral("create"), bad,
                          QStringLiteral("--issue") }
            + db);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("bad-recognition.csv:4: recognition: ratably needs the service "
                            "period"),
             r.err.constData());
    r = cli(QStringList { QStringLiteral("invoice"), QStringLiteral("list"),
                          QStringLiteral("--format"), QStringLiteral("csv") }
            + db);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.out.count("INV-2026-"), 1); // A only: nothing of the bad file
}

// Month-end close from cron: the exit codes close-period documents (0
// closed, 2 usage, 3 the checklist blocks, 4 already closed), a late
// payment's notice, and reopen-period's required reason.
void TestCli::closePeriodExitCodes()
{
    QStringList db;
    QVERIFY(acmeBookWithInvoice(QStringLiteral("close"), QStringLiteral("100.00"), db));
    auto run = [&](const QStringList &args) { return cli(args + db); };
    const QString close = QStringLiteral("close-period");
    const QStringList csv { QStringLiteral("--format"), QStringLiteral("csv") };
    // The dry run prints the checklist and changes nothing.
    Run r
        = run(QStringList { close, QStringLiteral("2026-05"), QStringLiteral("--dry-run") } + csv);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.startsWith("check,status,figures,note\r\n"), r.out.constData());
    QVERIFY2(r.out.contains("\r\ndrafts,ok,Drafts: 0,"), r.out.constData());
    // Closing runs the recognition through the month's end: nothing is due
    // on this book (a point-in-time line, earned when issued).
    QVERIFY2(r.out.contains("\r\nrecognition,ok,Schedule rows due: 0; Usage records to accrue: 0,"
                            "Closing posts the revenue recognised through 2026-05-31"),
             r.out.constData());
    // June has not ended on 30 June: the checklist blocks (3).
    r = run({ close, QStringLiteral("2026-06") });
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.out.contains("has not ended yet"), r.out.constData());
    QVERIFY2(r.err.contains("June 2026 cannot be closed"), r.err.constData());
    // May closes (0), with the summary on standard output.
    r = run({ close, QStringLiteral("2026-05") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("Closed May 2026: the books are closed through 2026-05-31"),
             r.out.constData());
    // May again, or a month before it: already closed (4).
    QCOMPARE(run({ close, QStringLiteral("2026-05") }).exitCode, 4);
    r = run({ close, QStringLiteral("2026-03") });
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.err.contains("March 2026 is already closed"), r.err.constData());
    // Not a month, or no month: usage (2).
    QCOMPARE(run({ close, QStringLiteral("2026-5") }).exitCode, 2);
    QCOMPARE(run({ close }).exitCode, 2);
    // A payment dated in May is posted on 1 June, and the user is told.
    r = run({ QStringLiteral("invoice"), QStringLiteral("pay"), QStringLiteral("INV-2026-000001"),
              QStringLiteral("--amount"), QStringLiteral("40.00"), QStringLiteral("--date"),
              QStringLiteral("2026-05-20") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.err.contains("May 2026 is closed: the payment of 2026-05-20 is posted on "
                            "2026-06-01"),
             r.err.constData());
    // Reopening needs a reason.
    const QString reopen = QStringLiteral("reopen-period");
    QCOMPARE(run({ reopen, QStringLiteral("2026-05") }).exitCode, 2);
    r = run({ reopen, QStringLiteral("2026-05"), QStringLiteral("--reason"),
              QStringLiteral("Late bank statement") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("Reopened May 2026: no period is closed"), r.out.constData());
    r = run(QStringList { QStringLiteral("periods") } + csv);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("\r\n2026-05,close,2026-05-31,"), r.out.constData());
    QVERIFY2(r.out.contains(",Late bank statement,"), r.out.constData());
    QCOMPARE(run({ QStringLiteral("audit"), QStringLiteral("verify") }).exitCode, 0);
}

// The tenant tree through the CLI: a partner, a customer tenant, a user in
// the partner, what that user lists, a customer moved to it.
void TestCli::tenantsFromTheCommandLine()
{
    const QString path = book(QStringLiteral("tenants.sqlite"));
    const QStringList db { QStringLiteral("--db"), path, QStringLiteral("--today"),
                           QStringLiteral("2026-06-30") };
    auto run = [&](const QStringList &args) { return cli(args + db); };
    QCOMPARE(run({ QStringLiteral("init") }).exitCode, 0);
    for (const char *code : { "ACME", "BETA" }) {
        const Run added
            = run({ QStringLiteral("customer"), QStringLiteral("add"), QString::fromLatin1(code),
                    QStringLiteral("--name"), QString::fromLatin1(code),
                    QStringLiteral("--currency"), QStringLiteral("EUR") });
        QVERIFY2(added.exitCode == 0, added.err.constData());
    }
    Run r = run({ QStringLiteral("tenant"), QStringLiteral("add"), QStringLiteral("--kind"),
                  QStringLiteral("partner"), QStringLiteral("--parent"),
                  QStringLiteral("Default distributor"), QStringLiteral("--name"),
                  QStringLiteral("North") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = run({ QStringLiteral("tenant"), QStringLiteral("add"), QStringLiteral("--kind"),
              QStringLiteral("customer"), QStringLiteral("--parent"), QStringLiteral("North"),
              QStringLiteral("--name"), QStringLiteral("Acme"), QStringLiteral("--customer"),
              QStringLiteral("ACME") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    // A partner holds no partner.
    r = run({ QStringLiteral("tenant"), QStringLiteral("add"), QStringLiteral("--kind"),
              QStringLiteral("partner"), QStringLiteral("--parent"), QStringLiteral("North"),
              QStringLiteral("--name"), QStringLiteral("Sub") });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("cannot hold"), r.err.constData());
    r = run({ QStringLiteral("tenant"), QStringLiteral("list"), QStringLiteral("--format"),
              QStringLiteral("csv") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    // The root (1), North (2) under it, Acme (3) under North with its customer.
    QVERIFY2(r.out.contains("1,Default distributor,distributor,0,0,\r\n"), r.out.constData());
    QVERIFY2(r.out.contains("2,North,partner,1,1,\r\n"), r.out.constData());
    QVERIFY2(r.out.contains("3,Acme,customer,2,2,ACME\r\n"), r.out.constData());

    r = run({ QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("pat"),
              QStringLiteral("--role"), QStringLiteral("finance"), QStringLiteral("--tenant"),
              QStringLiteral("North") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QStringList asPat { QStringLiteral("customer"), QStringLiteral("list"),
                              QStringLiteral("--format"), QStringLiteral("csv"),
                              QStringLiteral("--user"),   QStringLiteral("pat") };
    r = run(asPat);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("ACME") && !r.out.contains("BETA"), r.out.constData());
    r = run({ QStringLiteral("tenant"), QStringLiteral("move"), QStringLiteral("BETA"),
              QStringLiteral("--to"), QStringLiteral("North") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = run(asPat);
    QVERIFY2(r.out.contains("ACME") && r.out.contains("BETA"), r.out.constData());
    // pat is Finance: no tenants of its own making.
    r = run({ QStringLiteral("tenant"), QStringLiteral("add"), QStringLiteral("--kind"),
              QStringLiteral("customer"), QStringLiteral("--parent"), QStringLiteral("North"),
              QStringLiteral("--name"), QStringLiteral("Beta"), QStringLiteral("--customer"),
              QStringLiteral("BETA"), QStringLiteral("--user"), QStringLiteral("pat") });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("may not add tenants"), r.err.constData());
}

// --user on a SQLite book: only the OS login while the book lists nobody,
// then only its registered users; the audit names both.
void TestCli::userMustBeRegisteredOnSqlite()
{
    // The OS login the CLI reads (AuditLog::currentUserName), fixed here.
    const QByteArray savedUser = qgetenv("USER");
    qputenv("USER", "cliclerk");
    const auto restore = qScopeGuard([&savedUser] { qputenv("USER", savedUser); });
    const QString path = book(QStringLiteral("identity.sqlite"));
    const QStringList db { QStringLiteral("--db"), path };
    auto run = [&](const QStringList &args) { return cli(args + db); };
    QCOMPARE(run({ QStringLiteral("init") }).exitCode, 0);
    const QStringList list { QStringLiteral("customer"), QStringLiteral("list") };
    auto as = [](const char *user) {
        return QStringList { QStringLiteral("--user"), QString::fromLatin1(user) };
    };
    Run r = run(list + as("mallory"));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("identity.sqlite has no registered users")
                 && r.err.contains("(cliclerk)") && r.err.contains("accrue-cli user add"),
             r.err.constData());
    QCOMPARE(run(list + as("cliclerk")).exitCode, 0); // the OS login, named
    r = run({ QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("alice"),
              QStringLiteral("--role"), QStringLiteral("finance") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = run(QStringList { QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("ACME"),
                          QStringLiteral("--name"), QStringLiteral("Acme"),
                          QStringLiteral("--currency"), QStringLiteral("EUR") }
            + as("alice"));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = run(list + as("mallory"));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("“mallory” is not a registered user of")
                 && r.err.contains("identity.sqlite") && r.err.contains("accrue-cli user add"),
             r.err.constData());
    // The trail: cliclerk listed itself and alice, alice added ACME.
    r = run({ QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--format"),
              QStringLiteral("csv") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.startsWith("seq,at,user,os_user,action,entity,entity_id\r\n"),
             r.out.constData());
    QVERIFY2(r.out.contains(",cliclerk,cliclerk,user.role,user,alice\r\n"), r.out.constData());
    QVERIFY2(r.out.contains(",alice,cliclerk,customer.create,customer,1\r\n"), r.out.constData());
    r = run({ QStringLiteral("audit"), QStringLiteral("verify") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("intact: 2 records verified (2 of them with the OS login"),
             r.out.constData());
}

// export ubl: an issued invoice as a UBL e-invoice, refused naming the
// missing business term; company set/customer edit --endpoint; import ubl
// shows a received file as a PDF without a book.
void TestCli::eInvoicesExportAndImport()
{
    const QString xml = QDir(m_dir.path()).filePath(QStringLiteral("INV-2024-000001.xml"));
    const QStringList db { QStringLiteral("--db"), m_demo, QStringLiteral("--today"),
                           QStringLiteral("2026-06-30") };
    Run r = cli(QStringList { QStringLiteral("export"), QStringLiteral("ubl"),
                              QStringLiteral("INV-2024-000001"), QStringLiteral("-o"), xml }
                + db);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QFile file(xml);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.contains("<cbc:ID>INV-2024-000001</cbc:ID>"));
    QVERIFY(bytes.contains("<cbc:EndpointID schemeID=\"0088\">"));

    const QString pdf = QDir(m_dir.path()).filePath(QStringLiteral("received.pdf"));
    r = cli({ QStringLiteral("import"), QStringLiteral("ubl"), xml, QStringLiteral("--pdf"), pdf });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(QFile::exists(pdf));

    r = cli(QStringList { QStringLiteral("export"), QStringLiteral("ubl"),
                          QStringLiteral("INV-1999-000001"), QStringLiteral("-o"), xml }
            + db);
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("INV-1999-000001"));
    r = cli(QStringList { QStringLiteral("export"), QStringLiteral("ubl"),
                          QStringLiteral("INV-2024-000001") }
            + db);
    QCOMPARE(r.exitCode, 2); // -o is required

    // A bad address is a usage error naming the option; a good one is saved.
    const QString copy = book(QStringLiteral("einvoice.sqlite"));
    QVERIFY(QFile::copy(m_demo, copy));
    const QStringList copyDb { QStringLiteral("--db"), copy, QStringLiteral("--today"),
                               QStringLiteral("2026-06-30") };
    r = cli(QStringList { QStringLiteral("company"), QStringLiteral("set"),
                          QStringLiteral("--endpoint"), QStringLiteral("0088:4012345000008") }
            + copyDb);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("--endpoint"));
    r = cli(QStringList { QStringLiteral("customer"), QStringLiteral("edit"),
                          QStringLiteral("C00001"), QStringLiteral("--endpoint"), QString() }
            + copyDb);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli(QStringList { QStringLiteral("invoice"), QStringLiteral("list"),
                          QStringLiteral("--customer"), QStringLiteral("C00001"),
                          QStringLiteral("--format"), QStringLiteral("csv") }
            + copyDb);
    QByteArray number;
    for (const QByteArray &line : r.out.split('\n'))
        if (line.startsWith("INV-") && number.isEmpty())
            number = line.split(',').value(0);
    QVERIFY(number.startsWith("INV-"));
    r = cli(QStringList { QStringLiteral("export"), QStringLiteral("ubl"),
                          QString::fromLatin1(number), QStringLiteral("-o"), xml }
            + copyDb);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("buyer's electronic address (BT-49) missing on customer C00001"),
             r.err.constData());
    r = cli(QStringList { QStringLiteral("customer"), QStringLiteral("edit"),
                          QStringLiteral("C00001"), QStringLiteral("--endpoint"),
                          QStringLiteral("0088:4000001000005") }
            + copyDb);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli(QStringList { QStringLiteral("export"), QStringLiteral("ubl"),
                          QString::fromLatin1(number), QStringLiteral("-o"), xml }
            + copyDb);
    QVERIFY2(r.exitCode == 0, r.err.constData());
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
