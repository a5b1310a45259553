#include "widgets/reportchartview.h"

#include "money/money.h"
#include "reports/reporttable.h"
#include "widgets/barchart.h"
#include "widgets/chartpalette.h"
#include "widgets/chartview.h"

#include <QDate>
#include <QLocale>
#include <QVBoxLayout>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QLegend>
#include <QtCharts/QPieSeries>
#include <QtCharts/QPieSlice>
#include <QtCharts/QStackedBarSeries>
#include <algorithm>
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

// The one currency of the amounts drawn, for the value axis; none (plain
// numbers) for counts, shares or amounts in several currencies.
Currency currencyOf(const ReportTable &table, const std::vector<int> &rows,
                    const QList<int> &values)
{
    Currency found;
    for (int r : rows)
        for (int c : values) {
            const QVariant &cell = table.rows().at(r).at(c);
            if (cell.metaType() != QMetaType::fromType<Money>())
                return {};
            const Currency currency = cell.value<Money>().currency();
            if (found.isValid() && currency != found)
                return {};
            found = currency;
        }
    return found;
}

} // namespace

ReportChartView::ReportChartView(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_view(new ChartView(this))
{
    m_view->setObjectName(QStringLiteral("reportChart"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    setMinimumHeight(200);
}

void ReportChartView::showReport(const ReportTable &table, const ReportChart &spec)
{
    const int label = columnOf(table, spec.labelColumn);
    QList<int> values;
    for (const QString &key : spec.valueColumns)
        if (const int c = columnOf(table, key); c >= 0)
            values << c;
    if (spec.kind == ReportChart::Kind::None || label < 0 || values.isEmpty()) {
        hide();
        return;
    }
    std::vector<int> rows;
    for (int r = 0; r < int(table.rows().size()); ++r)
        if (table.isTotalRow(r) == spec.totalsOnly)
            rows.push_back(r);
    QWidget::show();
    if (rows.empty()) {
        m_view->showNoData(QString());
        m_view->setAccessibleName(tr("Chart of %1").arg(table.title()));
        return;
    }
    const ReportColumn &labelColumn = table.columns().at(label);
    if (spec.kind == ReportChart::Kind::Donut) {
        showDonut(table, rows, label, values.first());
        return;
    }
    QStringList categories;
    QAbstractBarSeries *series = nullptr;
    const int seriesColumn = columnOf(table, spec.seriesColumn);
    if (spec.kind == ReportChart::Kind::StackedBars && seriesColumn >= 0) {
        // Long rows (category, series, value) into one stacked set per series.
        std::map<QString, std::map<QString, qreal>> bySeries;
        for (int r : rows) {
            const QString category = labelText(table.rows().at(r).at(label), labelColumn);
            if (!categories.contains(category))
                categories << category;
            const QString name = table.rows().at(r).at(seriesColumn).toString();
            bySeries[name][category] += chartValue(table.rows().at(r).at(values.first()));
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
            for (int c : values)
                *set << chartValue(table.rows().at(r).at(c));
            bars->append(set);
        }
        series = bars;
    } else {
        auto *bars = spec.kind == ReportChart::Kind::StackedBars
            ? static_cast<QAbstractBarSeries *>(new QStackedBarSeries)
            : static_cast<QAbstractBarSeries *>(new QBarSeries);
        for (int c : values) {
            auto *set = new QBarSet(table.columns().at(c).title);
            for (int r : rows)
                *set << chartValue(table.rows().at(r).at(c));
            bars->append(set);
        }
        for (int r : rows)
            categories << labelText(table.rows().at(r).at(label), labelColumn);
        series = bars;
    }
    // Months ("2026-11") read "Nov 26" here as on the Revenue tab.
    if (std::all_of(categories.cbegin(), categories.cend(), [](const QString &c) {
            return c.size() == 7 && QDate::fromString(c + u"-01", Qt::ISODate).isValid();
        }))
        categories = BarChart::monthLabels(categories);
    BarChart::show(m_view, series, QString(), categories, currencyOf(table, rows, values),
                   series->count() > 1, ChartPalette::forBook(m_session));
    m_view->setAccessibleName(tr("Chart of %1").arg(table.title()));
}

// The largest slices by name, the rest as one: a donut of thousands of
// customers would say nothing.
void ReportChartView::showDonut(const ReportTable &table, const std::vector<int> &rows, int label,
                                int value)
{
    constexpr int slices = 10;
    const ReportColumn &labelColumn = table.columns().at(label);
    auto *series = new QPieSeries;
    series->setHoleSize(0.45);
    qreal rest = 0;
    int shown = 0;
    QStringList names;
    for (int r : rows) {
        const qreal v = chartValue(table.rows().at(r).at(value));
        if (v <= 0)
            continue;
        if (shown++ < slices) {
            names << labelText(table.rows().at(r).at(label), labelColumn);
            series->append(names.last(), v);
        } else {
            rest += v;
        }
    }
    if (rest > 0) {
        names << ChartPalette::otherName();
        series->append(names.last(), rest);
    }
    const QString accessibleName = tr("Chart of %1").arg(table.title());
    if (series->count() == 0) {
        delete series;
        m_view->showNoData(QString());
        m_view->setAccessibleName(accessibleName);
        return;
    }
    auto *chart = new QChart;
    chart->setTheme(ChartPalette::isDark(palette()) ? QChart::ChartThemeDark
                                                    : QChart::ChartThemeLight);
    chart->setBackgroundVisible(false);
    chart->addSeries(series);
    const QList<QColor> colors = ChartPalette::forBook(m_session).colors(names, palette());
    QStringList parts;
    for (int i = 0; i < series->count(); ++i) {
        QPieSlice *slice = series->slices().at(i);
        slice->setColor(colors.at(i));
        slice->setBorderColor(palette().color(QPalette::Base));
        parts << tr("%1 %2 %").arg(slice->label(),
                                   QLocale().toString(slice->percentage() * 100, 'f', 0));
    }
    chart->legend()->setAlignment(Qt::AlignRight);
    BarChart::applyPalette(chart, palette());
    m_view->showChart(chart, accessibleName, parts.join(QStringLiteral("; ")));
}

int ReportChartView::seriesCount() const
{
    if (!m_view->hasData() || m_view->chart()->series().isEmpty())
        return 0;
    QAbstractSeries *series = m_view->chart()->series().first();
    if (auto *bars = qobject_cast<QAbstractBarSeries *>(series))
        return int(bars->count());
    return 1;
}

int ReportChartView::valueCount() const
{
    if (!m_view->hasData() || m_view->chart()->series().isEmpty())
        return 0;
    QAbstractSeries *series = m_view->chart()->series().first();
    if (auto *pie = qobject_cast<QPieSeries *>(series))
        return int(pie->count());
    if (auto *bars = qobject_cast<QAbstractBarSeries *>(series))
        return bars->count() ? int(bars->barSets().first()->count()) : 0;
    return 0;
}

} // namespace Accrue
