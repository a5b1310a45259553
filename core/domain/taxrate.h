#pragma once

#include <QDate>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace Accrue {

// A product's tax category; a rate per country (and region) and category
// says what a line of that category pays there.
namespace TaxCategory {
inline const QString Standard = QStringLiteral("standard");
inline const QString Reduced = QStringLiteral("reduced");
inline const QString Zero = QStringLiteral("zero");
inline const QString Exempt = QStringLiteral("exempt");
inline const QString ReverseCharge = QStringLiteral("reverse_charge");
// Not a category of rates or products: what an invoice line records when a
// person set its rate by hand, so that no later derivation replaces it.
inline const QString Override = QStringLiteral("override");

// The categories a rate or a product may have, in the order people read them.
inline const QStringList &all()
{
    static const QStringList names { Standard, Reduced, Zero, Exempt, ReverseCharge };
    return names;
}
inline bool isKnown(const QString &category)
{
    return all().contains(category);
}
// Zero-rated, exempt and reverse-charged supplies carry no tax of their own.
inline bool isUntaxed(const QString &category)
{
    return category == Zero || category == Exempt || category == ReverseCharge;
}
} // namespace TaxCategory

// Tax rates are parts per million of the amount, a percent with four
// decimals, so combined US sales-tax rates (New York City 8.875 %) are exact.
// Discounts stay in basis points.
namespace TaxPercent {
constexpr int Decimals = 4;
constexpr int Max = 1000000; // 100 %
// "19.00", "8.875", "9.4375": two decimals at least, four at most, in the
// locale's digits and decimal point; no percent sign.
QString text(qint64 ppm, const QLocale &locale);
// What a person typed ("8.875", "19", "7,25 %" in de_DE) -> ppm. Throws Error
// naming the text on junk or a fifth decimal. The range (0 to Max) is the
// caller's to check, so an editor can show an out-of-range rate as a problem.
qint64 parse(QStringView text, const QLocale &locale);
// True when the text is a percent that only has more than four decimals:
// what parse() refuses with its own message.
bool isTooPrecise(QStringView text, const QLocale &locale);
} // namespace TaxPercent

struct TaxRate
{
    qint64 id = 0;
    QString country; // ISO 3166-1 alpha-2, "DE", "US"
    QString region; // a state, province or region code; empty: the whole country
    QString category = TaxCategory::Standard;
    int ratePpm = 0; // parts per million: 19 % = 190000, 8.875 % = 88750
    QString name; // "VAT 19 %", "NY sales tax"
    QDate validFrom;
    QDate validTo; // invalid: open-ended
    // Why a zero-rated, exempt or reverse-charged supply carries no tax, as
    // e-invoices state it (EN 16931 BT-121 code from the VATEX list, BT-120
    // text): "VATEX-EU-AE", "VATEX-EU-132-1I", or a text such as "Exempt
    // under section 4". The code also picks the e-invoice's category where
    // EN 16931 is finer than the book: VATEX-EU-IC an intra-community supply
    // (K), VATEX-EU-G an export outside the EU (G), VATEX-EU-O not subject
    // to VAT (O).
    QString exemptionCode;
    QString exemptionReason;

    // validFrom and validTo are inclusive; an invalid validFrom is "always".
    bool appliesOn(const QDate &date) const
    {
        return (!validFrom.isValid() || validFrom <= date)
            && (!validTo.isValid() || date <= validTo);
    }
};

} // namespace Accrue
