#pragma once

// A user of a test book on a connection of its own, for the tenant and
// self-service suites: on PostgreSQL its own login (named uniquely: roles are
// cluster-wide), on SQLite an app_user row.

#include "billing/session.h"
#include "billing/userservice.h"
#include "storage/database.h"
#include "testbook.h"

#include <QCoreApplication>
#include <QUrl>
#include <memory>

namespace Accrue::Testing {

struct Member
{
    QString name;
    std::unique_ptr<Database> db;
    std::unique_ptr<Session> session;
};

inline QString uniqueName(const char *stem)
{
    static int n = 0;
    return QStringLiteral("%1_%2_%3")
        .arg(QLatin1String(stem))
        .arg(QCoreApplication::applicationPid())
        .arg(++n);
}

// Registers the user in `tenantId` with `role` (as the book's owner) and
// opens the book as it, with today 2026-06-30.
inline Member join(TestBook &book, const char *stem, Role role, qint64 tenantId)
{
    const bool server = TestDatabase::onPostgres();
    Member m;
    m.name = server ? uniqueName(stem) : QString::fromLatin1(stem);
    UserService(book.session()).setRole(m.name, role, {}, tenantId);
    QString location = book.path();
    if (server) {
        QUrl url(location);
        url.setUserName(m.name);
        location = url.toString();
    }
    m.db = Database::open(location, Database::OpenMode::MustExist);
    m.db->checkSchema();
    m.session = std::make_unique<Session>(*m.db, m.name);
    m.session->setToday(QDate(2026, 6, 30));
    return m;
}

} // namespace Accrue::Testing
