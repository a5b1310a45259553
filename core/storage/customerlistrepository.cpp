#include "storage/customerlistrepository.h"

#include "common/error.h"
#include "storage/database.h"
#include "storage/keyset.h"
#include "storage/sqlquery.h"

#include <QCoreApplication>
#include <QHash>

namespace Accrue {

CustomerListRepository::CustomerListRepository(Database &db)
    : m_db(db)
{
}

QString CustomerListRepository::where(const CustomerListFilter &f) const
{
    QString sql = f.archived ? QStringLiteral(" WHERE c.archived_at IS NOT NULL")
                             : QStringLiteral(" WHERE c.archived_at IS NULL");
    sql += m_db.customerScope(QStringLiteral("c.id"));
    if (!f.search.trimmed().isEmpty())
        sql += QStringLiteral(" AND (") + m_db.containsText(QStringLiteral("c.name"))
            + QStringLiteral(" OR ") + m_db.containsText(QStringLiteral("c.code")) + u')';
    return sql;
}

void CustomerListRepository::bind(SqlQuery &q, const CustomerListFilter &f) const
{
    if (!f.search.trimmed().isEmpty()) {
        const QString pattern = Database::containsPattern(f.search);
        q.bindAll(pattern, pattern);
    }
}

qint64 CustomerListRepository::count(const CustomerListFilter &f)
{
    SqlQuery q = m_db.query(QStringLiteral("SELECT COUNT(*) FROM customer c") + where(f));
    bind(q, f);
    return q.scalar().toLongLong();
}

std::vector<CustomerListRow> CustomerListRepository::page(const CustomerListFilter &f,
                                                          const ListWindow<CustomerListRow> &window)
{
    const Keyset byName(QStringLiteral("c.name"), QStringLiteral("c.id"), false);
    std::vector<CustomerListRow> rows = readWindow(
        m_db, byName,
        QStringLiteral("SELECT c.id, c.code, c.name, COALESCE(c.email, ''), c.currency, "
                       "c.payment_terms_days, c.archived_at IS NOT NULL FROM customer c")
            + where(f),
        window, window.anchor ? QVariant(window.anchor->name) : QVariant(),
        [&](SqlQuery &q) { bind(q, f); },
        [](const SqlQuery &q) {
            CustomerListRow r;
            r.id = q.int64(0);
            r.code = q.text(1);
            r.name = q.text(2);
            r.email = q.text(3);
            r.currency = Currency::fromCode(q.text(4)).value_or(Currency());
            r.paymentTermsDays = q.value(5).toInt();
            r.balance = r.overdue = r.credit = Money::zero(r.currency);
            r.archived = q.value(6).toBool();
            return r;
        });
    if (!f.today.isValid())
        throw Error(QCoreApplication::translate("Accrue::CustomerListRepository",
                                                "The customer list needs today's date"));
    addBalances(rows, f.today);
    return rows;
}

// Three sums over this window's customers, each through the customer_id
// indexes: open and overdue balances, unapplied payments, unapplied credit
// notes, in the customer's own currency.
void CustomerListRepository::addBalances(std::vector<CustomerListRow> &rows, const QDate &today)
{
    if (rows.empty())
        return;
    QHash<qint64, std::size_t> byId;
    for (std::size_t i = 0; i < rows.size(); ++i)
        byId.insert(rows[i].id, i);
    const QString marks = SqlQuery::placeholders(qsizetype(rows.size()));
    const QString sums = QStringLiteral(
        "SELECT i.customer_id, SUM(i.balance_minor), "
        "SUM(CASE WHEN i.due_date < ? THEN i.balance_minor ELSE 0 END), 0 "
        "FROM invoice i JOIN customer c ON c.id = i.customer_id "
        "WHERE i.status = 'open' AND i.currency = c.currency AND i.customer_id IN (%1) "
        "GROUP BY i.customer_id "
        "UNION ALL SELECT p.customer_id, 0, 0, SUM(p.unapplied_minor) "
        "FROM payment p JOIN customer c ON c.id = p.customer_id "
        "WHERE p.unapplied_minor > 0 AND p.currency = c.currency AND p.customer_id IN (%1) "
        "GROUP BY p.customer_id "
        "UNION ALL SELECT n.customer_id, 0, 0, SUM(n.unapplied_minor) "
        "FROM credit_note n JOIN customer c ON c.id = n.customer_id "
        "WHERE n.unapplied_minor > 0 AND n.currency = c.currency AND n.customer_id IN (%1) "
        "GROUP BY n.customer_id");
    SqlQuery q = m_db.query(sums.arg(marks));
    q.bind(today);
    for (int part = 0; part < 3; ++part)
        for (const CustomerListRow &row : rows)
            q.bind(row.id);
    q.exec();
    while (q.next()) {
        CustomerListRow &row = rows[byId.value(q.int64(0))];
        row.balance += Money(q.int64(1), row.currency);
        row.overdue += Money(q.int64(2), row.currency);
        row.credit += Money(q.int64(3), row.currency);
    }
}

} // namespace Accrue
