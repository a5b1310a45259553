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
    QString prevHash;
    QString hash;

    static QString genesisHash();
    // SHA-256 (hex) over the length-prefixed fields: unambiguous, so no two
    // different records can be made to hash the same by moving text between fields.
    QString computeHash() const;
};

} // namespace Accrue
