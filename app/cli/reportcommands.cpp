// accrue-cli report ...: the same report engine as the Reports tab.
#include "billing/session.h"
#include "cliapp.h"
#include "reports/reportengine.h"

#include <QCoreApplication>

namespace Accrue {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Accrue::Cli", text);
}
} // namespace

int runReportList(CliApp &app)
{
    // With a book, the reports its user may run (the book-level ones are the
    // root's); without one, every report.
    std::vector<const ReportDefinition *> reports;
    if (app.isSet(QStringLiteral("db")))
        reports = ReportEngine::reportsFor(app.openBook(false));
    else
        for (const ReportDefinition &report : ReportEngine::reports())
            reports.push_back(&report);
    for (const ReportDefinition *listed : reports) {
        const ReportDefinition &report = *listed;
        QStringList options;
        for (ReportParameter parameter : report.parameters)
            options << ReportEngine::optionText(parameter);
        app.out() << report.name << "  " << options.join(u' ') << "\n    " << report.title << ": "
                  << report.summary << '\n';
    }
    app.out() << tr("Output: --format table|csv|pdf [-o FILE] [--excel]") << '\n';
    return 0;
}

int runReport(CliApp &app, const QString &name)
{
    const ReportDefinition &report = ReportEngine::require(name);
    ReportParameters p;
    const QDate today = QDate(); // filled from the session below
    p.from = app.dateOption(QStringLiteral("from"), today);
    p.to = app.dateOption(QStringLiteral("to"), today);
    p.asOf = app.dateOption(QStringLiteral("as-of"), today);
    p.customer = app.value(QStringLiteral("customer"));
    p.module = app.value(QStringLiteral("module"));
    p.plan = app.value(QStringLiteral("plan"));
    p.currency = app.value(QStringLiteral("currency"));
    p.status = app.value(QStringLiteral("status"));
    p.split = app.value(QStringLiteral("split"));
    p.account = app.value(QStringLiteral("account"));
    p.reportingCurrency = app.value(QStringLiteral("reporting-currency"));
    p.invoice = app.value(QStringLiteral("invoice"));
    Database &db = app.openBook(false);
    p = ReportEngine::withDefaults(report, p, app.session().today());
    app.writeReport([&](ReportSink &sink) { report.run(db, p, sink); },
                    ReportEngine::describe(report, p, QLocale()));
    return 0;
}

} // namespace Accrue
