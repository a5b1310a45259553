#pragma once

#include "domain/agingbucket.h"
#include "storage/monthlybalancerepository.h"

#include <QDate>
#include <QString>
#include <vector>

namespace Accrue {

class Database;

// The figures the Dashboard shows, each one set-based SQL over stored facts
// and cheap on a large book (index range scans, no full-table joins).
class DashboardRepository final
{
public:
    struct OpenTotals
    {
        qint64 outstandingMinor = 0;
        qint64 overdueMinor = 0;
        qint64 openInvoices = 0;
        qint64 buckets[Aging::bucketCount] = {}; // by days past due
        qint64 disputedMinor = 0; // part of the outstanding in dispute
        qint64 disputedInvoices = 0;
        // Not overdue, due within `dueSoonDays` of today (InvoiceRules).
        qint64 dueSoonMinor = 0;
        qint64 dueSoonInvoices = 0;
    };

    struct MonthAmount
    {
        QString month; // "YYYY-MM"
        qint64 amountMinor = 0;
    };

    struct RecentPayment
    {
        QDate date;
        QString customer;
        QString currency;
        qint64 amountMinor = 0;
        qint64 unappliedMinor = 0;
        QString method;
        QString reference;
    };

    using Source = MonthlyBalanceRepository::Source;

    explicit DashboardRepository(Database &db, Source source = Source::MonthlyBalances);

    // The currency most customers are billed in (the book's working currency).
    QString mainCurrency();
    // Open balances by their due dates against `today`; "due soon" is due
    // from today to today + dueSoonDays.
    OpenTotals openTotals(const QString &currency, const QDate &today, int dueSoonDays = 7);
    // Revenue booked in the ledger (revenue accounts, credits less debits),
    // read from the monthly balances. For a user below the root (whose
    // customers' recognition entries are the book's, per currency and date)
    // the revenue billed to its customers instead: see DashboardFigures.
    qint64 revenue(const QString &currency, const QDate &from, const QDate &to);
    std::vector<MonthAmount> revenueByMonth(const QString &currency, const QDate &from,
                                            const QDate &to);
    // Amounts invoiced (AR debits), for days sales outstanding; the scope's
    // customers' lines for a user below the root.
    qint64 invoiced(const QString &currency, const QDate &from, const QDate &to);
    std::vector<RecentPayment> recentPayments(int limit);

private:
    Database &m_db;
    Source m_source;
};

} // namespace Accrue
