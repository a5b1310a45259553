#pragma once

#include "domain/tenant.h"

#include <QString>
#include <vector>

namespace Accrue {

class Session;

// The tenant tree as its admins manage it: sub-tenants below their own,
// customers moved between partners. Each change is one transaction with an
// audit record; every tenant and customer named must lie in the user's
// subtree.
class TenantService final
{
public:
    explicit TenantService(Session &session);

    // A partner (under a distributor) or a customer tenant (under a partner
    // or a distributor) tied to `customerId`, which then belongs to it.
    Tenant add(TenantKind kind, qint64 parentId, const QString &name, qint64 customerId = 0);
    // The user's tenant and everything below it, depth first.
    std::vector<Tenant> subtree();
    // A tenant of the user's subtree by id or by name (a name must be
    // unique there); throws Error naming what was not found.
    Tenant resolve(const QString &idOrName);
    // The customer (with its customer tenant, if it has one) now belongs to
    // `tenantId`, a partner or a distributor. Its documents stay as they
    // are; who sees them follows the customer.
    void moveCustomer(qint64 customerId, qint64 tenantId);

private:
    Session &m_session;
};

} // namespace Accrue
