#pragma once

#include "reports/reportparameters.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace Accrue {

// A report of the engine with the parameters to run it with.
struct ReportRequest
{
    QString report; // engine name, e.g. "ar-aging"
    ReportParameters parameters;
};

// Named report requests the user keeps (the Reports page's presets), stored
// in QSettings as compact JSON.
class ReportPresets final
{
public:
    // Saves under `name` ("/" and "\" become "-": QSettings reads them as
    // groups) and returns the name it was saved under.
    static QString save(const QString &name, const ReportRequest &request);
    // Nothing when the preset is gone or names a report the engine lacks.
    static std::optional<ReportRequest> load(const QString &name);
    static void remove(const QString &name);
    static QStringList names(); // sorted, case-insensitively
};

} // namespace Accrue
