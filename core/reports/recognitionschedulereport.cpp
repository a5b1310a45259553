#include "reports/recognitionschedulereport.h"

#include "domain/invoice.h"
#include "ledger/recognitionschedule.h"
#include "reports/currencytotals.h"
#include "reports/reporttable.h"
#include "storage/recognitionreportrepository.h"

#include <QCoreApplication>

namespace Accrue {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Accrue::RecognitionScheduleReport", text);
}

// The method the schedule was built with: a ratable line without a
// service period is earned at a point in time (RecognitionSchedule).
void applyEffectiveMethod(RecognitionScheduleLine &r)
{
    InvoiceLine line;
    line.recognitionMethod = r.method;
    line.serviceStart = r.serviceStart;
    line.serviceEnd = r.serviceEnd;
    r.method = RecognitionSchedule::methodOf(line);
}

} // namespace

RecognitionScheduleReport::RecognitionScheduleReport(Database &db)
    : m_db(db)
{
}

QString RecognitionScheduleReport::stateOf(const RecognitionScheduleLine &line)
{
    if (line.posted)
        return QStringLiteral("posted");
    return line.date.isValid() ? QStringLiteral("pending") : QStringLiteral("awaiting_milestone");
}

std::vector<RecognitionScheduleLine> RecognitionScheduleReport::ofInvoice(qint64 invoiceId)
{
    RecognitionReportRepository::ScheduleFilter filter;
    filter.invoiceId = invoiceId;
    std::vector<RecognitionScheduleLine> out;
    RecognitionReportRepository(m_db).scheduleLines(filter, [&out](RecognitionScheduleLine r) {
        applyEffectiveMethod(r);
        out.push_back(std::move(r));
    });
    return out;
}

void RecognitionScheduleReport::run(const ReportParameters &p, ReportSink &sink)
{
    using Type = ReportColumn::Type;
    const QList<ReportColumn> columns {
        { QStringLiteral("invoice"), tr("Invoice"), Type::Text },
        { QStringLiteral("customer_code"), tr("Code"), Type::Text },
        { QStringLiteral("line"), tr("Line"), Type::Integer },
        { QStringLiteral("description"), tr("Description"), Type::Text },
        { QStringLiteral("method"), tr("Method"), Type::Text },
        { QStringLiteral("date"), tr("Date"), Type::Date },
        { QStringLiteral("currency"), tr("Currency"), Type::Text },
        { QStringLiteral("amount"), tr("Amount"), Type::Money },
        { QStringLiteral("milestone"), tr("Milestone"), Type::Text },
        { QStringLiteral("credit_note"), tr("Credit note"), Type::Text },
        { QStringLiteral("state"), tr("State"), Type::Text },
    };
    RecognitionReportRepository::ScheduleFilter filter;
    filter.invoiceNumber = p.invoice.trimmed();
    filter.from = p.from;
    filter.to = p.to;
    filter.scope = p.scope();
    sink.begin(filter.invoiceNumber.isEmpty()
                   ? tr("Revenue recognition schedules")
                   : tr("Revenue recognition schedule of %1").arg(filter.invoiceNumber),
               columns);
    CurrencyTotals totals(sink, int(columns.size()), { 7 }, 3, 6, tr("TOTAL"));
    RecognitionReportRepository(m_db).scheduleLines(filter, [&](RecognitionScheduleLine r) {
        applyEffectiveMethod(r);
        const QString code = r.amount.currency().code();
        totals.add(code,
                   { r.invoiceNumber, r.customerCode, qint64(r.linePosition), r.description,
                     r.method, r.date.isValid() ? QVariant(r.date) : QVariant(QString()), code,
                     QVariant::fromValue(r.amount), r.milestoneName, r.creditNoteNumber,
                     stateOf(r) });
    });
    totals.finish();
    sink.end();
}

} // namespace Accrue
