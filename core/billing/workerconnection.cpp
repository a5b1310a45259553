#include "billing/workerconnection.h"

#include "storage/database.h"

#include <QMutex>
#include <QSet>
#include <QThreadPool>

namespace Accrue {

namespace {
QMutex mutex;
QSet<Database *> running;
bool stopping = false;
} // namespace

BackgroundTasks::Registration::Registration(Database &db)
    : m_db(&db)
{
    QMutexLocker lock(&mutex);
    if (stopping) {
        m_db = nullptr;
        return;
    }
    running.insert(m_db);
}

BackgroundTasks::Registration::~Registration()
{
    if (!m_db)
        return;
    QMutexLocker lock(&mutex);
    running.remove(m_db);
}

BookAccess accessOf(const Database &db)
{
    return { db.location(), db.tenantScope() };
}

WorkerConnection::WorkerConnection(const BookAccess &access)
    : m_db(Database::open(access.location, Database::OpenMode::MustExist))
    , m_registration(std::make_unique<BackgroundTasks::Registration>(*m_db))
{
    m_db->setTenantScope(access.scope);
}

WorkerConnection::~WorkerConnection()
{
    m_registration.reset(); // before the connection it names goes
}

void BackgroundTasks::stopAll()
{
    {
        QMutexLocker lock(&mutex);
        stopping = true;
        // Under the lock: a registered connection cannot go away meanwhile.
        for (Database *db : std::as_const(running))
            db->interrupt();
    }
    QThreadPool::globalInstance()->waitForDone();
    QMutexLocker lock(&mutex);
    stopping = false;
}

} // namespace Accrue
