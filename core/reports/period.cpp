#include "reports/period.h"

namespace Accrue {

Period Period::of(Kind kind, const QDate &today)
{
    const QDate monthStart(today.year(), today.month(), 1);
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
        return { monthStart.addMonths(-11), today };
    case Kind::Custom:
        break;
    }
    return { monthStart, today };
}

Period Period::previous() const
{
    // Whole months stay whole months (March's predecessor is February, not
    // the 31 days before it); other ranges keep their length.
    const bool wholeMonths = from.day() == 1 && to.addDays(1).day() == 1;
    if (wholeMonths) {
        int months = (to.year() - from.year()) * 12 + to.month() - from.month() + 1;
        return { from.addMonths(-months), from.addDays(-1) };
    }
    return { from.addDays(-days()), from.addDays(-1) };
}

} // namespace Accrue
