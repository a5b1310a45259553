#pragma once

#include "reports/reportdefinition.h"

#include <QLocale>
#include <vector>

namespace Accrue {

class Database;

// Every report of the book by name. The Reports tab, accrue-cli `report` and
// the Dashboard go through it, so one figure is the same everywhere.
class ReportEngine final
{
public:
    static const std::vector<ReportDefinition> &reports();
    // The reports the connection's user may run: all but the book-level
    // ones for a user whose tenant is below the root (the Reports tab's
    // list and `report list`).
    static std::vector<const ReportDefinition *> reportsFor(const Database &db);
    static const ReportDefinition *find(const QString &name);
    // Throws Error naming the report when there is none by that name.
    static const ReportDefinition &require(const QString &name);

    // Defaults for what was left empty: as of today; this month so far for a
    // date range (the twelve months to today for revenue by month).
    static ReportParameters withDefaults(const ReportDefinition &report, ReportParameters p,
                                         const QDate &today);
    static void run(Database &db, const QString &name, const ReportParameters &parameters,
                    ReportSink &sink);
    // The parameters used, in words, for the heading of a printed report.
    static QString describe(const ReportDefinition &report, const ReportParameters &p,
                            const QLocale &locale);
    // "--from D --to D", "--as-of D", ...: for `report list`.
    static QString optionText(ReportParameter parameter);
};

} // namespace Accrue
