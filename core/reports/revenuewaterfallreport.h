#pragma once

#include "reports/reportparameters.h"

namespace Accrue {

class Database;
class ReportSink;

// Revenue waterfall: what the recognition schedules recognise in each month
// of the range (columns) from the invoices of each issue month (rows), with
// a total column and a total row. A row counts once posted by the
// recognition run, or when due by the report's today (a run not yet made
// for the month). One currency (the book's main one by default); narrowed
// to a customer and to the lines of a module.
class RevenueWaterfallReport final
{
public:
    explicit RevenueWaterfallReport(Database &db);
    void run(const ReportParameters &parameters, ReportSink &sink);

private:
    Database &m_db;
};

} // namespace Accrue
