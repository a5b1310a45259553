#pragma once

#include <QDate>
#include <QString>

namespace Accrue {

// A product's tax category; a rate per country (and region) and category
// says what a line of that category pays there.
namespace TaxCategory {
inline const QString Standard = QStringLiteral("standard");
inline const QString Reduced = QStringLiteral("reduced");
inline const QString Zero = QStringLiteral("zero");
inline const QString Exempt = QStringLiteral("exempt");
inline const QString ReverseCharge = QStringLiteral("reverse_charge");
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
};

} // namespace Accrue
