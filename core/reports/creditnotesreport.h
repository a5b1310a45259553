#pragma once

#include "reports/reportparameters.h"

namespace Accrue {

class Database;
class ReportSink;

// Credit notes issued in a period, with the invoices they correct.
class CreditNotesReport final
{
public:
    explicit CreditNotesReport(Database &db);
    void run(const ReportParameters &parameters, ReportSink &sink);

private:
    Database &m_db;
};

} // namespace Accrue
