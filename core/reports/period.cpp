#include "reports/period.h"

#include <QCoreApplication>

namespace Accrue {

namespace {

QDate firstOfMonth(const QDate &day)
{
    return QDate(day.year(), day.month(), 1);
}

} // namespace

Period Period::of(Kind kind, const QDate &today)
{
    const QDate monthStart = firstOfMonth(today);
    const QDate quarterStart(today.year(), (today.month() - 1) / 3 * 3 + 1, 1);
    switch (kind) {
    case Kind::ThisMonth:
        return { monthStart, monthStart.addMonths(1).addDays(-1) };
    case Kind::LastMonth:
        return { monthStart.addMonths(-1), monthStart.addDays(-1) };
    case Kind::ThisQuarter:
        return { quarterStart, quarterStart.addMonths(3).addDays(-1) };
    case Kind::LastQuarter:
        return { quarterStart.addMonths(-3), quarterStart.addDays(-1) };
    case Kind::ThisYear:
        return { QDate(today.year(), 1, 1), QDate(today.year(), 12, 31) };
    case Kind::Last12Months:
        return lastMonths(12, today);
    case Kind::Custom:
        break;
    }
    return { monthStart, today };
}

Period Period::preset(Kind kind, const QDate &today)
{
    return of(kind, today).upTo(today);
}

Period Period::lastMonths(int months, const QDate &today)
{
    return { firstOfMonth(today).addMonths(-months), today };
}

QList<Period::Kind> Period::presets()
{
    return { Kind::ThisMonth, Kind::LastMonth,    Kind::ThisQuarter, Kind::LastQuarter,
             Kind::ThisYear,  Kind::Last12Months, Kind::Custom };
}

QString Period::title(Kind kind)
{
    switch (kind) {
    case Kind::ThisMonth:
        return QCoreApplication::translate("Accrue::Period", "This month to date");
    case Kind::LastMonth:
        return QCoreApplication::translate("Accrue::Period", "Last month");
    case Kind::ThisQuarter:
        return QCoreApplication::translate("Accrue::Period", "This quarter to date");
    case Kind::LastQuarter:
        return QCoreApplication::translate("Accrue::Period", "Last quarter");
    case Kind::ThisYear:
        return QCoreApplication::translate("Accrue::Period", "This year to date");
    case Kind::Last12Months:
        return lastMonthsTitle(12);
    case Kind::Custom:
        break;
    }
    return QCoreApplication::translate("Accrue::Period", "Custom range");
}

QString Period::lastMonthsTitle(int months)
{
    // Always several months: no plural form needed.
    return QCoreApplication::translate("Accrue::Period", "Last %1 months + this month to date")
        .arg(months);
}

Period Period::previous() const
{
    if (from.day() == 1) {
        // Whole months stay whole months (March's predecessor is February,
        // not the 31 days before it), a month to date meets the same days of
        // the month before: never a day's takings against a whole month.
        const int months = (to.year() - from.year()) * 12 + to.month() - from.month() + 1;
        const QDate start = from.addMonths(-months);
        const QDate end = isWholeMonths() ? from.addDays(-1)
                                          : std::min(to.addMonths(-months), from.addDays(-1));
        return { start, end };
    }
    return { from.addDays(-days()), from.addDays(-1) };
}

} // namespace Accrue
