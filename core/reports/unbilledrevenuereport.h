#pragma once

#include "reports/reportparameters.h"

namespace Accrue {

class Database;
class ReportSink;

// Unbilled revenue as of a date: service delivered on active subscriptions
// and not invoiced yet, from the day after the last billed service period
// (the latest service end on the subscription's three most recent invoices)
// or from the start to the date, priced at the plan price per billing period
// (whole periods, the last one pro rata by days) times the licences.
class UnbilledRevenueReport final
{
public:
    explicit UnbilledRevenueReport(Database &db);
    void run(const ReportParameters &parameters, ReportSink &sink);

private:
    Database &m_db;
};

} // namespace Accrue
