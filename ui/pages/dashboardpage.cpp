#include "pages/dashboardpage.h"

#include "backgroundtask.h"
#include "billing/session.h"
#include "common/error.h"
#include "common/localdates.h"
#include "dialogs/bulkwriteoffdialog.h"
#include "domain/invoicerules.h"
#include "models/moneyformat.h"
#include "models/paymenttablemodel.h"
#include "reports/agingreport.h"
#include "widgets/barchart.h"
#include "widgets/chartpalette.h"
#include "widgets/chartview.h"
#include "widgets/errorbox.h"
#include "widgets/figuretile.h"

#include <QComboBox>
#include <QDateEdit>
#include <QElapsedTimer>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>

namespace Accrue {

DashboardPage::DashboardPage(Session &session, QWidget *parent)
    : Page(session, parent)
    , m_session(session)
    , m_db(session.db())
    , m_period(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_state(new QLabel(this))
    , m_revenue(new FigureTile(tr("Revenue"), this))
    , m_outstanding(new FigureTile(tr("Outstanding AR"), this))
    , m_overdue(new FigureTile(tr("Overdue AR"), this))
    , m_dso(new FigureTile(tr("DSO"), this))
    , m_open(new FigureTile(tr("Open invoices"), this))
    , m_disputed(new FigureTile(tr("Disputed"), this))
    , m_dueSoon(new FigureTile(tr("Due soon"), this))
    , m_writeOff90(new QPushButton(QIcon::fromTheme(QStringLiteral("edit-clear-history")),
                                   tr("Write Off 90+…"), this))
    , m_tileArea(new QWidget(this))
    , m_tileGrid(new QGridLayout(m_tileArea))
    , m_agingView(new ChartView(this))
    , m_trendView(new ChartView(this))
    , m_recent(new QTableView(this))
    , m_recentModel(new PaymentTableModel(session.db(), 12, this))
{
    // The presets of Reports, by the same names and dates.
    for (Period::Kind kind : Period::presets())
        m_period->addItem(Period::title(kind), int(kind));
    m_period->setObjectName(QStringLiteral("dashboardPeriod"));
    for (QDateEdit *edit : { m_from, m_to }) {
        edit->setCalendarPopup(true);
        edit->setEnabled(false);
    }
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Period:"), this));
    bar->addWidget(m_period);
    bar->addWidget(m_from);
    bar->addWidget(new QLabel(QStringLiteral("–"), this));
    bar->addWidget(m_to);
    bar->addStretch(1);
    bar->addWidget(m_state);

    // Wrapped into rows by layOutTiles() as the width allows.
    m_tileGrid->setContentsMargins(0, 0, 0, 0);
    m_tileArea->installEventFilter(this);
    for (FigureTile *tile : { m_outstanding, m_overdue, m_open, m_disputed, m_dueSoon })
        tile->setClickable(true);

    m_agingView->setObjectName(QStringLiteral("agingChart"));
    m_trendView->setObjectName(QStringLiteral("trendChart"));
    for (ChartView *view : { m_agingView, m_trendView }) {
        // Small enough for a laptop: the charts give way before the table.
        view->setMinimumSize(240, 200);
    }
    // The aging bars open their invoices by keyboard too.
    m_agingView->setCategoriesClickable(true);
    connect(m_agingView, &ChartView::categoryActivated, this, &DashboardPage::agingBucketClicked);
    // The 90+ bucket's clean-up right under its bar.
    m_writeOff90->setObjectName(QStringLiteral("writeOff90"));
    m_writeOff90->setToolTip(tr("Write off invoices more than 90 days past due (Finance, Admin)"));
    m_writeOff90->setEnabled(session.can(Permission::Billing));
    auto *agingColumn = new QVBoxLayout;
    agingColumn->addWidget(m_agingView, 1);
    agingColumn->addWidget(m_writeOff90, 0, Qt::AlignRight);
    auto *charts = new QHBoxLayout;
    charts->addLayout(agingColumn, 1);
    charts->addWidget(m_trendView, 1);

    m_recent->setModel(m_recentModel);
    m_recent->setColumnHidden(PaymentTableModel::Receipt, true); // the Transactions page has it
    m_recent->verticalHeader()->hide();
    m_recent->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_recent->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_recent->horizontalHeader()->setSectionResizeMode(PaymentTableModel::Customer,
                                                       QHeaderView::Stretch);
    auto *recentTitle = new QLabel(tr("Recent payments"), this);
    QFont titleFont = recentTitle->font();
    titleFont.setBold(true);
    recentTitle->setFont(titleFont);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_tileArea);
    layout->addLayout(charts, 3);
    layout->addWidget(recentTitle);
    layout->addWidget(m_recent, 2);

    connect(m_period, &QComboBox::currentIndexChanged, this, &DashboardPage::periodChanged);
    connect(m_from, &QDateEdit::dateChanged, this, &DashboardPage::refresh);
    connect(m_to, &QDateEdit::dateChanged, this, &DashboardPage::refresh);
    connect(m_outstanding, &FigureTile::clicked, this,
            [this] { emit invoicesRequested(QStringLiteral("unpaid")); });
    connect(m_open, &FigureTile::clicked, this,
            [this] { emit invoicesRequested(QStringLiteral("unpaid")); });
    connect(m_overdue, &FigureTile::clicked, this,
            [this] { emit invoicesRequested(QStringLiteral("overdue")); });
    connect(m_disputed, &FigureTile::clicked, this,
            [this] { emit invoicesRequested(QStringLiteral("disputed")); });
    connect(m_dueSoon, &FigureTile::clicked, this,
            [this] { emit invoicesRequested(QStringLiteral("due_soon")); });
    connect(m_writeOff90, &QPushButton::clicked, this, &DashboardPage::writeOffOverdue);
    layOutTiles();
    periodChanged();
}

QList<FigureTile *> DashboardPage::tiles() const
{
    return { m_revenue, m_outstanding, m_overdue, m_dso, m_open, m_disputed, m_dueSoon };
}

void DashboardPage::setPeriod(Period::Kind kind)
{
    m_period->setCurrentIndex(m_period->findData(int(kind)));
}

bool DashboardPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tileArea && event->type() == QEvent::Resize)
        layOutTiles();
    return Page::eventFilter(watched, event);
}

// As many columns as tiles fit whole, the rows evened out (4 + 3 rather
// than 6 + 1); one row on a wide screen, more on a laptop, never a page
// wider than the window.
void DashboardPage::layOutTiles()
{
    const QList<FigureTile *> all = tiles();
    const int spacing = std::max(0, m_tileGrid->horizontalSpacing());
    int widest = 0;
    for (FigureTile *tile : all)
        widest = std::max(widest, tile->naturalWidth());
    const int count = int(all.size());
    // Not laid out yet: one row, which asks for the least height (a window
    // about to open must not grow tall for seven rows of one tile).
    const int width = m_tileArea->isVisible() ? m_tileArea->width() : QWIDGETSIZE_MAX;
    int columns = std::clamp((width + spacing) / std::max(1, widest + spacing), 1, count);
    const int rows = (count + columns - 1) / columns;
    columns = (count + rows - 1) / rows;
    if (columns == m_tileColumns)
        return;
    m_tileColumns = columns;
    for (FigureTile *tile : all)
        m_tileGrid->removeWidget(tile);
    for (int c = 0; c < m_tileGrid->columnCount(); ++c)
        m_tileGrid->setColumnStretch(c, 0);
    for (int i = 0; i < count; ++i)
        m_tileGrid->addWidget(all.at(i), i / columns, i % columns);
    for (int c = 0; c < columns; ++c)
        m_tileGrid->setColumnStretch(c, 1);
}

void DashboardPage::periodChanged()
{
    const auto kind = Period::Kind(m_period->currentData().toInt());
    const bool custom = kind == Period::Kind::Custom;
    m_from->setEnabled(custom);
    m_to->setEnabled(custom);
    if (!custom) {
        const Period p = Period::preset(kind, m_session.today());
        const QSignalBlocker blockFrom(m_from), blockTo(m_to);
        m_from->setDate(p.from);
        m_to->setDate(p.to);
    }
    refresh();
}

void DashboardPage::refresh()
{
    const Period period { m_from->date(), m_to->date() };
    if (!period.isValid()) {
        m_state->setText(tr("The period ends before it starts"));
        return;
    }
    m_state->setText(tr("Loading…"));
    const int generation = ++m_generation;
    const QDate today = m_session.today();
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    runInBackground<DashboardFigures>(
        this, m_session.db(),
        [period, today](Database &db) { return DashboardReport(db).figures(period, today); },
        [this, generation, timer](DashboardFigures figures) {
            if (generation != m_generation)
                return;
            m_state->setText(tr("Figures in %1 ms").arg(timer->elapsed()));
            show(figures);
            emit figuresLoaded();
            loadTrend(generation);
        },
        [this](const QString &error) { m_state->setText(error); });
    m_recentModel->reload();
}

void DashboardPage::loadTrend(int generation)
{
    const Currency currency = m_figures.currency;
    const QDate end = m_figures.period.to;
    runInBackground<std::vector<DashboardRepository::MonthAmount>>(
        this, m_session.db(),
        [currency, end](Database &db) { return DashboardReport(db).revenueTrend(currency, end); },
        [this, generation](std::vector<DashboardRepository::MonthAmount> months) {
            if (generation != m_generation)
                return;
            m_figures.revenueByMonth = std::move(months);
            showRevenueTrend(m_figures);
            emit loaded();
        },
        [this](const QString &error) { m_state->setText(error); });
}

namespace {

// The days `p` covers, in words for "vs …": "November 2026", "the first 15
// days of November 2026", "1 Nov 2026", or its two dates.
QString describePeriod(const Period &p)
{
    const QLocale locale;
    const QString monthYear = QStringLiteral("MMMM yyyy");
    const bool oneMonth = p.from.year() == p.to.year() && p.from.month() == p.to.month();
    if (p.isWholeMonths() && oneMonth)
        return locale.toString(p.from, monthYear);
    if (p.isWholeMonths() && p.from.month() == 1 && p.to.month() == 12
        && p.from.year() == p.to.year())
        return QString::number(p.from.year());
    if (p.isWholeMonths())
        return DashboardPage::tr("%1 – %2").arg(locale.toString(p.from, QStringLiteral("MMM yyyy")),
                                                locale.toString(p.to, QStringLiteral("MMM yyyy")));
    if (p.from == p.to)
        return LocalDates::shortDate(p.from, locale);
    if (p.from.day() == 1 && oneMonth)
        return DashboardPage::tr("the first %1 days of %2")
            .arg(p.to.day())
            .arg(locale.toString(p.from, monthYear));
    return DashboardPage::tr("%1 – %2").arg(LocalDates::shortDate(p.from, locale),
                                            LocalDates::shortDate(p.to, locale));
}

} // namespace

// The revenue against the period before, like for like (Period::previous):
// a percentage only where both have revenue; "−100 %" on the morning of the
// 1st would say the month collapsed when it has only begun.
QString DashboardPage::revenueChange(const DashboardFigures &f) const
{
    const QString compared = describePeriod(f.period.previous());
    const qint64 now = f.revenue.minor();
    const qint64 before = f.previousRevenue.minor();
    if (before == 0)
        return tr("no revenue in %1 to compare").arg(compared);
    if (now == 0)
        return tr("%1 in %2").arg(Display::moneyWithCode(f.previousRevenue), compared);
    const qint64 deltaBp = (now - before) * 10000 / std::abs(before);
    const QLocale locale;
    QString percent = locale.toString(double(deltaBp) / 100.0, 'f', 1) + locale.percent();
    if (deltaBp > 0)
        percent.prepend(locale.positiveSign());
    return tr("%1 vs %2").arg(percent, compared);
}

void DashboardPage::show(const DashboardFigures &f)
{
    m_figures = f;
    const QLocale locale;
    QString change = revenueChange(f);
    // A partner's or customer's users: what was billed, not the ledger's revenue.
    if (f.revenueIsBilled)
        change = tr("billed, net of tax; %1").arg(change);
    const qint64 before = f.previousRevenue.minor();
    const qint64 now = f.revenue.minor();
    const auto tone = before == 0 || now == 0 || now == before ? FigureTile::Tone::Neutral
        : now > before                                         ? FigureTile::Tone::Good
                                                               : FigureTile::Tone::Bad;
    m_revenue->setFigure(Display::moneyWithCode(f.revenue), change, tone);
    m_outstanding->setFigure(Display::moneyWithCode(f.outstanding), tr("owed by customers today"));
    m_overdue->setFigure(Display::moneyWithCode(f.overdue), tr("past due date"));
    m_dso->setFigure(f.dsoDays ? tr("%1 days").arg(locale.toString(*f.dsoDays, 'f', 1))
                               : QStringLiteral("—"),
                     tr("last 90 days"));
    m_open->setFigure(locale.toString(f.openInvoices), tr("issued, not fully paid"));
    m_disputed->setFigure(Display::moneyWithCode(f.disputed),
                          tr("%Ln invoice(s) in dispute", nullptr, int(f.disputedInvoices)));
    m_dueSoon->setFigure(Display::moneyWithCode(f.dueSoon),
                         tr("%Ln invoice(s) due in %1 days", nullptr, int(f.dueSoonInvoices))
                             .arg(InvoiceRules::dueSoonDays));
    showAging(f);
    layOutTiles(); // the figures may have grown
}

void DashboardPage::showAging(const DashboardFigures &f)
{
    auto *set = new QBarSet(tr("Open balance"));
    QStringList categories;
    for (int b = 0; b < AgingReport::bucketCount; ++b) {
        *set << BarChart::majorUnits(f.aging[b]);
        categories << AgingReport::bucketTitle(b);
    }
    connect(set, &QBarSet::clicked, this, &DashboardPage::agingBucketClicked);
    auto *series = new QBarSeries;
    series->append(set);
    BarChart::show(m_agingView, series,
                   tr("AR aging (%1), click a bar for its invoices").arg(f.currency.code()),
                   categories, f.currency, false, ChartPalette());
}

void DashboardPage::writeOffOverdue()
{
    try {
        BulkWriteOffDialog dialog(m_session, 90, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        emit statusMessage(dialog.summary());
    } catch (const Error &e) {
        showError(this, tr("Write Off 90+"), e.userMessage());
    }
    refresh();
}

void DashboardPage::showRevenueTrend(const DashboardFigures &f)
{
    auto *set = new QBarSet(tr("Revenue"));
    QStringList months;
    for (const auto &month : f.revenueByMonth) {
        *set << BarChart::majorUnits(Money(month.amountMinor, f.currency));
        months << month.month;
    }
    auto *series = new QBarSeries;
    series->append(set);
    BarChart::show(m_trendView, series, tr("Revenue by month (%1)").arg(f.currency.code()),
                   BarChart::monthLabels(months), f.currency, false, ChartPalette());
}

} // namespace Accrue
