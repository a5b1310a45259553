#pragma once

#include "domain/customer.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <vector>

namespace Accrue {

// Customers from a spreadsheet, one row each, for a team moving in from
// another tool. Columns are found by their header (any order): code, name
// and currency are required; terms_days, email, tax_id, language, notes and
// the default billing profile's address, postal_code, city, region,
// state_province, country, contact and contact_email may follow. UTF-8 (a
// BOM is fine), RFC 4180. Errors name file, line and column:
// "customers.csv:4: currency: “EURO” is not an ISO 4217 currency code".
class CustomerCsv final
{
public:
    struct Row
    {
        int line = 0;
        Customer customer;
        BillingProfile profile;
    };

    static std::vector<Row> parse(const QByteArray &csv, const QString &fileName);
    // Every column the reader knows, and those a file must have.
    static const QStringList &columns();
    static const QStringList &requiredColumns();
};

} // namespace Accrue
