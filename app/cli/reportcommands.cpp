// accrue-cli report ...: the same report engine as the Reports tab.
#include "billing/session.h"
#include "cliapp.h"
#include "reports/agingreport.h"
#include "reports/trialbalancereport.h"

namespace Accrue {

int runReportAging(CliApp &app)
{
    Database &db = app.openBook(false);
    const QDate asOf = app.dateOption(QStringLiteral("as-of"), app.session().today());
    app.writeReport([&](ReportSink &sink) { AgingReport(db).run(asOf, sink); });
    return 0;
}

int runReportTrialBalance(CliApp &app)
{
    Database &db = app.openBook(false);
    const QDate asOf = app.dateOption(QStringLiteral("as-of"), app.session().today());
    app.writeReport([&](ReportSink &sink) { TrialBalanceReport(db).run(asOf, sink); });
    return 0;
}

} // namespace Accrue
