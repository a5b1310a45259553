#include "einvoice/ublformat.h"

#include <limits>

namespace Accrue::UblFormat {

QString decimal(qint64 scaled, int decimals)
{
    const bool negative = scaled < 0;
    // Digits of the magnitude, computed unsigned so the minimum int64 works.
    quint64 magnitude = negative ? quint64(0) - quint64(scaled) : quint64(scaled);
    quint64 unit = 1;
    for (int i = 0; i < decimals; ++i)
        unit *= 10;
    QString text = QString::number(magnitude / unit);
    quint64 fraction = magnitude % unit;
    if (fraction != 0) {
        QString digits = QString::number(fraction).rightJustified(decimals, u'0');
        while (digits.endsWith(u'0'))
            digits.chop(1);
        text += u'.' + digits;
    }
    return negative ? u'-' + text : text;
}

std::optional<qint64> parseDecimal(QStringView text, int decimals)
{
    text = text.trimmed();
    bool negative = false;
    if (text.startsWith(u'-') || text.startsWith(u'+')) {
        negative = text.front() == u'-';
        text = text.mid(1);
    }
    const qsizetype dot = text.indexOf(u'.');
    const QStringView whole = dot < 0 ? text : text.left(dot);
    QStringView fraction = dot < 0 ? QStringView() : text.mid(dot + 1);
    if (whole.isEmpty() && fraction.isEmpty())
        return std::nullopt;
    while (fraction.size() > decimals && fraction.endsWith(u'0'))
        fraction.chop(1);
    if (fraction.size() > decimals)
        return std::nullopt;
    qint64 value = 0;
    constexpr qint64 limit = std::numeric_limits<qint64>::max() / 10;
    auto push = [&](QChar c) {
        if (c < u'0' || c > u'9' || value > limit)
            return false;
        value = value * 10 + (c.unicode() - u'0');
        return value >= 0;
    };
    for (const QChar c : whole)
        if (!push(c))
            return std::nullopt;
    for (int i = 0; i < decimals; ++i)
        if (!push(i < fraction.size() ? fraction[i] : QChar(u'0')))
            return std::nullopt;
    return negative ? -value : value;
}

} // namespace Accrue::UblFormat
