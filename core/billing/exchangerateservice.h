#pragma once

#include "domain/exchangerate.h"
#include "storage/exchangeraterepository.h"

#include <QByteArray>
#include <optional>
#include <vector>

namespace Accrue {

class Session;

// Dated exchange rates: typed in one at a time or imported from a file
// (ExchangeRateCsv: the ECB's reference rates or a long list). Each change
// is validated, stored and audited in one transaction.
class ExchangeRateService final
{
public:
    using Filter = ExchangeRateRepository::Filter;

    struct ImportResult
    {
        QString format; // "ecb" or "long"
        int added = 0;
        int unchanged = 0; // already stored with the same value
        int replaced = 0;
        QStringList skippedColumns; // currencies of the file Accrue does not know
    };

    explicit ExchangeRateService(Session &session);

    // Codes are ISO 4217 (any case), the rate decimal text ("1.0823").
    // A different rate already stored for the day is refused unless
    // `replace`; the same one is left as it is.
    ExchangeRate add(const QString &base, const QString &quote, const QString &rate,
                     const QDate &date, bool replace = false);
    std::vector<ExchangeRate> list(const Filter &filter = {});
    // Every rate of the file in one transaction: all or, on the first
    // problem, none; errors name file, line and field. Importing the same file
    // again changes nothing; a value that differs from the one stored for a
    // day is an error unless `replace`.
    ImportResult importCsv(const QByteArray &bytes, const QString &fileName, bool replace = false);
    // See ExchangeRateRepository::rateOn for the precedence.
    std::optional<qint64> rateOn(const Currency &from, const Currency &to, const QDate &date);

private:
    Session &m_session;
};

} // namespace Accrue
