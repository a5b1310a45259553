#pragma once

#include "reports/reportparameters.h"

namespace Accrue {

class Database;
class ReportSink;

// Invoices issued in a period counted and summed by status: what a
// period close checks (nothing left in draft, what is still open).
class InvoiceSummaryReport final
{
public:
    explicit InvoiceSummaryReport(Database &db);
    void run(const ReportParameters &parameters, ReportSink &sink);

private:
    Database &m_db;
};

} // namespace Accrue
