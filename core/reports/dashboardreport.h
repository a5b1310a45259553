#pragma once

#include "money/money.h"
#include "reports/period.h"
#include "storage/dashboardrepository.h"

#include <optional>
#include <vector>

namespace Accrue {

class Database;

struct DashboardFigures
{
    Currency currency;
    Period period;
    // Booked in the period (the revenue accounts). A user below the root
    // gets what its customers were billed (net of tax and credit notes):
    // the ledger's recognition entries are per currency and date, not per
    // customer.
    bool revenueIsBilled = false;
    Money revenue;
    Money previousRevenue; // the period before, for the change
    Money outstanding; // open AR today
    Money overdue; // part of it past due
    Money disputed; // part of it in open invoices in dispute
    qint64 disputedInvoices = 0;
    Money dueSoon; // open, not overdue, due within InvoiceRules::dueSoonDays
    qint64 dueSoonInvoices = 0;
    qint64 openInvoices = 0;
    // Days sales outstanding: open AR over what was invoiced in the last 90
    // days, times 90. Empty when nothing was invoiced.
    std::optional<double> dsoDays;
    Money aging[Aging::bucketCount]; // Current, 1-30, 31-60, 61-90, 90+
    std::vector<DashboardRepository::MonthAmount> revenueByMonth; // 12 months to period end
    std::vector<DashboardRepository::RecentPayment> recentPayments;
};

// Computes everything the Dashboard shows in one go (a handful of indexed
// queries), so a worker thread can fetch it on its own connection.
class DashboardReport final
{
public:
    explicit DashboardReport(Database &db);
    // Everything at once.
    DashboardFigures compute(const Period &period, const QDate &today);
    // The figures and the aging (cheap: covering-index reads) ...
    DashboardFigures figures(const Period &period, const QDate &today);
    // ... and the twelve-month trend (a longer read), so a page can show the
    // figures before the trend is in.
    std::vector<DashboardRepository::MonthAmount> revenueTrend(const Currency &currency,
                                                               const QDate &periodEnd);

private:
    Database &m_db;
};

} // namespace Accrue
