#pragma once

#include "domain/outboxmessage.h"
#include "mail/mailmessage.h"

#include <QDateTime>
#include <optional>
#include <vector>

namespace Accrue {

class MailTransport;
struct MailSendResult;
class Session;

// The e-mail outbox. Messages are queued inside the change that makes them
// (an invoice sent, a reminder), so they exist exactly when that change
// commits; delivery is a separate step that may run later, elsewhere, or
// again. It never holds a write transaction while a server is talking:
// each due message is claimed in a short transaction, sent outside any,
// and its result recorded in another.
class OutboxService final
{
public:
    struct Delivery
    {
        int sent = 0;
        int retrying = 0; // failed this time, queued for a later attempt
        int failed = 0; // given up: refused for good (5xx) or out of attempts
        QStringList problems; // "#id to: answer", for each message not sent
    };

    // Attempts before a message that keeps failing is given up.
    static constexpr int maxAttempts = 8;

    explicit OutboxService(Session &session);

    // Encodes the message (MimeWriter: refuses header injection and bad
    // addresses) and queues it due at once, with an audit record, in the
    // caller's transaction when there is one. Returns the outbox id.
    qint64 enqueue(const MailMessage &message, const QString &documentKind = {},
                   qint64 documentId = 0);
    // Sends every message due at `now` (the current time when invalid),
    // at most `limit`, and records each result; a message sent gets an
    // audit record naming its document.
    Delivery deliverDue(MailTransport &transport, const QDateTime &now = {}, int limit = 100);

    // A failed message back in the queue, due at once with its attempts
    // reset (the server is mended, the address corrected elsewhere), with
    // an audit record. Throws Error for no such message or one that has not
    // failed.
    void retry(qint64 id);

    std::vector<OutboxMessage> list(const QString &status = {}, int limit = 1000);
    std::vector<OutboxMessage> forDocument(const QString &kind, qint64 id);
    std::optional<OutboxMessage> find(qint64 id);
    // The last time a document's e-mail went out; invalid when never.
    QDateTime lastSent(const QString &kind, qint64 id);

    // The message's document for people: "Invoice INV-1", "Receipt
    // RCT-2026-000001", "Credit note CN-3"; the kind and id when the book
    // no longer has it; empty for none.
    QString documentName(const OutboxMessage &message);

    // When to try again after the attempts so far failed, the last at
    // `failedAt`: 1, 5, 15, 60 minutes, then 4 hours, then every 12 hours.
    static QDateTime nextAttempt(int attempts, const QDateTime &failedAt);
    // Writes message bytes as an .eml file (whole, or nothing).
    static void writeEml(const QByteArray &message, const QString &path);

private:
    void record(const OutboxMessage &message, const MailSendResult &result, const QDateTime &at,
                Delivery &delivery);

    Session &m_session;
};

} // namespace Accrue
