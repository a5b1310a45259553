#include "storage/dashboardrepository.h"

#include "domain/limits.h"
#include "storage/agingsql.h"
#include "storage/database.h"
#include "storage/reportscope.h"
#include "storage/revenuerepository.h"
#include "storage/sqlquery.h"

#include <map>

namespace Accrue {

DashboardRepository::DashboardRepository(Database &db, Source source)
    : m_db(db)
    , m_source(source)
{
}

QString DashboardRepository::mainCurrency()
{
    SqlQuery q = m_db.query(QStringLiteral(
        // Customers, not invoices: a few rows instead of the whole book.
        "SELECT currency FROM customer GROUP BY currency ORDER BY COUNT(*) DESC, currency "
        "LIMIT 1"));
    q.exec();
    return q.next() ? q.text(0) : QString();
}

DashboardRepository::OpenTotals DashboardRepository::openTotals(const QString &currency,
                                                                const QDate &today, int dueSoonDays)
{
    // One pass over the open invoices of the currency; the dispute flag is
    // an index probe per open invoice (dispute_open_invoice).
    SqlQuery q = m_db.query(
        QStringLiteral("SELECT COALESCE(SUM(balance_minor), 0), COUNT(*),"
                       " COALESCE(SUM(CASE WHEN due_date < ? THEN balance_minor ELSE 0 END), 0), ")
        + AgingSql::sums(QStringLiteral("due_date"), QStringLiteral("balance_minor"))
        + QStringLiteral(
            ", COALESCE(SUM(b.disputed * balance_minor), 0), COALESCE(SUM(b.disputed), 0),"
            " COALESCE(SUM(CASE WHEN due_date >= ? AND due_date <= ? THEN balance_minor"
            " ELSE 0 END), 0),"
            " COALESCE(SUM(CASE WHEN due_date >= ? AND due_date <= ? THEN 1 ELSE 0 END), 0)"
            " FROM (SELECT i.due_date, i.balance_minor, CASE WHEN EXISTS (SELECT 1 FROM dispute d"
            " WHERE d.invoice_id = i.id AND d.resolved_date IS NULL) THEN 1 ELSE 0 END AS disputed"
            " FROM invoice i WHERE i.status = 'open' AND i.currency = ?")
        + m_db.customerScope(QStringLiteral("i.customer_id")) + QStringLiteral(") b"));
    q.bind(today);
    AgingSql::bindSums(q, today);
    const QDate soon = today.addDays(dueSoonDays);
    q.bindAll(today, soon, today, soon, currency).exec();
    OpenTotals t;
    if (q.next()) {
        t.outstandingMinor = q.int64(0);
        t.openInvoices = q.int64(1);
        t.overdueMinor = q.int64(2);
        for (int b = 0; b < Aging::bucketCount; ++b)
            t.buckets[b] = q.int64(3 + b);
        const int more = 3 + Aging::bucketCount;
        t.disputedMinor = q.int64(more);
        t.disputedInvoices = q.int64(more + 1);
        t.dueSoonMinor = q.int64(more + 2);
        t.dueSoonInvoices = q.int64(more + 3);
    }
    return t;
}

qint64 DashboardRepository::revenue(const QString &currency, const QDate &from, const QDate &to)
{
    if (m_db.tenantScope().isRestricted()) {
        qint64 sum = 0;
        for (const MonthAmount &m : revenueByMonth(currency, from, to))
            sum = Limits::checkedAdd(sum, m.amountMinor);
        return sum;
    }
    return MonthlyBalanceRepository(m_db, m_source)
        .creditBalance(MonthlyBalanceRepository::Accounts::Revenue, currency, from, to);
}

std::vector<DashboardRepository::MonthAmount>
DashboardRepository::revenueByMonth(const QString &currency, const QDate &from, const QDate &to)
{
    std::map<QString, qint64> byMonth;
    if (m_db.tenantScope().isRestricted()) {
        // The revenue accounts' balances are the whole book's, and recognition
        // entries name no customer: a user below the root sees what its
        // customers were billed (invoice lines net of tax, less credit notes).
        for (const RevenueRepository::Cell &c : RevenueRepository(m_db).byMonth(
                 RevenueRepository::Dimension::Customer, currency, from, to, ReportScope {}))
            byMonth[c.month] = Limits::checkedAdd(byMonth[c.month], c.amountMinor);
    } else {
        for (const auto &m :
             MonthlyBalanceRepository(m_db, m_source)
                 .movements(MonthlyBalanceRepository::Accounts::Revenue, currency, from, to))
            byMonth[m.month] = Limits::checkedAdd(byMonth[m.month], m.creditMinor - m.debitMinor);
    }
    std::vector<MonthAmount> out;
    for (const auto &[month, amount] : byMonth)
        out.push_back({ month, amount });
    return out;
}

qint64 DashboardRepository::invoiced(const QString &currency, const QDate &from, const QDate &to)
{
    if (m_db.tenantScope().isRestricted()) {
        // Receivable lines always name their customer: the scope's own.
        SqlQuery q = m_db.query(
            QStringLiteral(
                "SELECT COALESCE(SUM(l.debit_minor), 0) FROM journal_line l"
                " WHERE l.account_id IN (SELECT id FROM account WHERE system_role = 'ar')"
                " AND l.currency = ? AND l.entry_date >= ? AND l.entry_date <= ?")
            + m_db.customerScope(QStringLiteral("l.customer_id")));
        return q.bindAll(currency, from, to).scalar().toLongLong();
    }
    return MonthlyBalanceRepository(m_db, m_source)
        .debits(MonthlyBalanceRepository::Accounts::Receivable, currency, from, to);
}

std::vector<DashboardRepository::RecentPayment> DashboardRepository::recentPayments(int limit)
{
    SqlQuery q = m_db.query(
        QStringLiteral(
            "SELECT p.received_date, c.name, p.currency, p.amount_minor, p.unapplied_minor, "
            "p.method, COALESCE(p.reference, '') FROM payment p "
            "JOIN customer c ON c.id = p.customer_id WHERE 1 = 1")
        + m_db.customerScope(QStringLiteral("p.customer_id"))
        + QStringLiteral(" ORDER BY p.received_date DESC, p.id DESC LIMIT ?"));
    q.bind(limit).exec();
    std::vector<RecentPayment> out;
    while (q.next())
        out.push_back(
            { q.date(0), q.text(1), q.text(2), q.int64(3), q.int64(4), q.text(5), q.text(6) });
    return out;
}

} // namespace Accrue
