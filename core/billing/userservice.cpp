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
    users.remove(user);
    m_session.audit().append(QStringLiteral("user.remove"), QStringLiteral("user"), user,
                             QJsonObject { { QStringLiteral("role"), roleKey(before) } }, {});
    tx.commit();
}

} // namespace Accrue
