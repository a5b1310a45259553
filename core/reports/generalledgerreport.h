#pragma once

#include "reports/reportparameters.h"

namespace Accrue {

class Database;
class ReportSink;

// The general ledger for a period: per account and currency an opening
// balance, each journal line with the running balance, and the closing
// balance.
class GeneralLedgerReport final
{
public:
    explicit GeneralLedgerReport(Database &db);
    void run(const ReportParameters &parameters, ReportSink &sink);

private:
    Database &m_db;
};

} // namespace Accrue
