#pragma once

#include <QStringList>

namespace Accrue {

class Database;

// One atomic bulk load into a book (demo data, big imports). On SQLite it
// switches from WAL to a rollback journal with a large page cache (WAL is slow
// for one huge transaction), drops the secondary indexes of the tables being
// filled and rebuilds them before commit: sorting once beats updating B-trees
// row by row. All of it is one transaction: on failure nothing is kept.
class BulkLoad final
{
public:
    BulkLoad(Database &db, const QStringList &tables);
    ~BulkLoad();
    Q_DISABLE_COPY_MOVE(BulkLoad)

    void commit();

private:
    void restoreJournal();
    Database &m_db;
    QStringList m_indexSql;
    bool m_committed = false;
};

} // namespace Accrue
