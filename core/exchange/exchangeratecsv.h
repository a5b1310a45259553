#pragma once

#include "domain/exchangerate.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <vector>

namespace Accrue {

// Exchange rates from a file, in one of two layouts, told apart by the header:
// - the ECB's reference rates (eurofxref.csv, eurofxref-hist.csv): a header
//   "Date,USD,JPY,..." (the daily file writes ", " between fields and dates as
//   "03 June 2021", the history ISO dates), one row per day, EUR the base of
//   every column, "N/A" or empty where a currency had no rate that day, and a
//   trailing empty column. Columns of currencies Accrue does not know (the
//   former CYP, EEK, ...) are passed over, and named in skippedColumns.
// - a long list "date,base,quote,rate" (columns in any order).
// Rates are read exactly from the decimal text. Errors name file, line and
// field: "rates.csv:3: USD: “1,08” is not an exchange rate: ...".
class ExchangeRateCsv final
{
public:
    enum class Format { Ecb, Long };
    struct Row
    {
        int line = 0;
        ExchangeRate rate;
    };
    struct Parsed
    {
        Format format = Format::Long;
        std::vector<Row> rows;
        QStringList skippedColumns;
    };

    static Parsed parse(const QByteArray &bytes, const QString &fileName);
    // The long list's columns, all of them required (a column mapping makes
    // that layout; the ECB's files are read as they are).
    static const QStringList &columns();
};

} // namespace Accrue
