#pragma once

#include "domain/agingbucket.h"

#include <QDate>

namespace Accrue {

class Database;
class ReportSink;

// Accounts receivable aging as of a date: each customer's open balances in
// the buckets Current, 1-30, 31-60, 61-90 and 90+ days past due, with a total
// row per currency.
class AgingReport final
{
public:
    static constexpr int bucketCount = Aging::bucketCount;
    static QString bucketTitle(int bucket);
    static QString bucketKey(int bucket);

    explicit AgingReport(Database &db);
    void run(const QDate &asOf, ReportSink &sink);

private:
    Database &m_db;
};

} // namespace Accrue
