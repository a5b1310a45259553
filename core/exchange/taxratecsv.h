#pragma once

#include "domain/taxrate.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <vector>

namespace Accrue {

// Tax rates from a spreadsheet, one row each. Columns are found by their
// header (any order): country, category and rate are required; region, name,
// valid_from and valid_to may follow. A rate is a percentage with a dot
// ("19", "7.25", "8.875 %"); dates are YYYY-MM-DD. Errors name file, line and
// column: "rates.csv:3: rate: “19,5” is not a percentage".
class TaxRateCsv final
{
public:
    struct Row
    {
        int line = 0;
        TaxRate rate;
    };

    static std::vector<Row> parse(const QByteArray &csv, const QString &fileName);
    // Every column the reader knows, and those a file must have.
    static const QStringList &columns();
    static const QStringList &requiredColumns();
    // "19", "7.25", "8.875 %" -> parts per million (190000, 72500, 88750);
    // at most four decimals. Throws Error saying why not.
    static int parsePercent(const QString &text);
};

} // namespace Accrue
