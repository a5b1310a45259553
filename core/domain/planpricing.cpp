#include "domain/planpricing.h"

#include "common/error.h"

#include <QCoreApplication>
#include <QStringList>

namespace Accrue::PlanPricing {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Accrue::PlanPricing", text);
}

Money timesUnits(const Money &unitPrice, qint64 units)
{
    return unitPrice.timesQuantity(units * 1000);
}

bool isTiered(PricingModel model)
{
    return model == PricingModel::Graduated || model == PricingModel::Volume;
}

void checkTiers(const Plan &plan)
{
    if (plan.tiers.empty())
        throw Error(tr("A %1 plan needs at least one price tier.").arg(key(plan.pricing)));
    int previous = 0;
    for (std::size_t i = 0; i < plan.tiers.size(); ++i) {
        const PriceTier &tier = plan.tiers[i];
        const bool last = i + 1 == plan.tiers.size();
        if (tier.unitPrice.currency() != plan.currency || tier.flat.currency() != plan.currency)
            throw Error(tr("Tier %1 is not in the plan's currency %2.")
                            .arg(i + 1)
                            .arg(plan.currency.code()));
        if (tier.unitPrice.isNegative() || tier.flat.isNegative())
            throw Error(tr("Tier %1 has a negative price.").arg(i + 1));
        if (last && tier.upTo)
            throw Error(tr("The last tier must have no upper limit."));
        if (!last && !tier.upTo)
            throw Error(
                tr("Only the last tier can be open-ended; tier %1 has no upper limit.").arg(i + 1));
        if (tier.upTo) {
            if (*tier.upTo <= previous)
                throw Error(tr("Tier %1 must end above %2 units.").arg(i + 1).arg(previous));
            previous = *tier.upTo;
        }
    }
}

Money graduated(const Plan &plan, int quantity)
{
    Money total = Money::zero(plan.currency);
    int from = 0; // units priced by earlier tiers
    for (const PriceTier &tier : plan.tiers) {
        if (quantity <= from)
            break;
        const int to = tier.upTo ? std::min(*tier.upTo, quantity) : quantity;
        total += timesUnits(tier.unitPrice, to - from) + tier.flat;
        from = to;
    }
    return total;
}

Money volume(const Plan &plan, int quantity)
{
    if (quantity == 0)
        return Money::zero(plan.currency);
    for (const PriceTier &tier : plan.tiers) {
        if (!tier.upTo || quantity <= *tier.upTo)
            return timesUnits(tier.unitPrice, quantity) + tier.flat;
    }
    return Money::zero(plan.currency); // unreachable after check(): the last tier is open
}

} // namespace

QString key(PricingModel model)
{
    switch (model) {
    case PricingModel::Flat:
        return QStringLiteral("flat");
    case PricingModel::PerUnit:
        return QStringLiteral("per_unit");
    case PricingModel::Graduated:
        return QStringLiteral("graduated");
    case PricingModel::Volume:
        return QStringLiteral("volume");
    }
    return {};
}

std::optional<PricingModel> fromKey(QStringView text)
{
    for (PricingModel model : { PricingModel::Flat, PricingModel::PerUnit, PricingModel::Graduated,
                                PricingModel::Volume }) {
        if (text.compare(key(model), Qt::CaseInsensitive) == 0)
            return model;
    }
    if (text.compare(u"per_seat", Qt::CaseInsensitive) == 0)
        return PricingModel::PerUnit;
    return std::nullopt;
}

PricingModel requireKey(QStringView text)
{
    if (const auto model = fromKey(text))
        return *model;
    throw Error(
        tr("Unknown pricing “%1”: use flat, per_unit, graduated or volume.").arg(text.toString()));
}

QString displayName(PricingModel model)
{
    switch (model) {
    case PricingModel::Flat:
        return tr("Flat");
    case PricingModel::PerUnit:
        return tr("Per seat");
    case PricingModel::Graduated:
        return tr("Graduated tiers");
    case PricingModel::Volume:
        return tr("Volume tiers");
    }
    return {};
}

void check(const Plan &plan)
{
    if (plan.billingPeriodMonths != 1 && plan.billingPeriodMonths != 3
        && plan.billingPeriodMonths != 12)
        throw Error(
            tr("A plan bills every 1, 3 or 12 months, not %1.").arg(plan.billingPeriodMonths));
    if (plan.price.currency() != plan.currency)
        throw Error(tr("The plan's price is not in its currency %1.").arg(plan.currency.code()));
    if (plan.price.isNegative())
        throw Error(tr("A plan's price cannot be negative."));
    if (plan.trialDays < 0 || plan.trialDays > 366)
        throw Error(tr("Trial days must be between 0 and 366."));
    if (isTiered(plan.pricing))
        checkTiers(plan);
    else if (!plan.tiers.empty())
        throw Error(tr("Only graduated and volume plans have price tiers."));
}

Money periodCharge(const Plan &plan, int quantity)
{
    if (quantity < 0)
        throw Error(tr("A quantity cannot be negative."));
    switch (plan.pricing) {
    case PricingModel::Flat:
        return plan.price;
    case PricingModel::PerUnit:
        return timesUnits(plan.price, quantity);
    case PricingModel::Graduated:
        return graduated(plan, quantity);
    case PricingModel::Volume:
        return volume(plan, quantity);
    }
    return plan.price;
}

PriceTier parseTier(QStringView text, Currency currency)
{
    const QStringView tier = text.trimmed();
    auto notATier = [&tier]() {
        return Error(tr("“%1” is not a price tier (UP_TO:PRICE or UP_TO:PRICE+FLAT, * for no "
                        "limit, e.g. 10:5.00+20.00)")
                         .arg(tier.toString()));
    };
    const qsizetype colon = tier.indexOf(u':');
    if (colon < 0)
        throw notATier();
    const QStringView upTo = tier.left(colon).trimmed();
    const QStringView prices = tier.mid(colon + 1);
    const qsizetype plus = prices.indexOf(u'+');
    PriceTier out;
    if (upTo != u"*") {
        bool ok = false;
        out.upTo = upTo.toInt(&ok);
        if (!ok || upTo.isEmpty() || !upTo.front().isDigit())
            throw notATier();
    }
    try {
        out.unitPrice = Money::fromPlainString(plus < 0 ? prices : prices.left(plus), currency);
        out.flat = plus < 0 ? Money::zero(currency)
                            : Money::fromPlainString(prices.mid(plus + 1), currency);
    } catch (const Error &) {
        throw notATier(); // the amount's own message would not say which part
    }
    return out;
}

std::vector<PriceTier> parseTiers(QStringView text, Currency currency)
{
    std::vector<PriceTier> tiers;
    if (text.trimmed().isEmpty())
        return tiers;
    for (QStringView part : text.split(u';'))
        tiers.push_back(parseTier(part, currency));
    return tiers;
}

QString tierText(const PriceTier &tier)
{
    QString text = (tier.upTo ? QString::number(*tier.upTo) : QStringLiteral("*")) + u':'
        + tier.unitPrice.toPlainString();
    if (!tier.flat.isZero())
        text += u'+' + tier.flat.toPlainString();
    return text;
}

QString tiersText(const std::vector<PriceTier> &tiers)
{
    QStringList parts;
    for (const PriceTier &tier : tiers)
        parts << tierText(tier);
    return parts.join(u';');
}

std::optional<int> periodFromText(QStringView text)
{
    const QStringView period = text.trimmed();
    if (period.compare(u"monthly", Qt::CaseInsensitive) == 0)
        return 1;
    if (period.compare(u"quarterly", Qt::CaseInsensitive) == 0)
        return 3;
    if (period.compare(u"annual", Qt::CaseInsensitive) == 0
        || period.compare(u"yearly", Qt::CaseInsensitive) == 0)
        return 12;
    bool ok = false;
    const int months = period.toInt(&ok);
    if (!ok || period.isEmpty() || !period.front().isDigit())
        return std::nullopt;
    return months;
}

QString periodKey(int months)
{
    switch (months) {
    case 1:
        return QStringLiteral("monthly");
    case 3:
        return QStringLiteral("quarterly");
    case 12:
        return QStringLiteral("annual");
    }
    return QString::number(months);
}

} // namespace Accrue::PlanPricing
