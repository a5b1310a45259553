#pragma once

#include <QDate>
#include <QString>

namespace Accrue {

// "YYYY-MM-DD" for a valid date (years 0-9999), a null QString otherwise.
// Written by hand because QDate::toString(Qt::ISODate) goes through a
// printf-style formatter and dominated bulk loads.
inline QString isoDate(const QDate &date)
{
    if (!date.isValid() || date.year() < 0 || date.year() > 9999)
        return date.isValid() ? date.toString(Qt::ISODate) : QString();
    int y = 0, m = 0, d = 0;
    date.getDate(&y, &m, &d);
    const char16_t text[10] = {
        char16_t(u'0' + y / 1000),
        char16_t(u'0' + y / 100 % 10),
        char16_t(u'0' + y / 10 % 10),
        char16_t(u'0' + y % 10),
        u'-',
        char16_t(u'0' + m / 10),
        char16_t(u'0' + m % 10),
        u'-',
        char16_t(u'0' + d / 10),
        char16_t(u'0' + d % 10),
    };
    return QString(reinterpret_cast<const QChar *>(text), 10);
}

} // namespace Accrue
