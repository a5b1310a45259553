#include "widgets/barchart.h"

#include "money/money.h"

#include <QDate>
#include <QFontMetricsF>
#include <QLocale>
#include <QtCharts/QAbstractBarSeries>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QLegend>
#include <QtCharts/QValueAxis>
#include <cmath>

namespace Accrue::BarChart {

void show(QChartView *view, QAbstractBarSeries *series, const QString &title,
          const QStringList &categories, qreal top, bool legend)
{
    auto *chart = new QChart;
    const bool dark = view->palette().color(QPalette::Window).lightness() < 128;
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundVisible(false);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setTitle(title);
    chart->addSeries(series);
    if (legend) {
        chart->legend()->setAlignment(Qt::AlignRight);
        chart->legend()->setShowToolTips(true); // a name cut short shows whole on hover
    } else {
        chart->legend()->hide();
    }
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    auto *y = new QValueAxis;
    y->setRange(0, top > 0 ? top * 1.1 : 1);
    y->applyNiceNumbers();
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    keepLabelsWhole(chart, x);
    // The view takes the new chart but leaves the old one to us.
    QChart *old = view->chart();
    view->setChart(chart);
    delete old;
}

qreal majorUnits(const Money &amount)
{
    return qreal(amount.minor()) / qreal(std::max<qint64>(1, amount.currency().minorPerMajor()));
}

QString monthLabel(const QString &isoMonth, bool withYear)
{
    const QDate month = QDate::fromString(isoMonth + QStringLiteral("-01"), Qt::ISODate);
    return QLocale().toString(month, withYear ? QStringLiteral("MMM yy") : QStringLiteral("MMM"));
}

QStringList monthLabels(const QStringList &isoMonths)
{
    QStringList labels;
    const bool yearOnAll = isoMonths.size() > 12; // a month name would repeat
    for (qsizetype i = 0; i < isoMonths.size(); ++i) {
        const bool january = isoMonths.at(i).endsWith(QStringLiteral("-01"));
        labels << monthLabel(isoMonths.at(i), yearOnAll || i == 0 || january);
    }
    return labels;
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

QString legendText(const QAbstractBarSeries *series)
{
    QStringList entries;
    for (QBarSet *set : series->barSets()) // color() is not const
        entries << QStringLiteral("<span style=\"color:%1\">&#9632;</span>&nbsp;%2")
                       .arg(set->color().name(),
                            set->label().toHtmlEscaped().replace(u' ', QStringLiteral("&nbsp;")));
    // Breaks only between entries.
    return entries.join(QStringLiteral(" &nbsp; "));
}

} // namespace Accrue::BarChart
