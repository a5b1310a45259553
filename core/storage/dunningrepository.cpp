#include "storage/dunningrepository.h"

#include "storage/database.h"
#include "storage/sqlquery.h"

namespace Accrue {

namespace {

const QString noticeColumns = QStringLiteral(
    "SELECT n.id, n.invoice_id, i.number, n.step_key, n.step_day, n.notice_date, n.action, "
    "n.days_overdue, COALESCE(n.outbox_id, 0), COALESCE(n.late_fee_invoice_id, 0), n.user_name, "
    "n.created_at FROM dunning_notice n JOIN invoice i ON i.id = n.invoice_id ");

} // namespace

DunningRepository::DunningRepository(Database &db)
    : m_db(db)
{
}

std::vector<DunningRepository::Candidate> DunningRepository::candidates(const QDate &date,
                                                                        const QDate &dueBy)
{
    SqlQuery q = m_db.query(
        QStringLiteral("SELECT i.id, i.number, i.customer_id, COALESCE(i.billing_profile_id, 0), "
                       "c.code, c.name, "
                       "i.issue_date, i.due_date, i.currency, i.balance_minor FROM invoice i "
                       "JOIN customer c ON c.id = i.customer_id WHERE i.status = 'open' AND "
                       "i.balance_minor > 0 "
                       "AND i.issue_date <= ? AND i.due_date <= ?")
        + m_db.customerScope(QStringLiteral("i.customer_id"))
        + QStringLiteral(" ORDER BY i.due_date, i.number"));
    q.bindAll(date, dueBy).exec();
    std::vector<Candidate> out;
    while (q.next())
        out.push_back({ q.int64(0), q.text(1), q.int64(2), q.int64(3), q.text(4), q.text(5),
                        q.date(6), q.date(7), Money(q.int64(9), Currency::require(q.text(8))) });
    return out;
}

std::vector<DunningNotice> DunningRepository::read(const QString &where, const QVariant &value,
                                                   int limit)
{
    SqlQuery q = m_db.query(noticeColumns + where);
    if (value.isValid())
        q.bind(value);
    if (limit > 0)
        q.bind(limit);
    q.exec();
    return readRows(q);
}

std::vector<DunningNotice> DunningRepository::readRows(SqlQuery &q)
{
    std::vector<DunningNotice> out;
    while (q.next()) {
        DunningNotice n;
        n.id = q.int64(0);
        n.invoiceId = q.int64(1);
        n.invoiceNumber = q.text(2);
        n.stepKey = q.text(3);
        n.stepDay = q.value(4).toInt();
        n.date = q.date(5);
        n.action = q.text(6);
        n.daysOverdue = q.value(7).toInt();
        n.outboxId = q.int64(8);
        n.lateFeeInvoiceId = q.int64(9);
        n.userName = q.text(10);
        n.createdAt = QDateTime::fromString(q.text(11), Qt::ISODateWithMs);
        out.push_back(n);
    }
    return out;
}

std::vector<DunningNotice> DunningRepository::openInvoiceNotices()
{
    return read(QStringLiteral("WHERE i.status = 'open' ORDER BY n.id"), {}, 0);
}

std::vector<DunningNotice> DunningRepository::notices(qint64 invoiceId)
{
    return read(QStringLiteral("WHERE n.invoice_id = ? ORDER BY n.id"), invoiceId, 0);
}

std::vector<DunningNotice> DunningRepository::byAction(const QString &action, int limit)
{
    return read(QStringLiteral("WHERE n.action = ? ORDER BY n.notice_date DESC, n.id DESC LIMIT ?"),
                action, limit);
}

std::vector<DunningNotice> DunningRepository::uncleared(int limit)
{
    SqlQuery q
        = m_db.query(noticeColumns
                     + QStringLiteral("WHERE n.action = 'review' AND NOT EXISTS (SELECT 1 FROM "
                                      "dunning_flag_clear f WHERE f.notice_id = n.id) "
                                      "ORDER BY n.notice_date DESC, n.id DESC LIMIT ?"));
    q.bindAll(limit).exec();
    return readRows(q);
}

void DunningRepository::insertClear(qint64 noticeId, const QDate &date, const QString &userName,
                                    const QString &note)
{
    m_db.query(QStringLiteral("INSERT INTO dunning_flag_clear (notice_id, cleared_date, "
                              "cleared_by, note, created_at) VALUES (?, ?, ?, ?, ?)"))
        .bindAll(noticeId, date, userName, note,
                 QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))
        .exec();
}

bool DunningRepository::hasNotice(qint64 invoiceId, const QString &stepKey)
{
    return m_db
               .query(QStringLiteral(
                   "SELECT COUNT(*) FROM dunning_notice WHERE invoice_id = ? AND step_key = ?"))
               .bindAll(invoiceId, stepKey)
               .scalar()
               .toLongLong()
        > 0;
}

QSet<qint64> DunningRepository::lateFeeInvoiceIds()
{
    SqlQuery q = m_db.query(QStringLiteral(
        "SELECT late_fee_invoice_id FROM dunning_notice WHERE late_fee_invoice_id IS NOT NULL"));
    q.exec();
    QSet<qint64> ids;
    while (q.next())
        ids.insert(q.int64(0));
    return ids;
}

bool DunningRepository::insertNotice(DunningNotice &n)
{
    if (!n.createdAt.isValid())
        n.createdAt = QDateTime::currentDateTimeUtc();
    SqlQuery q = m_db.query(QStringLiteral(
        "INSERT INTO dunning_notice (invoice_id, step_key, step_day, notice_date, action, "
        "days_overdue, outbox_id, late_fee_invoice_id, user_name, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (invoice_id, step_key) DO NOTHING RETURNING id"));
    q.bindAll(n.invoiceId, n.stepKey, n.stepDay, n.date, n.action, n.daysOverdue);
    q.bindNullable(n.outboxId).bindNullable(n.lateFeeInvoiceId);
    q.bindAll(n.userName, n.createdAt.toString(Qt::ISODateWithMs)).exec();
    if (!q.next())
        return false;
    n.id = q.int64(0);
    return true;
}

} // namespace Accrue
