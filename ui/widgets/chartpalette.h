#pragma once

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>

class QAbstractBarSeries;
class QPalette;

namespace Accrue {

class Session;

// The colours of the charts' series, one helper for every chart, so a module
// keeps its colour from the Dashboard to Reports to the Revenue tab.
//
// A name of the catalogue (a module, a plan) owns the colour of its place in
// the catalogue, so no two modules share one while the palette lasts; any
// other name (a customer, "Billed") a colour picked by a stable hash of it.
// On one chart a name whose colour is taken moves to the next free one, so
// series never look alike. "Other" is always neutral grey. The tones follow
// the widget palette: deeper on a light window, lighter on a dark one, each
// readable against its background.
class ChartPalette final
{
public:
    ChartPalette() = default;
    // `catalogue`: the names with a fixed place, in the catalogue's order.
    explicit ChartPalette(QStringList catalogue);
    // The book's modules and plans (their names, as the charts show them).
    static ChartPalette forBook(Session &session);

    // The colours of series `names` on one chart, most important first.
    QList<QColor> colors(const QStringList &names, const QPalette &palette) const;
    // The colour `name` has on a chart of its own.
    QColor color(const QString &name, const QPalette &palette) const;
    // Colours the bar sets of `series` by their labels.
    void paint(QAbstractBarSeries *series, const QPalette &palette) const;

    // The series of a chart's smaller rows taken together.
    static QString otherName();
    // The colour of a chart with a single series.
    static QColor accent(const QPalette &palette);
    static int size(); // colours before they repeat
    static bool isDark(const QPalette &palette);

private:
    int preferredSlot(const QString &name) const;

    QStringList m_catalogue;
};

} // namespace Accrue
