#pragma once

#include <QDate>
#include <QString>

namespace Accrue::Limits {

// What a value coming in (typed, imported, read from a bank file) may be.
// Far inside int64 on purpose: with every amount at most 10^14 minor units
// (a trillion euros, a hundred trillion yen), tens of thousands of them sum
// without overflow, and every sum is checked besides (checkedAdd()).
inline constexpr qint64 maxAmountMinor = 100'000'000'000'000;
// A line's quantity, in thousandths: at most a million units.
inline constexpr qint64 maxQuantityMilli = 1'000'000'000;
// Payment terms, and how far a due date may lie after the issue date.
inline constexpr int maxTermsDays = 730;
// Business dates (issue, due, payment, bank booking) lie in these years.
inline constexpr int firstYear = 1970;
inline constexpr int lastYear = 2100;

inline bool isPlausibleAmount(qint64 minor)
{
    return minor >= -maxAmountMinor && minor <= maxAmountMinor;
}

inline bool isPlausibleDate(const QDate &date)
{
    return date.isValid() && date.year() >= firstYear && date.year() <= lastYear;
}

// NUL and the other C0 controls but tab and line breaks: never part of a
// name, a description or a note, and a NUL cuts text short in C code.
inline bool hasControlCharacters(const QString &text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r') || u == 0x7f)
            return true;
    }
    return false;
}

// a + b, or throws Error when the sum would not fit in int64.
qint64 checkedAdd(qint64 a, qint64 b);

} // namespace Accrue::Limits
