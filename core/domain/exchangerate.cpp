#include "domain/exchangerate.h"

#include "common/error.h"
#include "money/int128.h"

#include <QCoreApplication>
#include <algorithm>
#include <limits>

namespace Accrue::RateE10 {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Accrue::ExchangeRate", text);
}

// n / d rounded half away from zero; n >= 0, d > 0.
Int128 roundedDivide(Int128 n, Int128 d)
{
    return (n * 2 + d) / (d * 2);
}

qint64 checked(Int128 value)
{
    if (value <= Int128(0) || value > Int128(std::numeric_limits<qint64>::max()))
        throw Error(tr("The exchange rate is out of range (it must be above 0.0000000001 and "
                       "below 922337203)"));
    return toInt64(value);
}

} // namespace

qint64 parse(QStringView text)
{
    const QStringView t = text.trimmed();
    auto bad = [&text](const QString &why) {
        return Error(tr("“%1” is not an exchange rate: %2").arg(text.toString(), why));
    };
    if (t.isEmpty())
        throw bad(tr("it is empty"));
    Int128 value = 0;
    int decimals = -1; // -1: no dot seen yet
    int digits = 0;
    for (const QChar c : t) {
        if (c == u'.') {
            if (decimals >= 0)
                throw bad(tr("it has two decimal points"));
            decimals = 0;
            continue;
        }
        if (c < u'0' || c > u'9')
            throw bad(tr("use digits and a dot, like 1.0823"));
        if (decimals >= 0 && ++decimals > 10)
            throw bad(tr("more than ten decimals"));
        value = value * 10 + Int128(qint64(c.unicode() - u'0'));
        if (++digits > 19)
            throw bad(tr("too large"));
    }
    if (digits == 0)
        throw bad(tr("no digits"));
    for (int i = std::max(decimals, 0); i < 10; ++i)
        value = value * 10;
    if (value == Int128(0))
        throw bad(tr("a rate must be above zero"));
    if (value > Int128(std::numeric_limits<qint64>::max()))
        throw bad(tr("too large"));
    return toInt64(value);
}

QString format(qint64 rateE10)
{
    QString text = QString::number(rateE10 / one) + u'.'
        + QStringLiteral("%1").arg(rateE10 % one, 10, 10, QLatin1Char('0'));
    while (text.endsWith(u'0'))
        text.chop(1);
    if (text.endsWith(u'.'))
        text.chop(1);
    return text;
}

qint64 inverse(qint64 rateE10)
{
    if (rateE10 <= 0)
        throw Error(tr("An exchange rate must be above zero."));
    return checked(roundedDivide(Int128(one) * Int128(one), Int128(rateE10)));
}

qint64 cross(qint64 aToB, qint64 bToC)
{
    if (aToB <= 0 || bToC <= 0)
        throw Error(tr("An exchange rate must be above zero."));
    return checked(roundedDivide(Int128(aToB) * Int128(bToC), Int128(one)));
}

} // namespace Accrue::RateE10
