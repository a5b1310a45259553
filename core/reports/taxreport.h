#pragma once

#include "money/money.h"
#include "reports/reportparameters.h"

#include <vector>

namespace Accrue {

class Database;
class ReportSink;

// Tax for a period (a VAT or sales tax return): per currency, country,
// region, category and rate, the taxable base (net) and the tax of invoices
// issued in the period less credit notes issued in it; a credit note line
// counts where the invoice line it corrects was taxed. Each currency closes
// with its total and a check row: the tax payable account's net credits in
// the journal over the same period (and customer), and whether they agree.
class TaxReport final
{
public:
    explicit TaxReport(Database &db);

    // One currency's total against the ledger.
    struct Check
    {
        QString currency;
        Money reported; // the total tax of the rows
        Money ledger; // credits less debits on tax payable
        bool agrees() const { return reported == ledger; }
    };

    // Writes the report; returns the checks (for tests and callers that act
    // on a disagreement).
    std::vector<Check> run(const ReportParameters &parameters, ReportSink &sink);

private:
    Database &m_db;
};

} // namespace Accrue
