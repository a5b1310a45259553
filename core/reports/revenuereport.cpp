#include "reports/revenuereport.h"

#include "storage/dashboardrepository.h"

#include <QHash>
#include <algorithm>

namespace Accrue {

RevenueReport::RevenueReport(Database &db)
    : m_db(db)
{
}

RevenueMatrix RevenueReport::run(Dimension dimension, const QDate &from, const QDate &to,
                                 QString currency, const ReportScope &scope)
{
    if (currency.isEmpty())
        currency = DashboardRepository(m_db).mainCurrency();
    RevenueMatrix m;
    m.currency = Currency::fromCode(currency).value_or(Currency::require(QStringLiteral("USD")));
    for (QDate month(from.year(), from.month(), 1); month <= to; month = month.addMonths(1))
        m.months << month.toString(QStringLiteral("yyyy-MM"));
    m.monthTotals.assign(std::size_t(m.months.size()), 0);

    QHash<QString, std::size_t> rowOf;
    for (const auto &cell :
         RevenueRepository(m_db).byMonth(dimension, m.currency.code(), from, to, scope)) {
        const qsizetype column = m.months.indexOf(cell.month);
        if (column < 0)
            continue;
        auto it = rowOf.find(cell.key);
        if (it == rowOf.end()) {
            it = rowOf.insert(cell.key, m.rows.size());
            m.rows.push_back({ cell.key, cell.label, std::vector<qint64>(m.months.size(), 0), 0 });
        }
        RevenueMatrix::Row &row = m.rows[*it];
        row.months[std::size_t(column)] += cell.amountMinor;
        row.total += cell.amountMinor;
        m.monthTotals[std::size_t(column)] += cell.amountMinor;
        m.total += cell.amountMinor;
    }
    // A key whose lines net to nothing in every month is not shown: the
    // monthly balances may hold no row for it where the lines hold zeros.
    std::erase_if(m.rows, [](const RevenueMatrix::Row &row) {
        return std::all_of(row.months.begin(), row.months.end(), [](qint64 v) { return v == 0; });
    });
    std::stable_sort(m.rows.begin(), m.rows.end(), [](const auto &a, const auto &b) {
        return a.total != b.total ? a.total > b.total : a.label < b.label;
    });
    return m;
}

} // namespace Accrue
