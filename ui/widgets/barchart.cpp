#include "widgets/barchart.h"

#include "money/money.h"
#include "widgets/chartpalette.h"
#include "widgets/chartview.h"

#include <QCoreApplication>
#include <QDate>
#include <QFontMetricsF>
#include <QLocale>
#include <QPalette>
#include <QtCharts/QAbstractBarSeries>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QCategoryAxis>
#include <QtCharts/QChart>
#include <QtCharts/QLegend>
#include <cmath>

namespace Accrue::BarChart {

namespace {

QString translate(const char *text)
{
    return QCoreApplication::translate("Accrue::BarChart", text);
}

// The lowest and highest points the bars reach: stacks add up, positive and
// negative parts apart.
std::pair<qreal, qreal> valueRange(const QAbstractBarSeries *series)
{
    const bool stacked = series->type() == QAbstractSeries::SeriesTypeStackedBar;
    std::vector<qreal> up, down;
    qreal low = 0, high = 0;
    for (const QBarSet *set : series->barSets()) {
        for (int i = 0; i < set->count(); ++i) {
            const qreal v = set->at(i);
            if (!stacked) {
                low = std::min(low, v);
                high = std::max(high, v);
                continue;
            }
            if (up.size() <= std::size_t(i)) {
                up.resize(std::size_t(i) + 1, 0);
                down.resize(std::size_t(i) + 1, 0);
            }
            (v >= 0 ? up : down)[std::size_t(i)] += v;
            high = std::max(high, up[std::size_t(i)]);
            low = std::min(low, down[std::size_t(i)]);
        }
    }
    return { low, high };
}

// The value axis with labels of our own on round values: QValueAxis can't
// write "€120,000". Labels sit on the grid lines; the first category ends on
// the lowest tick, a hair above where it starts, so that tick has its label.
QCategoryAxis *valueAxis(const Scale &scale, const Currency &currency)
{
    const QLocale locale;
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setStartValue(scale.low - scale.step / 1000);
    const int ticks = int(std::lround((scale.high - scale.low) / scale.step));
    for (int i = 0; i <= ticks; ++i) {
        const qreal value = scale.low + i * scale.step;
        axis->append(valueLabel(value, currency, scale.decimals, locale), value);
    }
    axis->setRange(scale.low, scale.high);
    return axis;
}

// What a screen reader says of the chart, and of each category as the
// keyboard walks them.
std::pair<QString, QStringList> describeBars(const QAbstractBarSeries *series,
                                             const QStringList &categories,
                                             const Currency &currency)
{
    const QLocale locale;
    const int decimals = currency.isValid() ? 0 : 2;
    auto text = [&](qreal v) { return valueLabel(v, currency, decimals, locale); };
    const QList<QBarSet *> sets = series->barSets();
    QStringList perCategory;
    int highest = -1;
    qreal highestValue = 0;
    for (qsizetype c = 0; c < categories.size(); ++c) {
        qreal sum = 0;
        QStringList parts;
        for (const QBarSet *set : sets) {
            const qreal v = c < set->count() ? set->at(int(c)) : 0;
            sum += v;
            if (sets.size() > 1)
                parts << translate("%1 %2").arg(set->label(), text(v));
        }
        if (highest < 0 || sum > highestValue) {
            highest = int(c);
            highestValue = sum;
        }
        perCategory << translate("%1: %2").arg(
            categories.at(c), sets.size() > 1 ? parts.join(QStringLiteral("; ")) : text(sum));
    }
    QString summary = translate("%1 to %2").arg(categories.first(), categories.last());
    if (highest >= 0)
        summary += QStringLiteral(". ")
            + translate("Highest: %1, %2").arg(categories.at(highest), text(highestValue));
    return { summary, perCategory };
}

} // namespace

void show(ChartView *view, QAbstractBarSeries *series, const QString &title,
          const QStringList &categories, const Currency &currency, bool legend,
          const ChartPalette &palette)
{
    const auto [low, high] = valueRange(series);
    if (categories.isEmpty() || (low == 0 && high == 0)) {
        delete series;
        view->showNoData(title);
        return;
    }
    auto *chart = new QChart;
    chart->setTheme(ChartPalette::isDark(view->palette()) ? QChart::ChartThemeDark
                                                          : QChart::ChartThemeLight);
    chart->setBackgroundVisible(false);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setTitle(title);
    chart->addSeries(series);
    palette.paint(series, view->palette()); // after addSeries: the theme colours it too
    if (legend) {
        chart->legend()->setAlignment(Qt::AlignRight);
        chart->legend()->setShowToolTips(true); // a name cut short shows whole on hover
    } else {
        chart->legend()->hide();
    }
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    const Scale scale = niceScale(low, high);
    QCategoryAxis *y = valueAxis(scale, currency);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    y->setRange(scale.low, scale.high); // attaching fits the axis to the series
    applyPalette(chart, view->palette());
    keepLabelsWhole(chart, x);
    const auto [summary, perCategory] = describeBars(series, categories, currency);
    view->showChart(chart, title, summary, perCategory);
}

qreal majorUnits(const Money &amount)
{
    return qreal(amount.minor()) / qreal(std::max<qint64>(1, amount.currency().minorPerMajor()));
}

QString monthLabel(const QString &isoMonth)
{
    const QDate month = QDate::fromString(isoMonth + QStringLiteral("-01"), Qt::ISODate);
    return QLocale().toString(month, QStringLiteral("MMM yy"));
}

QStringList monthLabels(const QStringList &isoMonths)
{
    QStringList labels;
    for (const QString &month : isoMonths)
        labels << monthLabel(month);
    return labels;
}

Scale niceScale(qreal minimum, qreal maximum)
{
    const qreal low = std::min<qreal>(0, minimum);
    const qreal high = std::max<qreal>(0, maximum);
    const qreal span = high - low;
    if (span <= 0)
        return {};
    // About five steps of 1, 2, 2.5 or 5 times a power of ten.
    const qreal rough = span / 5;
    const qreal power = std::pow(10.0, std::floor(std::log10(rough)));
    qreal step = 10 * power;
    for (qreal factor : { 1.0, 2.0, 2.5, 5.0 })
        if (factor * power >= rough) {
            step = factor * power;
            break;
        }
    Scale scale;
    scale.step = step;
    // A hair of slack: 120,000 / 25,000 lands on 4.8, 100,000 on 4 exactly.
    scale.low = std::floor(low / step + 1e-9) * step;
    scale.high = std::ceil(high / step - 1e-9) * step;
    // Decimals enough for the step: 0.25 needs two, 20 none.
    scale.decimals = 0;
    for (qreal unit = 1;
         std::abs(step - std::round(step / unit) * unit) > step * 1e-9 && scale.decimals < 6;
         unit /= 10)
        ++scale.decimals;
    return scale;
}

QString currencySymbol(const Currency &currency, const QLocale &locale)
{
    const QString code = currency.code();
    if (locale.currencySymbol(QLocale::CurrencyIsoCode) == code
        && !locale.currencySymbol(QLocale::CurrencySymbol).isEmpty())
        return locale.currencySymbol(QLocale::CurrencySymbol);
    // Symbols no other currency uses (CLDR's international forms), so an
    // axis in a foreign currency cannot be misread as the local one.
    static const std::pair<const char *, const char *> unmistakable[] = {
        { "EUR", "€" },   { "GBP", "£" },   { "JPY", "¥" },   { "INR", "₹" },   { "KRW", "₩" },
        { "ILS", "₪" },   { "VND", "₫" },   { "NGN", "₦" },   { "UAH", "₴" },   { "TRY", "₺" },
        { "USD", "US$" }, { "CAD", "CA$" }, { "AUD", "A$" },  { "NZD", "NZ$" }, { "HKD", "HK$" },
        { "MXN", "MX$" }, { "CNY", "CN¥" }, { "TWD", "NT$" }, { "BRL", "R$" },
    };
    for (const auto &[iso, symbol] : unmistakable)
        if (code == QLatin1String(iso))
            return QString::fromUtf8(symbol);
    return code;
}

QString valueLabel(qreal value, const Currency &currency, int decimals, const QLocale &locale)
{
    if (!currency.isValid())
        return locale.toString(value, 'f', decimals);
    QString symbol = currencySymbol(currency, locale);
    // The C locale has no currency format ("250,000US$"): the symbol leads,
    // as in English.
    if (locale.language() == QLocale::C) {
        if (symbol.back().isLetter())
            symbol += QChar(0x00A0);
        return (value < 0 ? QStringLiteral("-") : QString()) + symbol
            + locale.toString(std::abs(value), 'f', decimals);
    }
    // A code or a word before the figure wants a space ("CHF 1,000").
    const bool symbolFirst
        = locale.toCurrencyString(1.0, QStringLiteral("\u00A4"), 0).startsWith(u'\u00A4');
    if (symbolFirst && symbol.back().isLetter())
        symbol += QChar(0x00A0);
    return locale.toCurrencyString(value, symbol, decimals);
}

void applyPalette(QChart *chart, const QPalette &palette)
{
    const QColor text = palette.color(QPalette::WindowText);
    QColor grid = palette.color(QPalette::Mid);
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsColor(text);
        axis->setLinePenColor(grid);
        axis->setGridLineColor(grid);
    }
}

LabelFit fitLabels(qreal widest, qreal height, int count, qreal plotWidth)
{
    const qreal slot = plotWidth / std::max(1, count);
    const qreal gap = height / 2; // air between neighbours
    if (widest + gap <= slot)
        return { 0, 1 };
    // Qt Charts hides a label whose turned box reaches past the plot's
    // edge (the first and the last): at 45° that box is (w + h) / sqrt 2 wide.
    if ((widest + height) / std::sqrt(2.0) + gap / 2 <= slot)
        return { -45, 1 };
    // Upright, a label needs a line's height; where the slots are narrower
    // only every step-th month is named.
    return { -90, std::max(1, int(std::ceil((height + gap) / std::max<qreal>(slot, 1)))) };
}

void keepLabelsWhole(QChart *chart, QBarCategoryAxis *axis)
{
    axis->setTruncateLabels(false);
    const QStringList all = axis->categories();
    auto fit = [axis, all, decidedAt = qreal(0),
                shown = LabelFit { 0, 1 }](const QRectF &plot) mutable {
        const QFontMetricsF metrics(axis->labelsFont());
        qreal widest = 0;
        for (const QString &label : all)
            widest = std::max(widest, metrics.horizontalAdvance(label));
        const LabelFit wanted = fitLabels(widest, metrics.height(), int(all.size()), plot.width());
        // A new fit moves the plot area (labels that stick out of it take
        // room from it), which comes back here. Turning further is always
        // safe; turning back waits until the plot has grown by more than a
        // label since the last change, so it cannot swing to and fro.
        if (wanted == shown
            || (wanted.severity() < shown.severity() && plot.width() < decidedAt + widest))
            return;
        decidedAt = plot.width();
        shown = wanted;
        QStringList labels = all;
        // Counted from the latest month, half a step in: Qt Charts hides an
        // upright label at the plot's edge in so narrow a slot. Categories
        // must differ, so an unnamed month is a distinct run of zero-width
        // spaces.
        for (qsizetype i = 0; i < labels.size(); ++i)
            if ((labels.size() - 1 - i) % wanted.step != wanted.step / 2)
                labels[i] = QString(i + 1, QChar(0x200B));
        if (labels != axis->categories())
            axis->setCategories(labels);
        axis->setLabelsAngle(wanted.angle);
    };
    QObject::connect(chart, &QChart::plotAreaChanged, axis, fit);
}

QString legendText(const QChart *chart)
{
    QStringList entries;
    for (QAbstractSeries *series : chart->series())
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series))
            for (QBarSet *set : bars->barSets()) // color() is not const
                entries << QStringLiteral("<span style=\"color:%1\">&#9632;</span>&nbsp;%2")
                               .arg(set->color().name(),
                                    set->label().toHtmlEscaped().replace(u' ',
                                                                         QStringLiteral("&nbsp;")));
    // Breaks only between entries.
    return entries.join(QStringLiteral(" &nbsp; "));
}

} // namespace Accrue::BarChart
