#pragma once

#include "domain/tenant.h"

#include <QString>
#include <QtGlobal>
#include <memory>

namespace Accrue {

class Database;

// The work running on pool threads, each on its own connection to the book.
// stopAll() interrupts their statements and waits for every thread, so that
// nothing still runs SQL when the window and the book close (on a large book
// a query outlived the app and crashed it on exit).
class BackgroundTasks final
{
public:
    class Registration final
    {
    public:
        explicit Registration(Database &db);
        ~Registration();
        Q_DISABLE_COPY_MOVE(Registration)
        // False once stopAll() has begun: the work must not start.
        explicit operator bool() const { return m_db != nullptr; }

    private:
        Database *m_db;
    };

    static void stopAll();
};

// What a worker needs to open its own connection to the book behind an open
// one: where it is, and the user's tenant scope (on SQLite core filters by
// the connection's scope, so a worker without it would see the whole book).
struct BookAccess
{
    QString location;
    TenantScope scope;
};
BookAccess accessOf(const Database &db);

// A worker's own connection to the book (a QSqlDatabase connection belongs
// to one thread), registered so that stopAll() can interrupt its statement.
class WorkerConnection final
{
public:
    explicit WorkerConnection(const BookAccess &access); // throws Error
    ~WorkerConnection();
    Q_DISABLE_COPY_MOVE(WorkerConnection)
    Database &db() { return *m_db; }
    // False once stopAll() has begun: the work must not start.
    explicit operator bool() const { return bool(*m_registration); }

private:
    std::unique_ptr<Database> m_db;
    std::unique_ptr<BackgroundTasks::Registration> m_registration;
};

} // namespace Accrue
