#pragma once

#include "reports/reportparameters.h"

namespace Accrue {

class Database;
class ReportSink;

// One bank account over a period: the statement's opening balance, its lines
// in the period and closing balance, what the ledger's Bank account booked in
// the period, the difference, then the items that explain it: statement
// lines not matched yet (or ignored) and payments booked with no statement
// line.
class PaymentReconciliationReport final
{
public:
    explicit PaymentReconciliationReport(Database &db);
    void run(const ReportParameters &parameters, ReportSink &sink);

private:
    Database &m_db;
};

} // namespace Accrue
