#pragma once

#include <QDate>
#include <QString>
#include <algorithm>

namespace Accrue {

// A reporting period: both ends inclusive.
struct Period
{
    enum class Kind {
        ThisMonth,
        LastMonth,
        ThisQuarter,
        LastQuarter,
        ThisYear,
        Last12Months, // from the first of the month 11 months back to today
        Custom
    };

    QDate from;
    QDate to;

    static Period of(Kind kind, const QDate &today);
    // The period of the same length that ends the day before this one starts.
    Period previous() const;
    // This period without the days after `last`: "this month" on a report
    // ends today, since the days after it have nothing to show yet.
    Period upTo(const QDate &last) const { return { from, std::min(to, last) }; }
    qint64 days() const { return from.daysTo(to) + 1; }
    bool isValid() const { return from.isValid() && to.isValid() && from <= to; }
};

} // namespace Accrue
