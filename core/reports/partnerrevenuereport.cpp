#include "reports/partnerrevenuereport.h"

#include "domain/limits.h"
#include "money/money.h"
#include "reports/reporttable.h"
#include "storage/revenuerepository.h"

#include <QCoreApplication>
#include <map>

namespace Accrue {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Accrue::PartnerRevenueReport", text);
}
} // namespace

PartnerRevenueReport::PartnerRevenueReport(Database &db)
    : m_db(db)
{
}

void PartnerRevenueReport::run(const ReportParameters &p, ReportSink &sink)
{
    using Type = ReportColumn::Type;
    const auto cells = RevenueRepository(m_db).byPartner(p.from, p.to, p.currency.toUpper());
    sink.begin(tr("Partner revenue"),
               // The tenant's id as text: none for "Direct" and the totals.
               { { QStringLiteral("partner_id"), tr("Tenant"), Type::Text },
                 { QStringLiteral("partner"), tr("Partner"), Type::Text },
                 { QStringLiteral("month"), tr("Month"), Type::Text },
                 { QStringLiteral("currency"), tr("Currency"), Type::Text },
                 { QStringLiteral("invoiced"), tr("Invoiced (net)"), Type::Money },
                 { QStringLiteral("credited"), tr("Credited (net)"), Type::Money },
                 { QStringLiteral("revenue"), tr("Revenue"), Type::Money } });
    struct Sum
    {
        qint64 invoiced = 0;
        qint64 credited = 0;
    };
    std::map<QString, Sum> totals; // by currency
    auto money = [](qint64 minor, const Currency &currency) {
        return QVariant::fromValue(Money(minor, currency));
    };
    for (const RevenueRepository::PartnerCell &c : cells) {
        const Currency currency = Currency::require(c.currency);
        const qint64 revenue = Limits::checkedAdd(c.invoicedMinor, -c.creditedMinor);
        const bool direct = c.partnerId == 0;
        sink.row({ direct ? QString() : QString::number(c.partnerId),
                   direct ? tr("Direct") : c.partnerName, c.month, c.currency,
                   money(c.invoicedMinor, currency), money(c.creditedMinor, currency),
                   money(revenue, currency) });
        Sum &sum = totals[c.currency];
        sum.invoiced = Limits::checkedAdd(sum.invoiced, c.invoicedMinor);
        sum.credited = Limits::checkedAdd(sum.credited, c.creditedMinor);
    }
    for (const auto &[code, sum] : totals) {
        const Currency currency = Currency::require(code);
        sink.totalRow({ QString(), tr("TOTAL"), QString(), code, money(sum.invoiced, currency),
                        money(sum.credited, currency),
                        money(Limits::checkedAdd(sum.invoiced, -sum.credited), currency) });
    }
    sink.end();
}

} // namespace Accrue
