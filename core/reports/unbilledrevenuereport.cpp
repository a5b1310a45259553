#include "reports/unbilledrevenuereport.h"

#include "money/money.h"
#include "reports/currencytotals.h"
#include "reports/reporttable.h"
#include "storage/analyticsrepository.h"

#include <QCoreApplication>

namespace Accrue {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Accrue::UnbilledRevenueReport", text);
}

// Whole billing periods at the full price, the last one pro rata by days.
qint64 unbilledMinor(const AnalyticsRepository::SubscriptionRow &s, const QDate &from,
                     const QDate &to, const Currency &currency)
{
    const int months = std::max(1, s.periodMonths);
    const Money price = Money(s.priceMinor, currency).timesQuantity(qint64(s.licenses) * 1000);
    qint64 total = 0;
    QDate cursor = from;
    while (cursor.addMonths(months).addDays(-1) <= to) {
        total += price.minor();
        cursor = cursor.addMonths(months);
    }
    if (cursor <= to) {
        const qint64 periodDays = cursor.daysTo(cursor.addMonths(months));
        const qint64 days = cursor.daysTo(to) + 1;
        total += price.allocate({ days, periodDays - days })[0].minor();
    }
    return total;
}
} // namespace

UnbilledRevenueReport::UnbilledRevenueReport(Database &db)
    : m_db(db)
{
}

void UnbilledRevenueReport::run(const ReportParameters &p, ReportSink &sink)
{
    using Type = ReportColumn::Type;
    sink.begin(tr("Unbilled revenue as of %1").arg(p.asOf.toString(Qt::ISODate)),
               { { QStringLiteral("subscription"), tr("Subscription"), Type::Text },
                 { QStringLiteral("customer_code"), tr("Code"), Type::Text },
                 { QStringLiteral("customer"), tr("Customer"), Type::Text },
                 { QStringLiteral("plan"), tr("Plan"), Type::Text },
                 { QStringLiteral("billed_through"), tr("Billed through"), Type::Date },
                 { QStringLiteral("unbilled_from"), tr("Unbilled from"), Type::Date },
                 { QStringLiteral("currency"), tr("Currency"), Type::Text },
                 { QStringLiteral("amount"), tr("Unbilled"), Type::Money } });
    CurrencyTotals totals(sink, 8, { 7 }, 2, 6, tr("TOTAL"));
    for (const auto &s : AnalyticsRepository(m_db).activeSubscriptions(p.asOf, p.scope())) {
        const QDate from = s.billedThrough.isValid() ? s.billedThrough.addDays(1) : s.start;
        const QDate to = s.end.isValid() ? std::min(s.end, p.asOf) : p.asOf;
        if (from > to)
            continue; // billed ahead (in advance) or ended
        const Currency c = Currency::fromCode(s.currency).value_or(Currency());
        totals.add(s.currency,
                   { s.name, s.customerCode, s.customerName, s.planCode,
                     s.billedThrough.isValid() ? QVariant(s.billedThrough) : QVariant(QString()),
                     from, s.currency,
                     QVariant::fromValue(Money(unbilledMinor(s, from, to, c), c)) });
    }
    totals.finish();
    sink.end();
}

} // namespace Accrue
