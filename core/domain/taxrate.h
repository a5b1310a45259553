#pragma once

#include <QDate>
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

struct TaxRate
{
    qint64 id = 0;
    QString country; // ISO 3166-1 alpha-2, "DE", "US"
    QString region; // a state, province or region code; empty: the whole country
    QString category = TaxCategory::Standard;
    int rateBp = 0; // 19 % = 1900
    QString name; // "VAT 19 %", "NY sales tax"
    QDate validFrom;
    QDate validTo; // invalid: open-ended

    // validFrom and validTo are inclusive; an invalid validFrom is "always".
    bool appliesOn(const QDate &date) const
    {
        return (!validFrom.isValid() || validFrom <= date)
            && (!validTo.isValid() || date <= validTo);
    }
};

} // namespace Accrue
