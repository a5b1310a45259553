#pragma once

#include "domain/agingbucket.h"
#include "storage/reportscope.h"

#include <QDate>

namespace Accrue {

class CurrencyConversion;
class Database;
class ReportSink;

// Accounts receivable aging as of a date: each customer's open balances in
// the buckets Current, 1-30, 31-60, 61-90 and 90+ days past due, with a total
// row per currency, and DSO: days sales outstanding, the open balance over
// what was invoiced (debited to AR) in the 90 days to the date, times 90.
// The last column, Disputed, is the part of the open balance in invoices in
// dispute on the date (already counted in the buckets).
// In a reporting currency each open invoice's balance is converted at its
// issue date's rate before it is bucketed, so every figure, DSO's invoiced
// amounts too, is a sum of converted invoices, in one currency.
class AgingReport final
{
public:
    static constexpr int bucketCount = Aging::bucketCount;
    static QString bucketTitle(int bucket);
    static QString bucketKey(int bucket);

    explicit AgingReport(Database &db);
    void run(const QDate &asOf, ReportSink &sink, const ReportScope &scope = {},
             const QString &reportingCurrency = {});
    // DSO in tenths of a day (123 = 12.3 days), rounded half away from zero;
    // -1 when nothing was invoiced in the window.
    static qint64 dsoTenths(qint64 openMinor, qint64 invoicedMinor, int windowDays = 90);

private:
    void runConverted(const QDate &asOf, CurrencyConversion &conversion, ReportSink &sink,
                      const ReportScope &scope);

    Database &m_db;
};

} // namespace Accrue
