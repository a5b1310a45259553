#pragma once

#include <QString>
#include <QStringList>

class QAbstractBarSeries;
class QChartView;
class QPalette;

namespace Accrue {

class Money;

// The bar charts of the Dashboard and Revenue pages: one place for the
// theme (light or dark from the palette), the axes and swapping the chart.
namespace BarChart {

// Puts `series` (its bar sets filled) on a new chart in `view`, with the
// categories below and a value axis from zero to the tallest stack.
void show(QChartView *view, QAbstractBarSeries *series, const QString &title,
          const QStringList &categories, qreal top, bool legend);
// Chart values are drawn in major units; the amounts themselves stay integers.
qreal majorUnits(const Money &amount);
// "YYYY-MM" as a short month name for an axis.
QString monthLabel(const QString &isoMonth, bool withYear);

} // namespace BarChart

} // namespace Accrue
