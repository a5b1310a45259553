#include "reports/deferredrevenuereport.h"

#include "money/money.h"
#include "reports/currencyconversion.h"
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
    CurrencyConversion conversion(m_db, p.reportingCurrency);
    QList<ReportColumn> columns { { QStringLiteral("invoice"), tr("Invoice"), Type::Text },
                                  { QStringLiteral("customer_code"), tr("Code"), Type::Text },
                                  { QStringLiteral("customer"), tr("Customer"), Type::Text },
                                  { QStringLiteral("module"), tr("Module"), Type::Text },
                                  { QStringLiteral("description"), tr("Description"), Type::Text },
                                  { QStringLiteral("service_start"), tr("Service from"),
                                    Type::Date },
                                  { QStringLiteral("service_end"), tr("Service to"), Type::Date },
                                  { QStringLiteral("currency"), tr("Currency"), Type::Text },
                                  { QStringLiteral("amount"), tr("Amount"), Type::Money },
                                  { QStringLiteral("recognised"), tr("Recognised"), Type::Money },
                                  { QStringLiteral("deferred"), tr("Deferred"), Type::Money } };
    if (conversion.isActive())
        columns << ReportColumn { QStringLiteral("conversion"), tr("Converted"), Type::Text };
    sink.begin(conversion.title(tr("Deferred revenue as of %1").arg(p.asOf.toString(Qt::ISODate))),
               columns);
    CurrencyTotals totals(sink, int(columns.size()), { 8, 9, 10 }, 2, 7, tr("TOTAL"));
    AnalyticsRepository(m_db).linesServingAfter(
        p.asOf, p.scope(), [&](const AnalyticsRepository::ServiceLine &l) {
            const Currency c = Currency::fromCode(l.currency).value_or(Currency());
            // In a reporting currency the line's amount is converted once, at
            // its invoice's issue date, and the deferred part is the same
            // share of it: the parts still add up to the converted amount.
            const Money amount = conversion.isActive()
                ? conversion.convert(Money(l.netMinor, c), l.issueDate)
                : Money(l.netMinor, c);
            const Money deferred = !conversion.isActive() ? Money(l.deferredMinor, c)
                : l.netMinor == 0                         ? Money::zero(amount.currency())
                                  : amount.fraction(l.deferredMinor, l.netMinor);
            const std::vector<Money> parts { deferred, amount - deferred };
            const QString code = amount.currency().code();
            QVariantList cells { l.invoiceNumber,
                                 l.customerCode,
                                 l.customerName,
                                 l.module,
                                 l.description,
                                 l.serviceStart,
                                 l.serviceEnd,
                                 conversion.isActive() ? code : l.currency,
                                 QVariant::fromValue(amount),
                                 QVariant::fromValue(parts[1]),
                                 QVariant::fromValue(parts[0]) };
            if (conversion.isActive())
                cells << (c == conversion.target()
                              ? QString()
                              : tr("%1 at %2 (%3)")
                                    .arg(l.currency,
                                         RateE10::format(conversion.rate(c, l.issueDate)),
                                         l.issueDate.toString(Qt::ISODate)));
            totals.add(conversion.isActive() ? code : l.currency, cells);
        });
    totals.finish();
    sink.end();
}

} // namespace Accrue
