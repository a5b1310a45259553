#pragma once

#include "reports/reportparameters.h"

namespace Accrue {

class Database;
class ReportSink;

// A customer's statement of account for a period, in their currency: the
// opening balance, every invoice, payment, credit note and reversal that
// moved their account with the running balance, the closing balance, and
// what is open by aging bucket at the end. Charges less payments and
// credits, net of credit held for them: read from the receivable and
// customer-credit journal lines, so it agrees with the ledger.
class StatementOfAccountReport final
{
public:
    explicit StatementOfAccountReport(Database &db);
    // Throws Error unless parameters.customer is an existing customer code.
    void run(const ReportParameters &parameters, ReportSink &sink);

private:
    Database &m_db;
};

} // namespace Accrue
