#include "billing/userservice.h"

#include "billing/session.h"
#include "common/error.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Accrue {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Accrue::UserService", text);
}
} // namespace

void UserService::keepAnAdmin(UserRepository &users, const QString &leaving)
{
    // On PostgreSQL the schema's owner stays Admin whatever the list says.
    const std::vector<BookUser> listed = users.list();
    if (listed.empty())
        return;
    for (const BookUser &u : listed)
        if (u.role == Role::Admin && u.name != leaving)
            return;
    throw Error(tr("%1 is the book's last Admin; make someone else Admin first").arg(leaving));
}

UserService::UserService(Session &session)
    : m_session(session)
{
}

std::vector<BookUser> UserService::list()
{
    return UserRepository(m_session.db()).list();
}

void UserService::setRole(const QString &user, Role role, const QString &password)
{
    m_session.require(Permission::Administer, tr("manage users"));
    Database &db = m_session.db();
    UserRepository users(db);
    const Role before = users.roleOf(user);
    // Role changes on PostgreSQL are catalogue changes; they commit with the
    // audit record or not at all.
    Transaction tx(db);
    if (db.dialect() == Database::Dialect::Sqlite) {
        // The first entry turns an owner-less file into a listed one: list
        // the admin doing it too, or they would lock themselves out.
        if (users.list().empty() && user != m_session.userName())
            users.setRole(m_session.userName(), Role::Admin);
        if (role != Role::Admin)
            keepAnAdmin(users, user);
    }
    users.setRole(user, role, password);
    m_session.audit().append(
        QStringLiteral("user.role"), QStringLiteral("user"), user,
        QJsonObject { { QStringLiteral("role"), roleKey(before) } },
        QJsonObject { { QStringLiteral("role"), roleKey(role) },
                      { QStringLiteral("password_changed"), !password.isEmpty() } });
    tx.commit();
}

void UserService::remove(const QString &user)
{
    m_session.require(Permission::Administer, tr("manage users"));
    Database &db = m_session.db();
    UserRepository users(db);
    const Role before = users.roleOf(user);
    Transaction tx(db);
    if (db.dialect() == Database::Dialect::Sqlite)
        keepAnAdmin(users, user);
    users.remove(user);
    m_session.audit().append(QStringLiteral("user.remove"), QStringLiteral("user"), user,
                             QJsonObject { { QStringLiteral("role"), roleKey(before) } }, {});
    tx.commit();
}

} // namespace Accrue
