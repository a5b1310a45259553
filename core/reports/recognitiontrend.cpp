#include "reports/recognitiontrend.h"

#include "storage/dashboardrepository.h"
#include "storage/database.h"
#include "storage/monthlybalancerepository.h"
#include "storage/revenuerepository.h"

namespace Accrue {

RecognitionTrend RecognitionTrend::read(Database &db, const QDate &from, const QDate &to,
                                        QString currency)
{
    if (currency.isEmpty())
        currency = DashboardRepository(db).mainCurrency();
    RecognitionTrend t;
    t.currency = Currency::fromCode(currency).value_or(Currency::require(QStringLiteral("USD")));
    for (QDate m(from.year(), from.month(), 1); m <= to; m = m.addMonths(1))
        t.months << m.toString(QStringLiteral("yyyy-MM"));
    t.billedMinor.assign(std::size_t(t.months.size()), 0);
    t.recognisedMinor.assign(std::size_t(t.months.size()), 0);
    // From the documents: the revenue accounts' balances are recognised
    // revenue now, not what was invoiced.
    RevenueRepository documents(db, RevenueRepository::Source::JournalLines);
    for (const auto &cell :
         documents.byMonth(RevenueRepository::Dimension::Customer, t.currency.code(), from, to))
        if (const qsizetype i = t.months.indexOf(cell.month); i >= 0)
            t.billedMinor[std::size_t(i)] += cell.amountMinor;
    // The ledger's balances are the whole book's: not for a user below the root.
    t.recognisedKnown = !db.tenantScope().isRestricted();
    if (!t.recognisedKnown)
        return t;
    for (const auto &m : MonthlyBalanceRepository(db).movements(
             MonthlyBalanceRepository::Accounts::Revenue, t.currency.code(), from, to))
        if (const qsizetype i = t.months.indexOf(m.month); i >= 0)
            t.recognisedMinor[std::size_t(i)] += m.creditMinor - m.debitMinor;
    return t;
}

} // namespace Accrue
