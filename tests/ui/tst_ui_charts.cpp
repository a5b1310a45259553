// The charts and the Dashboard as a new user meets them: an empty book says
// "No data" (no axis of zeros and ones), value axes carry the currency and
// the thousands separators, a module keeps its colour from chart to chart,
// months carry their year, the Dashboard compares like with like on the
// first of a month and fits a 1280×800 window, and tiles and charts have
// names for screen readers. Books are hand-built (tests/core/testbook.h) or
// a small demo book ending on 1 Dec 2026; every date is fixed.

#include "billing/book.h"
#include "common/localdates.h"
#include "core/testbook.h"
#include "demo/demogenerator.h"
#include "mainwindow.h"
#include "pages/dashboardpage.h"
#include "pages/reportspage.h"
#include "pages/revenuepage.h"
#include "widgets/barchart.h"
#include "widgets/chartpalette.h"
#include "widgets/chartview.h"
#include "widgets/figuretile.h"
#include "widgets/recognitionchartview.h"
#include "widgets/reportchartview.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QPalette>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtCharts/QAbstractBarSeries>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QCategoryAxis>
#include <QtCharts/QChart>

using namespace Accrue;
using namespace Accrue::Testing;

class TestUiCharts final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void emptyBookShowsNoData();
    void valueAxisCarriesCurrencyAndSeparators();
    void valueAxisFollowsTheLocale();
    void moduleKeepsItsColourOnEveryChart();
    void paletteIsReadableLightAndDark();
    void monthLabelsCarryTheYear();
    void dashboardComparesLikeWithLikeOnTheFirst();
    void thisMonthIsTheSameOnDashboardAndReports();
    void dashboardOnTheFirstOfADemoMonth();
    void dashboardFitsALaptopScreen();
    void agingBarsOpenByKeyboard();

private:
    std::unique_ptr<Book> openDemoBook();

    QTemporaryDir m_dir;
    QString m_demo;
};

namespace {

const QDate kFirstOfMonth(2026, 12, 1);

QStringList valueAxisLabels(const ChartView *view)
{
    const auto axes = view->chart()->axes(Qt::Vertical);
    if (axes.isEmpty())
        return {};
    auto *axis = qobject_cast<QCategoryAxis *>(axes.front());
    return axis ? axis->categoriesLabels() : QStringList();
}

QStringList categoryLabels(const ChartView *view)
{
    const auto axes = view->chart()->axes(Qt::Horizontal);
    if (axes.isEmpty())
        return {};
    auto *axis = qobject_cast<QBarCategoryAxis *>(axes.front());
    return axis ? axis->categories() : QStringList();
}

// The colour of the bar set named `name` on `view`'s chart (invalid: none).
QColor setColor(const ChartView *view, const QString &name)
{
    for (QAbstractSeries *series : view->chart()->series())
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series))
            for (QBarSet *set : bars->barSets())
                if (set->label() == name)
                    return set->color();
    return {};
}

bool showsNoData(const ChartView *view)
{
    auto *label = view->findChild<QLabel *>(QStringLiteral("noData"));
    return !view->hasData() && label && label->isVisibleTo(view)
        && label->text() == QStringLiteral("No data") && view->chart()->axes().isEmpty()
        && view->accessibleDescription().contains(QStringLiteral("No data"));
}

// Relative luminance contrast (WCAG 2).
double contrast(const QColor &a, const QColor &b)
{
    auto luminance = [](const QColor &c) {
        auto channel = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF())
            + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QPalette darkPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Mid, QColor(0x55, 0x55, 0x55));
    return dark;
}

QPalette lightPalette()
{
    QPalette light;
    light.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
    light.setColor(QPalette::WindowText, Qt::black);
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Text, Qt::black);
    return light;
}

// Two modules billed every month from June to November 2026; CORE the larger.
void billTwoModules(TestBook &book)
{
    const qint64 acme = book.addCustomer();
    const qint64 core = book.addProduct(QStringLiteral("CORE"), QStringLiteral("4100"));
    const qint64 api = book.addProduct(QStringLiteral("API"), QStringLiteral("4200"));
    InvoiceService invoices(book.session());
    for (int m = 0; m < 6; ++m) {
        const QDate issue = QDate(2026, 6, 10).addMonths(m);
        invoices.issue(
            invoices.createDraft(book.draft(acme, { { 1000, 1250000 } }, issue, 30, core)));
        invoices.issue(
            invoices.createDraft(book.draft(acme, { { 1000, 430000 } }, issue, 30, api)));
    }
}

// Waits for a Revenue tab's two charts.
void loadRevenue(RevenuePage &page)
{
    QSignalSpy loaded(&page, &Page::loaded);
    QSignalSpy shown(page.recognitionChart(), &RecognitionChartView::shown);
    page.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1 && shown.count() >= 1, 20000);
}

void loadDashboard(DashboardPage &page)
{
    QSignalSpy loaded(&page, &Page::loaded);
    page.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, 20000);
}

ChartView *revenueChart(RevenuePage &page)
{
    return page.findChild<ChartView *>(QStringLiteral("revenueChart"));
}

} // namespace

void TestUiCharts::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("AccrueTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_ui_charts"));
    QVERIFY(m_dir.isValid());
    // A small demo book whose history ends on the first of a month.
    m_demo = m_dir.filePath(QStringLiteral("demo.sqlite"));
    auto db = Database::open(m_demo, Database::OpenMode::CreateIfMissing);
    db->migrate();
    Session session(*db, QStringLiteral("tester"));
    session.setToday(kFirstOfMonth);
    DemoGenerator::Options options;
    options.customers = 25;
    options.invoices = 600;
    options.seed = 5;
    options.endDate = kFirstOfMonth;
    DemoGenerator(session).generate(options);
}

void TestUiCharts::init()
{
    // Every case in the same locale: en_US writes "$1,000" and "Nov 26".
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

std::unique_ptr<Book> TestUiCharts::openDemoBook()
{
    auto book = Book::open(m_demo, Book::OpenMode::MustExist);
    book->checkSchema();
    return book;
}

// Dashboard (aging, trend), Revenue (both charts) and a report's chart of a
// book with nothing in it: "No data", no value axis, and the words for a
// screen reader.
void TestUiCharts::emptyBookShowsNoData()
{
    TestBook book;
    book.session().setToday(kFirstOfMonth);

    DashboardPage dashboard(book.session());
    loadDashboard(dashboard);
    for (ChartView *view : { dashboard.agingChart(), dashboard.trendChart() }) {
        QVERIFY2(showsNoData(view), qPrintable(view->objectName()));
        QVERIFY(valueAxisLabels(view).isEmpty());
        QVERIFY(!view->accessibleName().isEmpty()); // its title
    }

    RevenuePage revenue(book.session());
    loadRevenue(revenue);
    QVERIFY(revenueChart(revenue));
    QVERIFY(showsNoData(revenueChart(revenue)));
    QVERIFY(showsNoData(revenue.recognitionChart()));

    ReportsPage reports(book.session());
    ReportsPage::Request request;
    request.report = QStringLiteral("ar-aging");
    reports.setRequest(request);
    QSignalSpy loaded(&reports, &Page::loaded);
    reports.generate();
    QVERIFY(loaded.wait(20000));
    QVERIFY(reports.chart()->isVisibleTo(&reports));
    QVERIFY(showsNoData(reports.chart()->view()));
    QVERIFY(reports.chart()->view()->accessibleName().contains(QStringLiteral("aging"),
                                                               Qt::CaseInsensitive));
}

// 12,500.00 EUR a month: the axis reads "€0" … "€15,000", whole euros with
// the group separator, and the summary names the highest month.
void TestUiCharts::valueAxisCarriesCurrencyAndSeparators()
{
    TestBook book;
    book.session().setToday(kFirstOfMonth);
    billTwoModules(book);
    RevenuePage page(book.session());
    loadRevenue(page);
    ChartView *chart = revenueChart(page);
    QVERIFY(chart->hasData());
    const QStringList labels = valueAxisLabels(chart);
    QVERIFY2(labels.size() >= 3, qPrintable(labels.join(u'|')));
    QCOMPARE(labels.first(), QStringLiteral("€0"));
    for (const QString &label : labels)
        QVERIFY2(label.startsWith(u'€'), qPrintable(label));
    QVERIFY2(labels.contains(QStringLiteral("€10,000")), qPrintable(labels.join(u'|')));
    QVERIFY2(chart->accessibleDescription().contains(QStringLiteral("Highest: ")),
             qPrintable(chart->accessibleDescription()));
    // The recognised chart and the Dashboard's trend too.
    QVERIFY(valueAxisLabels(page.recognitionChart()).contains(QStringLiteral("€10,000")));
    DashboardPage dashboard(book.session());
    loadDashboard(dashboard);
    QVERIFY(valueAxisLabels(dashboard.trendChart()).contains(QStringLiteral("€10,000")));

    // Plain numbers (no currency) keep the separators.
    QCOMPARE(BarChart::valueLabel(1250000, Currency(), 0, QLocale()), QStringLiteral("1,250,000"));
    // The locale's own currency by its own symbol, a foreign one unmistakably.
    const auto usd = Currency::require(QStringLiteral("USD"));
    QCOMPARE(BarChart::valueLabel(120000, usd, 0, QLocale()), QStringLiteral("$120,000"));
    QCOMPARE(BarChart::valueLabel(120000, usd, 0, QLocale(QLocale::English, QLocale::Canada)),
             QStringLiteral("US$120,000"));
    const auto chf = Currency::require(QStringLiteral("CHF"));
    QCOMPARE(BarChart::valueLabel(5000, chf, 0, QLocale()), QStringLiteral("CHF\u00a05,000"));
    // The C locale has no currency format of its own: the symbol leads.
    QCOMPARE(BarChart::valueLabel(-5000, usd, 0, QLocale::c()), QStringLiteral("-US$5000"));
}

void TestUiCharts::valueAxisFollowsTheLocale()
{
    const auto eur = Currency::require(QStringLiteral("EUR"));
    const QLocale german(QLocale::German, QLocale::Germany);
    const QString label = BarChart::valueLabel(120000, eur, 0, german);
    // "120.000 €": the German separator, the symbol after the figure.
    QVERIFY2(label.startsWith(QStringLiteral("120.000")), qPrintable(label));
    QVERIFY2(label.endsWith(u'€'), qPrintable(label));
    // Round ticks: 0, 25,000 … 125,000 for a top of 120,000.
    const BarChart::Scale scale = BarChart::niceScale(0, 120000);
    QCOMPARE(scale.low, 0.0);
    QCOMPARE(scale.step, 25000.0);
    QCOMPARE(scale.high, 125000.0);
    QCOMPARE(scale.decimals, 0);
    // Negative months (credit notes) keep zero on the axis.
    const BarChart::Scale negative = BarChart::niceScale(-300, 900);
    QVERIFY(negative.low <= -300 && negative.high >= 900);
    QCOMPARE(std::fmod(negative.low, negative.step), 0.0);
    QCOMPARE(BarChart::niceScale(0, 0.9).decimals, 1);
}

// CORE and API on the Revenue tab and on the monthly revenue report split by
// module: the same colour each, on both; and not the same as each other.
void TestUiCharts::moduleKeepsItsColourOnEveryChart()
{
    TestBook book;
    book.session().setToday(kFirstOfMonth);
    billTwoModules(book);
    RevenuePage revenue(book.session());
    loadRevenue(revenue);

    QSettings().remove(QStringLiteral("reports/presets"));
    ReportsPage reports(book.session());
    ReportsPage::Request request;
    request.report = QStringLiteral("monthly-revenue");
    request.parameters.from = QDate(2026, 6, 1);
    request.parameters.to = QDate(2026, 11, 30);
    request.parameters.split = QStringLiteral("module");
    reports.setRequest(request);
    QSignalSpy loaded(&reports, &Page::loaded);
    reports.generate();
    QVERIFY(loaded.wait(20000));

    const ChartView *first = revenueChart(revenue);
    const ChartView *second = reports.chart()->view();
    for (const QString &module : { QStringLiteral("CORE"), QStringLiteral("API") }) {
        QVERIFY2(setColor(first, module).isValid(), qPrintable(module));
        QCOMPARE(setColor(second, module), setColor(first, module));
    }
    QVERIFY(setColor(first, QStringLiteral("CORE")) != setColor(first, QStringLiteral("API")));

    // The helper itself: the order of a chart's series does not move a
    // catalogue name's colour; "Other" is grey.
    const ChartPalette palette({ QStringLiteral("CORE"), QStringLiteral("API") });
    const QPalette light = lightPalette();
    const auto a = palette.colors({ QStringLiteral("CORE"), QStringLiteral("API") }, light);
    const auto b = palette.colors(
        { QStringLiteral("Acme"), QStringLiteral("API"), QStringLiteral("CORE") }, light);
    QCOMPARE(b.at(2), a.at(0));
    QCOMPARE(b.at(1), a.at(1));
    QCOMPARE(palette.color(ChartPalette::otherName(), light).saturation(), 0);
    // Names outside the catalogue never share a colour on one chart.
    QStringList customers;
    for (int i = 0; i < ChartPalette::size(); ++i)
        customers << QStringLiteral("Customer %1").arg(i);
    const auto many = palette.colors(customers, light);
    QSet<QRgb> distinct;
    for (const QColor &c : many)
        distinct.insert(c.rgb());
    QCOMPARE(distinct.size(), ChartPalette::size());
}

// Series colours, tile context and "No data" stand out from the background
// in a light and in a dark palette (3:1 for bars, 4.5:1 for text).
void TestUiCharts::paletteIsReadableLightAndDark()
{
    const ChartPalette palette({ QStringLiteral("CORE") });
    for (const QPalette &p : { lightPalette(), darkPalette() }) {
        QStringList names;
        for (int i = 0; i < ChartPalette::size(); ++i)
            names << QStringLiteral("Series %1").arg(i);
        names << ChartPalette::otherName();
        for (const QColor &c : palette.colors(names, p))
            QVERIFY2(contrast(c, p.color(QPalette::Window)) >= 3.0, qPrintable(c.name()));

        FigureTile tile(QStringLiteral("Revenue"));
        tile.setPalette(p);
        for (auto tone :
             { FigureTile::Tone::Neutral, FigureTile::Tone::Good, FigureTile::Tone::Bad }) {
            tile.setFigure(QStringLiteral("1,000.00 EUR"), QStringLiteral("+5.0% vs May"), tone);
            for (QLabel *label : tile.findChildren<QLabel *>())
                QVERIFY2(
                    contrast(label->palette().color(QPalette::WindowText), p.color(QPalette::Base))
                        >= 4.5,
                    qPrintable(label->text()));
        }
    }
}

void TestUiCharts::monthLabelsCarryTheYear()
{
    QStringList year;
    for (int m = 0; m < 13; ++m)
        year << QDate(2025, 12, 1).addMonths(m).toString(QStringLiteral("yyyy-MM"));
    const QStringList labels = BarChart::monthLabels(year);
    QCOMPARE(labels.first(), QStringLiteral("Dec 25"));
    QCOMPARE(labels.at(1), QStringLiteral("Jan 26"));
    QCOMPARE(labels.last(), QStringLiteral("Dec 26"));

    // The charts' month axes: every label ends in its year.
    TestBook book;
    book.session().setToday(kFirstOfMonth);
    billTwoModules(book);
    // Wide enough for every month to be named (narrower, the axes name
    // every other one).
    RevenuePage revenue(book.session());
    revenue.resize(2400, 900);
    revenue.show();
    QVERIFY(QTest::qWaitForWindowExposed(&revenue));
    loadRevenue(revenue);
    DashboardPage dashboard(book.session());
    dashboard.resize(1600, 900);
    static_cast<QWidget &>(dashboard).show(); // DashboardPage::show(figures) hides it
    QVERIFY(QTest::qWaitForWindowExposed(&dashboard));
    loadDashboard(dashboard);
    const QRegularExpression withYear(QStringLiteral("^[A-Z][a-z]{2} \\d\\d$"));
    for (const ChartView *view :
         { revenueChart(revenue), static_cast<ChartView *>(revenue.recognitionChart()),
           dashboard.trendChart() }) {
        const QStringList months = categoryLabels(view);
        QVERIFY(!months.isEmpty());
        for (const QString &month : months)
            QVERIFY2(withYear.match(month).hasMatch(), qPrintable(month));
    }
    // "Last 12 months + this month to date": December 2025 to December 2026.
    const QStringList months = categoryLabels(revenueChart(revenue));
    QCOMPARE(months.size(), 13);
    QCOMPARE(months.first(), QStringLiteral("Dec 25"));
    QCOMPARE(months.last(), QStringLiteral("Dec 26"));
}

// On 1 December nothing is booked yet: the tile compares with 1 November
// and says so, never "−100 %". Mid-month it compares the same days.
void TestUiCharts::dashboardComparesLikeWithLikeOnTheFirst()
{
    TestBook book;
    const qint64 acme = book.addCustomer();
    book.issue(acme, { { 1000, 100000 } }, QDate(2026, 11, 1));
    book.issue(acme, { { 1000, 50000 } }, QDate(2026, 11, 20));
    book.session().setToday(kFirstOfMonth);
    {
        DashboardPage page(book.session());
        loadDashboard(page);
        QCOMPARE(page.figures().period, (Period { kFirstOfMonth, kFirstOfMonth }));
        QCOMPARE(page.figures().previousRevenue.minor(), 100000); // 1 Nov alone
        const QString detail = page.revenueTile()->detail();
        QVERIFY2(!detail.contains(u'%'), qPrintable(detail)); // not "−100 %"
        QVERIFY2(detail.contains(LocalDates::shortDate(QDate(2026, 11, 1))), qPrintable(detail));
        QVERIFY(page.revenueTile()->accessibleDescription().contains(detail));
    }
    // 25 November: 1–25 Nov (1,500.00) against 1–25 Oct (nothing).
    book.session().setToday(QDate(2026, 11, 25));
    {
        DashboardPage page(book.session());
        loadDashboard(page);
        QCOMPARE(page.figures().period.previous(),
                 (Period { QDate(2026, 10, 1), QDate(2026, 10, 25) }));
        QVERIFY2(page.revenueTile()->detail().contains(
                     QStringLiteral("the first 25 days of October 2026")),
                 qPrintable(page.revenueTile()->detail()));
    }
    // 1 December, last month: November whole against October whole.
    book.session().setToday(kFirstOfMonth);
    {
        DashboardPage page(book.session());
        page.setPeriod(Period::Kind::LastMonth);
        loadDashboard(page);
        QCOMPARE(page.figures().period, (Period { QDate(2026, 11, 1), QDate(2026, 11, 30) }));
        QVERIFY2(page.revenueTile()->detail().contains(QStringLiteral("October 2026")),
                 qPrintable(page.revenueTile()->detail()));
    }
}

// One code path: the Dashboard's "This month" and Reports' are the same
// days; "Last 12 months" too.
void TestUiCharts::thisMonthIsTheSameOnDashboardAndReports()
{
    TestBook book;
    book.session().setToday(kFirstOfMonth);
    DashboardPage dashboard(book.session());
    loadDashboard(dashboard);
    ReportsPage reports(book.session());
    QComboBox *picker = nullptr;
    for (QComboBox *combo : reports.findChildren<QComboBox *>())
        if (combo->findText(Period::title(Period::Kind::ThisMonth)) >= 0)
            picker = combo;
    QVERIFY(picker);
    QCOMPARE(picker->count(), int(Period::presets().size()));
    for (Period::Kind kind : { Period::Kind::ThisMonth, Period::Kind::Last12Months }) {
        const int index = picker->findData(int(kind));
        emit picker->activated(index);
        dashboard.setPeriod(kind);
        loadDashboard(dashboard);
        const Period shown { reports.request().parameters.from, reports.request().parameters.to };
        QCOMPARE(shown, Period::preset(kind, kFirstOfMonth));
        QCOMPARE(dashboard.figures().period, shown);
    }
    QCOMPARE(picker->itemText(picker->findData(int(Period::Kind::Last12Months))),
             QStringLiteral("Last 12 months + this month to date"));
}

// The demo book on the morning of 1 December: no tile says "−100 %".
void TestUiCharts::dashboardOnTheFirstOfADemoMonth()
{
    MainWindow window(openDemoBook(), kFirstOfMonth);
    window.showTab(QStringLiteral("dashboard"));
    loadDashboard(*window.dashboard());
    for (FigureTile *tile : window.dashboard()->tiles()) {
        QVERIFY2(!tile->detail().contains(QStringLiteral("100.0%")), qPrintable(tile->detail()));
        QVERIFY(!tile->accessibleName().isEmpty());
    }
    QVERIFY2(window.dashboard()->revenueTile()->detail().contains(QStringLiteral("11/1/2026")),
             qPrintable(window.dashboard()->revenueTile()->detail()));
}

// 1280×800 with the demo's figures: the window stays 1280 wide, no
// horizontal scroll bar, every tile whole on the page, named and described.
void TestUiCharts::dashboardFitsALaptopScreen()
{
    MainWindow window(openDemoBook(), kFirstOfMonth);
    window.resize(1280, 800);
    window.showTab(QStringLiteral("dashboard"));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    DashboardPage *page = window.dashboard();
    loadDashboard(*page);
    QTest::qWait(50); // the tiles' reflow after the figures
    QCOMPARE(window.width(), 1280);
    QCOMPARE(window.height(), 800);
    QVERIFY2(window.minimumSizeHint().width() <= 1280,
             qPrintable(QString::number(window.minimumSizeHint().width())));
    QVERIFY(page->width() <= 1280);
    for (QScrollBar *bar : window.findChildren<QScrollBar *>())
        if (bar->orientation() == Qt::Horizontal && bar->isVisible())
            QVERIFY2(!page->isAncestorOf(bar), qPrintable(bar->parent()->objectName()));
    for (FigureTile *tile : page->tiles()) {
        const QRect onPage(tile->mapTo(page, QPoint(0, 0)), tile->size());
        QVERIFY2(page->rect().contains(onPage), qPrintable(tile->caption()));
        QVERIFY(!tile->accessibleName().isEmpty());
        QVERIFY(tile->accessibleDescription().startsWith(tile->figure()));
    }
    for (ChartView *chart : { page->agingChart(), page->trendChart() }) {
        QVERIFY(chart->hasData());
        QVERIFY(!chart->accessibleName().isEmpty());
        QVERIFY(!chart->accessibleDescription().isEmpty());
        QVERIFY(page->rect().contains(QRect(chart->mapTo(page, QPoint(0, 0)), chart->size())));
    }
    // The clickable tiles are in the tab order.
    QVERIFY(page->tiles().at(1)->focusPolicy() & Qt::TabFocus);
}

// Arrow keys walk the aging buckets, Enter opens the invoices of one.
void TestUiCharts::agingBarsOpenByKeyboard()
{
    TestBook book;
    const qint64 acme = book.addCustomer();
    book.issue(acme, { { 1000, 100000 } }, QDate(2026, 8, 1)); // 90+ on 1 Dec
    book.session().setToday(kFirstOfMonth);
    DashboardPage page(book.session());
    loadDashboard(page);
    ChartView *aging = page.agingChart();
    QVERIFY(aging->hasData());
    QVERIFY(aging->focusPolicy() & Qt::TabFocus);
    QSignalSpy opened(&page, &DashboardPage::agingBucketClicked);
    static_cast<QWidget &>(page).show(); // DashboardPage::show(figures) hides it
    aging->setFocus();
    QTRY_VERIFY(aging->hasFocus());
    QTest::keyClick(aging, Qt::Key_End);
    QCOMPARE(aging->currentCategory(), 4);
    QVERIFY2(aging->accessibleDescription().startsWith(QStringLiteral("90+")),
             qPrintable(aging->accessibleDescription()));
    QTest::keyClick(aging, Qt::Key_Left);
    QCOMPARE(aging->currentCategory(), 3);
    QTest::keyClick(aging, Qt::Key_Right);
    QTest::keyClick(aging, Qt::Key_Return);
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.at(0).at(0).toInt(), 4);
}

QTEST_MAIN(TestUiCharts)
#include "tst_ui_charts.moc"
