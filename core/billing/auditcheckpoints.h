#pragma once

#include <QByteArray>
#include <QString>
#include <functional>
#include <optional>

namespace Accrue {

class Session;
class Database;

// A short signed line naming the audit chain's head, to keep outside the book
// (print it on the month-end report, mail it, file it):
//   accrue-audit-checkpoint 1 book=… records=1234 head=… at=…Z hmac-sha256=…
// A book that still extends the head it names was neither cut back nor
// rewritten since. The HMAC key is the book's own, kept in the OS keychain
// (never in the book): whoever can rewrite the book's file cannot sign a
// matching line without it.
struct AuditCheckpoint
{
    QString book;
    qint64 records = 0;
    QString head;
    QString at; // UTC, ISO 8601
    QString mac; // hex HMAC-SHA256 of the rest of the line; empty: unsigned

    QString line() const;
    QByteArray signedText() const;
    // The last checkpoint line in `text`; nullopt and `error` when none parses.
    static std::optional<AuditCheckpoint> parse(const QString &text, QString *error);
};

// What `audit verify --checkpoint` found.
struct CheckpointCheck
{
    bool ok = false;
    bool signatureChecked = false; // false: unsigned line, or no key here
    QString problem;
};

class AuditCheckpoints final
{
public:
    // The book's HMAC key; throws Error naming why there is none. `create`
    // makes and stores one when the keychain has none yet.
    using KeySource = std::function<QByteArray(const QString &book, bool create)>;

    // The OS keychain (SecretStore): entry "audit-checkpoint/<book id>".
    static KeySource keychain();

    explicit AuditCheckpoints(Session &session, KeySource keys = keychain());

    // Signs the chain's current head, keeps the checkpoint in the book and
    // audits it. Without a keychain the checkpoint is kept unsigned and
    // `warning` says so (a close must not fail for want of one).
    AuditCheckpoint make(const QString &reason, QString *warning = nullptr);
    // Whether this book still extends `checkpoint`: its signature, its book,
    // the record it names still there with the same hash.
    CheckpointCheck check(const AuditCheckpoint &checkpoint);

private:
    bool hasKey(const QString &book) const;

    Session &m_session;
    KeySource m_keys;
};

} // namespace Accrue
