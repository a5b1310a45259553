#pragma once

#include <QtGlobal>

namespace Accrue {

class Database;

// A unit of work by scope: begins on construction, rolls back on destruction
// unless commit() was called. Everything that belongs together (an invoice,
// its journal entry and its audit record) goes into one Transaction.
class Transaction final
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Q_DISABLE_COPY_MOVE(Transaction)

    void commit();

private:
    Database &m_db;
    bool m_done = false;
};

// Reads that must see one state of the book while others write (audit
// verify's passes over many tables): a read-only snapshot, without the write
// lock a Transaction takes on SQLite. Nothing may be written meanwhile.
class ReadSnapshot final
{
public:
    explicit ReadSnapshot(Database &db);
    ~ReadSnapshot();
    Q_DISABLE_COPY_MOVE(ReadSnapshot)

private:
    Database &m_db;
    bool m_open = false;
};

} // namespace Accrue
