#pragma once

#include "reports/reportparameters.h"

namespace Accrue {

class Database;
class ReportSink;

// Partners' billed revenue per month, what their commission is reckoned
// from: for each partner tenant (and "Direct" for the root's own
// customers), month and currency, the net (excluding tax) of the invoices
// issued less that of the credit notes issued, from the stored documents.
// Narrowed to the user's scope like every report: a partner sees itself.
class PartnerRevenueReport final
{
public:
    explicit PartnerRevenueReport(Database &db);
    void run(const ReportParameters &parameters, ReportSink &sink);

private:
    Database &m_db;
};

} // namespace Accrue
