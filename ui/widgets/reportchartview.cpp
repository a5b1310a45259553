#include "widgets/reportchartview.h"

#include "money/money.h"
#include "reports/reporttable.h"
#include "widgets/barchart.h"

#include <QLocale>
#include <QVBoxLayout>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QLegend>
#include <QtCharts/QPieSeries>
#include <QtCharts/QStackedBarSeries>
#include <map>

namespace Accrue {

namespace {

int columnOf(const ReportTable &table, const QString &key)
{
    for (int c = 0; c < table.columns().size(); ++c)
        if (table.columns().at(c).key == key)
            return c;
    return -1;
}

// A cell as a number to draw: amounts in major units, shares as they read.
qreal chartValue(const QVariant &cell)
{
    if (cell.metaType() == QMetaType::fromType<Money>())
        return BarChart::majorUnits(cell.value<Money>());
    if (cell.metaType() == QMetaType::fromType<FixedPoint>()) {
        const FixedPoint f = cell.value<FixedPoint>();
        qreal scale = 1;
        for (int i = 0; i < f.decimals; ++i)
            scale *= 10;
        return qreal(f.value) / scale;
    }
    return cell.toDouble();
}

QString labelText(const QVariant &cell, const ReportColumn &column)
{
    return displayCellText(cell, column, QLocale());
}

} // namespace

ReportChartView::ReportChartView(QWidget *parent)
    : QWidget(parent)
    , m_view(new QChartView(this))
{
    m_view->setRenderHint(QPainter::Antialiasing);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    setMinimumHeight(220);
}

void ReportChartView::showReport(const ReportTable &table, const ReportChart &spec)
{
    const int label = columnOf(table, spec.labelColumn);
    QList<int> values;
    for (const QString &key : spec.valueColumns)
        if (const int c = columnOf(table, key); c >= 0)
            values << c;
    std::vector<int> rows;
    for (int r = 0; r < int(table.rows().size()); ++r)
        if (table.isTotalRow(r) == spec.totalsOnly)
            rows.push_back(r);
    if (spec.kind == ReportChart::Kind::None || label < 0 || values.isEmpty() || rows.empty()) {
        hide();
        return;
    }
    const ReportColumn &labelColumn = table.columns().at(label);
    if (spec.kind == ReportChart::Kind::Donut) {
        // The largest slices by name, the rest as one: a donut of thousands
        // of customers would say nothing.
        constexpr int slices = 10;
        auto *series = new QPieSeries;
        series->setHoleSize(0.45);
        qreal rest = 0;
        int shown = 0;
        for (int r : rows) {
            const qreal v = chartValue(table.rows().at(r).at(values.first()));
            if (v <= 0)
                continue;
            if (shown++ < slices)
                series->append(labelText(table.rows().at(r).at(label), labelColumn), v);
            else
                rest += v;
        }
        if (rest > 0)
            series->append(tr("Other"), rest);
        auto *chart = new QChart;
        chart->setTheme(palette().color(QPalette::Window).lightness() < 128
                            ? QChart::ChartThemeDark
                            : QChart::ChartThemeLight);
        chart->setBackgroundVisible(false);
        chart->addSeries(series);
        chart->legend()->setAlignment(Qt::AlignRight);
        QChart *old = m_view->chart();
        m_view->setChart(chart);
        delete old;
        QWidget::show();
        return;
    }
    QStringList categories;
    QAbstractBarSeries *series = nullptr;
    qreal top = 0;
    const int seriesColumn = columnOf(table, spec.seriesColumn);
    if (spec.kind == ReportChart::Kind::StackedBars && seriesColumn >= 0) {
        // Long rows (category, series, value) into one stacked set per series.
        std::map<QString, std::map<QString, qreal>> bySeries;
        std::map<QString, qreal> stackTop;
        for (int r : rows) {
            const QString category = labelText(table.rows().at(r).at(label), labelColumn);
            if (!categories.contains(category))
                categories << category;
            const QString name = table.rows().at(r).at(seriesColumn).toString();
            const qreal v = chartValue(table.rows().at(r).at(values.first()));
            bySeries[name][category] += v;
            top = std::max(top, stackTop[category] += v);
        }
        auto *stacked = new QStackedBarSeries;
        for (const auto &[name, perCategory] : bySeries) {
            auto *set = new QBarSet(name);
            for (const QString &category : categories)
                *set << (perCategory.count(category) ? perCategory.at(category) : 0.0);
            stacked->append(set);
        }
        series = stacked;
    } else if (spec.totalsOnly) {
        // One set per total row (currency), the value columns as categories.
        auto *bars = new QBarSeries;
        for (int c : values)
            categories << table.columns().at(c).title;
        for (int r : rows) {
            auto *set = new QBarSet(labelText(table.rows().at(r).at(label), labelColumn));
            for (int c : values) {
                const qreal v = chartValue(table.rows().at(r).at(c));
                *set << v;
                top = std::max(top, v);
            }
            bars->append(set);
        }
        series = bars;
    } else {
        auto *bars = spec.kind == ReportChart::Kind::StackedBars
            ? static_cast<QAbstractBarSeries *>(new QStackedBarSeries)
            : static_cast<QAbstractBarSeries *>(new QBarSeries);
        std::vector<qreal> stackTop(rows.size(), 0);
        for (int c : values) {
            auto *set = new QBarSet(table.columns().at(c).title);
            for (size_t i = 0; i < rows.size(); ++i) {
                const qreal v = chartValue(table.rows().at(rows[i]).at(c));
                *set << v;
                stackTop[i] += v;
                top = std::max(top, spec.kind == ReportChart::Kind::StackedBars ? stackTop[i] : v);
            }
            bars->append(set);
        }
        for (int r : rows)
            categories << labelText(table.rows().at(r).at(label), labelColumn);
        series = bars;
    }
    BarChart::show(m_view, series, QString(), categories, top, series->count() > 1);
    QWidget::show();
}

int ReportChartView::seriesCount() const
{
    if (!m_view->chart() || m_view->chart()->series().isEmpty())
        return 0;
    QAbstractSeries *series = m_view->chart()->series().first();
    if (auto *bars = qobject_cast<QAbstractBarSeries *>(series))
        return int(bars->count());
    return 1;
}

int ReportChartView::valueCount() const
{
    if (!m_view->chart() || m_view->chart()->series().isEmpty())
        return 0;
    QAbstractSeries *series = m_view->chart()->series().first();
    if (auto *pie = qobject_cast<QPieSeries *>(series))
        return int(pie->count());
    if (auto *bars = qobject_cast<QAbstractBarSeries *>(series))
        return bars->count() ? int(bars->barSets().first()->count()) : 0;
    return 0;
}

} // namespace Accrue
