#pragma once

#include "reports/reportparameters.h"

namespace Accrue {

class Database;
class ReportSink;

// Payments received in a period, with what is still unapplied.
class PaymentsReceivedReport final
{
public:
    explicit PaymentsReceivedReport(Database &db);
    void run(const ReportParameters &parameters, ReportSink &sink);

private:
    Database &m_db;
};

} // namespace Accrue
