#include "reports/customercreditreport.h"

#include "money/money.h"
#include "reports/currencytotals.h"
#include "reports/reporttable.h"
#include "storage/analyticsrepository.h"

#include <QCoreApplication>

namespace Accrue {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Accrue::CustomerCreditReport", text);
}
} // namespace

CustomerCreditReport::CustomerCreditReport(Database &db)
    : m_db(db)
{
}

void CustomerCreditReport::run(const ReportParameters &p, ReportSink &sink)
{
    using Type = ReportColumn::Type;
    sink.begin(tr("Customer credit balances"),
               { { QStringLiteral("customer_code"), tr("Code"), Type::Text },
                 { QStringLiteral("customer"), tr("Customer"), Type::Text },
                 { QStringLiteral("currency"), tr("Currency"), Type::Text },
                 { QStringLiteral("from_payments"), tr("From payments"), Type::Money },
                 { QStringLiteral("from_credit_notes"), tr("From credit notes"), Type::Money },
                 { QStringLiteral("available"), tr("Available"), Type::Money } });
    CurrencyTotals totals(sink, 6, { 3, 4, 5 }, 1, 2, tr("TOTAL"));
    for (const auto &r : AnalyticsRepository(m_db).customerCredit(p.scope())) {
        const Currency c = Currency::fromCode(r.currency).value_or(Currency());
        auto money = [&c](qint64 minor) { return QVariant::fromValue(Money(minor, c)); };
        totals.add(r.currency,
                   { r.customerCode, r.customerName, r.currency, money(r.fromPaymentsMinor),
                     money(r.fromCreditNotesMinor),
                     money(r.fromPaymentsMinor + r.fromCreditNotesMinor) });
    }
    totals.finish();
    sink.end();
}

} // namespace Accrue
