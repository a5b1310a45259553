#include "pages/revenuepage.h"

#include "backgroundtask.h"
#include "billing/session.h"
#include "common/localdates.h"
#include "dialogs/closeperioddialog.h"
#include "dialogs/journalexportdialog.h"
#include "dialogs/recogniserevenuedialog.h"
#include "dialogs/recordusagedialog.h"
#include "dialogs/revenuedrilldialog.h"
#include "models/revenuetablemodel.h"
#include "money/money.h"
#include "reports/period.h"
#include "widgets/barchart.h"
#include "widgets/chartpalette.h"
#include "widgets/chartview.h"
#include "widgets/recognitionchartview.h"

#include <QAction>
#include <QComboBox>
#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtCharts/QBarSet>
#include <QtCharts/QStackedBarSeries>

namespace Accrue {

namespace {
constexpr int chartSeries = 6; // the largest rows; the rest stack as "Other"
}

RevenuePage::RevenuePage(Session &session, QWidget *parent)
    : Page(session, parent)
    , m_session(session)
    , m_db(session.db())
    , m_dimension(new QComboBox(this))
    , m_range(new QComboBox(this))
    , m_state(new QLabel(this))
    , m_chart(new ChartView(this))
    , m_legend(new QLabel(this))
    , m_recognition(new RecognitionChartView(session, this))
    , m_table(new QTableView(this))
    , m_model(new RevenueTableModel(this))
{
    m_dimension->addItem(tr("By module"), int(RevenueReport::Dimension::Module));
    m_dimension->addItem(tr("By customer"), int(RevenueReport::Dimension::Customer));
    m_dimension->addItem(tr("By plan"), int(RevenueReport::Dimension::Plan));
    // Whole months and this one to date, as "Last 12 months" is everywhere.
    for (int months : { 12, 6, 24 })
        m_range->addItem(Period::lastMonthsTitle(months), months);
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Revenue"), this));
    bar->addWidget(m_dimension);
    bar->addWidget(m_range);
    bar->addStretch(1);
    bar->addWidget(m_state);
    // Revenue recognition (issue 16): the month-end run.
    auto *recognise = new QAction(tr("Recognise Revenue…"), this);
    recognise->setObjectName(QStringLiteral("recogniseRevenue"));
    connect(recognise, &QAction::triggered, this,
            [this] { RecogniseRevenueDialog(m_session, this).exec(); });
    auto *recogniseButton = new QToolButton(this);
    recogniseButton->setDefaultAction(recognise);
    bar->addWidget(recogniseButton);
    // Usage of as-delivered products (issue 16): RecordUsageDialog.
    auto *recordUsage = new QAction(tr("Record &Usage…"), this);
    recordUsage->setObjectName(QStringLiteral("recordUsage"));
    connect(recordUsage, &QAction::triggered, this,
            [this] { RecordUsageDialog(m_session, this).exec(); });
    auto *recordUsageButton = new QToolButton(this);
    recordUsageButton->setDefaultAction(recordUsage);
    bar->addWidget(recordUsageButton);
    auto *exportJournal = new QAction(tr("Export &Journal…"), this);
    exportJournal->setObjectName(QStringLiteral("exportJournal"));
    auto *exportButton = new QToolButton(this);
    exportButton->setDefaultAction(exportJournal);
    bar->addWidget(exportButton);
    connect(exportJournal, &QAction::triggered, this,
            [this] { JournalExportDialog(m_session, this).exec(); });
    // Month-end close (issue 16): the checklist, Close Month and Reopen.
    auto *closePeriod = new QAction(tr("Close &Period…"), this);
    closePeriod->setObjectName(QStringLiteral("closePeriod"));
    connect(closePeriod, &QAction::triggered, this, &RevenuePage::openClosePeriod);
    auto *closePeriodButton = new QToolButton(this);
    closePeriodButton->setDefaultAction(closePeriod);
    bar->addWidget(closePeriodButton);
    // The journal and the month-end close are the book owner's: core refuses
    // them to a user below the root, who is not offered them.
    const bool wholeBook = !m_session.scope().isRestricted();
    exportButton->setVisible(wholeBook);
    exportJournal->setEnabled(wholeBook);
    closePeriodButton->setVisible(wholeBook);
    closePeriod->setEnabled(wholeBook);

    m_chart->setObjectName(QStringLiteral("revenueChart"));
    m_chart->setMinimumHeight(200);
    m_table->setModel(m_model);
    // The row names are the vertical header: frozen while the months scroll.
    m_table->setObjectName(QStringLiteral("revenueTable"));
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    auto *charts = new QHBoxLayout;
    m_legend->setObjectName(QStringLiteral("revenueLegend"));
    m_legend->setWordWrap(true);
    m_legend->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_legend->setTextFormat(Qt::RichText);
    auto *revenue = new QVBoxLayout;
    revenue->addWidget(m_chart, 1);
    revenue->addWidget(m_legend);
    // Equal halves: both charts show the same months, each wide enough for
    // its labels level in a 1280-pixel window.
    charts->addLayout(revenue, 1);
    charts->addWidget(m_recognition, 1);
    layout->addLayout(charts, 3);
    layout->addWidget(m_table, 2);
    connect(m_table, &QTableView::doubleClicked, this, &RevenuePage::drillDown);
    m_table->setToolTip(tr("Double-click a figure to see the invoices behind it"));
    connect(m_dimension, &QComboBox::currentIndexChanged, this, &RevenuePage::refresh);
    connect(m_range, &QComboBox::currentIndexChanged, this, &RevenuePage::refresh);
}

void RevenuePage::openClosePeriod()
{
    ClosePeriodDialog dialog(m_session, &PeriodCloseService::recognizerFor, this);
    dialog.exec();
    refresh();
}

void RevenuePage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    if (!m_loadedOnce)
        refresh();
}

void RevenuePage::refresh()
{
    m_loadedOnce = true;
    const auto dimension = RevenueReport::Dimension(m_dimension->currentData().toInt());
    const Period range = Period::lastMonths(m_range->currentData().toInt(), m_session.today());
    const QDate from = range.from;
    const QDate to = range.to;
    m_state->setText(tr("Loading…"));
    m_from = from;
    m_to = to;
    m_recognition->load(from, to);
    const int generation = ++m_generation;
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    runInBackground<RevenueMatrix>(
        this, m_session.db(),
        [dimension, from, to](Database &db) { return RevenueReport(db).run(dimension, from, to); },
        [this, generation, timer](RevenueMatrix matrix) {
            if (generation != m_generation)
                return;
            m_state->setText(tr("Updated in %1 ms").arg(timer->elapsed()));
            showMatrix(std::move(matrix));
            emit loaded();
        },
        [this](const QString &error) { m_state->setText(error); });
}

void RevenuePage::showMatrix(RevenueMatrix matrix)
{
    showChart(matrix);
    m_model->setMatrix(std::move(matrix));
}

void RevenuePage::showChart(const RevenueMatrix &m)
{
    auto *series = new QStackedBarSeries;
    auto addSet = [&](const QString &label, const std::vector<qint64> &months) {
        auto *set = new QBarSet(label);
        for (qint64 amount : months)
            *set << BarChart::majorUnits(Money(amount, m.currency));
        series->append(set);
    };
    std::vector<qint64> other(std::size_t(m.months.size()), 0);
    for (std::size_t r = 0; r < m.rows.size(); ++r) {
        if (int(r) < chartSeries) {
            addSet(m.rows[r].label, m.rows[r].months);
            continue;
        }
        for (std::size_t c = 0; c < other.size(); ++c)
            other[c] += m.rows[r].months[c];
    }
    if (int(m.rows.size()) > chartSeries)
        addSet(ChartPalette::otherName(), other);
    // Colours by name from the catalogue: a module's is its own on every chart.
    BarChart::show(
        m_chart, series,
        tr("Invoiced revenue by month (%1, net of tax and credit notes)").arg(m.currency.code()),
        BarChart::monthLabels(m.months), m.currency, false, ChartPalette::forBook(m_session));
    // Up to seven names: the chart's legend would cut them short in a narrow window.
    m_legend->setText(m_chart->hasData() ? BarChart::legendText(m_chart->chart()) : QString());
}

bool RevenuePage::drillScope(const QModelIndex &index, ReportParameters &scope,
                             QString &title) const
{
    const QString key = index.data(RevenueTableModel::KeyRole).toString();
    if (!index.isValid() || key.isEmpty())
        return false;
    const QString month = index.data(RevenueTableModel::MonthRole).toString();
    if (!month.isEmpty()) {
        scope.from = QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate);
        scope.to = scope.from.addMonths(1).addDays(-1);
    } else {
        scope.from = m_from;
        scope.to = m_to;
    }
    switch (RevenueReport::Dimension(m_dimension->currentData().toInt())) {
    case RevenueReport::Dimension::Module:
        scope.module = key;
        break;
    case RevenueReport::Dimension::Customer:
        scope.customer = key;
        break;
    case RevenueReport::Dimension::Plan:
        scope.plan = key;
        break;
    }
    scope.today = m_session.today();
    const QString label = m_model->headerData(index.row(), Qt::Vertical).toString();
    title = tr("%1, %2 to %3")
                .arg(label, LocalDates::shortDate(scope.from), LocalDates::shortDate(scope.to));
    return true;
}

void RevenuePage::drillDown(const QModelIndex &index)
{
    ReportParameters scope;
    QString title;
    if (!drillScope(index, scope, title))
        return;
    RevenueDrillDialog(m_db, title, scope, this).exec();
}

} // namespace Accrue
