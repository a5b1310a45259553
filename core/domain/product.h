#pragma once

#include "money/money.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace Accrue {

// How revenue from a line is recognised (the revenue issue builds schedules on it).
namespace RecognitionMethod {
inline const QString PointInTime = QStringLiteral("point_in_time");
inline const QString Ratably = QStringLiteral("ratably");
inline const QString AsDelivered = QStringLiteral("as_delivered");
inline const QString Milestone = QStringLiteral("milestone");
// Every method, as stored and as files and the command line spell them.
inline const QStringList &all()
{
    static const QStringList methods { PointInTime, Ratably, AsDelivered, Milestone };
    return methods;
}
inline bool isKnown(const QString &method)
{
    return all().contains(method);
}
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
    int taxRatePpm = 0;
    qint64 revenueAccountId = 0;
    QString recognitionMethod = RecognitionMethod::PointInTime;
    QString unit = QStringLiteral("unit"); // seat, user, GB, hour ...
    QString taxCategory = QStringLiteral("standard"); // see TaxCategory
    QDate archivedAt; // invalid while on sale
};

// How a plan's period price follows the quantity (licenses).
enum class PricingModel {
    Flat, // the price, whatever the quantity
    PerUnit, // price x quantity (per seat)
    Graduated, // each tier prices the units inside it
    Volume, // every unit at the price of the tier the quantity falls in
};

// One step of a tiered price: the units up to `upTo` (inclusive; none for
// the last, open-ended tier) at `unitPrice` each, plus `flat` once when the
// quantity reaches the tier.
struct PriceTier
{
    std::optional<int> upTo;
    Money unitPrice;
    Money flat;
};

struct Plan
{
    qint64 id = 0;
    QString code;
    QString name;
    qint64 productId = 0;
    int billingPeriodMonths = 1; // 1 monthly, 3 quarterly, 12 annual
    Money price; // per period (per unit for PerUnit) in `currency`
    Currency currency;
    PricingModel pricing = PricingModel::Flat;
    std::vector<PriceTier> tiers; // Graduated and Volume only
    int trialDays = 0;
    QDate archivedAt;
};

} // namespace Accrue
