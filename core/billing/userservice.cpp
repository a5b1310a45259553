#include "billing/userservice.h"

#include "billing/session.h"
#include "common/error.h"
#include "storage/database.h"
#include "storage/tenantrepository.h"
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
    std::vector<BookUser> users = UserRepository(m_session.db()).list();
    if (!m_session.scope().isRestricted())
        return users;
    TenantRepository tenants(m_session.db());
    const qint64 root = tenants.rootId();
    std::erase_if(users, [&](const BookUser &u) {
        return !tenants.contains(m_session.scope().tenantId, u.tenantId > 0 ? u.tenantId : root);
    });
    return users;
}

void UserService::requireReach(UserRepository &users, const QString &user) const
{
    if (!m_session.scope().isRestricted())
        return;
    for (const BookUser &u : users.list())
        if (u.name == user)
            m_session.requireTenant(TenantRepository(m_session.db()).tenantOfUser(user),
                                    tr("manage %1").arg(user));
}

void UserService::setRole(const QString &user, Role role, const QString &password, qint64 tenantId)
{
    m_session.require(Permission::Administer, tr("manage users"));
    Database &db = m_session.db();
    UserRepository users(db);
    requireReach(users, user);
    // A partner's admin adds users to its own tenant unless told otherwise.
    if (tenantId <= 0 && m_session.scope().isRestricted())
        tenantId = m_session.scope().tenantId;
    if (tenantId > 0)
        m_session.requireTenant(tenantId, tr("add users there"));
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
    // A customer tenant's users get the customer roles on the server, and
    // app_user keeps their Admin or Finance role (the server's group does
    // not tell them apart).
    TenantRepository tenants(db);
    const qint64 target = tenantId > 0 ? tenantId : tenants.tenantOfUser(user);
    const std::optional<Tenant> tenant = tenants.find(target);
    const bool customer = tenant && tenant->kind == TenantKind::Customer;
    users.setRole(user, role, password, customer);
    QJsonObject after { { QStringLiteral("role"), roleKey(role) },
                        { QStringLiteral("password_changed"), !password.isEmpty() } };
    if (tenantId > 0 || customer) {
        tenants.setUserTenant(user, role, target);
        after.insert(QStringLiteral("tenant_id"), target);
    }
    m_session.audit().append(QStringLiteral("user.role"), QStringLiteral("user"), user,
                             QJsonObject { { QStringLiteral("role"), roleKey(before) } }, after);
    tx.commit();
}

void UserService::remove(const QString &user)
{
    m_session.require(Permission::Administer, tr("manage users"));
    Database &db = m_session.db();
    UserRepository users(db);
    requireReach(users, user);
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
