#pragma once

#include "reports/reportdefinition.h"

#include <vector>

namespace Accrue {

// The revenue recognition reports (schema 14) as ReportEngine lists them:
// revenue-waterfall, deferred-rollforward, recognition-schedule.
std::vector<ReportDefinition> recognitionReports();

} // namespace Accrue
