#include "widgets/chartpalette.h"

#include "billing/customerservice.h"

#include <QCoreApplication>
#include <QPalette>
#include <QtCharts/QAbstractBarSeries>
#include <QtCharts/QBarSet>
#include <algorithm>
#include <cmath>

namespace Accrue {

namespace {

// Hue and saturation of each colour, neighbours far apart on the wheel; the
// lightness comes from the palette (tone()).
struct Swatch
{
    int hue;
    int saturation;
};
constexpr Swatch swatches[] = {
    { 210, 170 }, // blue
    { 28, 215 }, // orange
    { 140, 140 }, // green
    { 352, 175 }, // red
    { 272, 130 }, // purple
    { 182, 165 }, // teal
    { 48, 215 }, // ochre
    { 318, 140 }, // magenta
    { 96, 130 }, // olive
    { 236, 120 }, // indigo
};
constexpr int swatchCount = int(std::size(swatches));

// Relative luminance (WCAG 2) of a colour.
double luminance(const QColor &c)
{
    auto channel
        = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// Bars need 3:1 against what is behind them (WCAG 1.4.11), the window and
// the view's base alike: from a middle lightness, darker on a light palette
// and lighter on a dark one until they have it (yellow needs more than blue).
QColor tone(const Swatch &s, const QPalette &palette)
{
    const bool dark = ChartPalette::isDark(palette);
    const QColor window = palette.color(QPalette::Window);
    const QColor base = palette.color(QPalette::Base);
    int lightness = dark ? 150 : 110;
    QColor c = QColor::fromHsl(s.hue, s.saturation, lightness);
    while (std::min(contrast(c, window), contrast(c, base)) < 3.2 && lightness > 20
           && lightness < 235) {
        lightness += dark ? 8 : -8;
        c = QColor::fromHsl(s.hue, s.saturation, lightness);
    }
    return c;
}

// FNV-1a over the name's UTF-16: the same slot in every run and every build
// (qHash is seeded per process).
quint32 stableHash(const QString &name)
{
    quint32 h = 2166136261u;
    for (QChar c : name) {
        h ^= c.unicode();
        h *= 16777619u;
    }
    return h;
}

} // namespace

ChartPalette::ChartPalette(QStringList catalogue)
    : m_catalogue(std::move(catalogue))
{
}

ChartPalette ChartPalette::forBook(Session &session)
{
    // Products first (the modules), then plans: the order of their codes,
    // which a new product does not reshuffle for the ones before it.
    CustomerService directory(session);
    QStringList names;
    for (const Product &p : directory.products())
        names << p.name;
    for (const Plan &p : directory.plans())
        names << p.name;
    return ChartPalette(names);
}

int ChartPalette::preferredSlot(const QString &name) const
{
    if (const qsizetype i = m_catalogue.indexOf(name); i >= 0)
        return int(i % swatchCount);
    return int(stableHash(name) % swatchCount);
}

QList<QColor> ChartPalette::colors(const QStringList &names, const QPalette &palette) const
{
    QList<QColor> result(names.size());
    QList<bool> taken(swatchCount, false);
    QList<qsizetype> waiting;
    // The catalogue's names first: their colours are theirs on every chart.
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (names.at(i) == otherName()) {
            result[i] = tone({ 0, 0 }, palette); // grey
        } else if (m_catalogue.contains(names.at(i)) && !taken[preferredSlot(names.at(i))]) {
            taken[preferredSlot(names.at(i))] = true;
            result[i] = tone(swatches[preferredSlot(names.at(i))], palette);
        } else {
            waiting << i;
        }
    }
    for (qsizetype i : waiting) {
        // Once every colour is used they repeat.
        if (std::all_of(taken.cbegin(), taken.cend(), [](bool t) { return t; }))
            taken.fill(false);
        int slot = preferredSlot(names.at(i));
        while (taken[slot])
            slot = (slot + 1) % swatchCount; // the next free one
        taken[slot] = true;
        result[i] = tone(swatches[slot], palette);
    }
    return result;
}

QColor ChartPalette::color(const QString &name, const QPalette &palette) const
{
    return colors({ name }, palette).first();
}

void ChartPalette::paint(QAbstractBarSeries *series, const QPalette &palette) const
{
    const QList<QBarSet *> sets = series->barSets();
    QStringList names;
    for (const QBarSet *set : sets)
        names << set->label();
    const QList<QColor> fills
        = sets.size() == 1 ? QList<QColor> { accent(palette) } : colors(names, palette);
    for (qsizetype i = 0; i < sets.size(); ++i) {
        sets[i]->setColor(fills.at(i));
        sets[i]->setBorderColor(fills.at(i));
        // The bar the keyboard is on (ChartView): the palette's own highlight.
        sets[i]->setSelectedColor(palette.color(QPalette::Highlight));
    }
}

QString ChartPalette::otherName()
{
    return QCoreApplication::translate("Accrue::ChartPalette", "Other");
}

QColor ChartPalette::accent(const QPalette &palette)
{
    return tone(swatches[0], palette);
}

int ChartPalette::size()
{
    return swatchCount;
}

bool ChartPalette::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

} // namespace Accrue
