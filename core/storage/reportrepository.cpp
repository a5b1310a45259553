#include "storage/reportrepository.h"

#include "storage/database.h"
#include "storage/sqlquery.h"

namespace Accrue {

ReportRepository::ReportRepository(Database &db)
    : m_db(db)
{
}

QString ReportRepository::agingSql()
{
    // Buckets by due date against bounds computed in C++, so no date
    // arithmetic is needed in SQL (portable across dialects).
    // Parameters: asOf (allocations), asOf (issued by), asOf, asOf-30, asOf-60, asOf-90 (x2).
    return QStringLiteral(
        "SELECT c.code, c.name, b.currency,"
        " SUM(CASE WHEN b.due_date >= ? THEN b.open ELSE 0 END),"
        " SUM(CASE WHEN b.due_date < ? AND b.due_date >= ? THEN b.open ELSE 0 END),"
        " SUM(CASE WHEN b.due_date < ? AND b.due_date >= ? THEN b.open ELSE 0 END),"
        " SUM(CASE WHEN b.due_date < ? AND b.due_date >= ? THEN b.open ELSE 0 END),"
        " SUM(CASE WHEN b.due_date < ? THEN b.open ELSE 0 END) "
        "FROM (SELECT i.customer_id, i.currency, i.due_date,"
        "  i.total_minor - COALESCE((SELECT SUM(a.amount_minor) FROM allocation a"
        "   WHERE a.invoice_id = i.id AND a.allocation_date <= ?), 0) AS open"
        "  FROM invoice i WHERE i.status <> 'draft' AND i.issue_date <= ?) b "
        "JOIN customer c ON c.id = b.customer_id WHERE b.open <> 0 "
        "GROUP BY c.code, c.name, b.currency ORDER BY b.currency, c.name, c.code");
}

void ReportRepository::aging(const QDate &asOf, const std::function<void(const AgingRow &)> &visit)
{
    const QDate d1 = asOf, d30 = asOf.addDays(-30), d60 = asOf.addDays(-60),
                d90 = asOf.addDays(-90);
    SqlQuery q = m_db.query(agingSql());
    q.bindAll(d1, d1, d30, d30, d60, d60, d90, d90, asOf, asOf).exec();
    AgingRow row;
    while (q.next()) {
        row.customerCode = q.text(0);
        row.customerName = q.text(1);
        row.currency = q.text(2);
        for (int i = 0; i < 5; ++i)
            row.buckets[i] = q.int64(3 + i);
        visit(row);
    }
}

QString ReportRepository::invoiceListSql(const InvoiceFilter &f)
{
    QString sql = QStringLiteral(
        "SELECT i.number, c.code, c.name, i.issue_date, i.due_date, i.currency, i.total_minor,"
        " i.paid_minor, i.credited_minor, i.balance_minor,"
        " CASE WHEN i.status <> 'open' THEN i.status"
        "  WHEN i.due_date < ? THEN 'overdue'"
        "  WHEN i.balance_minor < i.total_minor THEN 'partially_paid' ELSE 'open' END "
        "FROM invoice i JOIN customer c ON c.id = i.customer_id WHERE 1 = 1");
    // Each status is a sargable condition on (status, due_date), never the CASE above.
    if (f.status == QLatin1String("overdue"))
        sql += QStringLiteral(" AND i.status = 'open' AND i.due_date < ?");
    else if (f.status == QLatin1String("partially_paid"))
        sql += QStringLiteral(" AND i.status = 'open' AND i.due_date >= ?"
                              " AND i.balance_minor < i.total_minor");
    else if (f.status == QLatin1String("open"))
        sql += QStringLiteral(" AND i.status = 'open' AND i.due_date >= ?"
                              " AND i.balance_minor = i.total_minor");
    else if (f.status == QLatin1String("unpaid"))
        sql += QStringLiteral(" AND i.status = 'open'");
    else if (!f.status.isEmpty())
        sql += QStringLiteral(" AND i.status = ?");
    if (!f.customer.isEmpty())
        // An exact customer code selects that customer; otherwise part of a name.
        sql += QStringLiteral(" AND (c.code = ? OR (NOT EXISTS (SELECT 1 FROM customer x"
                              " WHERE x.code = ?) AND LOWER(c.name) LIKE ?))");
    if (f.from.isValid())
        sql += QStringLiteral(" AND i.issue_date >= ?");
    if (f.to.isValid())
        sql += QStringLiteral(" AND i.issue_date <= ?");
    sql += QStringLiteral(" ORDER BY i.issue_date, i.id");
    return sql;
}

void ReportRepository::invoices(const InvoiceFilter &f,
                                const std::function<void(const InvoiceRow &)> &visit)
{
    SqlQuery q = m_db.query(invoiceListSql(f));
    q.bind(f.today);
    if (f.status == QLatin1String("overdue") || f.status == QLatin1String("partially_paid")
        || f.status == QLatin1String("open"))
        q.bind(f.today);
    else if (!f.status.isEmpty() && f.status != QLatin1String("unpaid"))
        q.bind(f.status);
    if (!f.customer.isEmpty()) {
        QString pattern = f.customer.toLower();
        pattern.replace(QLatin1Char('%'), QString()).replace(QLatin1Char('_'), QString());
        q.bindAll(f.customer, f.customer, QString(u'%' + pattern + u'%'));
    }
    if (f.from.isValid())
        q.bind(f.from);
    if (f.to.isValid())
        q.bind(f.to);
    q.exec();
    InvoiceRow row;
    while (q.next()) {
        row.number = q.text(0);
        row.customerCode = q.text(1);
        row.customerName = q.text(2);
        row.issueDate = q.text(3);
        row.dueDate = q.text(4);
        row.currency = q.text(5);
        row.totalMinor = q.int64(6);
        row.paidMinor = q.int64(7);
        row.creditedMinor = q.int64(8);
        row.balanceMinor = q.int64(9);
        row.status = q.text(10);
        visit(row);
    }
}

} // namespace Accrue
