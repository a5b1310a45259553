#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace Accrue {

// One e-mail in the outbox: the whole message as it goes on the wire, where
// it goes, and how delivering it went. Status "queued" (waiting, maybe after
// failed attempts), "sent", or "failed" (refused for good or out of tries).
struct OutboxMessage
{
    qint64 id = 0;
    QString documentKind; // "invoice", ...; empty for a test message
    qint64 documentId = 0;
    QString sender; // the envelope's MAIL FROM
    QStringList recipients; // the envelope's RCPT TO
    QString subject; // as people read it (not encoded)
    QByteArray message; // RFC 5322 text, CRLF lines, 7-bit
    QString status = QStringLiteral("queued");
    int attempts = 0;
    QDateTime nextAttemptAt;
    QString lastError; // the server's answer to the last failed attempt
    QDateTime createdAt;
    QDateTime sentAt;
    QString createdBy;
};

} // namespace Accrue
