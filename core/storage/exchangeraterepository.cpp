#include "storage/exchangeraterepository.h"

#include "storage/database.h"
#include "storage/sqlquery.h"

#include <QDateTime>
#include <algorithm>

namespace Accrue {

namespace {

const QString selectRates
    = QStringLiteral("SELECT id, rate_date, base, quote, rate_e10, source FROM exchange_rate");

ExchangeRate readRate(const SqlQuery &q)
{
    ExchangeRate r;
    r.id = q.int64(0);
    r.date = q.date(1);
    r.base = Currency::fromCode(q.text(2)).value_or(Currency());
    r.quote = Currency::fromCode(q.text(3)).value_or(Currency());
    r.rateE10 = q.int64(4);
    r.source = q.text(5);
    return r;
}

} // namespace

ExchangeRateRepository::ExchangeRateRepository(Database &db)
    : m_db(db)
{
}

qint64 ExchangeRateRepository::insert(ExchangeRate &r)
{
    r.id = m_db.query(QStringLiteral("INSERT INTO exchange_rate (rate_date, base, quote, "
                                     "rate_e10, source, created_at) VALUES (?, ?, ?, ?, ?, ?) "
                                     "RETURNING id"))
               .bindAll(r.date, r.base, r.quote, r.rateE10, r.source,
                        QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))
               .scalar()
               .toLongLong();
    m_series.clear();
    m_currencies.reset();
    return r.id;
}

void ExchangeRateRepository::replace(qint64 id, qint64 rateE10, const QString &source)
{
    m_db.query(QStringLiteral("UPDATE exchange_rate SET rate_e10 = ?, source = ? WHERE id = ?"))
        .bindAll(rateE10, source, id)
        .exec();
    m_series.clear();
}

std::optional<ExchangeRate> ExchangeRateRepository::find(const Currency &base,
                                                         const Currency &quote, const QDate &date)
{
    SqlQuery q = m_db.query(selectRates
                            + QStringLiteral(" WHERE base = ? AND quote = ? AND rate_date = ?"));
    q.bindAll(base, quote, date).exec();
    if (!q.next())
        return std::nullopt;
    return readRate(q);
}

std::vector<ExchangeRate> ExchangeRateRepository::list(const Filter &f)
{
    // Every condition is always present and switched off by its own
    // parameter, so the statement text never changes (one prepared plan).
    SqlQuery q = m_db.query(selectRates
                            + QStringLiteral(" WHERE (? = '' OR base = ?) AND (? = '' OR quote = ?)"
                                             " AND (? = '' OR rate_date >= ?)"
                                             " AND (? = '' OR rate_date <= ?)"
                                             " ORDER BY base, quote, rate_date"));
    // Empty, never null: NULL = '' would switch a condition on.
    auto text = [](const QString &s) { return s.isEmpty() ? QStringLiteral("") : s; };
    const QString from = text(f.from.isValid() ? f.from.toString(Qt::ISODate) : QString());
    const QString to = text(f.to.isValid() ? f.to.toString(Qt::ISODate) : QString());
    const QString base = text(f.base.trimmed().toUpper());
    const QString quote = text(f.quote.trimmed().toUpper());
    q.bindAll(base, base, quote, quote, from, from, to, to).exec();
    std::vector<ExchangeRate> out;
    while (q.next())
        out.push_back(readRate(q));
    return out;
}

const ExchangeRateRepository::Series &ExchangeRateRepository::series(const QString &base,
                                                                     const QString &quote)
{
    const QString key = base + u'/' + quote;
    if (const auto it = m_series.constFind(key); it != m_series.constEnd())
        return *it;
    if (m_allLoaded)
        return *m_series.insert(key, {});
    SqlQuery q = m_db.query(QStringLiteral("SELECT rate_date, rate_e10 FROM exchange_rate "
                                           "WHERE base = ? AND quote = ? ORDER BY rate_date"));
    q.bindAll(base, quote).exec();
    Series s;
    while (q.next())
        s.emplace_back(q.date(0), q.int64(1));
    return *m_series.insert(key, std::move(s));
}

std::optional<qint64> ExchangeRateRepository::directOrInverse(const QString &from,
                                                              const QString &to, const QDate &date)
{
    // The last entry on or before the date.
    auto latest = [&date](const Series &s) -> std::optional<qint64> {
        const auto after
            = std::upper_bound(s.begin(), s.end(), date,
                               [](const QDate &d, const auto &entry) { return d < entry.first; });
        if (after == s.begin())
            return std::nullopt;
        return std::prev(after)->second;
    };
    if (const auto direct = latest(series(from, to)))
        return direct;
    if (const auto reverse = latest(series(to, from)))
        return RateE10::inverse(*reverse);
    return std::nullopt;
}

void ExchangeRateRepository::loadAll()
{
    m_series.clear();
    SqlQuery q = m_db.query(QStringLiteral("SELECT base, quote, rate_date, rate_e10 FROM "
                                           "exchange_rate ORDER BY base, quote, rate_date"));
    q.exec();
    while (q.next())
        m_series[q.text(0) + u'/' + q.text(1)].emplace_back(q.date(2), q.int64(3));
    crossCandidates();
    m_allLoaded = true;
}

const QStringList &ExchangeRateRepository::crossCandidates()
{
    if (!m_currencies) {
        QStringList codes;
        SqlQuery q = m_db.query(
            QStringLiteral("SELECT base FROM exchange_rate UNION SELECT quote FROM exchange_rate"));
        q.exec();
        while (q.next())
            codes << q.text(0);
        std::sort(codes.begin(), codes.end(), [](const QString &a, const QString &b) {
            auto rank = [](const QString &c) {
                return c == QLatin1String("EUR") ? 0 : c == QLatin1String("USD") ? 1 : 2;
            };
            return rank(a) != rank(b) ? rank(a) < rank(b) : a < b;
        });
        m_currencies = codes;
    }
    return *m_currencies;
}

std::optional<qint64> ExchangeRateRepository::rateOn(const Currency &from, const Currency &to,
                                                     const QDate &date)
{
    if (from == to)
        return RateE10::one;
    const QString a = from.code(), b = to.code();
    if (const auto rate = directOrInverse(a, b, date))
        return rate;
    for (const QString &via : crossCandidates()) {
        if (via == a || via == b)
            continue;
        const auto first = directOrInverse(a, via, date);
        if (!first)
            continue;
        if (const auto second = directOrInverse(via, b, date))
            return RateE10::cross(*first, *second);
    }
    return std::nullopt;
}

} // namespace Accrue
