#include "reports/revenuereport.h"

#include "money/money.h"
#include "reports/currencyconversion.h"
#include "storage/dashboardrepository.h"

#include <QHash>
#include <algorithm>

namespace Accrue {

RevenueReport::RevenueReport(Database &db)
    : m_db(db)
{
}

RevenueMatrix RevenueReport::emptyMatrix(const Currency &currency, const QDate &from,
                                         const QDate &to)
{
    RevenueMatrix m;
    m.currency = currency;
    for (QDate month(from.year(), from.month(), 1); month <= to; month = month.addMonths(1))
        m.months << month.toString(QStringLiteral("yyyy-MM"));
    m.monthTotals.assign(std::size_t(m.months.size()), 0);
    return m;
}

void RevenueReport::add(RevenueMatrix &m, QHash<QString, std::size_t> &rowOf, const QString &key,
                        const QString &label, const QString &month, qint64 amountMinor)
{
    const qsizetype column = m.months.indexOf(month);
    if (column < 0)
        return;
    auto it = rowOf.find(key);
    if (it == rowOf.end()) {
        it = rowOf.insert(key, m.rows.size());
        m.rows.push_back({ key, label, std::vector<qint64>(m.months.size(), 0), 0 });
    }
    RevenueMatrix::Row &row = m.rows[*it];
    row.months[std::size_t(column)] += amountMinor;
    row.total += amountMinor;
    m.monthTotals[std::size_t(column)] += amountMinor;
    m.total += amountMinor;
}

void RevenueReport::finish(RevenueMatrix &m)
{
    // A key whose lines net to nothing in every month is not shown: the
    // monthly balances may hold no row for it where the lines hold zeros.
    std::erase_if(m.rows, [](const RevenueMatrix::Row &row) {
        return std::all_of(row.months.begin(), row.months.end(), [](qint64 v) { return v == 0; });
    });
    std::stable_sort(m.rows.begin(), m.rows.end(), [](const auto &a, const auto &b) {
        return a.total != b.total ? a.total > b.total : a.label < b.label;
    });
}

RevenueMatrix RevenueReport::run(Dimension dimension, const QDate &from, const QDate &to,
                                 QString currency, const ReportScope &scope)
{
    if (currency.isEmpty())
        currency = DashboardRepository(m_db).mainCurrency();
    RevenueMatrix m = emptyMatrix(
        Currency::fromCode(currency).value_or(Currency::require(QStringLiteral("USD"))), from, to);
    QHash<QString, std::size_t> rowOf;
    for (const auto &cell :
         RevenueRepository(m_db).byMonth(dimension, m.currency.code(), from, to, scope))
        add(m, rowOf, cell.key, cell.label, cell.month, cell.amountMinor);
    finish(m);
    return m;
}

RevenueMatrix RevenueReport::runConverted(Dimension dimension, const QDate &from, const QDate &to,
                                          CurrencyConversion &conversion, const ReportScope &scope)
{
    RevenueMatrix m = emptyMatrix(conversion.target(), from, to);
    QHash<QString, std::size_t> rowOf;
    for (const auto &cell : RevenueRepository(m_db).byDocument(dimension, from, to, scope)) {
        const Money converted
            = conversion.convert(cell.amountMinor, Currency::require(cell.currency), cell.date);
        add(m, rowOf, cell.key, cell.label, cell.date.toString(QStringLiteral("yyyy-MM")),
            converted.minor());
    }
    finish(m);
    return m;
}

} // namespace Accrue
