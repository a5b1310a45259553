#pragma once

#include "domain/product.h"

#include <QString>
#include <optional>
#include <vector>

namespace Accrue::PlanPricing {

// "flat", "per_unit", "graduated", "volume": the stored and typed names.
QString key(PricingModel model);
std::optional<PricingModel> fromKey(QStringView key);
// Throws Error naming the model's key that is unknown.
PricingModel requireKey(QStringView key);
QString displayName(PricingModel model);

// Throws Error when a plan cannot price: a period other than 1, 3 or 12
// months, a negative price or trial, tiers on a flat or per-unit plan, no
// tiers on a tiered one, tiers out of order, an open tier before the last,
// a last tier that is not open, or amounts in another currency.
void check(const Plan &plan);

// The charge for one whole period of `quantity` units (>= 0), worked the way
// the plan's model says. Graduated: 1-10 at 5.00 and 11+ at 4.00 make 15
// units 10 x 5.00 + 5 x 4.00 = 70.00; volume makes them 15 x 4.00 = 60.00.
// A tier's flat fee counts once when the quantity reaches the tier.
Money periodCharge(const Plan &plan, int quantity);

// A tier as people type it (accrue-cli --tier, the CSV "tiers" column):
// "10:5.00" is up to 10 units at 5.00 each, "10:5.00+20.00" adds a flat fee
// of 20.00, "*:3.00" is the open-ended last tier. Throws Error naming the
// text that is not a tier.
PriceTier parseTier(QStringView text, Currency currency);
// Tiers separated by ";": "10:5.00;50:4.00;*:3.00"; empty text, no tiers.
std::vector<PriceTier> parseTiers(QStringView text, Currency currency);
// The same texts back: what parseTier() and parseTiers() read.
QString tierText(const PriceTier &tier);
QString tiersText(const std::vector<PriceTier> &tiers);

// "monthly" 1, "quarterly" 3, "annual" (or "yearly") 12, or a number of
// months as digits; none for anything else. check() decides which numbers
// a plan can bill by.
std::optional<int> periodFromText(QStringView text);
// "monthly", "quarterly", "annual", else the number of months as digits.
QString periodKey(int months);

} // namespace Accrue::PlanPricing
