#pragma once

#include "reports/reportparameters.h"

namespace Accrue {

class Database;
class ReportSink;

// Deferred revenue as of a date: for each issued line whose service period
// runs past the date, the part of its net amount (after credit notes) that
// belongs to the days after it, pro rata by days. Recognised + deferred is
// exactly the line's amount (largest-remainder split).
class DeferredRevenueReport final
{
public:
    explicit DeferredRevenueReport(Database &db);
    void run(const ReportParameters &parameters, ReportSink &sink);

private:
    Database &m_db;
};

} // namespace Accrue
