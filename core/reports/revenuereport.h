#pragma once

#include "money/currency.h"
#include "storage/revenuerepository.h"

#include <QHash>
#include <QStringList>
#include <vector>

namespace Accrue {

class CurrencyConversion;
class Database;

// Revenue by month, split by module, customer or plan: a matrix with one row
// per key (largest first), one column per month of the range (months with no
// revenue included), row totals and month totals.
struct RevenueMatrix
{
    struct Row
    {
        QString key;
        QString label;
        std::vector<qint64> months; // minor units, one per month
        qint64 total = 0;
    };

    Currency currency;
    QStringList months; // YYYY-MM
    std::vector<Row> rows;
    std::vector<qint64> monthTotals;
    qint64 total = 0;
};

class RevenueReport final
{
public:
    using Dimension = RevenueRepository::Dimension;

    explicit RevenueReport(Database &db);
    // currency empty: the book's main currency.
    RevenueMatrix run(Dimension dimension, const QDate &from, const QDate &to,
                      QString currency = {}, const ReportScope &scope = {});
    // Every currency converted into the conversion's target, each document
    // at its own date's rate (rounded per document and key, then summed).
    RevenueMatrix runConverted(Dimension dimension, const QDate &from, const QDate &to,
                               CurrencyConversion &conversion, const ReportScope &scope = {});

private:
    static RevenueMatrix emptyMatrix(const Currency &currency, const QDate &from, const QDate &to);
    static void add(RevenueMatrix &m, QHash<QString, std::size_t> &rowOf, const QString &key,
                    const QString &label, const QString &month, qint64 amountMinor);
    static void finish(RevenueMatrix &m);

    Database &m_db;
};

} // namespace Accrue
