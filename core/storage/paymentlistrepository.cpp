#include "storage/paymentlistrepository.h"

#include "common/isodate.h"
#include "storage/database.h"
#include "storage/keyset.h"
#include "storage/sqlquery.h"

#include <QHash>

namespace Accrue {

PaymentListRepository::PaymentListRepository(Database &db)
    : m_db(db)
{
}

QString PaymentListRepository::where(const PaymentListFilter &f) const
{
    QString sql
        = QStringLiteral(" WHERE 1 = 1") + m_db.customerScope(QStringLiteral("p.customer_id"));
    if (!f.search.isEmpty())
        sql += QStringLiteral(" AND (") + m_db.containsText(QStringLiteral("c.name"))
            + QStringLiteral(" OR c.code = ? OR ")
            + m_db.containsText(QStringLiteral("COALESCE(p.reference, '')")) + u')';
    if (f.unappliedOnly)
        sql += QStringLiteral(" AND p.unapplied_minor > 0");
    if (f.customerId > 0)
        sql += QStringLiteral(" AND p.customer_id = ?");
    return sql;
}

void PaymentListRepository::bind(SqlQuery &q, const PaymentListFilter &f)
{
    if (!f.search.isEmpty()) {
        const QString pattern = Database::containsPattern(f.search);
        q.bindAll(pattern, f.search.trimmed(), pattern);
    }
    if (f.customerId > 0)
        q.bind(f.customerId);
}

qint64 PaymentListRepository::count(const PaymentListFilter &f)
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

std::vector<PaymentListRow> PaymentListRepository::page(const PaymentListFilter &f,
                                                        const ListWindow<PaymentListRow> &window)
{
    const Keyset newestFirst(QStringLiteral("p.received_date"), QStringLiteral("p.id"), true);
    const QString sql
        = QStringLiteral("SELECT p.id, p.received_date, c.name, p.currency, p.amount_minor, "
                         "p.unapplied_minor, p.method, COALESCE(p.reference, ''),"
                         " COALESCE((SELECT r.number FROM receipt r WHERE r.payment_id = p.id),"
                         " '') FROM payment p JOIN customer c ON c.id = p.customer_id")
        + where(f);
    std::vector<PaymentListRow> rows = readWindow(
        m_db, newestFirst, sql, window,
        window.anchor ? QVariant(isoDate(window.anchor->date)) : QVariant(),
        [&](SqlQuery &q) { bind(q, f); },
        [](const SqlQuery &q) {
            const Currency currency = Currency::require(q.text(3));
            return PaymentListRow { q.int64(0),
                                    q.date(1),
                                    q.text(2),
                                    currency,
                                    Money(q.int64(4), currency),
                                    Money(q.int64(5), currency),
                                    q.text(6),
                                    q.text(7),
                                    {},
                                    q.text(8) };
        });
    addInvoices(rows);
    return rows;
}

// The invoices of this window only: one query with the window's ids bound.
void PaymentListRepository::addInvoices(std::vector<PaymentListRow> &rows)
{
    if (rows.empty())
        return;
    QHash<qint64, std::size_t> byId;
    for (std::size_t i = 0; i < rows.size(); ++i)
        byId.insert(rows[i].id, i);
    const QString marks = SqlQuery::placeholders(qsizetype(rows.size()));
    SqlQuery q = m_db.query(QStringLiteral("SELECT a.payment_id, i.number FROM allocation a "
                                           "JOIN invoice i ON i.id = a.invoice_id "
                                           "WHERE a.payment_id IN (")
                            + marks + QStringLiteral(") ORDER BY a.id"));
    for (const PaymentListRow &row : rows)
        q.bind(row.id);
    q.exec();
    while (q.next())
        rows[byId.value(q.int64(0))].invoices << q.text(1);
}

} // namespace Accrue
