// The desktop app on a real demo book, offscreen: models, the Invoices
// filters against accrue-cli, the Dashboard's aging bars, the Reports export.
#include "backgroundtask.h"
#include "billing/bankimportservice.h"
#include "billing/customerservice.h"
#include "billing/invoiceservice.h"
#include "billing/reconciliationservice.h"
#include "billing/session.h"
#include "billing/settingsservice.h"
#include "billing/userservice.h"
#include "common/error.h"
#include "demo/demogenerator.h"
#include "dialogs/creditnotedialog.h"
#include "dialogs/csvmappingdialog.h"
#include "dialogs/invoiceeditordialog.h"
#include "dialogs/invoiceviewdialog.h"
#include "dialogs/manualmatchdialog.h"
#include "dialogs/paymentdialog.h"
#include "dialogs/revenuedrilldialog.h"
#include "dialogs/settingsdialog.h"
#include "dialogs/usersdialog.h"
#include "documents/invoicedocument.h"
#include "documents/reporthtml.h"
#include "editor/invoicedraft.h"
#include "exchange/bankcsvmapping.h"
#include "mainwindow.h"
#include "models/banklinetablemodel.h"
#include "models/invoicelinesmodel.h"
#include "models/invoicetablemodel.h"
#include "models/paymenttablemodel.h"
#include "models/reporttablemodel.h"
#include "models/revenuetablemodel.h"
#include "pages/banklinespanel.h"
#include "pages/dashboardpage.h"
#include "pages/invoicespage.h"
#include "pages/reportspage.h"
#include "pages/revenuepage.h"
#include "pages/transactionspage.h"
#include "reports/agingreport.h"
#include "reports/revenuereport.h"
#include "security/auditlog.h"
#include "storage/bankrepository.h"
#include "storage/database.h"
#include "storage/sqlquery.h"
#include "storage/userrepository.h"
#include "widgets/reportchartview.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTimer>
#include <QUndoStack>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <atomic>

using namespace Accrue;

namespace {
// The GUI's "today" in every test: the demo book ends on it and pages, the
// CLI and services are all told it, so no figure depends on the calendar.
// Mid-month, so the current month already has revenue.
const QDate kToday(2026, 6, 17);
} // namespace

class TestUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void modelsPassTheModelTester();
    void invoiceListPagesFromEitherEndAndOnAWorker_data();
    void invoiceListPagesFromEitherEndAndOnAWorker();
    void paymentListPagesOnAWorker();
    void invoiceFiltersMatchTheCli_data();
    void invoiceFiltersMatchTheCli();
    void clickingAnAgingBarFiltersInvoices_data();
    void clickingAnAgingBarFiltersInvoices();
    void reportExportEqualsTheCli_data();
    void reportExportEqualsTheCli();
    void everyTabShowsItsData();
    void printedReportHasTitleAndTotals();
    void reportsPageChartsSortsAndKeepsPresets();
    void reportPdfHasTitleParametersAndTotals();
    void revenueCellDrillsDownToItsInvoices();
    void bankStatementImportMatchAndAccept();
    void invoicePdfShowsEverythingLiterally();
    void settingsDialogShowsProblemsAndSaves();
    void paymentAndCreditNoteDialogs();
    void invoiceEditorShowsProblemsAtTheField();
    void invoiceEditorTotalsUndoSaveIssue();
    void invoiceEditorDuplicates();
    void creditNoteByChosenLinesAndVoid();
    void invoicesPageActionsFollowTheSelection();
    void exportPdfsOfTheSelection();
    void invoiceViewOffersTheLifeCycle();
    void editorOffersReloadWhenSomeoneElseSaved();
    void usersDialogKeepsAnAdmin();
    void workersAreStoppedBeforeTheBookCloses();
    void ownChangesRefreshThePagesThatShowThem();
    void reconciliationAppliesMoneyOnlyWhereChosen();

private:
    QByteArray cli(const QStringList &args);
    std::unique_ptr<Database> openBook() const;
    QTemporaryDir m_dir;
    QString m_book;
};

QByteArray TestUi::cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(ACCRUE_CLI_PATH),
            args
                + QStringList { QStringLiteral("--db"), m_book, QStringLiteral("--today"),
                                kToday.toString(Qt::ISODate) });
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
    session.setToday(kToday);
    DemoGenerator::Options options;
    options.customers = 40;
    options.invoices = 2500;
    options.seed = 11;
    options.endDate = kToday;
    DemoGenerator(session).generate(options);
}

void TestUi::modelsPassTheModelTester()
{
    auto db = openBook();
    InvoiceTableModel invoices(*db, kToday);
    QAbstractItemModelTester invoiceTester(&invoices,
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(invoices.rowCount() == 2500);
    invoices.sort(InvoiceTableModel::Total, Qt::DescendingOrder);
    InvoiceRegister::InvoiceFilter filter;
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
    AgingReport(*db).run(kToday, aging);
    report.setReport(aging);
    QCOMPARE(report.rowCount(), aging.rows().size());

    RevenueTableModel revenue;
    QAbstractItemModelTester revenueTester(&revenue,
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QDate today = kToday;
    revenue.setMatrix(
        RevenueReport(*db).run(RevenueReport::Dimension::Module, today.addMonths(-11), today));
    QVERIFY(revenue.rowCount() > 2);
    QCOMPARE(revenue.columnCount(), int(revenue.matrix().months.size()) + 2);
}

void TestUi::invoiceListPagesFromEitherEndAndOnAWorker_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<bool>("descending");
    QTest::addColumn<QString>("status");
    QTest::newRow("issued, newest first") << int(InvoiceTableModel::IssueDate) << true << QString();
    QTest::newRow("total") << int(InvoiceTableModel::Total) << false << QString();
    QTest::newRow("customer") << int(InvoiceTableModel::Customer) << true << QString();
    QTest::newRow("reminded (empty first)")
        << int(InvoiceTableModel::Reminded) << false << QString();
    QTest::newRow("paid by due date")
        << int(InvoiceTableModel::DueDate) << false << QStringLiteral("paid");
}

// Every row in the order the full list gives it, whether its page was read
// from the start, from the end (second half) or on a worker thread.
void TestUi::invoiceListPagesFromEitherEndAndOnAWorker()
{
    QFETCH(int, column);
    QFETCH(bool, descending);
    QFETCH(QString, status);
    auto db = openBook();
    InvoiceRegister::InvoiceFilter filter;
    filter.status = status;
    filter.today = kToday;
    filter.sortKey = InvoiceTableModel::sortKey(column);
    filter.descending = descending;
    QVector<qint64> expected;
    InvoiceRegister(*db).invoices(
        filter, [&expected](const InvoiceRegister::InvoiceRow &r) { expected << r.id; });
    QVERIFY(expected.size() > 2 * InvoiceTableModel::pageSize);

    for (const bool worker : { false, true }) {
        InvoiceTableModel model(*db, kToday);
        if (worker)
            model.setSyncSkipLimit(0); // only the first page at once
        model.sort(column, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), expected.size());
        QSignalSpy pages(&model, &InvoiceTableModel::pageLoaded);
        QVector<qint64> ids;
        for (int row = 0; row < model.rowCount(); ++row) {
            QVariant id = model.index(row, 0).data(InvoiceTableModel::IdRole);
            if (!id.isValid()) {
                QVERIFY(worker && row >= InvoiceTableModel::pageSize);
                QCOMPARE(model.index(row, 0).data().toString(), QStringLiteral("Loading…"));
                QVERIFY(model.isLoading());
                QVERIFY(pages.wait(10000));
                id = model.index(row, 0).data(InvoiceTableModel::IdRole);
            }
            ids << id.toLongLong();
        }
        QCOMPARE(ids, expected);
        if (worker)
            QVERIFY(pages.count() >= expected.size() / InvoiceTableModel::pageSize - 1);
    }
}

// The payments list shares the invoice list's page cache: every row the
// same whether its page was read at once or on a worker.
void TestUi::paymentListPagesOnAWorker()
{
    auto db = openBook();
    PaymentTableModel direct(*db);
    PaymentTableModel worker(*db);
    worker.setSyncSkipLimit(0);
    QVERIFY(direct.rowCount() > 2 * PaymentTableModel::pageSize);
    QCOMPARE(worker.rowCount(), direct.rowCount());
    QSignalSpy pages(&worker, &PaymentTableModel::pageLoaded);
    for (int row = 0; row < direct.rowCount(); row += 97) {
        QVariant reference = worker.index(row, PaymentTableModel::Reference).data();
        if (row >= PaymentTableModel::pageSize && worker.isLoading()) {
            QCOMPARE(worker.index(row, PaymentTableModel::Date).data().toString(),
                     QStringLiteral("Loading…"));
            QVERIFY(pages.wait(10000));
            reference = worker.index(row, PaymentTableModel::Reference).data();
        }
        QCOMPARE(reference, direct.index(row, PaymentTableModel::Reference).data());
        QCOMPARE(worker.index(row, PaymentTableModel::Amount).data(),
                 direct.index(row, PaymentTableModel::Amount).data());
    }
    QVERIFY(pages.count() > 0);
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
    session.setToday(kToday);
    InvoicesPage page(session);
    const bool range = status == QLatin1String("range");
    const QDate from = kToday.addMonths(-3), to = kToday.addDays(-7);
    if (range)
        status.clear();
    page.setStatusFilter(status);
    InvoiceRegister::InvoiceFilter filter = page.model()->filter();
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

    QStringList args { QStringLiteral("invoice"), QStringLiteral("list"),
                       QStringLiteral("--format"), QStringLiteral("csv") };
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
    MainWindow window(openBook(), kToday);
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
    const QDate today = kToday;
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
    QTest::addColumn<QString>("command");
    QTest::addColumn<QStringList>("options");
    const QString asOf = kToday.addDays(-45).toString(Qt::ISODate);
    const QString from = kToday.addMonths(-6).toString(Qt::ISODate);
    const QString to = kToday.addDays(-10).toString(Qt::ISODate);
    const QStringList period { QStringLiteral("--from"), from, QStringLiteral("--to"), to };
    QTest::newRow("ar aging") << QStringLiteral("ar-aging")
                              << QStringList { QStringLiteral("--as-of"), asOf };
    QTest::newRow("trial balance")
        << QStringLiteral("trial-balance") << QStringList { QStringLiteral("--as-of"), asOf };
    QTest::newRow("monthly revenue by customer")
        << QStringLiteral("monthly-revenue")
        << period + QStringList { QStringLiteral("--split"), QStringLiteral("customer") };
    QTest::newRow("revenue by module") << QStringLiteral("revenue-by-module") << period;
    QTest::newRow("invoice summary") << QStringLiteral("invoice-summary") << period;
    QTest::newRow("payments received") << QStringLiteral("payments-received") << period;
    QTest::newRow("deferred revenue")
        << QStringLiteral("deferred-revenue") << QStringList { QStringLiteral("--as-of"), asOf };
    QTest::newRow("credit notes") << QStringLiteral("credit-notes") << period;
    QTest::newRow("customer credit") << QStringLiteral("customer-credit") << QStringList();
    QTest::newRow("general ledger, one account")
        << QStringLiteral("general-ledger")
        << period + QStringList { QStringLiteral("--account"), QStringLiteral("1100") };
}

void TestUi::reportExportEqualsTheCli()
{
    QFETCH(QString, command);
    QFETCH(QStringList, options);
    auto db = openBook();
    Session session(*db, QStringLiteral("tester"));
    session.setToday(kToday);
    ReportsPage page(session);
    ReportsPage::Request request;
    request.report = command;
    for (int i = 0; i + 1 < options.size(); i += 2) {
        const QString value = options.at(i + 1);
        const QDate date = QDate::fromString(value, Qt::ISODate);
        if (options.at(i) == QLatin1String("--as-of"))
            request.parameters.asOf = date;
        else if (options.at(i) == QLatin1String("--from"))
            request.parameters.from = date;
        else if (options.at(i) == QLatin1String("--to"))
            request.parameters.to = date;
        else if (options.at(i) == QLatin1String("--split"))
            request.parameters.split = value;
        else if (options.at(i) == QLatin1String("--account"))
            request.parameters.account = value;
    }
    page.setRequest(request);
    QCOMPARE(page.request().report, command);
    const QString path = m_dir.filePath(command + QStringLiteral("-gui.csv"));
    page.writeCsv(path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray fromGui = file.readAll();
    const QByteArray fromCli
        = cli(QStringList { QStringLiteral("report"), command } + options
              + QStringList { QStringLiteral("--format"), QStringLiteral("csv") });
    QVERIFY(fromGui.count('\n') >= 2);
    QCOMPARE(fromGui, fromCli);
}

void TestUi::reportsPageChartsSortsAndKeepsPresets()
{
    auto db = openBook();
    Session session(*db, QStringLiteral("tester"));
    session.setToday(kToday);
    ReportsPage page(session);
    QSettings().remove(QStringLiteral("reports/presets"));
    ReportsPage::Request request;
    request.report = QStringLiteral("monthly-revenue");
    request.parameters.from = kToday.addMonths(-5);
    request.parameters.to = kToday;
    request.parameters.split = QStringLiteral("module");
    page.setRequest(request);
    QSignalSpy loaded(&page, &Page::loaded);
    page.generate();
    QVERIFY(loaded.wait(30000));
    // Stacked bars: one set per module, one bar per month.
    QVERIFY(page.chart()->isVisibleTo(&page));
    QVERIFY(page.chart()->seriesCount() >= 2);
    QCOMPARE(page.chart()->valueCount(), 6);

    // Sorting by revenue keeps the total rows at the foot.
    ReportTableModel *model = page.model();
    const int rows = model->rowCount();
    model->sort(4, Qt::DescendingOrder);
    QVERIFY(model->report().isTotalRow(rows - 1));
    qint64 previous = std::numeric_limits<qint64>::max();
    int dataRows = 0;
    for (int r = 0; r < rows; ++r) {
        if (model->index(r, 0).data(Qt::FontRole).value<QFont>().bold())
            continue;
        const qint64 v
            = model->index(r, 4).data(ReportTableModel::RawValueRole).value<Money>().minor();
        QVERIFY(v <= previous);
        previous = v;
        ++dataRows;
    }
    QVERIFY(dataRows > 0);
    QVERIFY(model->index(rows - 1, 0).data(Qt::FontRole).value<QFont>().bold());

    // A preset brings the report and its parameters back.
    page.savePreset(QStringLiteral("Revenue/modules"));
    QVERIFY(page.presetNames().contains(QStringLiteral("Revenue-modules")));
    page.setRequest({ QStringLiteral("ar-aging"), {} });
    QVERIFY(page.loadPreset(QStringLiteral("Revenue-modules")));
    QCOMPARE(page.request().report, QStringLiteral("monthly-revenue"));
    QCOMPARE(page.request().parameters.split, QStringLiteral("module"));
    QCOMPARE(page.request().parameters.from, request.parameters.from);
    page.deletePreset(QStringLiteral("Revenue-modules"));
    QVERIFY(page.presetNames().isEmpty());

    // Aging pictures its buckets; a report without a chart hides it.
    page.setRequest({ QStringLiteral("ar-aging"), {} });
    page.generate();
    QVERIFY(loaded.wait(30000));
    QCOMPARE(page.chart()->valueCount(), 5);
    page.setRequest({ QStringLiteral("credit-notes"), {} });
    page.generate();
    QVERIFY(loaded.wait(30000));
    QVERIFY(!page.chart()->isVisibleTo(&page));
}

void TestUi::reportPdfHasTitleParametersAndTotals()
{
    auto db = openBook();
    Session session(*db, QStringLiteral("tester"));
    session.setToday(kToday);
    ReportsPage page(session);
    ReportsPage::Request request;
    request.report = QStringLiteral("invoice-summary");
    request.parameters.from = kToday.addMonths(-3);
    request.parameters.to = kToday;
    page.setRequest(request);
    const QString pdf = m_dir.filePath(QStringLiteral("summary.pdf"));
    page.writePdf(pdf);
    QProcess text;
    text.start(QStringLiteral("pdftotext"),
               { QStringLiteral("-layout"), pdf, QStringLiteral("-") });
    QVERIFY(text.waitForFinished(30000));
    const QString printed = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY2(printed.contains(QStringLiteral("Invoice summary")), qPrintable(printed.left(300)));
    QVERIFY(printed.contains(QLocale().toString(request.parameters.from, QLocale::LongFormat)));
    QVERIFY(printed.contains(QStringLiteral("TOTAL")));
    QVERIFY(printed.contains(QStringLiteral("Run ")));
}

void TestUi::everyTabShowsItsData()
{
    MainWindow window(openBook(), kToday);
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
    AgingReport(*db).run(kToday, table);
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
    session.setToday(kToday);
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
    // Markup in a description prints as text, on one line: the description
    // column is wide enough not to break words.
    QVERIFY2(printed.contains(QStringLiteral("Item 1 <i>not italic</i>")),
             qPrintable(printed.left(1500)));
    QVERIFY(printed.contains(QStringLiteral("Item 60 <i>not italic</i>")));
    // Every page is numbered "n of N" with the invoice number.
    const int pages = int(printed.count(u'\f'));
    QVERIFY(pages >= 2);
    for (int page = 1; page <= pages; ++page)
        QVERIFY2(printed.contains(
                     QStringLiteral("%1 · Page %2 of %3").arg(inv.number).arg(page).arg(pages)),
                 qPrintable(printed.right(300)));
    QVERIFY(printed.contains(inv.total().formatNumber(QLocale::c())));
    // The column titles repeat on the second page.
    QVERIFY(printed.count(QStringLiteral("Unit price")) >= 2);
}

void TestUi::settingsDialogShowsProblemsAndSaves()
{
    auto db = openBook();
    Session session(*db, QStringLiteral("tester"));
    session.setToday(kToday);
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
    session.setToday(kToday);
    InvoiceRegister::InvoiceFilter filter;
    filter.status = QStringLiteral("open");
    filter.today = kToday;
    std::vector<qint64> open;
    InvoiceRegister(*db).invoices(
        filter, [&](const InvoiceRegister::InvoiceRow &row) { open.push_back(row.id); });
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

namespace {

// What a person types in the editor's line cells, in the test's locale.
void type(InvoiceLinesModel *model, int row, int column, const QString &text)
{
    model->setData(model->index(row, column), text, Qt::EditRole);
}

qint64 firstCustomerId(Session &session)
{
    return CustomerService(session).list().front().id;
}

} // namespace

void TestUi::invoiceEditorShowsProblemsAtTheField()
{
    auto db = openBook();
    Session session(*db, QStringLiteral("tester"));
    session.setToday(kToday);
    InvoiceEditorDialog editor(session, InvoiceEditorDialog::newInvoice(session));
    InvoiceLinesModel *lines = editor.linesModel();
    QAbstractItemModelTester tester(lines, QAbstractItemModelTester::FailureReportingMode::QtTest);

    // Nothing chosen yet: the customer and the lines say so, and nothing is saved.
    QVERIFY(editor.fieldProblem(InvoiceProblem::Field::Customer).contains(u"customer"));
    QVERIFY(editor.fieldProblem(InvoiceProblem::Field::Lines).contains(u"line"));
    QVERIFY(!editor.saveDraft());
    QCOMPARE(editor.draft()->invoice().id, qint64(0));

    editor.setCustomer(firstCustomerId(session));
    QVERIFY(editor.fieldProblem(InvoiceProblem::Field::Customer).isEmpty());
    lines->addLine();
    QVERIFY(editor.fieldProblem(InvoiceProblem::Field::Lines).isEmpty());
    type(lines, 0, InvoiceLinesModel::Description, QStringLiteral("Consulting"));
    type(lines, 0, InvoiceLinesModel::UnitPrice, QStringLiteral("100"));

    // A negative quantity and a tax rate over 100% are kept, marked at the cell, and block saving.
    type(lines, 0, InvoiceLinesModel::Quantity, QStringLiteral("-1"));
    QVERIFY(lines->index(0, InvoiceLinesModel::Quantity)
                .data(InvoiceLinesModel::ProblemRole)
                .toString()
                .contains(u"greater than zero"));
    QVERIFY(!editor.saveDraft());
    type(lines, 0, InvoiceLinesModel::Quantity, QStringLiteral("1"));
    QVERIFY(
        lines->index(0, InvoiceLinesModel::Quantity).data(InvoiceLinesModel::ProblemRole).isNull());
    type(lines, 0, InvoiceLinesModel::TaxRate, QStringLiteral("150"));
    QVERIFY(lines->index(0, InvoiceLinesModel::TaxRate)
                .data(InvoiceLinesModel::ProblemRole)
                .toString()
                .contains(u"100%"));
    QVERIFY(!editor.saveDraft());
    type(lines, 0, InvoiceLinesModel::TaxRate, QStringLiteral("20"));

    // Text that is not a number never reaches the invoice; the reason is shown.
    QSignalSpy rejected(lines, &InvoiceLinesModel::inputRejected);
    type(lines, 0, InvoiceLinesModel::Quantity, QStringLiteral("three"));
    QCOMPARE(rejected.size(), 1);
    QCOMPARE(editor.draft()->invoice().lines.front().quantityMilli, qint64(1000));
    QVERIFY(editor.findChild<QLabel *>(QStringLiteral("inputProblem"))->text().contains(u"three"));

    // A due date before the issue date is shown at the due date.
    editor.draft()->edit(QStringLiteral("due"),
                         [](Invoice &inv) { inv.dueDate = inv.issueDate.addDays(-1); });
    QVERIFY(editor.fieldProblem(InvoiceProblem::Field::DueDate).contains(u"before the issue date"));
    QVERIFY(!editor.saveDraft());
    editor.draft()->undoStack()->undo();
    QVERIFY(editor.fieldProblem(InvoiceProblem::Field::DueDate).isEmpty());
    QVERIFY(editor.saveDraft());
    QVERIFY(editor.draft()->invoice().id > 0);
    QVERIFY(!editor.draft()->isModified());
}

void TestUi::invoiceEditorTotalsUndoSaveIssue()
{
    auto db = openBook();
    Session session(*db, QStringLiteral("tester"));
    session.setToday(kToday);
    InvoiceEditorDialog editor(session, InvoiceEditorDialog::newInvoice(session));
    InvoiceLinesModel *lines = editor.linesModel();
    editor.setCustomer(firstCustomerId(session));
    const Currency currency = editor.draft()->invoice().currency;
    const QLocale locale;
    lines->addLine();
    type(lines, 0, InvoiceLinesModel::Description, QStringLiteral("Licences"));
    type(lines, 0, InvoiceLinesModel::Quantity, locale.toString(2.5, 'f', 1));
    type(lines, 0, InvoiceLinesModel::UnitPrice, Money(1999, currency).formatNumber(locale));
    type(lines, 0, InvoiceLinesModel::TaxRate, QStringLiteral("19"));
    lines->addLine();
    type(lines, 1, InvoiceLinesModel::Description, QStringLiteral("Set-up"));
    type(lines, 1, InvoiceLinesModel::UnitPrice, Money(5000, currency).formatNumber(locale));
    type(lines, 1, InvoiceLinesModel::TaxRate, QStringLiteral("7"));
    type(lines, 1, InvoiceLinesModel::Discount, QStringLiteral("10"));

    // 2.5 x 19.99 = 49.975 -> 49.98, tax 19% 9.4962 -> 9.50; 50.00 less 10% = 45.00, tax 7% 3.15.
    const Invoice &inv = editor.draft()->invoice();
    QCOMPARE(inv.lines[0].netMinor, qint64(4998));
    QCOMPARE(inv.lines[0].taxMinor, qint64(950));
    QCOMPARE(inv.lines[1].netMinor, qint64(4500));
    QCOMPARE(inv.lines[1].taxMinor, qint64(315));
    QCOMPARE(inv.totalMinor, qint64(4998 + 950 + 4500 + 315));
    const QString totals = editor.findChild<QLabel *>(QStringLiteral("totals"))->text();
    QVERIFY(totals.contains(Money(inv.totalMinor, currency).format(locale).toHtmlEscaped()));
    QVERIFY(totals.contains(Money(950, currency).format(locale).toHtmlEscaped()));
    QVERIFY(totals.contains(Money(315, currency).format(locale).toHtmlEscaped()));

    // Undo takes back one edit at a time, redo brings it back.
    QUndoStack *undo = editor.draft()->undoStack();
    undo->undo(); // the discount
    QCOMPARE(editor.draft()->invoice().lines[1].netMinor, qint64(5000));
    undo->redo();
    QCOMPARE(editor.draft()->invoice().lines[1].netMinor, qint64(4500));

    // ACCRUE_UI_SHOTS=DIR keeps a picture of the editor to look at (docs/screenshots).
    if (const QString shots = qEnvironmentVariable("ACCRUE_UI_SHOTS"); !shots.isEmpty()) {
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QVERIFY(editor.grab().save(QDir(shots).filePath(QStringLiteral("editor.png"))));
    }
    QVERIFY(editor.saveDraft());
    const qint64 id = editor.draft()->invoice().id;
    InvoiceService service(session);
    QCOMPARE(service.load(id).totalMinor, qint64(10763));
    QCOMPARE(int(service.load(id).lines.size()), 2);

    // An edit after saving updates the same draft.
    type(lines, 1, InvoiceLinesModel::Discount, QString());
    QVERIFY(editor.saveDraft());
    QCOMPARE(editor.draft()->invoice().id, id);
    QCOMPARE(service.load(id).lines[1].netMinor, qint64(5000));

    QSignalSpy issued(&editor, &InvoiceEditorDialog::issued);
    QVERIFY(editor.issue(false));
    QCOMPARE(issued.size(), 1);
    const Invoice stored = service.load(id);
    QVERIFY(stored.status == InvoiceStatus::Open);
    QCOMPARE(issued.front().front().toString(), stored.number);

    // Opened again, an issued invoice is read-only in the editor too.
    InvoiceEditorDialog again(session, stored);
    QVERIFY(!(again.linesModel()->flags(again.linesModel()->index(0, 1)) & Qt::ItemIsEditable));
    QVERIFY(!again.linesModel()->setData(again.linesModel()->index(0, 1), QStringLiteral("x"),
                                         Qt::EditRole));
    QVERIFY(!again.saveDraft());
    QVERIFY(!again.issue(false));
    QCOMPARE(service.load(id).lines[0].description, QStringLiteral("Licences"));
}

void TestUi::invoiceEditorDuplicates()
{
    auto db = openBook();
    Session session(*db, QStringLiteral("tester"));
    session.setToday(kToday);
    InvoiceRegister::InvoiceFilter filter;
    filter.status = QStringLiteral("paid");
    filter.today = kToday;
    qint64 paidId = 0;
    InvoiceRegister(*db).invoices(filter, [&](const InvoiceRegister::InvoiceRow &row) {
        if (!paidId)
            paidId = row.id;
    });
    QVERIFY(paidId > 0);
    InvoiceService service(session);
    const Invoice source = service.load(paidId);
    InvoiceEditorDialog editor(session, source);
    editor.duplicate();
    const Invoice &copy = editor.draft()->invoice();
    QCOMPARE(copy.id, qint64(0));
    QVERIFY(copy.number.isEmpty());
    QCOMPARE(copy.customerId, source.customerId);
    QCOMPARE(copy.issueDate, session.today());
    QCOMPARE(copy.issueDate.daysTo(copy.dueDate), source.issueDate.daysTo(source.dueDate));
    QCOMPARE(copy.totalMinor, source.totalMinor);
    QVERIFY(editor.saveDraft());
    QVERIFY(editor.draft()->invoice().id != paidId);
    QVERIFY(service.load(editor.draft()->invoice().id).status == InvoiceStatus::Draft);
    QVERIFY(service.load(paidId).status == InvoiceStatus::Paid);
}

void TestUi::creditNoteByChosenLinesAndVoid()
{
    auto db = openBook();
    Session session(*db, QStringLiteral("tester"));
    session.setToday(kToday);
    InvoiceService service(session);
    Invoice inv = InvoiceEditorDialog::newInvoice(session);
    inv.customerId = firstCustomerId(session);
    for (int i = 1; i <= 2; ++i) {
        InvoiceLine line;
        line.position = i;
        line.description = QStringLiteral("Line %1").arg(i);
        line.unitPriceMinor = 10000 * i;
        line.taxRateBp = 1000;
        inv.lines.push_back(line);
    }
    const qint64 id = service.createDraft(inv);
    const Invoice issued = service.issue(id);
    QCOMPARE(issued.totalMinor, qint64(33000));

    CreditNoteDialog byLine(session, issued);
    byLine.chooseLine(2, Money(5000, issued.currency).formatNumber(QLocale()));
    byLine.setReason(QStringLiteral("Half of line 2"));
    byLine.accept();
    QCOMPARE(byLine.result(), int(QDialog::Accepted));
    QCOMPARE(service.load(id).balanceMinor, qint64(33000 - 5500));

    CreditNoteDialog voiding(session, service.load(id));
    voiding.setVoidMode();
    voiding.accept(); // no reason yet
    QCOMPARE(voiding.result(), int(QDialog::Rejected));
    voiding.setReason(QStringLiteral("Sent to the wrong customer"));
    voiding.accept();
    QCOMPARE(voiding.result(), int(QDialog::Accepted));
    const Invoice after = service.load(id);
    QVERIFY(after.status == InvoiceStatus::Void);
    QCOMPARE(after.balanceMinor, qint64(0));
    QVERIFY(AuditLog(*db, QString()).verify().ok);
}

void TestUi::invoicesPageActionsFollowTheSelection()
{
    auto db = openBook();
    Session session(*db, QStringLiteral("tester"));
    session.setToday(kToday);
    InvoicesPage page(session);
    QCOMPARE(page.action(QStringLiteral("new"))->shortcut(), QKeySequence(QKeySequence::New));
    QCOMPARE(page.action(QStringLiteral("new"))->shortcutContext(), Qt::WidgetWithChildrenShortcut);
    auto *table = page.findChild<QTableView *>();
    auto select = [&](const QString &status) {
        page.setStatusFilter(status);
        QTRY_VERIFY(page.model()->rowCount() > 0);
        table->setCurrentIndex(page.model()->index(0, 0));
    };
    select(QStringLiteral("draft"));
    QVERIFY(page.action(QStringLiteral("edit"))->isEnabled());
    QVERIFY(page.action(QStringLiteral("issue"))->isEnabled());
    QVERIFY(!page.action(QStringLiteral("pay"))->isEnabled());
    QVERIFY(!page.action(QStringLiteral("void"))->isEnabled());
    select(QStringLiteral("overdue"));
    QVERIFY(!page.action(QStringLiteral("edit"))->isEnabled());
    QVERIFY(page.action(QStringLiteral("pay"))->isEnabled());
    QVERIFY(page.action(QStringLiteral("void"))->isEnabled());
    QVERIFY(page.action(QStringLiteral("remind"))->isEnabled());

    // Mark Reminded shows in the list's own column.
    const qint64 id = page.model()->index(0, 0).data(InvoiceTableModel::IdRole).toLongLong();
    page.markReminded();
    QTRY_COMPARE(page.model()
                     ->index(0, InvoiceTableModel::Reminded)
                     .data(InvoiceTableModel::RawValueRole)
                     .toString(),
                 kToday.toString(Qt::ISODate));
    QCOMPARE(page.model()->index(0, 0).data(InvoiceTableModel::IdRole).toLongLong(), id);
}

void TestUi::exportPdfsOfTheSelection()
{
    auto db = openBook();
    Session session(*db, QStringLiteral("tester"));
    session.setToday(kToday);
    InvoicesPage page(session);
    page.setStatusFilter(QStringLiteral("paid"));
    QTRY_VERIFY(page.model()->rowCount() >= 3);
    auto *table = page.findChild<QTableView *>();
    QStringList numbers;
    for (int row = 0; row < 3; ++row) {
        table->selectionModel()->select(page.model()->index(row, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
        numbers << page.model()->index(row, InvoiceTableModel::Number).data().toString();
    }
    // The company prints on Letter: the batch follows it, as the CLI does.
    CompanySettings company = SettingsService(session).company();
    const QString paperBefore = company.paper;
    company.paper = QStringLiteral("letter");
    SettingsService(session).saveCompany(company);
    QTemporaryDir out;
    QSignalSpy exported(&page, &InvoicesPage::pdfsExported);
    page.exportPdfsTo(out.path());
    QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 1, 30000);
    QCOMPARE(exported.front().front().toInt(), 3);
    for (const QString &number : numbers) {
        const QString path = QDir(out.path()).filePath(number + QStringLiteral(".pdf"));
        QFile pdf(path);
        QVERIFY2(pdf.open(QIODevice::ReadOnly), qPrintable(number));
        QVERIFY(pdf.read(5) == "%PDF-");
        QProcess info;
        info.start(QStringLiteral("pdfinfo"), { path });
        QVERIFY(info.waitForFinished());
        QVERIFY2(info.readAllStandardOutput().contains("612 x 792 pts (letter)"),
                 qPrintable(number));
    }
    company = SettingsService(session).company();
    company.paper = paperBefore;
    SettingsService(session).saveCompany(company);
}

void TestUi::invoiceViewOffersTheLifeCycle()
{
    auto db = openBook();
    Session session(*db, QStringLiteral("tester"));
    session.setToday(kToday);
    InvoicesPage page(session);
    page.setStatusFilter(QStringLiteral("overdue"));
    QTRY_VERIFY(page.model()->rowCount() > 0);
    page.findChild<QTableView *>()->setCurrentIndex(page.model()->index(0, 0));
    const qint64 id = page.model()->index(0, 0).data(InvoiceTableModel::IdRole).toLongLong();
    InvoiceViewDialog view(session, InvoiceService(session).documentData(id));
    view.offerActions({ page.action(QStringLiteral("pay")), page.action(QStringLiteral("edit")) });
    QPushButton *pay = nullptr;
    QPushButton *edit = nullptr;
    for (QPushButton *b : view.findChildren<QPushButton *>()) {
        if (b->text() == page.action(QStringLiteral("pay"))->text())
            pay = b;
        if (b->text() == page.action(QStringLiteral("edit"))->text())
            edit = b;
    }
    QVERIFY(pay && edit);
    QVERIFY(pay->isEnabled());
    QVERIFY(!edit->isEnabled()); // an issued invoice is not edited
    pay->click();
    QCOMPARE(view.result(), int(QDialog::Accepted));
    QCOMPARE(view.chosenAction(), page.action(QStringLiteral("pay")));
}

void TestUi::revenueCellDrillsDownToItsInvoices()
{
    auto db = openBook();
    Session session(*db, QStringLiteral("tester"));
    session.setToday(kToday);
    RevenuePage page(session);
    auto *dimension = page.findChild<QComboBox *>();
    QSignalSpy loaded(&page, &Page::loaded);
    dimension->setCurrentIndex(dimension->findData(int(RevenueReport::Dimension::Customer)));
    QVERIFY(loaded.wait(20000));
    RevenueTableModel *model = page.model();
    // The first customer's busiest month.
    QModelIndex cell;
    for (int c = 1; c < model->columnCount() - 1; ++c) {
        const QModelIndex i = model->index(0, c);
        if (!cell.isValid()
            || i.data(RevenueTableModel::RawValueRole).toLongLong()
                > cell.data(RevenueTableModel::RawValueRole).toLongLong())
            cell = i;
    }
    QVERIFY(cell.data(RevenueTableModel::RawValueRole).toLongLong() > 0);
    ReportParameters scope;
    QString title;
    QVERIFY(page.drillScope(cell, scope, title));
    const QString key = cell.data(RevenueTableModel::KeyRole).toString();
    QCOMPARE(scope.customer, key);
    QCOMPARE(scope.from.day(), 1);
    QCOMPARE(scope.to, scope.from.addMonths(1).addDays(-1));
    QCOMPARE(scope.from.toString(QStringLiteral("yyyy-MM")),
             cell.data(RevenueTableModel::MonthRole).toString());
    RevenueDrillDialog dialog(*db, title, scope);
    ReportTableModel *invoices = dialog.invoices();
    QVERIFY(invoices->rowCount() > 0);
    const auto &columns = invoices->report().columns();
    int codeColumn = -1, issuedColumn = -1;
    for (int c = 0; c < columns.size(); ++c) {
        if (columns.at(c).key == QLatin1String("customer_code"))
            codeColumn = c;
        if (columns.at(c).key == QLatin1String("issue_date"))
            issuedColumn = c;
    }
    QVERIFY(codeColumn >= 0 && issuedColumn >= 0);
    for (int r = 0; r < invoices->rowCount(); ++r) {
        if (invoices->report().isTotalRow(r))
            continue;
        QCOMPARE(invoices->index(r, codeColumn).data(ReportTableModel::RawValueRole).toString(),
                 key);
        const QDate issued = QDate::fromString(
            invoices->index(r, issuedColumn).data(ReportTableModel::RawValueRole).toString(),
            Qt::ISODate);
        QVERIFY(issued >= scope.from && issued <= scope.to);
    }
    // The total row of the table has no drill-down.
    QVERIFY(!page.drillScope(model->index(model->rowCount() - 1, 1), scope, title));
}

void TestUi::bankStatementImportMatchAndAccept()
{
    // A copy of the demo book: this test adds payments.
    const QString path = m_dir.filePath(QStringLiteral("bank-ui.sqlite"));
    QVERIFY(QFile::copy(m_book, path));
    auto db = Database::open(path, Database::OpenMode::MustExist);
    db->migrate();
    Session session(*db, QStringLiteral("tester"));
    session.setToday(kToday);
    InvoiceRegister::InvoiceFilter filter;
    filter.status = QStringLiteral("open");
    filter.today = kToday;
    std::vector<InvoiceRegister::InvoiceRow> open;
    InvoiceRegister(*db).invoices(filter, [&](const InvoiceRegister::InvoiceRow &r) {
        if (open.size() < 2)
            open.push_back(r);
    });
    QVERIFY(open.size() == 2);
    const Currency currency = Currency::require(open[0].currency);
    auto plain = [&](qint64 minor) { return Money(minor, currency).toPlainString().toUtf8(); };
    const QByteArray csv = "Date;Amount;Name;Text\n" + kToday.toString(Qt::ISODate).toUtf8() + ";"
        + plain(open[0].balanceMinor) + ";" + open[0].customerName.toUtf8() + ";"
        + open[0].number.toUtf8() + "\n" + kToday.toString(Qt::ISODate).toUtf8()
        + ";-4.20;Bank;fee\n" + kToday.toString(Qt::ISODate).toUtf8() + ";17.00;Nobody;hello\n";
    const QString file = m_dir.filePath(QStringLiteral("statement.csv"));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(csv);
    }

    // The layout dialog previews the lines, and says what is wrong when it is.
    CsvMappingDialog dialog(csv, QStringLiteral("statement.csv"), {});
    BankCsvMapping m;
    m.name = QStringLiteral("Test bank");
    m.delimiter = u';';
    m.dateColumn = QStringLiteral("Date");
    m.amountColumn = QStringLiteral("Amount");
    m.counterpartyColumn = QStringLiteral("Name");
    m.referenceColumn = QStringLiteral("Text");
    m.currency = currency.code();
    dialog.setMapping(m);
    QCOMPARE(dialog.previewRows(), 3);
    QVERIFY2(dialog.problem().isEmpty(), qPrintable(dialog.problem()));
    m.dateFormat = QStringLiteral("dd.MM.yyyy");
    dialog.setMapping(m);
    QVERIFY(dialog.problem().contains(u"statement.csv:2: date"));
    m.dateFormat = QStringLiteral("yyyy-MM-dd");
    BankImportService(session).saveMapping(m);

    TransactionsPage page(session);
    BankLinesPanel *panel = page.bank();
    QAbstractItemModelTester tester(panel->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(panel->importFile(file, QStringLiteral("Test bank")));
    QCOMPARE(panel->model()->rowCount(), 3);
    QVERIFY(panel->importFile(file, QStringLiteral("Test bank"))); // again: nothing new
    QCOMPARE(panel->model()->rowCount(), 3);
    panel->autoMatch();
    int proposed = -1;
    for (int r = 0; r < panel->model()->rowCount(); ++r)
        if (panel->model()->index(r, 0).data(BankLineTableModel::StateRole).toString()
            == QLatin1String("proposed"))
            proposed = r;
    QVERIFY(proposed >= 0);
    QVERIFY(panel->model()
                ->index(proposed, BankLineTableModel::Reason)
                .data()
                .toString()
                .contains(open[0].number));
    QSignalSpy changed(&session.changes(), &ChangeBus::changed);
    panel->selectRow(proposed);
    QCOMPARE(panel->acceptSelected(), 1);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(panel->model()->index(proposed, 0).data(BankLineTableModel::StateRole).toString(),
             QStringLiteral("matched"));
    QCOMPARE(InvoiceService(session).load(open[0].id).balanceMinor, qint64(0));

    // The unmatched 17.00 by hand, to the second invoice's customer: part to
    // the invoice, the rest (if any) as credit.
    int unknown = -1;
    for (int r = 0; r < panel->model()->rowCount(); ++r)
        if (panel->model()->index(r, BankLineTableModel::Reference).data().toString()
            == QLatin1String("hello"))
            unknown = r;
    QVERIFY(unknown >= 0);
    const qint64 id
        = panel->model()->index(unknown, 0).data(BankLineTableModel::IdRole).toLongLong();
    const auto line = BankRepository(*db).transaction(id);
    const qint64 customer = InvoiceService(session).load(open[1].id).customerId;
    ManualMatchDialog match(session, *line);
    match.setCustomer(customer);
    QVERIFY(match.invoiceCount() >= 1);
    match.accept();
    QCOMPARE(match.result(), int(QDialog::Accepted));
    QCOMPARE(BankRepository(*db).transaction(id)->state, QStringLiteral("matched"));
    QVERIFY(AuditLog(*db, QString()).verify().ok);
}

void TestUi::editorOffersReloadWhenSomeoneElseSaved()
{
    auto db = openBook();
    Session session(*db, QStringLiteral("tester"));
    session.setToday(kToday);
    InvoiceService service(session);
    Invoice draft = InvoiceEditorDialog::newInvoice(session);
    draft.customerId = firstCustomerId(session);
    InvoiceLine line;
    line.description = QStringLiteral("Hours");
    line.quantityMilli = 1000;
    line.unitPriceMinor = 10000;
    draft.lines.push_back(line);
    const qint64 id = service.createDraft(draft);
    InvoiceEditorDialog editor(session, service.load(id));

    // A colleague saves the same draft from another connection meanwhile.
    auto other = openBook();
    Session colleague(*other, QStringLiteral("colleague"));
    colleague.setToday(kToday);
    Invoice theirs = InvoiceService(colleague).load(id);
    theirs.notes = QStringLiteral("Agreed with the customer by phone");
    InvoiceService(colleague).updateDraft(theirs);

    type(editor.linesModel(), 0, InvoiceLinesModel::Description, QStringLiteral("Mine"));
    QString shown;
    QTimer::singleShot(0, this, [&shown] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        shown = box->text();
        for (QAbstractButton *b : box->buttons())
            if (b->text().contains(QStringLiteral("Reload")))
                b->click();
    });
    QVERIFY(!editor.saveDraft());
    QVERIFY2(shown.contains(QStringLiteral("colleague")), qPrintable(shown));
    QCOMPARE(editor.draft()->invoice().notes, theirs.notes); // their version is on screen
    QCOMPARE(editor.draft()->invoice().lines.at(0).description, QStringLiteral("Hours"));
    type(editor.linesModel(), 0, InvoiceLinesModel::Description, QStringLiteral("Mine"));
    QVERIFY(editor.saveDraft()); // on top of theirs, now
    QCOMPARE(service.load(id).notes, theirs.notes);
    QCOMPARE(service.load(id).lines.at(0).description, QStringLiteral("Mine"));
    service.deleteDraft(id);
}

void TestUi::usersDialogKeepsAnAdmin()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("users.sqlite")),
                             Database::OpenMode::CreateIfMissing);
    db->migrate();
    Session session(*db, QStringLiteral("owner"));
    session.setToday(kToday);
    UsersDialog dialog(session);
    auto *table = dialog.findChild<QTableWidget *>();
    QCOMPARE(table->rowCount(), 0);
    auto edits = dialog.findChildren<QLineEdit *>();
    QLineEdit *name = edits.at(0);
    auto *role = dialog.findChild<QComboBox *>();
    QPushButton *apply = nullptr, *remove = nullptr;
    for (QPushButton *b : dialog.findChildren<QPushButton *>()) {
        if (b->text().contains(QStringLiteral("Change")))
            apply = b;
        if (b->text().contains(QStringLiteral("move")))
            remove = b;
    }
    QVERIFY(apply && remove);
    name->setText(QStringLiteral("vera"));
    role->setCurrentIndex(role->findData(QStringLiteral("viewer")));
    apply->click();
    // The owner is listed as Admin along with Vera, so nobody is locked out.
    QCOMPARE(table->rowCount(), 2);
    if (const QString shots = qEnvironmentVariable("ACCRUE_UI_SHOTS"); !shots.isEmpty()) {
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.grab().save(QDir(shots).filePath(QStringLiteral("users.png"))));
    }
    QCOMPARE(UserRepository(*db).roleOf(QStringLiteral("owner")), Role::Admin);
    QCOMPARE(UserRepository(*db).roleOf(QStringLiteral("vera")), Role::Viewer);
    // The last Admin cannot step down.
    name->setText(QStringLiteral("owner"));
    role->setCurrentIndex(role->findData(QStringLiteral("finance")));
    apply->click();
    QCOMPARE(UserRepository(*db).roleOf(QStringLiteral("owner")), Role::Admin);
    bool saidWhy = false;
    for (QLabel *label : dialog.findChildren<QLabel *>())
        saidWhy = saidWhy || label->text().contains(QStringLiteral("last Admin"));
    QVERIFY(saidWhy);
    // And a Viewer's session may not open it to change anything.
    Session vera(*db, QStringLiteral("vera"));
    vera.setToday(kToday);
    QVERIFY_THROWS_EXCEPTION(Error, UserService(vera).setRole(QStringLiteral("vera"), Role::Admin));
}

// One change bus: an invoice issued through the window's own session
// reloads the Revenue tab in front (it used to stay stale), and the
// Dashboard behind it only once it is looked at.
void TestUi::ownChangesRefreshThePagesThatShowThem()
{
    const QString copy = m_dir.filePath(QStringLiteral("bus.sqlite"));
    QVERIFY(QFile::copy(m_book, copy));
    MainWindow window(Database::open(copy, Database::OpenMode::MustExist), kToday);
    window.showTab(QStringLiteral("revenue"));
    window.show();
    QSignalSpy revenue(window.revenue(), &Page::loaded);
    QVERIFY(revenue.wait(10000));
    QTest::qWait(500); // the first loads' own refreshes settle
    QSignalSpy dashboard(window.dashboard(), &Page::loaded);
    revenue.clear();
    BookAreas heard;
    connect(&window.session().changes(), &ChangeBus::changed, &window,
            [&heard](BookAreas areas, bool elsewhere) {
                if (!elsewhere)
                    heard |= areas;
            });

    InvoiceService invoices(window.session());
    Invoice draft = invoices.newDraft();
    InvoiceRules::applyCustomer(draft, CustomerService(window.session()).list().front(), 0);
    InvoiceLine line;
    line.description = QStringLiteral("Bus ride");
    line.quantityMilli = 1000;
    line.unitPriceMinor = 4200;
    draft.lines.push_back(line);
    invoices.issue(invoices.createDraft(draft));
    QVERIFY(heard.testFlag(BookArea::Invoices) && heard.testFlag(BookArea::Ledger));

    QVERIFY(revenue.wait(5000));
    QCOMPARE(dashboard.count(), 0); // behind another tab: no work yet
    window.showTab(QStringLiteral("dashboard"));
    QTRY_VERIFY_WITH_TIMEOUT(dashboard.count() > 0, 5000);

    // A change that fails announces nothing.
    heard = {};
    Invoice broken = draft;
    broken.lines.clear();
    QVERIFY_THROWS_EXCEPTION(Error, invoices.createDraft(broken));
    QTest::qWait(50);
    QVERIFY(!heard);
}

void TestUi::workersAreStoppedBeforeTheBookCloses()
{
    // A query that would run for minutes on a pool thread, as a page's load
    // does on a large book: closing must interrupt it and join the thread.
    QObject context;
    bool failed = false;
    std::atomic<bool> started = false;
    runInBackground<qint64>(
        &context, m_book,
        [&started](Database &db) {
            started = true;
            return db
                .query(QStringLiteral("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 "
                                      "FROM c WHERE x < 5000000000) SELECT COUNT(*) FROM c"))
                .scalar()
                .toLongLong();
        },
        [](qint64) {}, [&failed](const QString &) { failed = true; });
    QTRY_VERIFY(started);
    QTest::qWait(100);
    QElapsedTimer timer;
    timer.start();
    BackgroundTasks::stopAll();
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    QTRY_VERIFY(failed);
    // Work starts again afterwards (a new book, a new window).
    bool done = false;
    runInBackground<int>(
        &context, m_book, [](Database &) { return 1; }, [&done](int) { done = true; },
        [](const QString &) {});
    QTRY_VERIFY(done);
}

void TestUi::reconciliationAppliesMoneyOnlyWhereChosen()
{
    // A book of its own: two customers owe the same odd amount, a third
    // invoice is named in a remittance text.
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("r.sqlite")),
                             Database::OpenMode::CreateIfMissing);
    db->migrate();
    Session session(*db, QStringLiteral("tester"));
    session.setToday(kToday);
    CustomerService customers(session);
    std::vector<qint64> ids;
    for (const char *code : { "ALPHA", "BRAVO" }) {
        Customer c;
        c.code = QString::fromLatin1(code);
        c.name = c.code + QStringLiteral(" Ltd");
        c.currency = QStringLiteral("EUR");
        BillingProfile profile;
        profile.city = QStringLiteral("Basel");
        customers.create(c, profile);
        ids.push_back(c.id);
    }
    InvoiceService invoices(session);
    auto issue = [&](qint64 customer, qint64 priceMinor) {
        Invoice inv = InvoiceEditorDialog::newInvoice(session);
        inv.customerId = customer;
        inv.currency = Currency::require(QStringLiteral("EUR"));
        InvoiceLine line;
        line.description = QStringLiteral("Work");
        line.quantityMilli = 1000;
        line.unitPriceMinor = priceMinor;
        inv.lines.push_back(line);
        return invoices.issue(invoices.createDraft(inv));
    };
    const Invoice alpha = issue(ids[0], 12345);
    const Invoice bravo = issue(ids[1], 12345);
    const Invoice named = issue(ids[1], 50000);
    BankImportService(session).importBytes(
        "Date,Amount,Text\n" + kToday.toString(Qt::ISODate).toUtf8() + ",123.45,thanks\n"
            + kToday.toString(Qt::ISODate).toUtf8() + ",20.00,part of "
            + QByteArray(named.number.toUtf8()).replace('-', "") + "\n",
        QStringLiteral("s.csv"), {},
        BankCsvMapping::fromJson(
            QJsonDocument::fromJson(
                R"({"name":"A","date":"Date","amount":"Amount","reference":"Text","currency":"EUR"})")
                .object()),
        {});

    BankLinesPanel panel(session);
    panel.refresh();
    panel.autoMatch();
    QTRY_COMPARE(panel.model()->rowCount(), 2);
    int ambiguous = -1, partial = -1;
    for (int r = 0; r < 2; ++r) {
        const QString text
            = panel.model()->index(r, BankLineTableModel::Reference).data().toString();
        (text == QLatin1String("thanks") ? ambiguous : partial) = r;
    }
    // Accept asks which invoice; declining leaves the line alone.
    int asked = 0;
    panel.setInvoiceChooser([&](const BankRepository::Transaction &,
                                const std::vector<BankRepository::Match> &choices) -> qint64 {
        ++asked;
        return asked == 1 ? 0 : choices.back().invoiceId;
    });
    panel.selectRow(ambiguous);
    QCOMPARE(panel.acceptSelected(), 0);
    QCOMPARE(invoices.load(alpha.id).balanceMinor, qint64(12345));
    QCOMPARE(invoices.load(bravo.id).balanceMinor, qint64(12345));
    panel.selectRow(ambiguous);
    QCOMPARE(panel.acceptSelected(), 1);
    QCOMPARE(asked, 2);
    QCOMPARE(invoices.load(alpha.id).balanceMinor, qint64(12345)); // not the oldest
    QCOMPARE(invoices.load(bravo.id).balanceMinor, qint64(0));

    // By hand: starts from the invoice the payer named, with its customer.
    const qint64 id
        = panel.model()->index(partial, 0).data(BankLineTableModel::IdRole).toLongLong();
    ManualMatchDialog match(session, *BankRepository(*db).transaction(id));
    auto *table = match.findChild<QTableWidget *>();
    QVERIFY(table && table->rowCount() >= 1);
    QCOMPARE(table->item(0, 0)->text(), named.number);
    QCOMPARE(table->item(0, 2)->text(), QLocale().toString(20.0, 'f', 2));
    for (int r = 1; r < table->rowCount(); ++r)
        QVERIFY(table->item(r, 2)->text().isEmpty());
    match.accept();
    QCOMPARE(invoices.load(named.id).balanceMinor, qint64(48000));
}

QTEST_MAIN(TestUi)
#include "tst_ui.moc"
