#include "storage/outboxrepository.h"

#include "storage/database.h"
#include "storage/sqlquery.h"

namespace Accrue {

namespace {

const QString columns = QStringLiteral(
    "id, document_kind, document_id, sender, recipients, subject, message, status, attempts, "
    "next_attempt_at, last_error, created_at, sent_at, created_by");

QString stamp(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromStamp(const QString &text)
{
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

OutboxMessage read(const SqlQuery &q)
{
    OutboxMessage m;
    m.id = q.int64(0);
    m.documentKind = q.text(1);
    m.documentId = q.int64(2);
    m.sender = q.text(3);
    m.recipients = q.text(4).split(u',', Qt::SkipEmptyParts);
    m.subject = q.text(5);
    m.message = q.text(6).toLatin1();
    m.status = q.text(7);
    m.attempts = q.value(8).toInt();
    m.nextAttemptAt = fromStamp(q.text(9));
    m.lastError = q.text(10);
    m.createdAt = fromStamp(q.text(11));
    m.sentAt = fromStamp(q.text(12));
    m.createdBy = q.text(13);
    return m;
}

// The customer whose document a message carries (none for a test message):
// a user below the root lists, sends and retries only its customers' mail.
// Reminders carry their invoice's id.
QString scoped(const Database &db)
{
    return db.customerScope(QStringLiteral(
        "COALESCE((SELECT si.customer_id FROM invoice si WHERE email_outbox.document_kind IN"
        " ('invoice', 'reminder') AND si.id = email_outbox.document_id),"
        " (SELECT sn.customer_id FROM credit_note sn WHERE email_outbox.document_kind ="
        " 'credit_note' AND sn.id = email_outbox.document_id),"
        " (SELECT sp.customer_id FROM receipt sr JOIN payment sp ON sp.id = sr.payment_id"
        " WHERE email_outbox.document_kind = 'receipt' AND sr.id = email_outbox.document_id))"));
}

std::vector<OutboxMessage> readAll(SqlQuery &q)
{
    std::vector<OutboxMessage> out;
    while (q.next())
        out.push_back(read(q));
    return out;
}

} // namespace

OutboxRepository::OutboxRepository(Database &db)
    : m_db(db)
{
}

qint64 OutboxRepository::insert(OutboxMessage &m)
{
    SqlQuery q = m_db.query(QStringLiteral(
        "INSERT INTO email_outbox (document_kind, document_id, sender, recipients, subject, "
        "message, status, attempts, next_attempt_at, created_at, created_by) "
        "VALUES (?, ?, ?, ?, ?, ?, 'queued', 0, ?, ?, ?) RETURNING id"));
    m.id
        = q.bindNullable(m.documentKind.isEmpty() ? QString() : m.documentKind)
              .bindNullable(m.documentId)
              .bindAll(m.sender, m.recipients.join(u','), m.subject, QString::fromLatin1(m.message),
                       stamp(m.nextAttemptAt), stamp(m.createdAt), m.createdBy)
              .scalar()
              .toLongLong();
    return m.id;
}

std::vector<OutboxMessage> OutboxRepository::due(const QDateTime &now, int limit)
{
    SqlQuery q = m_db.query(
        QStringLiteral("SELECT ") + columns
        + QStringLiteral(" FROM email_outbox WHERE status = 'queued' AND next_attempt_at <= ?")
        + scoped(m_db) + QStringLiteral(" ORDER BY next_attempt_at, id LIMIT ?"));
    q.bindAll(stamp(now), limit).exec();
    return readAll(q);
}

bool OutboxRepository::claim(qint64 id, const QDateTime &now, const QDateTime &leaseUntil)
{
    SqlQuery q = m_db.query(
        QStringLiteral("UPDATE email_outbox SET attempts = attempts + 1, next_attempt_at = ? "
                       "WHERE id = ? AND status = 'queued' AND next_attempt_at <= ?"));
    q.bindAll(stamp(leaseUntil), id, stamp(now)).exec();
    return q.rowsAffected() == 1;
}

void OutboxRepository::markSent(qint64 id, const QDateTime &at)
{
    m_db.query(QStringLiteral("UPDATE email_outbox SET status = 'sent', sent_at = ?, "
                              "last_error = NULL WHERE id = ?"))
        .bindAll(stamp(at), id)
        .exec();
}

void OutboxRepository::markFailed(qint64 id, const QString &error, const QDateTime &nextAttempt)
{
    if (nextAttempt.isValid())
        m_db.query(QStringLiteral("UPDATE email_outbox SET status = 'queued', last_error = ?, "
                                  "next_attempt_at = ? WHERE id = ?"))
            .bindAll(error, stamp(nextAttempt), id)
            .exec();
    else
        m_db.query(QStringLiteral(
                       "UPDATE email_outbox SET status = 'failed', last_error = ? WHERE id = ?"))
            .bindAll(error, id)
            .exec();
}

bool OutboxRepository::requeue(qint64 id, const QDateTime &now)
{
    SqlQuery q = m_db.query(QStringLiteral("UPDATE email_outbox SET status = 'queued', "
                                           "attempts = 0, next_attempt_at = ? "
                                           "WHERE id = ? AND status = 'failed'"));
    q.bindAll(stamp(now), id).exec();
    return q.rowsAffected() == 1;
}

std::optional<OutboxMessage> OutboxRepository::find(qint64 id)
{
    SqlQuery q = m_db.query(QStringLiteral("SELECT ") + columns
                            + QStringLiteral(" FROM email_outbox WHERE id = ?") + scoped(m_db));
    q.bind(id).exec();
    if (!q.next())
        return std::nullopt;
    return read(q);
}

std::vector<OutboxMessage> OutboxRepository::list(const QString &status, int limit)
{
    const bool all = status.isEmpty();
    SqlQuery q = m_db.query(QStringLiteral("SELECT ") + columns
                            + (all ? QStringLiteral(" FROM email_outbox WHERE 1 = 1")
                                   : QStringLiteral(" FROM email_outbox WHERE status = ?"))
                            + scoped(m_db) + QStringLiteral(" ORDER BY id DESC LIMIT ?"));
    if (!all)
        q.bind(status);
    q.bind(limit).exec();
    return readAll(q);
}

std::vector<OutboxMessage> OutboxRepository::forDocument(const QString &kind, qint64 id)
{
    SqlQuery q = m_db.query(
        QStringLiteral("SELECT ") + columns
        + QStringLiteral(" FROM email_outbox WHERE document_kind = ? AND document_id = ?")
        + scoped(m_db) + QStringLiteral(" ORDER BY id DESC"));
    q.bindAll(kind, id).exec();
    return readAll(q);
}

} // namespace Accrue
