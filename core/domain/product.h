#pragma once

#include "money/money.h"

#include <QString>

namespace Accrue {

// How revenue from a line is recognised (the revenue issue builds schedules on it).
namespace RecognitionMethod {
inline const QString PointInTime = QStringLiteral("point_in_time");
inline const QString Ratably = QStringLiteral("ratably");
inline const QString AsDelivered = QStringLiteral("as_delivered");
inline const QString Milestone = QStringLiteral("milestone");
} // namespace RecognitionMethod

// A product or module a customer can be billed for; its revenue account
// decides where the journal books its sales.
struct Product
{
    qint64 id = 0;
    QString code;
    QString name;
    Money unitPrice; // in `currency`
    Currency currency;
    int taxRateBp = 0;
    qint64 revenueAccountId = 0;
    QString recognitionMethod = RecognitionMethod::PointInTime;
};

struct Plan
{
    qint64 id = 0;
    QString code;
    QString name;
    qint64 productId = 0;
    int billingPeriodMonths = 1;
    Money price; // in `currency`
    Currency currency;
};

} // namespace Accrue
