#pragma once

#include <QString>
#include <QStringList>

class QAbstractBarSeries;
class QBarCategoryAxis;
class QChart;
class QLocale;
class QPalette;

namespace Accrue {

class ChartPalette;
class ChartView;
class Currency;
class Money;

// The bar charts of the Dashboard, Reports and Revenue pages: one place for
// the theme (from the palette's roles), the value axis (amounts with the
// currency and the locale's separators), the series' colours (ChartPalette),
// "No data" and the summary a screen reader gets.
namespace BarChart {

// Puts `series` (its bar sets filled) on a new chart in `view`, with the
// categories below and a value axis over the values (zero included). An
// invalid `currency` labels the axis with plain numbers. Nothing but zeros,
// or no categories: "No data" instead of an axis of zeros and ones. The
// category labels stay whole (keepLabelsWhole).
void show(ChartView *view, QAbstractBarSeries *series, const QString &title,
          const QStringList &categories, const Currency &currency, bool legend,
          const ChartPalette &palette);
// Chart values are drawn in major units; the amounts themselves stay integers.
qreal majorUnits(const Money &amount);
// "YYYY-MM" as a short month name with its year for an axis ("Nov 26").
QString monthLabel(const QString &isoMonth);
// The labels of consecutive months ("YYYY-MM"), every one with its year: a
// month name alone reads as this year's.
QStringList monthLabels(const QStringList &isoMonths);

// A value axis' ticks: from `low` to `high` in steps of `step`, round
// numbers (1, 2, 2.5 or 5 times a power of ten), `decimals` after the point.
struct Scale
{
    qreal low = 0;
    qreal high = 1;
    qreal step = 1;
    int decimals = 0;
};
// Round ticks around [minimum, maximum] (zero always on the axis), about
// five of them.
Scale niceScale(qreal minimum, qreal maximum);
// An axis value as the locale writes it, with the currency's symbol where
// the locale puts it: "€120,000" (en_US), "120.000 €" (de_DE); plain with
// the group separators for an invalid currency.
QString valueLabel(qreal value, const Currency &currency, int decimals, const QLocale &locale);
// The symbol of `currency` for `locale`: the locale's own ("$" for USD in
// en_US), an unmistakable one ("€", "£", "US$", "CA$") or else the ISO code.
QString currencySymbol(const Currency &currency, const QLocale &locale);
// Titles, labels, grid and legend in the palette's text and mid colours.
void applyPalette(QChart *chart, const QPalette &palette);

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
// The bar sets of the chart's series as a legend that wraps (rich text for
// a QLabel): a swatch in each set's colour and its name, kept together.
QString legendText(const QChart *chart);

} // namespace BarChart

} // namespace Accrue
