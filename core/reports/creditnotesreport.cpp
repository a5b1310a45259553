#include "reports/creditnotesreport.h"

#include "money/money.h"
#include "reports/currencytotals.h"
#include "reports/reporttable.h"
#include "storage/analyticsrepository.h"

#include <QCoreApplication>

namespace Accrue {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Accrue::CreditNotesReport", text);
}
} // namespace

CreditNotesReport::CreditNotesReport(Database &db)
    : m_db(db)
{
}

void CreditNotesReport::run(const ReportParameters &p, ReportSink &sink)
{
    using Type = ReportColumn::Type;
    sink.begin(
        tr("Credit notes %1 to %2").arg(p.from.toString(Qt::ISODate), p.to.toString(Qt::ISODate)),
        { { QStringLiteral("number"), tr("Number"), Type::Text },
          { QStringLiteral("date"), tr("Date"), Type::Date },
          { QStringLiteral("invoice"), tr("Invoice"), Type::Text },
          { QStringLiteral("customer_code"), tr("Code"), Type::Text },
          { QStringLiteral("customer"), tr("Customer"), Type::Text },
          { QStringLiteral("reason"), tr("Reason"), Type::Text },
          { QStringLiteral("currency"), tr("Currency"), Type::Text },
          { QStringLiteral("net"), tr("Net"), Type::Money },
          { QStringLiteral("tax"), tr("Tax"), Type::Money },
          { QStringLiteral("total"), tr("Total"), Type::Money },
          { QStringLiteral("credit_left"), tr("Credit left"), Type::Money } });
    CurrencyTotals totals(sink, 11, { 7, 8, 9, 10 }, 4, 6, tr("TOTAL"));
    AnalyticsRepository(m_db).creditNotes(
        p.from, p.to, p.scope(), [&](const AnalyticsRepository::CreditNoteRow &r) {
            const Currency c = Currency::fromCode(r.currency).value_or(Currency());
            auto money = [&c](qint64 minor) { return QVariant::fromValue(Money(minor, c)); };
            totals.add(r.currency,
                       { r.number, r.date, r.invoiceNumber, r.customerCode, r.customerName,
                         r.reason, r.currency, money(r.subtotalMinor), money(r.taxMinor),
                         money(r.totalMinor), money(r.unappliedMinor) });
        });
    totals.finish();
    sink.end();
}

} // namespace Accrue
