#include "pages/dashboardpage.h"

#include "backgroundtask.h"
#include "billing/session.h"
#include "common/error.h"
#include "dialogs/bulkwriteoffdialog.h"
#include "domain/invoicerules.h"
#include "models/moneyformat.h"
#include "models/paymenttablemodel.h"
#include "reports/agingreport.h"
#include "widgets/barchart.h"
#include "widgets/errorbox.h"
#include "widgets/figuretile.h"

#include <QComboBox>
#include <QDateEdit>
#include <QElapsedTimer>
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
#include <QtCharts/QChartView>

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
    , m_agingView(new QChartView(this))
    , m_trendView(new QChartView(this))
    , m_recent(new QTableView(this))
    , m_recentModel(new PaymentTableModel(session.db(), 12, this))
{
    m_period->addItem(tr("This month"), int(Period::Kind::ThisMonth));
    m_period->addItem(tr("Last month"), int(Period::Kind::LastMonth));
    m_period->addItem(tr("This quarter"), int(Period::Kind::ThisQuarter));
    m_period->addItem(tr("This year"), int(Period::Kind::ThisYear));
    m_period->addItem(tr("Custom range"), int(Period::Kind::Custom));
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

    auto *tiles = new QHBoxLayout;
    for (FigureTile *tile :
         { m_revenue, m_outstanding, m_overdue, m_dso, m_open, m_disputed, m_dueSoon })
        tiles->addWidget(tile, 1);

    for (QChartView *view : { m_agingView, m_trendView }) {
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(240);
    }
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
    layout->addLayout(tiles);
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
    periodChanged();
}

void DashboardPage::periodChanged()
{
    const auto kind = Period::Kind(m_period->currentData().toInt());
    const bool custom = kind == Period::Kind::Custom;
    m_from->setEnabled(custom);
    m_to->setEnabled(custom);
    if (!custom) {
        const Period p = Period::of(kind, m_session.today());
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

void DashboardPage::show(const DashboardFigures &f)
{
    m_figures = f;
    const QLocale locale;
    QString change;
    if (f.previousRevenue.minor() != 0) {
        const qint64 deltaBp = (f.revenue.minor() - f.previousRevenue.minor()) * 10000
            / std::abs(f.previousRevenue.minor());
        change = tr("%1% vs previous period").arg(locale.toString(double(deltaBp) / 100.0, 'f', 1));
        if (deltaBp > 0)
            change.prepend(u'+');
    }
    // A partner's or customer's users: what was billed, not the ledger's revenue.
    if (f.revenueIsBilled)
        change = change.isEmpty() ? tr("billed, net of tax")
                                  : tr("billed, net of tax; %1").arg(change);
    m_revenue->setFigure(Display::moneyWithCode(f.revenue), change);
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
}

void DashboardPage::showAging(const DashboardFigures &f)
{
    auto *set = new QBarSet(tr("Open balance"));
    QStringList categories;
    qreal top = 0;
    for (int b = 0; b < AgingReport::bucketCount; ++b) {
        const qreal value = BarChart::majorUnits(f.aging[b]);
        *set << value;
        top = std::max(top, value);
        categories << AgingReport::bucketTitle(b);
    }
    connect(set, &QBarSet::clicked, this, &DashboardPage::agingBucketClicked);
    auto *series = new QBarSeries;
    series->append(set);
    BarChart::show(m_agingView, series,
                   tr("AR aging (%1), click a bar for its invoices").arg(f.currency.code()),
                   categories, top, false);
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
    qreal top = 0;
    for (const auto &month : f.revenueByMonth) {
        const qreal value = BarChart::majorUnits(Money(month.amountMinor, f.currency));
        *set << value;
        top = std::max(top, value);
        months << month.month;
    }
    auto *series = new QBarSeries;
    series->append(set);
    BarChart::show(m_trendView, series, tr("Revenue by month (%1)").arg(f.currency.code()),
                   BarChart::monthLabels(months), top, false);
}

} // namespace Accrue
