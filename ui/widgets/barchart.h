#pragma once

#include <QString>
#include <QStringList>

class QAbstractBarSeries;
class QBarCategoryAxis;
class QChart;
class QChartView;
class QPalette;

namespace Accrue {

class Money;

// The bar charts of the Dashboard and Revenue pages: one place for the
// theme (light or dark from the palette), the axes and swapping the chart.
namespace BarChart {

// Puts `series` (its bar sets filled) on a new chart in `view`, with the
// categories below and a value axis from zero to the tallest stack. The
// category labels stay whole (keepLabelsWhole).
void show(QChartView *view, QAbstractBarSeries *series, const QString &title,
          const QStringList &categories, qreal top, bool legend);
// Chart values are drawn in major units; the amounts themselves stay integers.
qreal majorUnits(const Money &amount);
// "YYYY-MM" as a short month name for an axis.
QString monthLabel(const QString &isoMonth, bool withYear);
// The labels of consecutive months ("YYYY-MM"), each one distinct (a
// category axis drops repeats): up to 12, the short month name with the
// year only on the first and on each January ("Jul 25", "Aug", …, "Jan 26",
// "Feb"), which reads at a glance and stays narrow; more, "MMM yy" on all.
QStringList monthLabels(const QStringList &isoMonths);
// Labels level while the widest fits its category, turned 45° while the
// turned ones stay inside the plot, else upright, naming only every n-th
// month where even upright ones would touch; never cut to "Au…", which
// reads as nothing. Follows the plot area as the chart is resized.
void keepLabelsWhole(QChart *chart, QBarCategoryAxis *axis);
// How keepLabelsWhole lays out `count` labels, the widest `widest` and
// `height` high, across `plotWidth`: the angle (0, -45 or -90 degrees) and
// the step between the months named (1: all).
struct LabelFit
{
    int angle = 0;
    int step = 1;

    // Level < 45° < upright < upright with fewer names.
    int severity() const { return angle == 0 ? 0 : angle == -45 ? 1 : 1 + step; }
    bool operator==(const LabelFit &) const = default;
};
LabelFit fitLabels(qreal widest, qreal height, int count, qreal plotWidth);
// The series' bar sets as a legend that wraps (rich text for a QLabel):
// a swatch in each set's colour and its name, kept together.
QString legendText(const QAbstractBarSeries *series);

} // namespace BarChart

} // namespace Accrue
