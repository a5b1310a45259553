#pragma once

#include <QString>
#include <QStringView>
#include <optional>

namespace Accrue {

// Exact decimal text for UBL: integers scaled by 10^decimals, never a double.
namespace UblFormat {

// 190000 with 4 decimals -> "19", 88750 -> "8.875", -1500 with 3 -> "-1.5".
QString decimal(qint64 scaled, int decimals);
// "8.875" -> 88750 with 4 decimals; nullopt on junk or on more decimals than
// `decimals` that are not zeros.
std::optional<qint64> parseDecimal(QStringView text, int decimals);

inline QString quantity(qint64 milli)
{
    return decimal(milli, 3);
}
inline QString percent(qint64 ppm)
{
    return decimal(ppm, 4);
}

} // namespace UblFormat

} // namespace Accrue
