#pragma once

#include "money/currency.h"

#include <QDate>
#include <QString>
#include <QStringView>

namespace Accrue {

// On `date`, one unit of `base` was worth rateE10 / 10^10 units of `quote`
// (the ECB's EUR/USD 1.0823 is base EUR, quote USD, rateE10 10823000000).
struct ExchangeRate
{
    qint64 id = 0;
    QDate date;
    Currency base;
    Currency quote;
    qint64 rateE10 = 0;
    QString source; // "manual", or the file it was imported from
};

// Exact rate arithmetic in units of 10^-10, never through a double.
namespace RateE10 {

inline constexpr qint64 one = 10000000000LL; // a rate of 1

// "1.0823" -> 10823000000: digits with an optional dot and at most ten
// decimals, above zero. Throws Error naming the text otherwise.
qint64 parse(QStringView text);
// 10823000000 -> "1.0823" (trailing zeros dropped, at least one decimal kept
// off: "2" for 2.0).
QString format(qint64 rateE10);
// quote -> base from base -> quote: 10^20 / rate, rounded half away from zero
// to 10^-10 (1 / 1.0823 = 0.9239582371). Throws Error if it rounds to zero.
qint64 inverse(qint64 rateE10);
// a -> c from a -> b and b -> c: the product, rounded once to 10^-10.
qint64 cross(qint64 aToB, qint64 bToC);

} // namespace RateE10

} // namespace Accrue
