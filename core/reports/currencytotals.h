#pragma once

#include "money/currency.h"

#include <QList>
#include <QString>
#include <QVariantList>
#include <vector>

namespace Accrue {

class ReportSink;

// Passes rows sorted by currency to a sink and closes each currency's group
// with a total row of its summed columns (Money or integer counts): amounts in
// different currencies are never added up.
class CurrencyTotals final
{
public:
    // The total row says `label` in labelColumn and the currency in
    // currencyColumn; sumColumns (Money or qint64 cells) are summed.
    CurrencyTotals(ReportSink &sink, int columnCount, QList<int> sumColumns, int labelColumn,
                   int currencyColumn, QString label);

    void add(const QString &currency, const QVariantList &cells);
    // Emits the last group's total; call once at the end.
    void finish();

private:
    void flush();

    ReportSink &m_sink;
    int m_columnCount;
    QList<int> m_sumColumns;
    std::vector<bool> m_isMoney;
    int m_labelColumn;
    int m_currencyColumn;
    QString m_label;
    QString m_currency;
    std::vector<qint64> m_sums;
    bool m_any = false;
};

} // namespace Accrue
