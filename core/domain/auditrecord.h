#pragma once

#include <QByteArray>
#include <QString>

namespace Accrue {

// One line of the append-only audit trail. Each record's hash covers its own
// fields and the previous record's hash, so editing, deleting or reordering
// any stored row breaks the chain from that row on.
struct AuditRecord
{
    qint64 seq = 0;
    QString at; // ISO-8601 UTC with milliseconds
    QString userName;
    QString action; // invoice.issue, payment.record, ...
    QString entity; // invoice, payment, customer, ...
    QString entityId;
    QString beforeJson; // compact JSON, empty for creations
    QString afterJson; // compact JSON, empty for deletions
    // The OS login of whoever ran the app (schema 20, SQLite books): on a
    // file the user name is only what the app was told, the login is what
    // the machine knew. Empty (NULL) in older records and on PostgreSQL,
    // where the server authenticated userName itself.
    QString osUser;
    QString prevHash;
    QString hash;

    static QString genesisHash();
    // SHA-256 (hex) over the length-prefixed fields: unambiguous, so no two
    // different records can be made to hash the same by moving text between fields.
    // osUser is hashed only when present, after the others: records written
    // before schema 20 hash exactly as they did and keep verifying, while a
    // record's OS login can be neither edited nor dropped (nor one added to
    // an older record) without its hash failing.
    QString computeHash() const;
};

} // namespace Accrue
