#include "domain/taxrules.h"

#include "common/error.h"
#include "domain/limits.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <algorithm>

namespace Accrue {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Accrue::TaxRules", text);
}

bool sameCode(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

// Open ends as the first and last dates there are, so overlaps compare plainly.
QDate startOf(const TaxRate &r)
{
    return r.validFrom.isValid() ? r.validFrom : QDate(1, 1, 1);
}

QDate endOf(const TaxRate &r)
{
    return r.validTo.isValid() ? r.validTo : QDate(9999, 12, 31);
}

const TaxRate *find(const std::vector<TaxRate> &rates, const QString &country,
                    const QString &region, const QString &category, const QDate &date)
{
    for (const TaxRate &r : rates)
        if (sameCode(r.country, country) && sameCode(r.region, region) && r.category == category
            && r.appliesOn(date))
            return &r;
    return nullptr;
}

QString categoryName(const QString &category)
{
    if (category == TaxCategory::Zero)
        return tr("Zero-rated");
    if (category == TaxCategory::Exempt)
        return tr("Exempt");
    if (category == TaxCategory::ReverseCharge)
        return tr("Reverse charge");
    return category;
}

} // namespace

QString TaxRules::normalizedCode(const QString &code)
{
    return code.trimmed().toUpper();
}

TaxPlace TaxRules::placeOf(const BillingProfile *profile, const QString &companyCountry)
{
    TaxPlace place;
    if (profile) {
        place.country = normalizedCode(profile->country);
        place.region = normalizedCode(
            profile->stateProvince.trimmed().isEmpty() ? profile->region : profile->stateProvince);
    }
    // A profile without a country is taxed where the company is; its region
    // then means nothing there.
    if (place.country.isEmpty()) {
        place.country = normalizedCode(companyCountry);
        place.region.clear();
    }
    return place;
}

QString TaxRules::categoryFor(const QString &productCategory, const TaxPlace &place,
                              bool customerIsBusiness, const QString &companyCountry,
                              const std::vector<TaxRate> &rates, const QDate &date)
{
    const QString category = productCategory.isEmpty() ? TaxCategory::Standard : productCategory;
    if (category != TaxCategory::Standard && category != TaxCategory::Reduced)
        return category;
    const QString home = normalizedCode(companyCountry);
    if (!customerIsBusiness || home.isEmpty() || place.country.isEmpty()
        || sameCode(place.country, home))
        return category;
    for (const TaxRate &r : rates)
        if (sameCode(r.country, place.country) && r.category == TaxCategory::ReverseCharge
            && (r.region.isEmpty() || sameCode(r.region, place.region)) && r.appliesOn(date))
            return TaxCategory::ReverseCharge;
    return category;
}

std::optional<TaxRate> TaxRules::resolve(const std::vector<TaxRate> &rates, const QString &country,
                                         const QString &region, const QString &category,
                                         const QDate &date)
{
    const bool countryHasRates = std::any_of(
        rates.begin(), rates.end(), [&](const TaxRate &r) { return sameCode(r.country, country); });
    if (country.isEmpty() || !countryHasRates)
        return std::nullopt;
    if (!region.isEmpty())
        if (const TaxRate *r = find(rates, country, region, category, date))
            return *r;
    if (const TaxRate *r = find(rates, country, QString(), category, date))
        return *r;
    if (TaxCategory::isUntaxed(category)) {
        TaxRate none;
        none.country = normalizedCode(country);
        none.category = category;
        none.ratePpm = 0;
        none.name = categoryName(category);
        return none;
    }
    const QString place
        = region.isEmpty() ? normalizedCode(country) : normalizedCode(country) + u'-' + region;
    throw Error(tr("no %1 tax rate for %2 on %3; add one (accrue-cli tax-rate add) or set the "
                   "line's rate by hand")
                    .arg(category, place, date.toString(Qt::ISODate)));
}

QString TaxRules::reportedRegion(const std::vector<TaxRate> &rates, const TaxPlace &place,
                                 const QDate &date)
{
    if (place.region.isEmpty())
        return {};
    for (const TaxRate &r : rates)
        if (sameCode(r.country, place.country) && sameCode(r.region, place.region)
            && r.appliesOn(date))
            return place.region;
    return {};
}

QStringList TaxRules::validate(const TaxRate &r)
{
    QStringList problems;
    static const QRegularExpression countryCode(QStringLiteral("^[A-Z]{2}$"));
    if (!countryCode.match(r.country).hasMatch())
        problems << tr("country: “%1” is not a two-letter country code (ISO 3166, e.g. DE, US)")
                        .arg(r.country);
    if (r.region.size() > 40 || Limits::hasControlCharacters(r.region))
        problems << tr("region: at most 40 characters, no control characters");
    if (!TaxCategory::isKnown(r.category))
        problems << tr("category: “%1” is not one of %2")
                        .arg(r.category, TaxCategory::all().join(QStringLiteral(", ")));
    if (r.ratePpm < 0 || r.ratePpm > TaxPercent::Max)
        problems << tr("rate: must be between 0 % and 100 %");
    else if (TaxCategory::isUntaxed(r.category) && r.ratePpm != 0)
        problems << tr("rate: a %1 rate is 0 %").arg(r.category);
    if (r.name.trimmed().isEmpty() || r.name.size() > 100 || Limits::hasControlCharacters(r.name))
        problems << tr("name: 1 to 100 characters, no control characters");
    if (r.validFrom.isValid() && r.validTo.isValid() && r.validTo < r.validFrom)
        problems << tr("valid_to: %1 is before valid_from %2")
                        .arg(r.validTo.toString(Qt::ISODate), r.validFrom.toString(Qt::ISODate));
    return problems;
}

std::optional<TaxRate> TaxRules::overlapping(const std::vector<TaxRate> &existing,
                                             const TaxRate &rate)
{
    for (const TaxRate &r : existing)
        if (sameCode(r.country, rate.country) && sameCode(r.region, rate.region)
            && r.category == rate.category && startOf(r) <= endOf(rate)
            && startOf(rate) <= endOf(r))
            return r;
    return std::nullopt;
}

} // namespace Accrue
