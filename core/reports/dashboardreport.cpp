#include "reports/dashboardreport.h"

#include "domain/invoicerules.h"
#include "reports/agingreport.h"
#include "storage/database.h"

namespace Accrue {

DashboardReport::DashboardReport(Database &db)
    : m_db(db)
{
}

DashboardFigures DashboardReport::compute(const Period &period, const QDate &today)
{
    DashboardFigures f = figures(period, today);
    f.revenueByMonth = revenueTrend(f.currency, period.to);
    return f;
}

std::vector<DashboardRepository::MonthAmount>
DashboardReport::revenueTrend(const Currency &currency, const QDate &periodEnd)
{
    const QDate from = QDate(periodEnd.year(), periodEnd.month(), 1).addMonths(-11);
    return DashboardRepository(m_db).revenueByMonth(currency.code(), from, periodEnd);
}

DashboardFigures DashboardReport::figures(const Period &period, const QDate &today)
{
    DashboardRepository repo(m_db);
    DashboardFigures f;
    f.period = period;
    const QString code = repo.mainCurrency();
    f.currency = Currency::fromCode(code).value_or(Currency::require(QStringLiteral("USD")));
    const QString currency = f.currency.code();
    auto money = [&f](qint64 minor) { return Money(minor, f.currency); };

    f.revenueIsBilled = m_db.tenantScope().isRestricted();
    f.revenue = money(repo.revenue(currency, period.from, period.to));
    const Period before = period.previous();
    f.previousRevenue = money(repo.revenue(currency, before.from, before.to));
    const DashboardRepository::OpenTotals open
        = repo.openTotals(currency, today, InvoiceRules::dueSoonDays);
    f.outstanding = money(open.outstandingMinor);
    f.overdue = money(open.overdueMinor);
    f.disputed = money(open.disputedMinor);
    f.disputedInvoices = open.disputedInvoices;
    f.dueSoon = money(open.dueSoonMinor);
    f.dueSoonInvoices = open.dueSoonInvoices;
    f.openInvoices = open.openInvoices;
    for (int b = 0; b < Aging::bucketCount; ++b)
        f.aging[b] = money(open.buckets[b]);
    // DSO as the AR aging report computes it, so the tile and the report agree.
    const qint64 invoiced90 = repo.invoiced(currency, today.addDays(-89), today);
    if (const qint64 tenths = AgingReport::dsoTenths(open.outstandingMinor, invoiced90);
        tenths >= 0)
        f.dsoDays = double(tenths) / 10.0;
    f.recentPayments = repo.recentPayments(12);
    return f;
}

} // namespace Accrue
