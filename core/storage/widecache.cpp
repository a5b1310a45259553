#include "storage/widecache.h"

#include "common/error.h"
#include "storage/database.h"
#include "storage/sqlquery.h"

namespace Accrue {

WideCache::WideCache(Database &db)
    : m_db(db)
{
    if (db.dialect() != Database::Dialect::Sqlite)
        return;
    const int cacheSize = db.query(QStringLiteral("PRAGMA cache_size")).scalar().toInt();
    const int tempStore = db.query(QStringLiteral("PRAGMA temp_store")).scalar().toInt();
    db.execute(QStringLiteral("PRAGMA cache_size=-1048576")); // KiB: 1 GiB at most
    m_cacheSize = cacheSize;
    try {
        db.execute(QStringLiteral("PRAGMA temp_store=MEMORY"));
        m_tempStore = tempStore;
    } catch (const Error &) {
        // Inside a transaction that already uses temporary storage: the
        // wider cache alone still saves most of the writes.
    }
}

WideCache::~WideCache()
{
    if (m_cacheSize == 0)
        return;
    try {
        // Numbers read from SQLite itself, never input.
        m_db.execute(QStringLiteral("PRAGMA cache_size=%1").arg(m_cacheSize));
        if (m_tempStore >= 0)
            m_db.execute(QStringLiteral("PRAGMA temp_store=%1").arg(m_tempStore));
    } catch (const Error &) {
        // Only cache settings: the work's outcome stands, and the
        // connection works on with more memory than it needs.
    }
}

} // namespace Accrue
