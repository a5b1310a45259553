#pragma once

#include <QDateTime>
#include <QString>

namespace Accrue {

// Which audit records the Audit Log viewer lists. Empty fields do not
// filter. `from` and `until` are instants (the viewer turns the user's local
// days into them): records at or after `from` and before `until`.
struct AuditListFilter
{
    QString userName; // exactly this user
    QString entity; // invoice, payment, customer, ...
    QString entityId; // one record of that entity (or of any, without one)
    QDateTime from;
    QDateTime until;
    QString search; // part of the action, record id, user or the before/after JSON
    bool oldestFirst = false; // newest first by default
};

// One audit record as the viewer lists it (no hashes: verifying is
// AuditLog's). `id` is the record's sequence number, where pages seek from.
struct AuditListRow
{
    qint64 id = 0;
    QString at; // ISO-8601 UTC with milliseconds, as stored
    QString userName;
    QString osUser; // empty before schema 20 and on PostgreSQL
    QString action;
    QString entity;
    QString entityId;
    QString beforeJson;
    QString afterJson;
};

} // namespace Accrue
