#pragma once

#include <QString>
#include <QStringList>
#include <functional>
#include <vector>

namespace Accrue {

class Database;

// Moves a whole book from one database to another (SQLite ⇄ PostgreSQL, or
// file to file): every table in foreign-key order with its ids, in one
// transaction on the target, then proves the copy (rows and money sums per
// table, a balanced journal; BookTransfer adds the audit chain). The target must be a new
// book (migrated, nothing but the seeded chart of accounts in it); both must
// be at the same schema version.
class BookCopier final
{
public:
    struct TableCheck
    {
        QString table;
        qint64 rows = 0;
        QStringList sums; // "column=value" per money column, the same on both sides
    };
    struct Result
    {
        std::vector<TableCheck> tables;
        qint64 rows = 0;
    };

    BookCopier(Database &from, Database &to);
    // Progress: the table being copied and rows done so far in it.
    Result copy(const std::function<void(const QString &, qint64)> &progress = {});

    // Every table of the current schema, parents before children.
    static const QStringList &tables();

private:
    void checkTarget();
    qint64 copyTable(const QString &table,
                     const std::function<void(const QString &, qint64)> &progress);
    Result verify();

    Database &m_from;
    Database &m_to;
};

} // namespace Accrue
