#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <algorithm>

namespace Accrue {

// A reporting period: both ends inclusive.
//
// The one definition of the period presets: the Dashboard, Reports and the
// Revenue tab all take their dates (preset()), their names (title()) and the
// period they compare with (previous()) from here, so "This month" or "Last
// 12 months" mean the same days wherever they are offered.
struct Period
{
    enum class Kind {
        ThisMonth,
        LastMonth,
        ThisQuarter,
        LastQuarter,
        ThisYear,
        Last12Months, // the 12 whole months before this one, and this one to date
        Custom
    };

    QDate from;
    QDate to;

    // The calendar period `kind` names around `today`, whole: This month is
    // the 1st to the month's last day. Last12Months ends today.
    static Period of(Kind kind, const QDate &today);
    // What a preset means on `today`: the calendar period cut at today, since
    // the days after it have nothing to show yet (This month on 15 Dec is
    // 1–15 Dec; on 1 Dec, 1 Dec alone; Last month stays whole).
    static Period preset(Kind kind, const QDate &today);
    // The `months` whole months before today's month, and today's month to
    // date: lastMonths(12, 15 Dec 2026) is 1 Dec 2025 – 15 Dec 2026.
    static Period lastMonths(int months, const QDate &today);
    // The presets a period picker offers, in order (Custom last).
    static QList<Kind> presets();
    // The name of a preset, as the pickers show it ("Last 12 months + this
    // month to date").
    static QString title(Kind kind);
    // The name of lastMonths(months, ·).
    static QString lastMonthsTitle(int months);

    // The period this one is compared with: like for like. A period that
    // starts on the 1st is moved back by the months it touches, day for day
    // and cut at the end of that earlier stretch: 1–15 Dec compares with
    // 1–15 Nov, 1 Dec with 1 Nov, March with February, a quarter to date with
    // the same days of the quarter before. Any other range: the same number
    // of days just before it.
    Period previous() const;
    // This period without the days after `last`.
    Period upTo(const QDate &last) const { return { from, std::min(to, last) }; }
    qint64 days() const { return from.daysTo(to) + 1; }
    bool isValid() const { return from.isValid() && to.isValid() && from <= to; }
    // True when the period is one or more whole calendar months.
    bool isWholeMonths() const { return from.day() == 1 && to.addDays(1).day() == 1; }
    bool operator==(const Period &) const = default;
};

} // namespace Accrue
