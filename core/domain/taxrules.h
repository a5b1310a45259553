#pragma once

#include "domain/customer.h"
#include "domain/taxrate.h"

#include <QStringList>
#include <optional>
#include <vector>

namespace Accrue {

// Where an invoice's lines are taxed: the billing profile's country (the
// company's tax country when the profile names none) and its state or
// province, else its region. Both upper-case; empty when unknown.
struct TaxPlace
{
    QString country;
    QString region;
};

// The tax rules on their own, without the book: which rate a line of a
// category pays at a place on a date, and what makes a rate valid. The
// invoice service feeds them the rates it read; tests call them directly.
class TaxRules final
{
public:
    // "de " -> "DE", " by" -> "BY": how codes are compared and stored.
    static QString normalizedCode(const QString &code);

    static TaxPlace placeOf(const BillingProfile *profile, const QString &companyCountry);

    // The category a line is taxed in: its product's, except that a standard
    // or reduced supply to a business (a customer with a tax ID) in another
    // country than the company's is reverse-charged when that country has a
    // reverse_charge rate on the date. Data, not a list of EU members, says
    // where reverse charge applies: the book names the countries.
    static QString categoryFor(const QString &productCategory, const TaxPlace &place,
                               bool customerIsBusiness, const QString &companyCountry,
                               const std::vector<TaxRate> &rates, const QDate &date);

    // The rate a line of `category` pays at the place on `date`: the region's
    // rate if it has one for the category on that date, else the country's
    // (region ''). Zero-rated, exempt and reverse-charged lines without a rate
    // of their own resolve to 0 % in their category. std::nullopt when the
    // country has no rates at all: the line keeps the rate it came with (the
    // product's), as in a book without a tax table. Throws Error when the
    // country has rates but none for a standard or reduced line on the date.
    static std::optional<TaxRate> resolve(const std::vector<TaxRate> &rates, const QString &country,
                                          const QString &region, const QString &category,
                                          const QDate &date);

    // The region a line at the place is reported under: the place's when the
    // table has a rate of that region on the date, else '' (the country's).
    static QString reportedRegion(const std::vector<TaxRate> &rates, const TaxPlace &place,
                                  const QDate &date);

    // What is wrong with a rate on its own, each "field: message".
    static QStringList validate(const TaxRate &rate);
    // An existing rate of the same country, region and category whose
    // validity overlaps `rate`'s, if any.
    static std::optional<TaxRate> overlapping(const std::vector<TaxRate> &existing,
                                              const TaxRate &rate);
};

} // namespace Accrue
