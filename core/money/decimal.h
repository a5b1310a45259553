#pragma once

#include <QLocale>
#include <QString>

namespace Accrue::Decimal {

// Fixed-point numbers that are not money: quantities in thousandths
// (decimals 3), percentages in basis points (a percent with decimals 2) and
// tax rates in parts per million (a percent with decimals 4).
// They share Money's parser (implemented in money.cpp), so what a person types
// in the locale is read the same way in every field, never through a double.

// "1.234,5" (de_DE) with decimals 3 -> 1234500. Throws Error naming the text
// on junk, misplaced group separators, more decimals than allowed or overflow.
qint64 parse(QStringView text, int decimals, const QLocale &locale);

// 1234500 with decimals 3 -> "1,234.5" (en_US): trailing fraction zeros are
// dropped, and the decimal point with them when nothing is left, unless
// keepZeros asks for all the decimals ("1,234.500").
QString format(qint64 value, int decimals, const QLocale &locale, bool keepZeros = false);

// Trailing fraction zeros dropped, but never below minDecimals: a tax rate
// in ppm (decimals 4, minDecimals 2) 190000 -> "19.00", 88750 -> "8.875".
QString formatAtLeast(qint64 value, int decimals, int minDecimals, const QLocale &locale);

} // namespace Accrue::Decimal
