#include "mail/outboxservice.h"

#include "billing/creditnoteservice.h"
#include "billing/invoiceservice.h"
#include "billing/receiptservice.h"
#include "billing/session.h"
#include "common/error.h"
#include "exchange/outputfile.h"
#include "mail/smtpsender.h"
#include "storage/outboxrepository.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonArray>

namespace Accrue {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Accrue::OutboxService", text);
}

// How long a claimed message is left alone by other deliverers: longer than
// a send may take (the total timeout is at most 40 minutes).
constexpr int leaseMinutes = 45;

QJsonObject describe(const OutboxMessage &m)
{
    return QJsonObject { { QStringLiteral("document_kind"), m.documentKind },
                         { QStringLiteral("document_id"), m.documentId },
                         { QStringLiteral("to"), QJsonArray::fromStringList(m.recipients) },
                         { QStringLiteral("subject"), m.subject },
                         { QStringLiteral("status"), m.status },
                         { QStringLiteral("attempts"), m.attempts } };
}

QDateTime utcNow(const QDateTime &now)
{
    return now.isValid() ? now.toUTC() : QDateTime::currentDateTimeUtc();
}

} // namespace

OutboxService::OutboxService(Session &session)
    : m_session(session)
{
}

qint64 OutboxService::enqueue(const MailMessage &message, const QString &documentKind,
                              qint64 documentId)
{
    m_session.require(Permission::Billing, tr("send e-mail"));
    OutboxMessage m;
    m.message = MimeWriter::write(message);
    m.documentKind = documentKind;
    m.documentId = documentId;
    m.sender = message.from.address;
    m.recipients = message.recipients();
    m.subject = message.subject;
    m.createdAt = QDateTime::currentDateTimeUtc();
    m.nextAttemptAt = m.createdAt;
    m.createdBy = m_session.userName();
    Transaction tx(m_session.db());
    OutboxRepository(m_session.db()).insert(m);
    m_session.audit().append(QStringLiteral("mail.queue"), QStringLiteral("email_outbox"),
                             QString::number(m.id), {}, describe(m));
    tx.commit();
    return m.id;
}

QDateTime OutboxService::nextAttempt(int attempts, const QDateTime &failedAt)
{
    static constexpr int minutes[] = { 1, 5, 15, 60, 240 };
    const int index = std::max(attempts, 1) - 1;
    return failedAt.addSecs(60LL * (index < int(std::size(minutes)) ? minutes[index] : 720));
}

OutboxService::Delivery OutboxService::deliverDue(MailTransport &transport, const QDateTime &now,
                                                  int limit)
{
    m_session.require(Permission::Billing, tr("send e-mail"));
    Delivery delivery;
    OutboxRepository repo(m_session.db());
    const QDateTime start = utcNow(now);
    for (OutboxMessage &m : repo.due(start, limit)) {
        {
            Transaction tx(m_session.db());
            const bool mine = repo.claim(m.id, start, start.addSecs(60LL * leaseMinutes));
            tx.commit();
            if (!mine)
                continue; // another deliverer has it
        }
        ++m.attempts;
        // Outside any transaction: the server may take its time.
        const MailSendResult result = transport.send(m.sender, m.recipients, m.message);
        record(m, result, utcNow(now), delivery);
    }
    return delivery;
}

void OutboxService::record(const OutboxMessage &m, const MailSendResult &result,
                           const QDateTime &at, Delivery &delivery)
{
    OutboxRepository repo(m_session.db());
    Transaction tx(m_session.db());
    OutboxMessage after = m;
    if (result.ok) {
        repo.markSent(m.id, at);
        after.status = QStringLiteral("sent");
        m_session.audit().append(QStringLiteral("mail.sent"), QStringLiteral("email_outbox"),
                                 QString::number(m.id), {}, describe(after));
        ++delivery.sent;
    } else {
        const bool giveUp = result.permanent() || m.attempts >= maxAttempts;
        repo.markFailed(m.id, result.error, giveUp ? QDateTime() : nextAttempt(m.attempts, at));
        if (giveUp) {
            after.status = QStringLiteral("failed");
            QJsonObject json = describe(after);
            json.insert(QStringLiteral("error"), result.error);
            m_session.audit().append(QStringLiteral("mail.failed"), QStringLiteral("email_outbox"),
                                     QString::number(m.id), {}, json);
            ++delivery.failed;
        } else {
            ++delivery.retrying;
        }
        delivery.problems << QStringLiteral("#%1 %2: %3")
                                 .arg(m.id)
                                 .arg(m.recipients.join(QStringLiteral(", ")), result.error);
    }
    tx.commit();
}

void OutboxService::retry(qint64 id)
{
    m_session.require(Permission::Billing, tr("send e-mail"));
    OutboxRepository repo(m_session.db());
    Transaction tx(m_session.db());
    const std::optional<OutboxMessage> before = repo.find(id);
    if (!before)
        throw Error(tr("The outbox has no message #%1").arg(id));
    if (!repo.requeue(id, QDateTime::currentDateTimeUtc()))
        throw Error(tr("Message #%1 is %2, not failed: only a failed message is tried again")
                        .arg(id)
                        .arg(before->status));
    OutboxMessage after = *before;
    after.status = QStringLiteral("queued");
    after.attempts = 0;
    QJsonObject was = describe(*before);
    was.insert(QStringLiteral("error"), before->lastError);
    m_session.audit().append(QStringLiteral("mail.retry"), QStringLiteral("email_outbox"),
                             QString::number(id), was, describe(after));
    tx.commit();
}

std::vector<OutboxMessage> OutboxService::list(const QString &status, int limit)
{
    return OutboxRepository(m_session.db()).list(status, limit);
}

std::vector<OutboxMessage> OutboxService::forDocument(const QString &kind, qint64 id)
{
    return OutboxRepository(m_session.db()).forDocument(kind, id);
}

std::optional<OutboxMessage> OutboxService::find(qint64 id)
{
    return OutboxRepository(m_session.db()).find(id);
}

QDateTime OutboxService::lastSent(const QString &kind, qint64 id)
{
    QDateTime last;
    for (const OutboxMessage &m : forDocument(kind, id))
        if (m.status == QLatin1String("sent") && (!last.isValid() || m.sentAt > last))
            last = m.sentAt;
    return last;
}

QString OutboxService::documentName(const OutboxMessage &m)
{
    if (m.documentKind.isEmpty())
        return {};
    try {
        if (m.documentKind == QLatin1String("invoice"))
            return tr("Invoice %1").arg(InvoiceService(m_session).load(m.documentId).number);
        if (m.documentKind == QLatin1String("reminder")) // a dunning step's, for the invoice
            return tr("Reminder for %1").arg(InvoiceService(m_session).load(m.documentId).number);
        if (m.documentKind == QLatin1String("credit_note"))
            return tr("Credit note %1").arg(CreditNoteService(m_session).load(m.documentId).number);
        if (m.documentKind == QLatin1String("receipt"))
            if (const auto receipt = ReceiptService(m_session).byId(m.documentId))
                return tr("Receipt %1").arg(receipt->number);
    } catch (const Error &) {
        // Gone from the book: named by kind and id below.
    }
    return QStringLiteral("%1 #%2").arg(m.documentKind).arg(m.documentId);
}

void OutboxService::writeEml(const QByteArray &message, const QString &path)
{
    OutputFile out(path);
    if (out.device()->write(message) != message.size())
        throw Error(tr("Cannot write %1: %2").arg(path, out.device()->errorString()));
    out.commit();
}

} // namespace Accrue
