#pragma once

#include "reports/reportparameters.h"

namespace Accrue {

class Database;
class ReportSink;

// Revenue by module, customer or plan over a period, each with its share
// of the total.
class RevenueShareReport final
{
public:
    enum class By { Module, Customer, Plan };
    RevenueShareReport(Database &db, By by);
    void run(const ReportParameters &parameters, ReportSink &sink);

private:
    Database &m_db;
    By m_by;
};

} // namespace Accrue
