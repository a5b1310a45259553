#include "storage/bulkload.h"

#include "common/error.h"
#include "storage/database.h"
#include "storage/sqlquery.h"

namespace Accrue {

BulkLoad::BulkLoad(Database &db, const QStringList &tables)
    : m_db(db)
{
    const bool sqlite = db.dialect() == Database::Dialect::Sqlite;
    if (sqlite) {
        db.execute(QStringLiteral("PRAGMA journal_mode=DELETE"));
        db.execute(QStringLiteral("PRAGMA cache_size=-262144")); // 256 MiB
    }
    db.begin();
    if (!sqlite)
        return;
    try {
        QStringList names;
        for (const QString &table : tables) {
            SqlQuery q = db.query(QStringLiteral(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
                "AND sql IS NOT NULL"));
            q.bind(table).exec();
            while (q.next()) {
                names << q.text(0);
                m_indexSql << q.text(1);
            }
        }
        for (const QString &name : names) // names come from the schema, not from input
            db.execute(QStringLiteral("DROP INDEX \"%1\"").arg(name));
    } catch (...) {
        db.rollback();
        restoreJournal();
        throw;
    }
}

BulkLoad::~BulkLoad()
{
    if (!m_committed) {
        m_db.rollback();
        restoreJournal();
    }
}

void BulkLoad::commit()
{
    for (const QString &sql : m_indexSql)
        m_db.execute(sql);
    m_committed = true;
    try {
        m_db.commit();
    } catch (...) {
        restoreJournal();
        throw;
    }
    restoreJournal();
}

void BulkLoad::restoreJournal()
{
    if (m_db.dialect() != Database::Dialect::Sqlite)
        return;
    try {
        m_db.execute(QStringLiteral("PRAGMA cache_size=-2000"));
        m_db.execute(QStringLiteral("PRAGMA journal_mode=WAL"));
    } catch (const Error &) {
        // Still a consistent book in rollback-journal mode; WAL returns on the next open.
    }
}

} // namespace Accrue
