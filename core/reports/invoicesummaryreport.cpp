#include "reports/invoicesummaryreport.h"

#include "money/money.h"
#include "reports/currencytotals.h"
#include "reports/reporttable.h"
#include "storage/analyticsrepository.h"

#include <QCoreApplication>

namespace Accrue {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Accrue::InvoiceSummaryReport", text);
}
} // namespace

InvoiceSummaryReport::InvoiceSummaryReport(Database &db)
    : m_db(db)
{
}

void InvoiceSummaryReport::run(const ReportParameters &p, ReportSink &sink)
{
    using Type = ReportColumn::Type;
    sink.begin(tr("Invoice summary %1 to %2")
                   .arg(p.from.toString(Qt::ISODate), p.to.toString(Qt::ISODate)),
               { { QStringLiteral("status"), tr("Status"), Type::Text },
                 { QStringLiteral("currency"), tr("Currency"), Type::Text },
                 { QStringLiteral("count"), tr("Invoices"), Type::Integer },
                 { QStringLiteral("total"), tr("Total"), Type::Money },
                 { QStringLiteral("paid"), tr("Paid"), Type::Money },
                 { QStringLiteral("credited"), tr("Credited"), Type::Money },
                 { QStringLiteral("balance"), tr("Balance"), Type::Money } });
    CurrencyTotals totals(sink, 7, { 2, 3, 4, 5, 6 }, 0, 1, tr("TOTAL"));
    for (const auto &s :
         AnalyticsRepository(m_db).invoiceSummary(p.from, p.to, p.today, p.scope())) {
        const Currency c = Currency::fromCode(s.currency).value_or(Currency());
        auto money = [&c](qint64 minor) { return QVariant::fromValue(Money(minor, c)); };
        totals.add(s.currency,
                   { s.status, s.currency, s.count, money(s.totalMinor), money(s.paidMinor),
                     money(s.creditedMinor), money(s.balanceMinor) });
    }
    totals.finish();
    sink.end();
}

} // namespace Accrue
