#include "common/localdates.h"

#include <QRegularExpression>

namespace Accrue {

QString LocalDates::shortFormat(const QLocale &locale)
{
    // "yy" standing alone (not part of "yyyy") becomes "yyyy".
    static const QRegularExpression twoDigitYear(QStringLiteral("(?<!y)yy(?!y)"));
    QString format = locale.dateFormat(QLocale::ShortFormat);
    format.replace(twoDigitYear, QStringLiteral("yyyy"));
    return format;
}

QString LocalDates::shortDate(const QDate &date, const QLocale &locale)
{
    return date.isValid() ? locale.toString(date, shortFormat(locale)) : QString();
}

QString LocalDates::shortDateTime(const QDateTime &dateTime, const QLocale &locale)
{
    if (!dateTime.isValid())
        return QString();
    return shortDate(dateTime.date(), locale) + u' '
        + locale.toString(dateTime.time(), QLocale::ShortFormat);
}

QString LocalDates::longDate(const QDate &date, const QLocale &locale)
{
    if (!date.isValid())
        return QString();
    // "dddd, d. MMMM yyyy" without "dddd, "; some locales put the weekday last.
    static const QRegularExpression weekday(QStringLiteral("\\s*,?\\s*d{4}[,.]?\\s*"));
    QString format = locale.dateFormat(QLocale::LongFormat);
    format.replace(weekday, QStringLiteral(" "));
    return locale.toString(date, format.trimmed());
}

} // namespace Accrue
