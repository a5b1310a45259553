#include "domain/taxrate.h"

#include "common/error.h"
#include "money/decimal.h"

#include <QCoreApplication>

namespace Accrue {

namespace {

// The number alone: no percent sign, and no zeros past the fourth decimal
// ("8.87500" is exactly 8.875; any other digit there would need rounding).
QString numberOnly(QStringView text, const QLocale &locale)
{
    QString number = text.toString().trimmed();
    for (const QString &sign : { QStringLiteral("%"), locale.percent() })
        if (!sign.isEmpty() && number.endsWith(sign))
            number = number.chopped(sign.size()).trimmed();
    const qsizetype point = number.lastIndexOf(locale.decimalPoint());
    if (point < 0)
        return number;
    const qsizetype fractionStart = point + locale.decimalPoint().size();
    while (number.size() - fractionStart > TaxPercent::Decimals
           && (number.endsWith(u'0') || number.endsWith(locale.zeroDigit())))
        number.chop(1);
    return number;
}

} // namespace

QString TaxPercent::text(qint64 ppm, const QLocale &locale)
{
    return Decimal::formatAtLeast(ppm, Decimals, 2, locale);
}

qint64 TaxPercent::parse(QStringView text, const QLocale &locale)
{
    if (isTooPrecise(text, locale))
        throw Error(QCoreApplication::translate(
                        "Accrue::TaxPercent",
                        "“%1” has more than four decimals; a tax rate is a percent with at most "
                        "four (such as 8.875 or 9.4375)")
                        .arg(text.toString().trimmed()));
    return Decimal::parse(numberOnly(text, locale), Decimals, locale);
}

bool TaxPercent::isTooPrecise(QStringView text, const QLocale &locale)
{
    const QString number = numberOnly(text, locale);
    try {
        Decimal::parse(number, Decimals, locale);
        return false;
    } catch (const Error &) {
    }
    // Fine with more decimals: only the precision is wrong.
    try {
        Decimal::parse(number, 12, locale);
        return true;
    } catch (const Error &) {
        return false;
    }
}

} // namespace Accrue
