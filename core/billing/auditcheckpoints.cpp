#include "billing/auditcheckpoints.h"

#include "billing/session.h"
#include "common/error.h"
#include "security/secretstore.h"
#include "storage/auditrepository.h"
#include "storage/checkpointrepository.h"
#include "storage/database.h"
#include "storage/proofrepository.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace Accrue {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Accrue::AuditCheckpoints", text);
}

const QString magic = QStringLiteral("accrue-audit-checkpoint");

QString macOf(const QByteArray &key, const QByteArray &text)
{
    return QString::fromLatin1(
        QMessageAuthenticationCode::hash(text, key, QCryptographicHash::Sha256).toHex());
}

} // namespace

QByteArray AuditCheckpoint::signedText() const
{
    return QStringLiteral("%1 1 book=%2 records=%3 head=%4 at=%5")
        .arg(magic, book)
        .arg(records)
        .arg(head, at)
        .toUtf8();
}

QString AuditCheckpoint::line() const
{
    return QString::fromUtf8(signedText()) + QStringLiteral(" hmac-sha256=")
        + (mac.isEmpty() ? QStringLiteral("unsigned") : mac);
}

std::optional<AuditCheckpoint> AuditCheckpoint::parse(const QString &text, QString *error)
{
    static const QRegularExpression pattern(
        QStringLiteral("^accrue-audit-checkpoint 1 book=(\\S+) records=(\\d+) head=([0-9a-f]+) "
                       "at=(\\S+) hmac-sha256=([0-9a-f]+|unsigned)$"));
    const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
    for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
        const QRegularExpressionMatch m = pattern.match(it->trimmed());
        if (!m.hasMatch())
            continue;
        AuditCheckpoint c;
        c.book = m.captured(1);
        c.records = m.captured(2).toLongLong();
        c.head = m.captured(3);
        c.at = m.captured(4);
        c.mac = m.captured(5) == QLatin1String("unsigned") ? QString() : m.captured(5);
        return c;
    }
    if (error)
        *error = tr("no checkpoint line (accrue-audit-checkpoint 1 book=… records=… head=… "
                    "at=… hmac-sha256=…) in it");
    return std::nullopt;
}

AuditCheckpoints::KeySource AuditCheckpoints::keychain()
{
    return [](const QString &book, bool create) {
        const QString entry = QStringLiteral("audit-checkpoint/") + book;
        SecretStore store(std::chrono::seconds(30));
        const SecretStore::Result read = store.read(entry);
        if (read.ok && !read.password.isEmpty())
            return QByteArray::fromBase64(read.password.toLatin1());
        if (read.keychainUnavailable)
            throw Error(tr("there is no OS keychain to keep the checkpoint key in"), read.error);
        // Only a keychain that answered "no such entry" gets a new key: a
        // locked or slow one must not see the book's key replaced.
        if (!read.notFound)
            throw Error(tr("the keychain could not be read for the checkpoint key"), read.error);
        if (!create)
            throw Error(tr("this keychain holds no checkpoint key for book %1 (checkpoints are "
                           "signed with the key of the keychain that made them)")
                            .arg(book),
                        read.error);
        QByteArray key(32, Qt::Uninitialized);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(key.data()),
                                              key.size() / int(sizeof(quint32)));
        const SecretStore::Result written = store.write(entry, QString::fromLatin1(key.toBase64()));
        if (!written.ok)
            throw Error(tr("the checkpoint key could not be stored in the keychain"),
                        written.error);
        return key;
    };
}

AuditCheckpoints::AuditCheckpoints(Session &session, KeySource keys)
    : m_session(session)
    , m_keys(std::move(keys))
{
}

AuditCheckpoint AuditCheckpoints::make(const QString &reason, QString *warning)
{
    Database &db = m_session.db();
    m_session.requireWholeBook(tr("make audit checkpoints"));
    CheckpointRepository repo(db);
    AuditCheckpoint c;
    c.book = repo.bookId();
    // The key before the transaction: the keychain may ask the user.
    QByteArray key;
    try {
        key = m_keys(c.book, true);
    } catch (const Error &e) {
        if (!warning)
            throw;
        *warning = tr("The checkpoint is unsigned: %1").arg(e.userMessage());
    }
    Transaction tx(db);
    const AuditRepository::Head head = AuditRepository(db).lockHead();
    c.records = head.seq;
    c.head = head.hash;
    c.at = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    if (!key.isEmpty())
        c.mac = macOf(key, c.signedText());
    repo.insert({ c.records, c.head, c.at, c.book, c.mac, reason });
    m_session.audit().append(QStringLiteral("audit.checkpoint"), QStringLiteral("audit_log"),
                             QString::number(c.records), {},
                             QJsonObject { { QStringLiteral("head"), c.head },
                                           { QStringLiteral("reason"), reason },
                                           { QStringLiteral("signed"), !c.mac.isEmpty() } });
    tx.commit();
    return c;
}

bool AuditCheckpoints::hasKey(const QString &book) const
{
    try {
        return !m_keys(book, false).isEmpty();
    } catch (const Error &) {
        return false;
    }
}

CheckpointCheck AuditCheckpoints::check(const AuditCheckpoint &c)
{
    Database &db = m_session.db();
    CheckpointCheck out;
    const QString book = CheckpointRepository(db).bookId();
    if (c.book != book) {
        out.problem = tr("the checkpoint is of book %1; this is book %2").arg(c.book, book);
        return out;
    }
    if (!c.mac.isEmpty()) {
        const QByteArray key = m_keys(c.book, false);
        if (macOf(key, c.signedText()) != c.mac) {
            out.problem = tr("the checkpoint's signature does not match: the line was altered "
                             "or signed with another key");
            return out;
        }
        out.signatureChecked = true;
    } else if (hasKey(c.book)) {
        // This keychain signs this book's checkpoints: an unsigned line was
        // made elsewhere or had its signature taken off.
        out.problem = tr("the checkpoint is unsigned, but this keychain holds the book's "
                         "checkpoint key: the line was altered");
        return out;
    }
    const AuditRepository::Head head = AuditRepository(db).head();
    if (head.seq < c.records) {
        out.problem = tr("the trail holds %1 records but the checkpoint of %2 saw %3: records "
                         "at the end were removed")
                          .arg(head.seq)
                          .arg(c.at)
                          .arg(c.records);
        return out;
    }
    const QString hash
        = c.records == 0 ? AuditRecord::genesisHash() : ProofRepository(db).auditHashAt(c.records);
    if (hash != c.head) {
        out.problem = tr("record %1 is not the one the checkpoint of %2 saw: the trail was "
                         "rewritten")
                          .arg(c.records)
                          .arg(c.at);
        return out;
    }
    out.ok = true;
    return out;
}

} // namespace Accrue
