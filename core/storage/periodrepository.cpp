#include "storage/periodrepository.h"

#include "storage/database.h"
#include "storage/sqlquery.h"

namespace Accrue {

namespace {

// Rows of (currency, amount) as Money, currencies in order.
std::vector<Money> amounts(SqlQuery &q)
{
    std::vector<Money> out;
    q.exec();
    while (q.next())
        out.emplace_back(q.int64(1), Currency::require(q.text(0)));
    return out;
}

// Rows of (currency, count, amount).
PeriodRepository::Tally tally(SqlQuery &q)
{
    PeriodRepository::Tally out;
    q.exec();
    while (q.next()) {
        out.count += q.int64(1);
        out.amounts.emplace_back(q.int64(2), Currency::require(q.text(0)));
    }
    return out;
}

// The NOT NULL text columns: an empty text, never NULL.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QString month(const QDate &day)
{
    return PeriodText::monthKey(day);
}

const QString lockSql
    = QStringLiteral("SELECT closed_from, closed_through FROM period_lock WHERE id = 1");

} // namespace

PeriodRepository::PeriodRepository(Database &db)
    : m_db(db)
{
}

PeriodLock PeriodRepository::lock()
{
    SqlQuery q = m_db.query(lockSql);
    q.exec();
    if (!q.next())
        return {};
    return { q.date(0), q.date(1) };
}

PeriodLock PeriodRepository::lockForUpdate()
{
    if (m_db.dialect() != Database::Dialect::Postgres)
        return lock(); // SQLite: the transaction already holds the write lock
    SqlQuery q = m_db.query(lockSql + QStringLiteral(" FOR UPDATE"));
    q.exec();
    if (!q.next())
        return {};
    return { q.date(0), q.date(1) };
}

QDate PeriodRepository::closedThroughForPosting()
{
    if (m_db.dialect() != Database::Dialect::Postgres)
        return lock().closedThrough;
    SqlQuery q = m_db.query(
        QStringLiteral("SELECT closed_through FROM period_lock WHERE id = 1 FOR SHARE"));
    q.exec();
    return q.next() ? q.date(0) : QDate();
}

void PeriodRepository::setLock(const PeriodLock &lock, const QString &userName)
{
    m_db.query(QStringLiteral("UPDATE period_lock SET closed_from = ?, closed_through = ?, "
                              "updated_by = ?, updated_at = ? WHERE id = 1"))
        .bindAll(lock.closedFrom, lock.closedThrough, userName,
                 QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))
        .exec();
}

qint64 PeriodRepository::insertEvent(PeriodEvent &e)
{
    if (!e.at.isValid())
        e.at = QDateTime::currentDateTimeUtc();
    e.id = m_db.query(QStringLiteral("INSERT INTO period_close (period, action, closed_through, "
                                     "reason, summary, user_name, created_at) VALUES (?, ?, ?, ?, "
                                     "?, ?, ?) RETURNING id"))
               .bindAll(month(e.month), PeriodEvent::actionKey(e.action), e.closedThrough,
                        text(e.reason), text(e.summary), e.userName,
                        e.at.toString(Qt::ISODateWithMs))
               .scalar()
               .toLongLong();
    return e.id;
}

std::vector<PeriodEvent> PeriodRepository::history()
{
    std::vector<PeriodEvent> out;
    SqlQuery q = m_db.query(
        QStringLiteral("SELECT id, period, action, closed_through, reason, summary, user_name, "
                       "created_at FROM period_close ORDER BY id"));
    q.exec();
    while (q.next()) {
        PeriodEvent e;
        e.id = q.int64(0);
        e.month = PeriodText::parseMonth(q.text(1));
        e.action = PeriodEvent::actionFromKey(q.text(2)).value_or(PeriodEvent::Action::Close);
        e.closedThrough = q.date(3);
        e.reason = q.text(4);
        e.summary = q.text(5);
        e.userName = q.text(6);
        e.at = QDateTime::fromString(q.text(7), Qt::ISODateWithMs);
        out.push_back(std::move(e));
    }
    return out;
}

std::vector<Money> PeriodRepository::roleBalanceThrough(const QString &role, const QDate &day)
{
    SqlQuery q = m_db.query(QStringLiteral(
        "SELECT m.currency, SUM(m.debit_minor - m.credit_minor) FROM ledger_month m "
        "JOIN account a ON a.id = m.account_id WHERE a.system_role = ? AND m.month <= ? "
        "GROUP BY m.currency ORDER BY m.currency"));
    q.bindAll(role, month(day));
    return amounts(q);
}

std::vector<Money> PeriodRepository::revenueCredits(const QDate &day)
{
    SqlQuery q = m_db.query(
        QStringLiteral("SELECT m.currency, SUM(m.credit_minor) FROM ledger_month m "
                       "JOIN account a ON a.id = m.account_id WHERE a.type = 'revenue' "
                       "AND m.month = ? GROUP BY m.currency ORDER BY m.currency"));
    q.bind(month(day));
    return amounts(q);
}

PeriodRepository::Tally PeriodRepository::invoicedNet(const QDate &from, const QDate &to)
{
    SqlQuery q = m_db.query(QStringLiteral(
        "SELECT currency, COUNT(*), SUM(subtotal_minor) FROM invoice WHERE issue_date >= ? "
        "AND issue_date <= ? AND status NOT IN ('draft', 'void') GROUP BY currency "
        "ORDER BY currency"));
    q.bindAll(from, to);
    return tally(q);
}

PeriodRepository::Tally PeriodRepository::unmatchedBankLines(const QDate &through)
{
    SqlQuery q = m_db.query(QStringLiteral(
        "SELECT currency, COUNT(*), SUM(amount_minor) FROM bank_transaction WHERE state IN "
        "('unmatched', 'proposed') AND booking_date <= ? GROUP BY currency ORDER BY currency"));
    q.bind(through);
    return tally(q);
}

PeriodRepository::Tally PeriodRepository::drafts(const QDate &from, const QDate &to)
{
    SqlQuery q = m_db.query(QStringLiteral(
        "SELECT currency, COUNT(*), SUM(total_minor) FROM invoice WHERE status = 'draft' "
        "AND issue_date >= ? AND issue_date <= ? GROUP BY currency ORDER BY currency"));
    q.bindAll(from, to);
    return tally(q);
}

PeriodRepository::Tally PeriodRepository::overdueWithoutDunning(const QDate &asOf)
{
    // The balance on asOf: the total less what was allocated, plus what was
    // taken back, less what was written off, each up to that day. Only
    // invoices open now or settled after asOf can have had one then.
    SqlQuery q = m_db.query(
        QStringLiteral("SELECT currency, COUNT(*), SUM(balance) FROM ("
                       " SELECT i.currency, i.total_minor"
                       " - COALESCE((SELECT SUM(a.amount_minor) FROM allocation a"
                       "   WHERE a.invoice_id = i.id AND a.allocation_date <= ?), 0)"
                       " + COALESCE((SELECT SUM(r.amount_minor) FROM allocation_reversal r"
                       "   WHERE r.invoice_id = i.id AND r.reversed_date <= ?), 0)"
                       " - COALESCE((SELECT SUM(w.amount_minor) FROM write_off w"
                       "   WHERE w.invoice_id = i.id AND w.write_off_date <= ?), 0) AS balance"
                       " FROM invoice i WHERE i.status IN ('open', 'paid', 'uncollectible')"
                       " AND i.issue_date <= ? AND i.due_date < ?"
                       " AND (i.status = 'open'"
                       "  OR EXISTS (SELECT 1 FROM allocation a WHERE a.invoice_id = i.id"
                       "   AND a.allocation_date > ?)"
                       "  OR EXISTS (SELECT 1 FROM write_off w WHERE w.invoice_id = i.id"
                       "   AND w.write_off_date > ?))"
                       " AND NOT EXISTS (SELECT 1 FROM dunning_notice d WHERE d.invoice_id = i.id"
                       "  AND d.notice_date <= ?)"
                       ") o WHERE balance > 0 GROUP BY currency ORDER BY currency"));
    q.bindAll(asOf, asOf, asOf, asOf, asOf, asOf, asOf, asOf);
    return tally(q);
}

} // namespace Accrue
