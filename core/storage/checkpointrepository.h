#pragma once

#include <QString>
#include <vector>

namespace Accrue {

class Database;

// The audit checkpoints a book has issued (schema 24, append-only) and the
// book's identity they name.
class CheckpointRepository final
{
public:
    struct Row
    {
        qint64 records = 0;
        QString head;
        QString at;
        QString book;
        QString mac; // empty: unsigned (no keychain when it was made)
        QString reason;
    };

    explicit CheckpointRepository(Database &db);

    // The book's identity (a UUID made by schema 24, kept in settings).
    QString bookId();
    void insert(const Row &row);
    std::vector<Row> all(); // oldest first

private:
    Database &m_db;
};

} // namespace Accrue
