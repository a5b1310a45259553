#include "domain/limits.h"

#include "common/error.h"

#include <QCoreApplication>
#include <limits>

namespace Accrue::Limits {

qint64 checkedAdd(qint64 a, qint64 b)
{
    constexpr qint64 max = std::numeric_limits<qint64>::max();
    constexpr qint64 min = std::numeric_limits<qint64>::min();
    if ((b > 0 && a > max - b) || (b < 0 && a < min - b))
        throw Error(QCoreApplication::translate(
            "Accrue::Limits",
            "A total is larger than Accrue can hold; check the amounts in the "
            "book for a mistyped figure"));
    return a + b;
}

} // namespace Accrue::Limits
