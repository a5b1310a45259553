#pragma once

#include "money/currency.h"
#include "storage/revenuerepository.h"

#include <QStringList>
#include <vector>

namespace Accrue {

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

private:
    Database &m_db;
};

} // namespace Accrue
