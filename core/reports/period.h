#pragma once

#include <QDate>
#include <QString>

namespace Accrue {

// A reporting period: both ends inclusive.
struct Period
{
    enum class Kind { ThisMonth, LastMonth, ThisQuarter, ThisYear, Custom };

    QDate from;
    QDate to;

    static Period of(Kind kind, const QDate &today);
    // The period of the same length that ends the day before this one starts.
    Period previous() const;
    qint64 days() const { return from.daysTo(to) + 1; }
    bool isValid() const { return from.isValid() && to.isValid() && from <= to; }
};

} // namespace Accrue
