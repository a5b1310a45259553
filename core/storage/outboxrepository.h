#pragma once

#include "domain/outboxmessage.h"

#include <optional>
#include <vector>

namespace Accrue {

class Database;

// The e-mail outbox (table email_outbox). Times are UTC, stored as ISO 8601
// text with milliseconds, so they compare as text.
class OutboxRepository final
{
public:
    explicit OutboxRepository(Database &db);

    qint64 insert(OutboxMessage &message);
    // Queued messages whose next attempt is due at `now`, oldest first.
    std::vector<OutboxMessage> due(const QDateTime &now, int limit);
    // Takes a due message for one attempt: counts it and moves its next
    // attempt to `leaseUntil`, so another deliverer (another process) leaves
    // it alone meanwhile and a crash mid-send retries it later. False when
    // someone else took it first.
    bool claim(qint64 id, const QDateTime &now, const QDateTime &leaseUntil);
    void markSent(qint64 id, const QDateTime &at);
    // After a failed attempt: queued again at `nextAttempt`, or failed for
    // good when `nextAttempt` is invalid; `error` is the server's answer.
    void markFailed(qint64 id, const QString &error, const QDateTime &nextAttempt);
    // A failed message queued again, due at `now`, its attempts counted
    // afresh (the last error stays until the next attempt). False when the
    // message is not failed (queued, sent or gone).
    bool requeue(qint64 id, const QDateTime &now);
    std::optional<OutboxMessage> find(qint64 id);
    // Newest first; `status` empty for all.
    std::vector<OutboxMessage> list(const QString &status, int limit);
    // Every message of one document, newest first.
    std::vector<OutboxMessage> forDocument(const QString &kind, qint64 id);

private:
    Database &m_db;
};

} // namespace Accrue
