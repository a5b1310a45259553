#pragma once

#include "money/currency.h"

#include <QDate>
#include <QString>

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

} // namespace Accrue
