#include "reports/deferredrevenuereport.h"

#include "money/money.h"
#include "reports/currencytotals.h"
#include "reports/reporttable.h"
#include "storage/analyticsrepository.h"

#include <QCoreApplication>

namespace Accrue {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Accrue::DeferredRevenueReport", text);
}
} // namespace

DeferredRevenueReport::DeferredRevenueReport(Database &db)
    : m_db(db)
{
}

void DeferredRevenueReport::run(const ReportParameters &p, ReportSink &sink)
{
    using Type = ReportColumn::Type;
    sink.begin(tr("Deferred revenue as of %1").arg(p.asOf.toString(Qt::ISODate)),
               { { QStringLiteral("invoice"), tr("Invoice"), Type::Text },
                 { QStringLiteral("customer_code"), tr("Code"), Type::Text },
                 { QStringLiteral("customer"), tr("Customer"), Type::Text },
                 { QStringLiteral("module"), tr("Module"), Type::Text },
                 { QStringLiteral("description"), tr("Description"), Type::Text },
                 { QStringLiteral("service_start"), tr("Service from"), Type::Date },
                 { QStringLiteral("service_end"), tr("Service to"), Type::Date },
                 { QStringLiteral("currency"), tr("Currency"), Type::Text },
                 { QStringLiteral("amount"), tr("Amount"), Type::Money },
                 { QStringLiteral("recognised"), tr("Recognised"), Type::Money },
                 { QStringLiteral("deferred"), tr("Deferred"), Type::Money } });
    CurrencyTotals totals(sink, 11, { 8, 9, 10 }, 2, 7, tr("TOTAL"));
    AnalyticsRepository(m_db).linesServingAfter(
        p.asOf, p.scope(), [&](const AnalyticsRepository::ServiceLine &l) {
            if (l.netMinor == 0)
                return; // fully credited
            const Currency c = Currency::fromCode(l.currency).value_or(Currency());
            const qint64 days = l.serviceStart.daysTo(l.serviceEnd) + 1;
            const QDate firstLater = std::max(p.asOf.addDays(1), l.serviceStart);
            const qint64 later = firstLater.daysTo(l.serviceEnd) + 1;
            const std::vector<Money> parts = Money(l.netMinor, c).allocate({ later, days - later });
            totals.add(l.currency,
                       { l.invoiceNumber, l.customerCode, l.customerName, l.module, l.description,
                         l.serviceStart, l.serviceEnd, l.currency,
                         QVariant::fromValue(Money(l.netMinor, c)), QVariant::fromValue(parts[1]),
                         QVariant::fromValue(parts[0]) });
        });
    totals.finish();
    sink.end();
}

} // namespace Accrue
