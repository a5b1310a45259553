#pragma once

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>

namespace Accrue {

// Dates as the locale writes them, always with a four-digit year. QLocale's
// short formats use two ("01.12.26", "12/1/26"), which is ambiguous in tables
// and on documents that outlive a century's first decades; its long formats
// spell out the weekday, too wordy for a table.
class LocalDates final
{
public:
    // The locale's short date format with "yy" widened to "yyyy" ("dd.MM.yyyy").
    static QString shortFormat(const QLocale &locale = QLocale());
    // A date in that format; empty for an invalid date.
    static QString shortDate(const QDate &date, const QLocale &locale = QLocale());
    // Date and time ("01.12.2026 14:05"), the time in the locale's short form.
    static QString shortDateTime(const QDateTime &dateTime, const QLocale &locale = QLocale());
    // The long form without its weekday ("1. Dezember 2026", "December 1, 2026").
    static QString longDate(const QDate &date, const QLocale &locale = QLocale());
};

} // namespace Accrue
