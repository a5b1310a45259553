#include "reports/currencytotals.h"

#include "domain/limits.h"
#include "money/money.h"
#include "reports/reporttable.h"

namespace Accrue {

CurrencyTotals::CurrencyTotals(ReportSink &sink, int columnCount, QList<int> sumColumns,
                               int labelColumn, int currencyColumn, QString label)
    : m_sink(sink)
    , m_columnCount(columnCount)
    , m_sumColumns(std::move(sumColumns))
    , m_isMoney(size_t(m_sumColumns.size()), true)
    , m_labelColumn(labelColumn)
    , m_currencyColumn(currencyColumn)
    , m_label(std::move(label))
    , m_sums(size_t(m_sumColumns.size()), 0)
{
}

void CurrencyTotals::add(const QString &currency, const QVariantList &cells)
{
    if (m_any && currency != m_currency)
        flush();
    m_currency = currency;
    m_any = true;
    for (int i = 0; i < m_sumColumns.size(); ++i) {
        const QVariant &cell = cells.at(m_sumColumns.at(i));
        m_isMoney[size_t(i)] = cell.metaType() == QMetaType::fromType<Money>();
        m_sums[size_t(i)] = Limits::checkedAdd(m_sums[size_t(i)],
                                               m_isMoney[size_t(i)] ? cell.value<Money>().minor()
                                                                    : cell.toLongLong());
    }
    m_sink.row(cells);
}

void CurrencyTotals::flush()
{
    const Currency c = Currency::fromCode(m_currency).value_or(Currency());
    QVariantList cells;
    for (int i = 0; i < m_columnCount; ++i)
        cells << QString();
    cells[m_labelColumn] = m_label;
    if (m_currencyColumn >= 0)
        cells[m_currencyColumn] = m_currency;
    for (int i = 0; i < m_sumColumns.size(); ++i) {
        const qint64 sum = m_sums[size_t(i)];
        cells[m_sumColumns.at(i)]
            = m_isMoney[size_t(i)] ? QVariant::fromValue(Money(sum, c)) : QVariant(sum);
        m_sums[size_t(i)] = 0;
    }
    m_sink.totalRow(cells);
}

void CurrencyTotals::finish()
{
    if (m_any)
        flush();
    m_any = false;
}

} // namespace Accrue
