#pragma once

#include <QColor>
#include <QString>

class QPalette;

namespace Accrue {

class Money;

// Display helpers shared by the table models: money in the user's locale,
// statuses as words and as a colour that stays readable in light and dark palettes.
namespace Display {
QString money(const Money &amount);
// "1,234.50 USD": the amount in the locale's format, then the ISO code.
QString moneyWithCode(const Money &amount);
QString statusText(const QString &statusKey);
QColor statusColor(const QString &statusKey, const QPalette &palette);
} // namespace Display

} // namespace Accrue
