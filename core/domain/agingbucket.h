#pragma once

#include <QDate>

namespace Accrue::Aging {

// The AR aging buckets by days past due: Current (not yet due), 1-30, 31-60,
// 61-90 and 90+. Every report, figure and filter takes its bounds from here.
constexpr int bucketCount = 5;

// Due dates that fall in a bucket as of a date: on or after `from` and
// before `before`; an invalid date leaves that side open.
struct DueRange
{
    QDate from;
    QDate before;
};

inline DueRange dueRange(int bucket, const QDate &asOf)
{
    if (bucket <= 0)
        return { asOf, QDate() };
    if (bucket >= bucketCount - 1)
        return { QDate(), asOf.addDays(-30 * (bucketCount - 2)) };
    return { asOf.addDays(-30 * bucket), asOf.addDays(-30 * (bucket - 1)) };
}

// The bucket a due date falls in as of a date, by the same ranges: for rows
// bucketed one by one in C++ (a report converting each invoice first).
inline int bucketOf(const QDate &due, const QDate &asOf)
{
    for (int bucket = 0; bucket < bucketCount - 1; ++bucket)
        if (due >= dueRange(bucket, asOf).from)
            return bucket;
    return bucketCount - 1;
}

} // namespace Accrue::Aging
