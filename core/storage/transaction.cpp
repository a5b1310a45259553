#include "storage/transaction.h"

#include "storage/database.h"

namespace Accrue {

Transaction::Transaction(Database &db)
    : m_db(db)
{
    m_db.begin();
}

Transaction::~Transaction()
{
    if (!m_done)
        m_db.rollback();
}

void Transaction::commit()
{
    m_done = true;
    m_db.commit();
}

ReadSnapshot::ReadSnapshot(Database &db)
    : m_db(db)
{
    // Inside a unit of work the caller's transaction is the snapshot.
    if (m_db.inTransaction())
        return;
    // SQLite (WAL): a deferred transaction reads one snapshot from its first
    // read; PostgreSQL: REPEATABLE READ keeps the first statement's snapshot.
    m_db.execute(m_db.dialect() == Database::Dialect::Sqlite
                     ? QStringLiteral("BEGIN")
                     : QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"));
    m_open = true;
}

ReadSnapshot::~ReadSnapshot()
{
    if (!m_open)
        return;
    try {
        m_db.execute(QStringLiteral("COMMIT"));
    } catch (...) {
        // Nothing was written: a failed end of a read leaves nothing behind.
    }
}

} // namespace Accrue
