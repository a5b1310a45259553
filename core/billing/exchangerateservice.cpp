#include "billing/exchangerateservice.h"

#include "billing/session.h"
#include "common/error.h"
#include "domain/limits.h"
#include "exchange/exchangeratecsv.h"
#include "security/auditlog.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

namespace Accrue {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Accrue::ExchangeRateService", text);
}

QJsonObject toJson(const ExchangeRate &r)
{
    return { { QStringLiteral("date"), r.date.toString(Qt::ISODate) },
             { QStringLiteral("base"), r.base.code() },
             { QStringLiteral("quote"), r.quote.code() },
             { QStringLiteral("rate"), RateE10::format(r.rateE10) },
             { QStringLiteral("source"), r.source } };
}

QString pairKey(const ExchangeRate &r)
{
    return r.base.code() + u'/' + r.quote.code() + u'@' + r.date.toString(Qt::ISODate);
}

Currency requireCode(const QString &field, const QString &code)
{
    const std::optional<Currency> c = Currency::fromCode(code.trimmed());
    if (!c)
        throw Error(tr("%1: “%2” is not an ISO 4217 currency code").arg(field, code));
    return *c;
}

} // namespace

ExchangeRateService::ExchangeRateService(Session &session)
    : m_session(session)
{
}

ExchangeRate ExchangeRateService::add(const QString &base, const QString &quote,
                                      const QString &rate, const QDate &date, bool replace)
{
    m_session.require(Permission::Billing, tr("enter exchange rates"));
    ExchangeRate r;
    r.base = requireCode(QStringLiteral("base"), base);
    r.quote = requireCode(QStringLiteral("quote"), quote);
    if (r.base == r.quote)
        throw Error(tr("quote: an exchange rate is between two different currencies"));
    try {
        r.rateE10 = RateE10::parse(rate);
    } catch (const Error &e) {
        throw Error(QStringLiteral("rate: ") + e.userMessage());
    }
    if (!date.isValid() || !Limits::isPlausibleDate(date))
        throw Error(tr("date: enter the day the rate is for (years %1 to %2)")
                        .arg(Limits::firstYear)
                        .arg(Limits::lastYear));
    r.date = date;
    r.source = QStringLiteral("manual");
    Transaction tx(m_session.db());
    ExchangeRateRepository repo(m_session.db());
    if (const std::optional<ExchangeRate> stored = repo.find(r.base, r.quote, r.date)) {
        if (stored->rateE10 == r.rateE10)
            return *stored; // nothing to change, nothing to audit
        if (!replace)
            throw Error(tr("rate: %1/%2 on %3 is stored as %4 already (replace it to change it)")
                            .arg(r.base.code(), r.quote.code(), r.date.toString(Qt::ISODate),
                                 RateE10::format(stored->rateE10)));
        repo.replace(stored->id, r.rateE10, r.source);
        r.id = stored->id;
        m_session.audit().append(QStringLiteral("exchange_rate.replace"),
                                 QStringLiteral("exchange_rate"), QString::number(r.id),
                                 toJson(*stored), toJson(r));
    } else {
        repo.insert(r);
        m_session.audit().append(QStringLiteral("exchange_rate.create"),
                                 QStringLiteral("exchange_rate"), QString::number(r.id), {},
                                 toJson(r));
    }
    tx.commit();
    return r;
}

std::vector<ExchangeRate> ExchangeRateService::list(const Filter &filter)
{
    return ExchangeRateRepository(m_session.db()).list(filter);
}

ExchangeRateService::ImportResult
ExchangeRateService::importCsv(const QByteArray &bytes, const QString &fileName, bool replace)
{
    m_session.require(Permission::Billing, tr("import exchange rates"));
    ExchangeRateCsv::Parsed parsed = ExchangeRateCsv::parse(bytes, fileName);
    ImportResult result;
    result.format = parsed.format == ExchangeRateCsv::Format::Ecb ? QStringLiteral("ecb")
                                                                  : QStringLiteral("long");
    result.skippedColumns = parsed.skippedColumns;
    Transaction tx(m_session.db());
    ExchangeRateRepository repo(m_session.db());
    // What is stored, read once: a history file holds some 200,000 rates.
    QHash<QString, ExchangeRate> stored;
    for (ExchangeRate &r : repo.list({}))
        stored.insert(pairKey(r), r);
    QHash<QString, int> lineOf; // a day's rate given twice in the file
    for (ExchangeRateCsv::Row &row : parsed.rows) {
        ExchangeRate &r = row.rate;
        r.source = fileName;
        const QString key = pairKey(r);
        auto fail = [&](const QString &message) {
            throw Error(QStringLiteral("%1:%2: %3: %4")
                            .arg(fileName)
                            .arg(row.line)
                            .arg(parsed.format == ExchangeRateCsv::Format::Ecb
                                     ? r.quote.code()
                                     : QStringLiteral("rate"),
                                 message));
        };
        if (const auto it = lineOf.constFind(key); it != lineOf.constEnd()) {
            if (stored.value(key).rateE10 != r.rateE10)
                fail(tr("%1/%2 on %3 is given differently on line %4")
                         .arg(r.base.code(), r.quote.code(), r.date.toString(Qt::ISODate))
                         .arg(*it));
            continue;
        }
        lineOf.insert(key, row.line);
        if (const auto it = stored.find(key); it != stored.end()) {
            if (it->rateE10 == r.rateE10) {
                ++result.unchanged;
                continue;
            }
            if (!replace)
                fail(tr("%1/%2 on %3 is stored as %4 (from %5); the file says %6 (import with "
                        "replace to take the file's rates)")
                         .arg(r.base.code(), r.quote.code(), r.date.toString(Qt::ISODate),
                              RateE10::format(it->rateE10), it->source,
                              RateE10::format(r.rateE10)));
            repo.replace(it->id, r.rateE10, r.source);
            it->rateE10 = r.rateE10;
            ++result.replaced;
            continue;
        }
        repo.insert(r);
        stored.insert(key, r);
        ++result.added;
    }
    // One record for the file: the rates themselves are in the table with
    // the file as their source.
    if (result.added > 0 || result.replaced > 0)
        m_session.audit().append(
            QStringLiteral("exchange_rate.import"), QStringLiteral("exchange_rate"), fileName, {},
            QJsonObject { { QStringLiteral("file"), fileName },
                          { QStringLiteral("format"), result.format },
                          { QStringLiteral("added"), result.added },
                          { QStringLiteral("replaced"), result.replaced },
                          { QStringLiteral("unchanged"), result.unchanged },
                          { QStringLiteral("skipped_columns"),
                            QJsonArray::fromStringList(result.skippedColumns) } });
    tx.commit();
    return result;
}

std::optional<qint64> ExchangeRateService::rateOn(const Currency &from, const Currency &to,
                                                  const QDate &date)
{
    return ExchangeRateRepository(m_session.db()).rateOn(from, to, date);
}

} // namespace Accrue
