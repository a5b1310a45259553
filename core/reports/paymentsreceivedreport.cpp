#include "reports/paymentsreceivedreport.h"

#include "money/money.h"
#include "reports/currencytotals.h"
#include "reports/reporttable.h"
#include "storage/analyticsrepository.h"

#include <QCoreApplication>

namespace Accrue {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Accrue::PaymentsReceivedReport", text);
}
} // namespace

PaymentsReceivedReport::PaymentsReceivedReport(Database &db)
    : m_db(db)
{
}

void PaymentsReceivedReport::run(const ReportParameters &p, ReportSink &sink)
{
    using Type = ReportColumn::Type;
    sink.begin(tr("Payments received %1 to %2")
                   .arg(p.from.toString(Qt::ISODate), p.to.toString(Qt::ISODate)),
               { { QStringLiteral("date"), tr("Date"), Type::Date },
                 { QStringLiteral("payment"), tr("Payment"), Type::Integer },
                 { QStringLiteral("customer_code"), tr("Code"), Type::Text },
                 { QStringLiteral("customer"), tr("Customer"), Type::Text },
                 { QStringLiteral("method"), tr("Method"), Type::Text },
                 { QStringLiteral("reference"), tr("Reference"), Type::Text },
                 { QStringLiteral("currency"), tr("Currency"), Type::Text },
                 { QStringLiteral("amount"), tr("Amount"), Type::Money },
                 { QStringLiteral("unapplied"), tr("Unapplied"), Type::Money } });
    CurrencyTotals totals(sink, 9, { 7, 8 }, 3, 6, tr("TOTAL"));
    AnalyticsRepository(m_db).payments(
        p.from, p.to, p.scope(), [&](const AnalyticsRepository::PaymentRow &r) {
            const Currency c = Currency::fromCode(r.currency).value_or(Currency());
            totals.add(r.currency,
                       { r.date, r.id, r.customerCode, r.customerName, r.method, r.reference,
                         r.currency, QVariant::fromValue(Money(r.amountMinor, c)),
                         QVariant::fromValue(Money(r.unappliedMinor, c)) });
        });
    totals.finish();
    sink.end();
}

} // namespace Accrue
