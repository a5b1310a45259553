#include "models/moneyformat.h"

#include "domain/invoice.h"
#include "money/money.h"

#include <QLocale>
#include <QPalette>

namespace Accrue::Display {

QString money(const Money &amount)
{
    return amount.formatNumber(QLocale());
}

QString moneyWithCode(const Money &amount)
{
    return money(amount) + u' ' + amount.currency().code();
}

QString statusText(const QString &statusKey)
{
    const auto status = displayStatusFromString(statusKey);
    return status ? displayName(*status) : statusKey;
}

QColor statusColor(const QString &statusKey, const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    auto tone = [dark](int hue, int saturation) {
        return QColor::fromHsl(hue, saturation, dark ? 170 : 90);
    };
    if (statusKey == QLatin1String("overdue"))
        return tone(0, 200);
    if (statusKey == QLatin1String("partially_paid"))
        return tone(35, 200);
    if (statusKey == QLatin1String("paid"))
        return tone(120, 150);
    if (statusKey == QLatin1String("void") || statusKey == QLatin1String("draft"))
        return palette.color(QPalette::Disabled, QPalette::Text);
    return palette.color(QPalette::Text);
}

} // namespace Accrue::Display
