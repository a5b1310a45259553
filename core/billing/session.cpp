#include "billing/session.h"

#include "common/error.h"
#include "storage/database.h"
#include "storage/tenantrepository.h"
#include "storage/userrepository.h"

#include <QCoreApplication>

namespace Accrue {

Session::Session(Database &db, QString userName)
    : m_db(db)
    , m_userName(db.databaseUser().isEmpty() ? std::move(userName) : db.databaseUser())
    // On PostgreSQL the server authenticated the login it records, and the
    // client's OS login is only what the client says (the server cannot see
    // it; peer authentication aside, which the app cannot tell from here),
    // so it is left out (NULL) rather than recorded as if it were known.
    // On a file the OS login is the one fact the machine, not the user,
    // supplied: the audit keeps it beside the name the app was given.
    , m_osUser(db.dialect() == Database::Dialect::Sqlite ? AuditLog::currentUserName() : QString())
    , m_reference(std::make_unique<ReferenceData>(*this))
{
    // Books from before the tenant tree (schema 17) have one tenant: all.
    constexpr int tenantSchema = 17;
    if (db.schemaVersion() >= tenantSchema) {
        m_scope = TenantRepository(db).scopeOf(m_userName);
        db.setTenantScope(m_scope);
    }
}

bool Session::can(Permission permission) const
{
    if (permission == Permission::Billing && m_scope.kind == TenantKind::Customer)
        return false;
    // A customer's users take their own documents home (PDFs, the
    // statement), whatever their role: everything they reach is theirs.
    if (permission == Permission::Export && m_scope.kind == TenantKind::Customer)
        return true;
    return roleAllows(role(), permission);
}

void Session::requireCustomer(qint64 customerId, const QString &what) const
{
    if (!m_scope.isRestricted()
        || TenantRepository(m_db).customerWithin(m_scope.tenantId, customerId))
        return;
    throw Error(QCoreApplication::translate("Accrue::Session",
                                            "%1 may not %2: that customer is not in its tenant")
                    .arg(m_userName, what),
                {}, Error::Kind::PermissionDenied);
}

void Session::requireOwnAccount(qint64 customerId, const QString &what) const
{
    require(isCustomerUser() ? Permission::ManageOwnAccount : Permission::Billing, what);
    requireCustomer(customerId, what);
}

void Session::requireTenant(qint64 tenantId, const QString &what) const
{
    if (TenantRepository(m_db).contains(m_scope.tenantId, tenantId))
        return;
    throw Error(QCoreApplication::translate("Accrue::Session",
                                            "%1 may not %2: that tenant is not below its own")
                    .arg(m_userName, what),
                {}, Error::Kind::PermissionDenied);
}

void Session::checkUserName(Database &db, const QString &userName)
{
    if (db.dialect() != Database::Dialect::Sqlite)
        return;
    const QString login = AuditLog::currentUserName();
    const std::vector<BookUser> users = UserRepository(db).list();
    for (const BookUser &u : users)
        if (u.name == userName)
            return;
    if (users.empty() && userName == login)
        return;
    if (users.empty())
        throw Error(QCoreApplication::translate(
                        "Accrue::Session",
                        "%1 has no registered users, so it is worked on only as your OS "
                        "login (%2), not as “%3”; to work under other names, register them "
                        "first: accrue-cli user add NAME --role admin|finance|viewer")
                        .arg(db.displayName(), login, userName),
                    {}, Error::Kind::PermissionDenied);
    throw Error(QCoreApplication::translate(
                    "Accrue::Session",
                    "“%1” is not a registered user of %2; an Admin of the book adds users "
                    "with accrue-cli user add NAME --role admin|finance|viewer")
                    .arg(userName, db.displayName()),
                {}, Error::Kind::PermissionDenied);
}

void Session::requireWholeBook(const QString &what) const
{
    TenantRepository(m_db).requireWholeBook(what);
}

bool Session::isServerBook() const
{
    return m_db.dialect() == Database::Dialect::Postgres;
}

QString Session::bookLocation() const
{
    return m_db.location();
}

AuditLog Session::audit() const
{
    return AuditLog(m_db, m_userName, m_osUser,
                    [this](const AuditEvent &event) { recorded(event); });
}

void Session::addAuditListener(std::function<void(const AuditEvent &)> listener)
{
    m_auditListeners.push_back(std::move(listener));
}

void Session::recorded(const AuditEvent &event) const
{
    noteChange(event.entity);
    // By index: a listener may itself append records (and so come here).
    for (std::size_t i = 0; i < m_auditListeners.size(); ++i)
        m_auditListeners[i](event);
}

void Session::noteChange(const QString &entity) const
{
    m_reference->forget(entity);
    // One announcement per commit, with every area its records touched.
    const quint64 serial = m_db.transactionSerial();
    if (serial != m_pendingSerial) {
        m_pendingSerial = serial;
        m_pendingAreas = {};
        m_db.afterCommit([this] {
            m_changes->announce(std::exchange(m_pendingAreas, {}));
            // One message per commit: a billing run or a recognition run
            // into closed months tells the user once, a line per date.
            if (const QStringList notices = m_db.takeNotices(); !notices.isEmpty())
                m_changes->notify(notices.join(u'\n'));
        });
    }
    m_pendingAreas |= ChangeBus::areasOf(entity);
}

Role Session::role() const
{
    if (!m_role)
        m_role = UserRepository(m_db).roleOf(m_userName);
    return *m_role;
}

QString Session::roleName(Role role)
{
    switch (role) {
    case Role::Admin:
        return QCoreApplication::translate("Accrue::Session", "Admin");
    case Role::Finance:
        return QCoreApplication::translate("Accrue::Session", "Finance");
    case Role::Viewer:
        break;
    }
    return QCoreApplication::translate("Accrue::Session", "Viewer");
}

void Session::require(Permission permission, const QString &what) const
{
    if (can(permission))
        return;
    if (roleAllows(role(), permission))
        throw Error(
            QCoreApplication::translate("Accrue::Session", "%1 is a customer's user and may not %2")
                .arg(m_userName, what),
            {}, Error::Kind::PermissionDenied);
    throw Error(
        QCoreApplication::translate("Accrue::Session", "%1 works as %2 in this book and may not %3")
            .arg(m_userName, roleName(role()), what),
        {}, Error::Kind::PermissionDenied);
}

} // namespace Accrue
