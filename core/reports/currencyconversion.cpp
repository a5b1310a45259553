#include "reports/currencyconversion.h"

#include "common/error.h"

#include <QCoreApplication>

namespace Accrue {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Accrue::CurrencyConversion", text);
}
} // namespace

CurrencyConversion::CurrencyConversion(Database &db, const QString &reportingCurrency)
    : m_rates(db)
{
    const QString code = reportingCurrency.trimmed();
    if (code.isEmpty())
        return;
    const std::optional<Currency> c = Currency::fromCode(code);
    if (!c)
        throw Error(tr("reporting currency: “%1” is not an ISO 4217 currency code").arg(code));
    m_target = *c;
    m_rates.loadAll();
}

qint64 CurrencyConversion::rate(const Currency &from, const QDate &date)
{
    const QString key = from.code() + u'@' + date.toString(Qt::ISODate);
    if (const auto it = m_used.constFind(key); it != m_used.constEnd())
        return *it;
    const std::optional<qint64> r = m_rates.rateOn(from, m_target, date);
    if (!r)
        throw Error(tr("No exchange rate %1/%2 on or before %3: enter or import one to report "
                       "in %2")
                        .arg(from.code(), m_target.code(), date.toString(Qt::ISODate)));
    m_used.insert(key, *r);
    return *r;
}

Money CurrencyConversion::convert(const Money &amount, const QDate &date)
{
    if (amount.currency() == m_target)
        return amount;
    return amount.convertedTo(m_target, rate(amount.currency(), date));
}

QString CurrencyConversion::note() const
{
    return isActive() ? tr("in %1 at the rates of each document's date").arg(m_target.code())
                      : QString();
}

QString CurrencyConversion::title(const QString &title) const
{
    return isActive() ? title + u' ' + note() : title;
}

} // namespace Accrue
