#include "widgets/recognitionchartview.h"

#include "backgroundtask.h"
#include "billing/session.h"
#include "money/money.h"
#include "reports/recognitiontrend.h"
#include "widgets/barchart.h"
#include "widgets/chartpalette.h"

#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QLegend>

namespace Accrue {

RecognitionChartView::RecognitionChartView(Session &session, QWidget *parent)
    : ChartView(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("recognitionChart"));
    setMinimumHeight(200);
}

void RecognitionChartView::load(const QDate &from, const QDate &to)
{
    const int generation = ++m_generation;
    runInBackground<RecognitionTrend>(
        this, m_session.db(),
        [from, to](Database &db) { return RecognitionTrend::read(db, from, to); },
        [this, generation](RecognitionTrend trend) {
            if (generation == m_generation)
                showTrend(trend);
        },
        [this](const QString &error) { emit failed(error); });
}

void RecognitionChartView::showTrend(const RecognitionTrend &t)
{
    auto *billed = new QBarSet(tr("Billed"));
    auto *recognised = new QBarSet(tr("Recognised"));
    m_figures.clear();
    for (qsizetype i = 0; i < t.months.size(); ++i) {
        const Money b(t.billedMinor[std::size_t(i)], t.currency);
        const Money r(t.recognisedMinor[std::size_t(i)], t.currency);
        *billed << BarChart::majorUnits(b);
        *recognised << BarChart::majorUnits(r);
        m_figures.append({ b.minor(), r.minor() });
    }
    auto *series = new QBarSeries;
    series->append(billed);
    // Recognised revenue is the book's ledger: not shown to a partner's users.
    if (t.recognisedKnown)
        series->append(recognised);
    else
        delete recognised;
    BarChart::show(this, series,
                   t.recognisedKnown
                       ? tr("Billed and recognised revenue (%1, net of tax)").arg(t.currency.code())
                       : tr("Billed revenue (%1, net of tax)").arg(t.currency.code()),
                   BarChart::monthLabels(t.months), t.currency, true, ChartPalette());
    // Two charts share the page's width: the legend goes under this one.
    chart()->legend()->setAlignment(Qt::AlignBottom);
    emit shown();
}

} // namespace Accrue
