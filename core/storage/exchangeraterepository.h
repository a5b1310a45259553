#pragma once

#include "domain/exchangerate.h"

#include <QHash>
#include <QStringList>
#include <optional>
#include <utility>
#include <vector>

namespace Accrue {

class Database;

// Dated exchange rates (table exchange_rate) and the rate between any two
// currencies on a day.
//
// rateOn(from, to, date) takes, in this order of precedence:
//   1. the direct pair (base `from`, quote `to`): its latest rate on or before
//      the date;
//   2. else the inverse pair (base `to`, quote `from`): 1 / its latest rate,
//      computed exactly and rounded to 10^-10 (RateE10::inverse);
//   3. else a cross through a third currency X: from -> X and X -> to, each
//      leg direct or inverse as above, multiplied and rounded once to 10^-10
//      (RateE10::cross). X is tried EUR first (the ECB's base), then USD, then
//      the others in alphabetical order; the first X with both legs wins.
// A pair with rates only after the date has no rate on it. The same currency
// is 1. Each pair's series is read once per repository object and searched in
// memory, so a report converting many documents asks the database a few times.
class ExchangeRateRepository final
{
public:
    struct Filter
    {
        QString base; // ISO code or empty for all
        QString quote;
        QDate from; // invalid: no bound
        QDate to;
    };

    explicit ExchangeRateRepository(Database &db);

    qint64 insert(ExchangeRate &rate);
    // Sets a stored day's rate to a new value and source.
    void replace(qint64 id, qint64 rateE10, const QString &source);
    std::optional<ExchangeRate> find(const Currency &base, const Currency &quote,
                                     const QDate &date);
    // By base, quote, date.
    std::vector<ExchangeRate> list(const Filter &filter);
    std::optional<qint64> rateOn(const Currency &from, const Currency &to, const QDate &date);
    // Reads every rate at once, so that rateOn() asks the book nothing more:
    // a report converting rows while it still reads them must not query the
    // same connection mid-result (PostgreSQL's single-row mode ends the
    // outer result there).
    void loadAll();

private:
    using Series = std::vector<std::pair<QDate, qint64>>; // by date, ascending
    const Series &series(const QString &base, const QString &quote);
    std::optional<qint64> directOrInverse(const QString &from, const QString &to,
                                          const QDate &date);
    const QStringList &crossCandidates();

    Database &m_db;
    QHash<QString, Series> m_series; // "EUR/USD"
    std::optional<QStringList> m_currencies;
    bool m_allLoaded = false;
};

} // namespace Accrue
