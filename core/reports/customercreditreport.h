#pragma once

#include "reports/reportparameters.h"

namespace Accrue {

class Database;
class ReportSink;

// What each customer holds as credit now: over-payments and credit notes
// not yet applied to an invoice.
class CustomerCreditReport final
{
public:
    explicit CustomerCreditReport(Database &db);
    void run(const ReportParameters &parameters, ReportSink &sink);

private:
    Database &m_db;
};

} // namespace Accrue
