#include "widgets/barchart.h"

#include "money/money.h"

#include <QDate>
#include <QLocale>
#include <QtCharts/QAbstractBarSeries>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QLegend>
#include <QtCharts/QValueAxis>

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
    if (legend)
        chart->legend()->setAlignment(Qt::AlignRight);
    else
        chart->legend()->hide();
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

} // namespace Accrue::BarChart
