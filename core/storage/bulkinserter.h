#pragma once

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringList>
#include <memory>

namespace Accrue {

class Database;

// Fast row-at-a-time INSERT for bulk loads (demo data, large imports) inside
// the caller's transaction. On SQLite it drives prepared sqlite3 statements
// directly, skipping QVariant boxing, and can send several rows per statement
// (rowsPerStatement), which saves most of SQLite's per-statement work; other
// dialects use a prepared QSqlQuery per row. Values are always bound, never
// spliced into SQL.
//
// With rowsPerStatement > 1 rows are held back until a statement is full:
// call flush() before anything reads them, and before parents' children go in.
class BulkInserter final
{
public:
    BulkInserter(Database &db, const QString &table, const QStringList &columns,
                 int rowsPerStatement = 1);
    ~BulkInserter();
    Q_DISABLE_COPY_MOVE(BulkInserter)

    BulkInserter &add(qint64 value);
    BulkInserter &add(int value) { return add(qint64(value)); }
    BulkInserter &add(const QString &value); // a null QString stores NULL
    BulkInserter &add(const QDate &value); // ISO text; invalid stores NULL
    BulkInserter &addNull();
    // A value as read from another book: null, an integer or text.
    BulkInserter &add(const QVariant &value);
    BulkInserter &addId(qint64 id) { return id > 0 ? add(id) : addNull(); }
    // Ends the row; it is written now or with the next full statement.
    void insertRow();
    // Writes rows held back. Throws Error on failure.
    void flush();

    // The first id a bulk load may use for `table` (max(id) + 1).
    static qint64 nextId(Database &db, const QString &table);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace Accrue
