// The desktop app on a real demo book, offscreen: models, the Invoices
// filters against accrue-cli, the Dashboard's aging bars, the Reports export.
#include "billing/customerservice.h"
#include "billing/invoiceservice.h"
#include "billing/session.h"
#include "billing/settingsservice.h"
#include "demo/demogenerator.h"
#include "dialogs/creditnotedialog.h"
#include "dialogs/paymentdialog.h"
#include "dialogs/settingsdialog.h"
#include "documents/invoicedocument.h"
#include "exchange/reporthtml.h"
#include "mainwindow.h"
#include "models/invoicetablemodel.h"
#include "models/paymenttablemodel.h"
#include "models/reporttablemodel.h"
#include "models/revenuetablemodel.h"
#include "pages/dashboardpage.h"
#include "pages/invoicespage.h"
#include "pages/reportspage.h"
#include "pages/revenuepage.h"
#include "pages/transactionspage.h"
#include "reports/agingreport.h"
#include "security/auditlog.h"
#include "storage/database.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPrinter>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>

using namespace Accrue;

class TestUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void modelsPassTheModelTester();
    void invoiceFiltersMatchTheCli_data();
    void invoiceFiltersMatchTheCli();
    void clickingAnAgingBarFiltersInvoices_data();
    void clickingAnAgingBarFiltersInvoices();
    void reportExportEqualsTheCli_data();
    void reportExportEqualsTheCli();
    void everyTabShowsItsData();
    void printedReportHasTitleAndTotals();
    void invoicePdfShowsEverythingLiterally();
    void settingsDialogShowsProblemsAndSaves();
    void paymentAndCreditNoteDialogs();

private:
    QByteArray cli(const QStringList &args);
    std::unique_ptr<Database> openBook() const;
    QTemporaryDir m_dir;
    QString m_book;
};

QByteArray TestUi::cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(ACCRUE_CLI_PATH), args + QStringList { QStringLiteral("--db"), m_book });
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        qWarning() << "accrue-cli failed:" << args << p.readAllStandardError();
        return {};
    }
    return p.readAllStandardOutput();
}

std::unique_ptr<Database> TestUi::openBook() const
{
    auto db = Database::open(m_book, Database::OpenMode::MustExist);
    db->checkSchema();
    return db;
}

void TestUi::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_book = m_dir.filePath(QStringLiteral("ui.sqlite"));
    auto db = Database::open(m_book, Database::OpenMode::CreateIfMissing);
    db->migrate();
    Session session(*db, QStringLiteral("tester"));
    DemoGenerator::Options options;
    options.customers = 40;
    options.invoices = 2500;
    options.seed = 11;
    options.endDate = QDate::currentDate(); // the GUI's "today"
    DemoGenerator(session).generate(options);
}

void TestUi::modelsPassTheModelTester()
{
    auto db = openBook();
    InvoiceTableModel invoices(*db);
    QAbstractItemModelTester invoiceTester(&invoices,
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(invoices.rowCount() == 2500);
    invoices.sort(InvoiceTableModel::Total, Qt::DescendingOrder);
    ReportRepository::InvoiceFilter filter;
    filter.status = QStringLiteral("overdue");
    invoices.setFilter(filter);
    QVERIFY(invoices.rowCount() > 0);
    for (int row = 0; row < invoices.rowCount(); ++row)
        QCOMPARE(invoices.index(row, 0).data(InvoiceTableModel::StatusKeyRole).toString(),
                 QStringLiteral("overdue"));

    PaymentTableModel payments(*db);
    QAbstractItemModelTester paymentTester(&payments,
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(payments.rowCount() > 1000);
    payments.setFilter({ QStringLiteral("C00001"), false });
    QVERIFY(payments.rowCount() > 0);

    ReportTableModel report;
    QAbstractItemModelTester reportTester(&report,
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    ReportTable aging;
    AgingReport(*db).run(QDate::currentDate(), aging);
    report.setReport(aging);
    QCOMPARE(report.rowCount(), aging.rows().size());

    RevenueTableModel revenue;
    QAbstractItemModelTester revenueTester(&revenue,
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QDate today = QDate::currentDate();
    revenue.setMatrix(
        RevenueReport(*db).run(RevenueReport::Dimension::Module, today.addMonths(-11), today));
    QVERIFY(revenue.rowCount() > 2);
    QCOMPARE(revenue.columnCount(), int(revenue.matrix().months.size()) + 2);
}

void TestUi::invoiceFiltersMatchTheCli_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("customer");
    QTest::newRow("overdue") << QStringLiteral("overdue") << QString();
    QTest::newRow("issued this quarter") << QStringLiteral("range") << QString();
    QTest::newRow("paid, one customer") << QStringLiteral("paid") << QStringLiteral("C00003");
    QTest::newRow("unpaid, name part") << QStringLiteral("unpaid") << QStringLiteral("logistics");
    QTest::newRow("partially paid") << QStringLiteral("partially_paid") << QString();
    QTest::newRow("open") << QStringLiteral("open") << QString();
    QTest::newRow("void") << QStringLiteral("void") << QString();
    QTest::newRow("all of a customer") << QString() << QStringLiteral("C00001");
}

void TestUi::invoiceFiltersMatchTheCli()
{
    QFETCH(QString, status);
    QFETCH(QString, customer);
    auto db = openBook();
    Session session(*db, QStringLiteral("tester"));
    InvoicesPage page(session);
    const bool range = status == QLatin1String("range");
    const QDate from = QDate::currentDate().addMonths(-3), to = QDate::currentDate().addDays(-7);
    if (range)
        status.clear();
    page.setStatusFilter(status);
    ReportRepository::InvoiceFilter filter = page.model()->filter();
    filter.customer = customer;
    if (range) {
        filter.from = from;
        filter.to = to;
    }
    page.model()->setFilter(filter);
    QStringList shown;
    for (int row = 0; row < page.model()->rowCount(); ++row)
        shown << page.model()
                     ->index(row, InvoiceTableModel::Number)
                     .data(InvoiceTableModel::RawValueRole)
                     .toString();

    QStringList args { QStringLiteral("invoice"),  QStringLiteral("list"),
                       QStringLiteral("--format"), QStringLiteral("csv"),
                       QStringLiteral("--today"),  QDate::currentDate().toString(Qt::ISODate) };
    if (!status.isEmpty())
        args << QStringLiteral("--status") << status;
    if (!customer.isEmpty())
        args << QStringLiteral("--customer") << customer;
    if (range)
        args << QStringLiteral("--from") << from.toString(Qt::ISODate) << QStringLiteral("--to")
             << to.toString(Qt::ISODate);
    const QByteArray csv = cli(args);
    QVERIFY(!csv.isEmpty());
    QStringList listed;
    for (const QByteArray &line : csv.split('\n').mid(1))
        if (!line.trimmed().isEmpty())
            listed << QString::fromUtf8(line.left(line.indexOf(',')));
    QVERIFY2(!listed.isEmpty() || status == QLatin1String("void"), "the filter selects something");
    shown.sort();
    listed.sort();
    QCOMPARE(shown, listed);
}

void TestUi::clickingAnAgingBarFiltersInvoices_data()
{
    QTest::addColumn<int>("bucket");
    for (int b = 0; b < AgingReport::bucketCount; ++b)
        QTest::newRow(qPrintable(AgingReport::bucketTitle(b))) << b;
}

void TestUi::clickingAnAgingBarFiltersInvoices()
{
    QFETCH(int, bucket);
    MainWindow window(openBook());
    window.showTab(QStringLiteral("dashboard"));
    QSignalSpy loaded(window.dashboard(), &Page::loaded);
    window.dashboard()->refresh();
    QVERIFY(loaded.wait(20000));
    // Click the bar the way the chart does: through the bar set's signal.
    const auto views = window.dashboard()->findChildren<QChartView *>();
    QBarSet *agingSet = nullptr;
    for (QChartView *view : views)
        for (QAbstractSeries *series : view->chart()->series())
            if (auto *bars = qobject_cast<QBarSeries *>(series); bars && bars->count() == 1
                && bars->barSets().first()->count() == AgingReport::bucketCount)
                agingSet = bars->barSets().first();
    QVERIFY(agingSet);
    emit agingSet->clicked(bucket);
    QCOMPARE(window.currentPage(), static_cast<Page *>(window.invoices()));

    InvoiceTableModel *model = window.invoices()->model();
    QCOMPARE(model->filter().agingBucket, bucket);
    qint64 balance = 0;
    const QDate today = QDate::currentDate();
    for (int row = 0; row < model->rowCount(); ++row) {
        balance += model->index(row, InvoiceTableModel::Balance)
                       .data(InvoiceTableModel::RawValueRole)
                       .toLongLong();
        const QDate due = QDate::fromString(model->index(row, InvoiceTableModel::DueDate)
                                                .data(InvoiceTableModel::RawValueRole)
                                                .toString(),
                                            Qt::ISODate);
        const qint64 late = due.daysTo(today);
        const int expected = late <= 0 ? 0 : late <= 30 ? 1 : late <= 60 ? 2 : late <= 90 ? 3 : 4;
        QCOMPARE(expected, bucket);
    }
    // The invoices behind the bar add up to the bar.
    QCOMPARE(balance, window.dashboard()->figures().aging[bucket].minor());
}

void TestUi::reportExportEqualsTheCli_data()
{
    QTest::addColumn<int>("report");
    QTest::addColumn<QString>("command");
    QTest::newRow("ar aging") << int(ReportsPage::ArAging) << QStringLiteral("ar-aging");
    QTest::newRow("trial balance")
        << int(ReportsPage::TrialBalance) << QStringLiteral("trial-balance");
}

void TestUi::reportExportEqualsTheCli()
{
    QFETCH(int, report);
    QFETCH(QString, command);
    auto db = openBook();
    ReportsPage page(*db);
    const QDate asOf = QDate::currentDate().addDays(-45);
    page.setRequest({ ReportsPage::Report(report), asOf, {}, {} });
    const QString path = m_dir.filePath(command + QStringLiteral("-gui.csv"));
    page.writeCsv(path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray fromGui = file.readAll();
    const QByteArray fromCli
        = cli({ QStringLiteral("report"), command, QStringLiteral("--as-of"),
                asOf.toString(Qt::ISODate), QStringLiteral("--format"), QStringLiteral("csv") });
    QVERIFY(fromGui.size() > 100);
    QCOMPARE(fromGui, fromCli);
}

void TestUi::everyTabShowsItsData()
{
    MainWindow window(openBook());
    window.show();
    for (const QString &tab : MainWindow::tabNames()) {
        QVERIFY(window.showTab(tab));
        Page *page = window.currentPage();
        if (page->loadsInBackground()) {
            QSignalSpy loaded(page, &Page::loaded);
            page->refresh();
            QVERIFY2(loaded.wait(20000), qPrintable(tab));
        }
    }
    QVERIFY(window.revenue()->model()->rowCount() > 2);
    QVERIFY(window.transactions()->model()->rowCount() > 1000);
    QVERIFY(window.dashboard()->figures().outstanding.isPositive());
    QVERIFY(window.reports()->model()->rowCount() > 2);
    QVERIFY(!window.showTab(QStringLiteral("nonsense")));
}

void TestUi::printedReportHasTitleAndTotals()
{
    auto db = openBook();
    ReportTable table;
    AgingReport(*db).run(QDate::currentDate(), table);
    const QString html = ReportHtml::render(table, QStringLiteral("As of today"),
                                            QDateTime::currentDateTime(), QLocale::c());
    const QString pdf = m_dir.filePath(QStringLiteral("aging.pdf"));
    {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(pdf);
        QVERIFY(ReportHtml::prefersLandscape(table));
        printer.setPageOrientation(QPageLayout::Landscape);
        QTextDocument document;
        document.setHtml(html);
        document.print(&printer);
    }
    QProcess text;
    text.start(QStringLiteral("pdftotext"),
               { QStringLiteral("-layout"), pdf, QStringLiteral("-") });
    QVERIFY2(text.waitForFinished(30000), "pdftotext (poppler-utils) must be installed");
    const QString printed = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY2(printed.contains(QStringLiteral("AR aging as of")), qPrintable(printed.left(300)));
    QVERIFY2(printed.contains(QStringLiteral("TOTAL")), qPrintable(printed.right(800)));
    const Money total = table.rows().last().last().value<Money>();
    QVERIFY2(printed.contains(total.formatNumber(QLocale::c())),
             qPrintable(total.formatNumber(QLocale::c()) + u"\n" + printed.right(600)));
    QVERIFY(printed.contains(QStringLiteral("As of today")));
}

void TestUi::invoicePdfShowsEverythingLiterally()
{
    const QString path = m_dir.filePath(QStringLiteral("evil.sqlite"));
    auto db = Database::open(path, Database::OpenMode::CreateIfMissing);
    db->migrate();
    Session session(*db, QStringLiteral("tester"));
    Customer customer;
    customer.code = QStringLiteral("EVIL");
    customer.name = QStringLiteral("<b>Evil</b> & Co");
    customer.currency = QStringLiteral("EUR");
    BillingProfile profile;
    profile.city = QStringLiteral("Köln");
    CustomerService(session).create(customer, profile);
    Invoice draft;
    draft.customerId = customer.id;
    draft.currency = Currency::require(QStringLiteral("EUR"));
    draft.issueDate = QDate(2026, 3, 1);
    draft.dueDate = QDate(2026, 3, 31);
    // Enough lines to run onto a second page.
    for (int i = 1; i <= 60; ++i) {
        InvoiceLine line;
        line.description = QStringLiteral("Item %1 <i>not italic</i>").arg(i);
        line.quantityMilli = 1000 * i;
        line.unitPriceMinor = 1250;
        line.taxRateBp = 1900;
        draft.lines.push_back(line);
    }
    InvoiceService invoices(session);
    const Invoice inv = invoices.issue(invoices.createDraft(draft));
    const QString pdf = m_dir.filePath(QStringLiteral("evil.pdf"));
    InvoiceDocument::writePdf(invoices.documentData(inv.id), pdf, QPageSize::A4, QLocale::c());

    QProcess info;
    info.start(QStringLiteral("pdfinfo"), { pdf });
    QVERIFY(info.waitForFinished(30000));
    QVERIFY2(info.readAllStandardOutput().contains("Pages:"), "pdfinfo reads the PDF");
    QProcess text;
    text.start(QStringLiteral("pdftotext"),
               { QStringLiteral("-layout"), pdf, QStringLiteral("-") });
    QVERIFY(text.waitForFinished(30000));
    const QString printed = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY(printed.contains(inv.number));
    QVERIFY(printed.contains(QStringLiteral("<b>Evil</b> & Co")));
    // Markup in a description prints as text (the column may wrap it).
    QVERIFY2(printed.contains(QStringLiteral("Item 1 <i>not")), qPrintable(printed.left(1500)));
    QVERIFY(printed.contains(QStringLiteral("Item 60 <i>not")));
    QVERIFY(printed.contains(QStringLiteral("italic</i>")));
    QVERIFY(printed.contains(inv.total().formatNumber(QLocale::c())));
    // The column titles repeat on the second page.
    QVERIFY(printed.count(QStringLiteral("Unit price")) >= 2);
}

void TestUi::settingsDialogShowsProblemsAndSaves()
{
    auto db = openBook();
    Session session(*db, QStringLiteral("tester"));
    SettingsDialog dialog(session);
    auto edits = dialog.findChildren<QLineEdit *>();
    QLineEdit *name = edits.value(0);
    QLineEdit *iban = edits.value(2);
    QVERIFY(name && iban);
    QCOMPARE(name->text(), QStringLiteral("Accrue Demo Software Ltd")); // the demo's company
    iban->setText(QStringLiteral("DE89 3704 0044 0532 0130 01"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected)); // still open: a problem to fix
    bool shown = false;
    for (QLabel *label : dialog.findChildren<QLabel *>())
        shown = shown || label->text().contains(QStringLiteral("IBAN"));
    QVERIFY(shown);
    iban->setText(QStringLiteral("GB82 WEST 1234 5698 7654 32"));
    name->setText(QStringLiteral("Renamed Ltd"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(SettingsService(session).company().legalName, QStringLiteral("Renamed Ltd"));
    QVERIFY(AuditLog(*db, QString()).verify().ok);
}

void TestUi::paymentAndCreditNoteDialogs()
{
    auto db = openBook();
    Session session(*db, QStringLiteral("tester"));
    ReportRepository::InvoiceFilter filter;
    filter.status = QStringLiteral("open");
    filter.today = QDate::currentDate();
    std::vector<qint64> open;
    ReportRepository(*db).invoices(
        filter, [&](const ReportRepository::InvoiceRow &row) { open.push_back(row.id); });
    QVERIFY(open.size() >= 2);
    InvoiceService invoices(session);
    const Invoice first = invoices.load(open[0]);

    PaymentDialog bad(session, first);
    bad.setAmountText(QStringLiteral("twelve"));
    bad.accept();
    QCOMPARE(bad.result(), int(QDialog::Rejected)); // stays open with the problem shown
    QCOMPARE(invoices.load(first.id).balanceMinor, first.balanceMinor);

    PaymentDialog pay(session, first);
    pay.setAmountText(Money(1000, first.currency).formatNumber(QLocale()));
    pay.accept();
    QCOMPARE(pay.result(), int(QDialog::Accepted));
    QCOMPARE(invoices.load(first.id).balanceMinor, first.balanceMinor - 1000);

    const Invoice second = invoices.load(open[1]);
    CreditNoteDialog noReason(session, second);
    noReason.accept();
    QCOMPARE(noReason.result(), int(QDialog::Rejected));
    CreditNoteDialog credit(session, second);
    credit.setReason(QStringLiteral("Cancelled"));
    credit.accept();
    QCOMPARE(credit.result(), int(QDialog::Accepted));
    QVERIFY(invoices.load(second.id).status == InvoiceStatus::Void);
    QVERIFY(AuditLog(*db, QString()).verify().ok);
}

QTEST_MAIN(TestUi)
#include "tst_ui.moc"
