#pragma once

#include "reports/reportparameters.h"

namespace Accrue {

class Database;
class ReportSink;

// Revenue by month (invoiced net of tax, less credit notes), as one
// total per month or split by module, customer or plan, with month subtotals.
class MonthlyRevenueReport final
{
public:
    explicit MonthlyRevenueReport(Database &db);
    void run(const ReportParameters &parameters, ReportSink &sink);

private:
    Database &m_db;
};

} // namespace Accrue
