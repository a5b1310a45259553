#pragma once

#include "domain/role.h"
#include "domain/tenant.h"

#include <QString>
#include <optional>
#include <vector>

namespace Accrue {

class Database;

// The tenant tree and its closure table (tenant_path: every ancestor of each
// tenant, itself at depth 0), which this class alone keeps: adding a tenant
// adds its ancestors' rows, moving a leaf replaces them. Also where users
// and customers sit in the tree. Reads here are not narrowed by the
// connection's scope: the services check the scope before they call.
class TenantRepository final
{
public:
    explicit TenantRepository(Database &db);

    // The default distributor (the tree's root).
    qint64 rootId();
    std::optional<Tenant> find(qint64 id);
    // Names need not be unique across the tree: every match, by id.
    std::vector<Tenant> findByName(const QString &name);
    // The customer tenant tied to this customer, if it has one.
    std::optional<Tenant> ofCustomer(qint64 customerId);
    qint64 insert(Tenant &tenant);
    // A leaf (a customer tenant) under another parent; its path follows.
    void reparent(qint64 tenantId, qint64 parentId);
    // The tenant and everything below it, depth first (children by name),
    // depth counted from `tenantId`.
    std::vector<Tenant> subtree(qint64 tenantId);
    bool contains(qint64 ancestorId, qint64 tenantId);
    bool customerWithin(qint64 ancestorId, qint64 customerId);
    // customer.tenant_id, read whatever the scope (0 when no such customer).
    qint64 tenantOfCustomer(qint64 customerId);
    void setCustomerTenant(qint64 customerId, qint64 tenantId);

    // Throws Error (Kind::PermissionDenied) when the connection's user is
    // below the root: `what` ("the general ledger") is the book owner's
    // accounting record, with lines of every customer and none.
    void requireWholeBook(const QString &what);

    // The user's tenant (app_user; not listed: the root) and what it sees.
    qint64 tenantOfUser(const QString &user);
    TenantScope scopeOf(const QString &user);
    // Records the user in app_user with its tenant. On PostgreSQL the role
    // there is a note only (the server's group roles decide); the row-level
    // security policies read the tenant from it.
    void setUserTenant(const QString &user, Role role, qint64 tenantId);

private:
    Database &m_db;
};

} // namespace Accrue
