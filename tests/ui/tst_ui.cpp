// The desktop app on a real demo book, offscreen: models, the Invoices
// filters against accrue-cli, the Dashboard's aging bars, the Reports export.
#include "backgroundtask.h"
#include "billing/bankimportservice.h"
#include "billing/book.h"
#include "billing/customerservice.h"
#include "billing/invoiceservice.h"
#include "billing/reconciliationservice.h"
#include "billing/session.h"
#include "billing/settingsservice.h"
#include "billing/userservice.h"
#include "common/error.h"
#include "common/localdates.h"
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
#include "storage/invoiceregister.h"
#include "storage/sqlquery.h"
#include "storage/userrepository.h"
#include "uidemobook.h"
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
using namespace Accrue::Testing;

class TestUi : public QObject, private UiDemoBook
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
    void usersDialogKeepsAnAdmin();
    void workersAreStoppedBeforeTheBookCloses();
    void ownChangesRefreshThePagesThatShowThem();
    void reconciliationAppliesMoneyOnlyWhereChosen();
};

void TestUi::initTestCase()
{
    createDemoBook();
}

void TestUi::modelsPassTheModelTester()
{
    auto db = openBook();
    InvoiceTableModel invoices(*db, kToday);
    QAbstractItemModelTester invoiceTester(&invoices,
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(invoices.rowCount() == 2500);
    invoices.sort(InvoiceTableModel::Total, Qt::DescendingOrder);
    InvoiceListFilter filter;
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
    QCOMPARE(revenue.columnCount(), int(revenue.matrix().months.size()) + 1);
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
    InvoiceListFilter filter;
    filter.status = status;
    filter.today = kToday;
    filter.sortKey = InvoiceTableModel::sortKey(column);
    filter.descending = descending;
    QVector<qint64> expected;
    InvoiceRegister(*db).invoices(filter,
                                  [&expected](const InvoiceListRow &r) { expected << r.id; });
    QVERIFY(expected.size() > 2 * InvoiceTableModel::pageSize);

    for (const bool worker : { false, true }) {
        InvoiceTableModel model(*db, kToday);
        if (worker)
            model.setSyncSkipLimit(0); // only the first page at once
        model.sort(column, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), expected.size());
        QSignalSpy pages(&model, &InvoiceTableModel::pageLoaded);
        // Pages are sought from their neighbours (keyset paging): reading on
        // from a page skips nothing and is read at once. Every other page
        // first, then the ones between, backwards: each jump forward skips
        // a page and goes to the worker, each page between is read up from
        // the page after it.
        const int pageCount = int((expected.size() + InvoiceTableModel::pageSize - 1)
                                  / InvoiceTableModel::pageSize);
        QVector<int> order;
        for (int page = 0; page < pageCount; page += 2)
            order << page;
        for (int page = pageCount - 1; page > 0; --page)
            if (page % 2)
                order << page;
        QVector<qint64> ids(expected.size());
        for (const int page : order) {
            const int first = page * InvoiceTableModel::pageSize;
            const int last = std::min<int>(first + InvoiceTableModel::pageSize, model.rowCount());
            for (int row = first; row < last; ++row) {
                QVariant id = model.index(row, 0).data(InvoiceTableModel::IdRole);
                if (!id.isValid()) {
                    QVERIFY(worker && row >= InvoiceTableModel::pageSize);
                    QCOMPARE(model.index(row, 0).data().toString(), QStringLiteral("Loading…"));
                    QVERIFY(model.isLoading());
                    QVERIFY(pages.wait(10000));
                    id = model.index(row, 0).data(InvoiceTableModel::IdRole);
                }
                ids[row] = id.toLongLong();
            }
        }
        QCOMPARE(ids, expected);
        if (worker)
            QVERIFY(pages.count() >= pageCount / 2 - 1);
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
    // Jumps of three pages go to the worker; short steps read on at once.
    QVector<int> rows;
    for (int row = 0; row < direct.rowCount(); row += 3 * PaymentTableModel::pageSize + 1)
        rows << row;
    for (int row = 0; row < direct.rowCount(); row += 97)
        rows << row;
    for (const int row : rows) {
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
    InvoiceListFilter filter = page.model()->filter();
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
    MainWindow window(std::make_unique<Book>(openBook()), kToday);
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
    QVERIFY(printed.contains(LocalDates::longDate(request.parameters.from)));
    QVERIFY(printed.contains(QStringLiteral("TOTAL")));
    QVERIFY(printed.contains(QStringLiteral("Run ")));
}

void TestUi::everyTabShowsItsData()
{
    MainWindow window(std::make_unique<Book>(openBook()), kToday);
    window.show();
    for (const QString &tab : MainWindow::tabNames()) {
        // My Account is a customer tenant's user's window alone.
        if (tab == QLatin1String("myaccount")) {
            QVERIFY(!window.showTab(tab));
            continue;
        }
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
                                            QDateTime(kToday, QTime(9, 30)), QLocale::c());
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
    for (int c = 0; c < model->columnCount() - 1; ++c) {
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
    InvoiceListFilter filter;
    filter.status = QStringLiteral("open");
    filter.today = kToday;
    std::vector<InvoiceListRow> open;
    InvoiceRegister(*db).invoices(filter, [&](const InvoiceListRow &r) {
        if (open.size() < 2)
            open.push_back(r);
    });
    QVERIFY(open.size() == 2);
    const QByteArray csv = "Date;Amount;Name;Text\n" + kToday.toString(Qt::ISODate).toUtf8() + ";"
        + open[0].balance.toPlainString().toUtf8() + ";" + open[0].customerName.toUtf8() + ";"
        + open[0].number.toUtf8() + "\n" + kToday.toString(Qt::ISODate).toUtf8()
        + ";-4.20;Bank;fee\n" + kToday.toString(Qt::ISODate).toUtf8() + ";17.00;Nobody;hello\n";
    const QString file = m_dir.filePath(QStringLiteral("statement.csv"));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(csv);
    }

    // The layout dialog previews the lines, and says what is wrong when it is.
    // A new layout starts in the book's currency, not a fixed one.
    const QString bookCurrency = SettingsService(session).bookCurrency().code();
    CsvMappingDialog dialog(csv, QStringLiteral("statement.csv"), {}, bookCurrency);
    QCOMPARE(dialog.mapping().currency, bookCurrency);
    BankCsvMapping m;
    m.name = QStringLiteral("Test bank");
    m.delimiter = u';';
    m.dateColumn = QStringLiteral("Date");
    m.amountColumn = QStringLiteral("Amount");
    m.counterpartyColumn = QStringLiteral("Name");
    m.referenceColumn = QStringLiteral("Text");
    m.currency = open[0].currency.code();
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
    const qint64 acceptedId
        = panel->model()->index(proposed, 0).data(BankLineTableModel::IdRole).toLongLong();
    QCOMPARE(panel->acceptSelected(), 1);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(panel->model()->index(proposed, 0).data(BankLineTableModel::StateRole).toString(),
             QStringLiteral("matched"));
    // The accepted line is still the one selected after the reload.
    const QModelIndexList kept = panel->findChild<QTableView *>()->selectionModel()->selectedRows();
    QCOMPARE(kept.size(), 1);
    QCOMPARE(kept.first().data(BankLineTableModel::IdRole).toLongLong(), acceptedId);
    QCOMPARE(InvoiceService(session).load(open[0].id).balance.minor(), qint64(0));

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
    MainWindow window(std::make_unique<Book>(Database::open(copy, Database::OpenMode::MustExist)),
                      kToday);
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
    line.unitPrice = Money(4200, draft.currency);
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
    const auto book = Database::open(m_book, Database::OpenMode::MustExist);
    runInBackground<qint64>(
        &context, *book,
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
        &context, *book, [](Database &) { return 1; }, [&done](int) { done = true; },
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
        c.currency = Currency::require(QStringLiteral("EUR"));
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
        line.unitPrice = Money(priceMinor, inv.currency);
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
    panel.setInvoiceChooser([&](const BankLine &, const std::vector<BankMatch> &choices) -> qint64 {
        ++asked;
        return asked == 1 ? 0 : choices.back().invoiceId;
    });
    panel.selectRow(ambiguous);
    QCOMPARE(panel.acceptSelected(), 0);
    QCOMPARE(invoices.load(alpha.id).balance.minor(), qint64(12345));
    QCOMPARE(invoices.load(bravo.id).balance.minor(), qint64(12345));
    panel.selectRow(ambiguous);
    QCOMPARE(panel.acceptSelected(), 1);
    QCOMPARE(asked, 2);
    QCOMPARE(invoices.load(alpha.id).balance.minor(), qint64(12345)); // not the oldest
    QCOMPARE(invoices.load(bravo.id).balance.minor(), qint64(0));

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
    QCOMPARE(invoices.load(named.id).balance.minor(), qint64(48000));
}

QTEST_MAIN(TestUi)
#include "tst_ui.moc"
