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

} // namespace Accrue
