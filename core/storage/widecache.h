#pragma once

#include <QtGlobal>

namespace Accrue {

class Database;

// While it lives, an SQLite connection keeps up to 1 GiB of pages (taken
// as they are used) and its statement journals and sorts in memory. A
// transaction that rewrites rows all over a large table (the recognition
// run marks every due schedule row posted) then writes each page once at
// commit: with the default 2 MB cache it spills dirty pages to the WAL and
// copies each page into a statement journal file once per statement,
// hundreds of thousands of writes for a 100,000-invoice book. Restores the
// connection's settings on destruction. Nothing for PostgreSQL.
//
// Create it before the Transaction: SQLite refuses to move temporary
// storage while a transaction uses it, and then only the cache widens.
class WideCache final
{
public:
    explicit WideCache(Database &db);
    ~WideCache();
    Q_DISABLE_COPY_MOVE(WideCache)

private:
    Database &m_db;
    int m_cacheSize = 0; // 0: nothing to restore
    int m_tempStore = -1; // -1: not changed
};

} // namespace Accrue
