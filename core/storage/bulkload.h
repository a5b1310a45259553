#pragma once

#include <QStringList>

namespace Accrue {

class Database;

// One atomic bulk load into a book (demo data, big imports). On SQLite it
// switches from WAL to a rollback journal with a large page cache (WAL is slow
// for one huge transaction), drops the secondary indexes and the guard
// triggers of the tables being filled and recreates them before commit:
// sorting once beats updating B-trees row by row, and a trigger program per
// row costs more than the row. The load holds the only write lock meanwhile,
// and the loader writes rows that are consistent by construction (the demo
// books through the same PostingRules). All of it is one transaction: on
// failure nothing is kept.
class BulkLoad final
{
public:
    // Relaxed skips fsync until commit: only for loads into a new, empty book
    // (a crash mid-load then loses nothing that was there before).
    enum class Durability { Full, Relaxed };

    BulkLoad(Database &db, const QStringList &tables, Durability durability = Durability::Full);
    ~BulkLoad();
    Q_DISABLE_COPY_MOVE(BulkLoad)

    void commit();

private:
    void restoreJournal();
    Database &m_db;
    QStringList m_tables;
    QStringList m_schemaSql; // indexes and triggers to recreate
    bool m_committed = false;
};

} // namespace Accrue
