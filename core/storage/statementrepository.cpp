#include "storage/statementrepository.h"

#include "storage/database.h"
#include "storage/sqlquery.h"

namespace Accrue {

StatementRepository::StatementRepository(Database &db)
    : m_db(db)
{
}

qint64 StatementRepository::balanceBefore(qint64 customerId, const QString &currency,
                                          const QList<qint64> &accountIds, const QDate &date)
{
    SqlQuery q = m_db.query(
        QStringLiteral("SELECT COALESCE(SUM(debit_minor - credit_minor), 0) FROM journal_line "
                       "WHERE customer_id = ? AND entry_date < ? AND currency = ? "
                       "AND account_id IN (%1)")
            .arg(SqlQuery::placeholders(accountIds.size())));
    q.bindAll(customerId, date, currency);
    for (const qint64 id : accountIds)
        q.bind(id);
    return q.scalar().toLongLong();
}

void StatementRepository::entries(qint64 customerId, const QString &currency,
                                  const QList<qint64> &accountIds, const QDate &from,
                                  const QDate &to, const std::function<void(const Entry &)> &visit)
{
    SqlQuery q = m_db.query(
        QStringLiteral(
            "SELECT e.entry_date, e.id, e.kind, e.source_type, "
            " COALESCE(i.number, n.number, p.reference, ''), "
            " SUM(l.debit_minor), SUM(l.credit_minor) "
            "FROM journal_line l JOIN journal_entry e ON e.id = l.entry_id "
            "LEFT JOIN invoice i ON e.source_type = 'invoice' AND i.id = e.source_id "
            "LEFT JOIN credit_note n ON e.source_type = 'credit_note' AND n.id = e.source_id "
            "LEFT JOIN payment p ON e.source_type = 'payment' AND p.id = e.source_id "
            "WHERE l.customer_id = ? AND l.entry_date >= ? AND l.entry_date <= ? "
            "AND l.currency = ? AND l.account_id IN (%1) "
            "GROUP BY e.entry_date, e.id, e.kind, e.source_type, i.number, n.number, p.reference "
            "ORDER BY e.entry_date, e.id")
            .arg(SqlQuery::placeholders(accountIds.size())));
    q.bindAll(customerId, from, to, currency);
    for (const qint64 id : accountIds)
        q.bind(id);
    q.exec();
    Entry entry;
    while (q.next()) {
        entry.date = q.date(0);
        entry.entryId = q.int64(1);
        entry.kind = q.text(2);
        entry.sourceType = q.text(3);
        entry.document = q.text(4);
        entry.debitMinor = q.int64(5);
        entry.creditMinor = q.int64(6);
        visit(entry);
    }
}

} // namespace Accrue
