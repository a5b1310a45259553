#pragma once

#include <QDate>
#include <QString>
#include <QStringList>
#include <memory>

namespace Accrue {

class Database;
class SqlQuery;

// Fast row-at-a-time INSERT for bulk loads (demo data, large imports) inside
// the caller's transaction. On SQLite it drives one prepared sqlite3 statement
// directly, skipping QVariant boxing (about twice as fast); elsewhere it falls
// back to a prepared QSqlQuery. Values are always bound, never spliced into SQL.
class BulkInserter final
{
public:
    BulkInserter(Database &db, const QString &table, const QStringList &columns);
    ~BulkInserter();
    Q_DISABLE_COPY_MOVE(BulkInserter)

    BulkInserter &add(qint64 value);
    BulkInserter &add(int value) { return add(qint64(value)); }
    BulkInserter &add(const QString &value); // a null QString stores NULL
    BulkInserter &add(const QDate &value); // ISO text; invalid stores NULL
    BulkInserter &addNull();
    BulkInserter &addId(qint64 id) { return id > 0 ? add(id) : addNull(); }
    // Inserts the row bound so far. Throws Error on failure.
    void insertRow();

    // The first id a bulk load may use for `table` (max(id) + 1).
    static qint64 nextId(Database &db, const QString &table);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace Accrue
