#pragma once

#include "money/money.h"
#include "storage/exchangeraterepository.h"

#include <QDate>
#include <QHash>
#include <QString>

namespace Accrue {

class Database;

// A report's "reporting currency": each document's amounts converted into
// one currency at the rate of the document's own date (ExchangeRateRepository::
// rateOn: the latest rate on or before it, direct, inverse or cross), each
// amount rounded once (Money::convertedTo), so totals are sums of converted
// documents. A document with no rate on or before its date fails the report
// with the pair and the date: nothing is left out quietly.
class CurrencyConversion final
{
public:
    // An empty code: no conversion (isActive() is false). Throws Error for
    // an unknown code.
    CurrencyConversion(Database &db, const QString &reportingCurrency);

    bool isActive() const { return m_target.isValid(); }
    Currency target() const { return m_target; }
    // Rate from `from` into the target on `date`; throws Error naming both.
    qint64 rate(const Currency &from, const QDate &date);
    Money convert(const Money &amount, const QDate &date);
    Money convert(qint64 minor, const Currency &from, const QDate &date)
    {
        return convert(Money(minor, from), date);
    }
    // "in EUR at the rates of each document's date": for titles and notes.
    QString note() const;
    // The title with " in EUR at the rates of ..." when active.
    QString title(const QString &title) const;

private:
    ExchangeRateRepository m_rates;
    Currency m_target;
    QHash<QString, qint64> m_used; // "USD@2026-05-04"
};

} // namespace Accrue
