#pragma once

#include "domain/taxrate.h"

#include <QByteArray>
#include <QJsonObject>
#include <vector>

namespace Accrue {

class Session;

// The book's tax table: rates per country, region and category with their
// validity. Each change is validated (TaxRules::validate, and no two rates of
// one place and category valid on the same day), stored and audited in one
// transaction. Invoices take their lines' rates from here (InvoiceService).
class TaxService final
{
public:
    explicit TaxService(Session &session);

    // Codes are upper-cased, the category lower-cased; an empty name becomes
    // "DE-BY standard 19 %". Fills in the id.
    qint64 addRate(TaxRate &rate);
    // Ends the rate on `validTo` (its last day), so that a new rate can start
    // the day after: how a rate changes. Invoices already issued keep theirs.
    void endRate(qint64 id, const QDate &validTo);
    // By country, region, category and start; one country's when given.
    std::vector<TaxRate> rates(const QString &country = {});
    // Every rate of a CSV file (TaxRateCsv) in one transaction: all of them
    // or, on the first problem, none; the error names file, line and field.
    // Returns how many were added.
    int importCsv(const QByteArray &csv, const QString &fileName);

    // The company's tax country (CompanySettings::taxCountry); setting it is
    // a change of the company settings (Admin).
    QString taxCountry();
    void setTaxCountry(const QString &country);

    static QJsonObject toJson(const TaxRate &rate);
    // "19.00", "7.25", "8.875": a rate in ppm as a plain percentage (C locale).
    static QString percentText(int ratePpm);

private:
    Session &m_session;
};

} // namespace Accrue
