#include "storage/paymentlistrepository.h"

#include "storage/database.h"
#include "storage/sqlquery.h"

namespace Accrue {

PaymentListRepository::PaymentListRepository(Database &db)
    : m_db(db)
{
}

QString PaymentListRepository::where(const Filter &f) const
{
    QString sql = QStringLiteral(" WHERE 1 = 1");
    if (!f.search.isEmpty())
        sql += QStringLiteral(" AND (") + m_db.containsText(QStringLiteral("c.name"))
            + QStringLiteral(" OR c.code = ? OR ")
            + m_db.containsText(QStringLiteral("COALESCE(p.reference, '')")) + u')';
    if (f.unappliedOnly)
        sql += QStringLiteral(" AND p.unapplied_minor > 0");
    return sql;
}

void PaymentListRepository::bind(SqlQuery &q, const Filter &f)
{
    if (!f.search.isEmpty()) {
        const QString pattern = Database::containsPattern(f.search);
        q.bindAll(pattern, f.search.trimmed(), pattern);
    }
}

qint64 PaymentListRepository::count(const Filter &f)
{
    SqlQuery q = m_db.query(
        (f.search.isEmpty()
             ? QStringLiteral("SELECT COUNT(*) FROM payment p")
             : QStringLiteral(
                 "SELECT COUNT(*) FROM payment p JOIN customer c ON c.id = p.customer_id"))
        + where(f));
    bind(q, f);
    return q.scalar().toLongLong();
}

std::vector<PaymentListRepository::Row> PaymentListRepository::page(const Filter &f, qint64 offset,
                                                                    qint64 limit)
{
    std::vector<Row> rows;
    QHash<qint64, std::size_t> byId;
    {
        SqlQuery q = m_db.query(
            QStringLiteral("SELECT p.id, p.received_date, c.name, p.currency, p.amount_minor, "
                           "p.unapplied_minor, p.method, COALESCE(p.reference, '') FROM payment p "
                           "JOIN customer c ON c.id = p.customer_id")
            + where(f)
            + QStringLiteral(" ORDER BY p.received_date DESC, p.id DESC LIMIT ? OFFSET ?"));
        bind(q, f);
        q.bindAll(limit, offset).exec();
        while (q.next()) {
            byId.insert(q.int64(0), rows.size());
            rows.push_back({ q.int64(0),
                             q.date(1),
                             q.text(2),
                             q.text(3),
                             q.int64(4),
                             q.int64(5),
                             q.text(6),
                             q.text(7),
                             {} });
        }
    }
    if (rows.empty())
        return rows;
    // The invoices of this window only: one query with the window's ids bound.
    QString marks;
    for (std::size_t i = 0; i < rows.size(); ++i)
        marks += i ? QStringLiteral(", ?") : QStringLiteral("?");
    SqlQuery q = m_db.query(QStringLiteral("SELECT a.payment_id, i.number FROM allocation a "
                                           "JOIN invoice i ON i.id = a.invoice_id "
                                           "WHERE a.payment_id IN (")
                            + marks + QStringLiteral(") ORDER BY a.id"));
    for (const Row &row : rows)
        q.bind(row.id);
    q.exec();
    while (q.next())
        rows[byId.value(q.int64(0))].invoices << q.text(1);
    return rows;
}

} // namespace Accrue
