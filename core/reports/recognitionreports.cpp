#include "reports/recognitionreports.h"

#include "reports/deferredrollforwardreport.h"
#include "reports/recognitionschedulereport.h"
#include "reports/revenuewaterfallreport.h"

#include <QCoreApplication>

namespace Accrue {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Accrue::ReportEngine", text);
}
} // namespace

std::vector<ReportDefinition> recognitionReports()
{
    using P = ReportParameter;
    return {
        { QStringLiteral("revenue-waterfall"),
          tr("Revenue waterfall"),
          tr("Revenue recognised per month (columns) from the invoices of each month (rows), "
             "posted or due"),
          { P::DateRange, P::Customer, P::Module, P::Currency },
          {},
          [](Database &db, const ReportParameters &p, ReportSink &sink) {
              RevenueWaterfallReport(db).run(p, sink);
          },
          true },
        { QStringLiteral("deferred-rollforward"),
          tr("Deferred revenue roll-forward"),
          tr("Deferred revenue per month: opening, billed, recognised, credited, closing (the "
             "ledger's balance)"),
          { P::DateRange, P::Currency },
          {},
          [](Database &db, const ReportParameters &p, ReportSink &sink) {
              DeferredRollforwardReport(db).run(p, sink);
          },
          true,
          true }, // the ledger's Deferred revenue account: book-level
        { QStringLiteral("recognition-schedule"),
          tr("Recognition schedule"),
          tr("An invoice's revenue schedule (--invoice), or those of the invoices issued in the "
             "period: dates, amounts, milestones, credit notes, posted or pending"),
          { P::DateRange, P::Customer, P::Invoice },
          {},
          [](Database &db, const ReportParameters &p, ReportSink &sink) {
              RecognitionScheduleReport(db).run(p, sink);
          } },
    };
}

} // namespace Accrue
