#pragma once

#include <QString>
#include <QVariant>

namespace Accrue {

class Database;

// Optimistic locking for rows people edit (drafts, customers, settings):
// each has a version that every UPDATE checks and bumps, and records who
// changed it last and when. An edit made on a stale copy changes nothing and
// gets this error instead of overwriting someone else's work.
class RowVersion final
{
public:
    // Throws Error (Kind::Conflict): "<what> was changed by X at T; reload it
    // and make your change again" (or "…was deleted…"). `table` and
    // `keyColumn` are schema names, never input.
    [[noreturn]] static void throwStale(Database &db, const QString &table,
                                        const QString &keyColumn, const QVariant &key,
                                        const QString &what);
    // Now, as stored in updated_at (ISO 8601 UTC).
    static QString now();
};

} // namespace Accrue
