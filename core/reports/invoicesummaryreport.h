#pragma once

#include "reports/reportparameters.h"

namespace Accrue {

class CurrencyConversion;
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
    // --reporting-currency: one group in the target currency.
    void runConverted(const ReportParameters &parameters, CurrencyConversion &conversion,
                      ReportSink &sink);

    Database &m_db;
};

} // namespace Accrue
