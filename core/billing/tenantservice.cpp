#include "billing/tenantservice.h"

#include "billing/session.h"
#include "common/error.h"
#include "storage/customerrepository.h"
#include "storage/database.h"
#include "storage/tenantrepository.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Accrue {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Accrue::TenantService", text);
}

QJsonObject tenantJson(const Tenant &t)
{
    QJsonObject o { { QStringLiteral("kind"), tenantKindKey(t.kind) },
                    { QStringLiteral("name"), t.name },
                    { QStringLiteral("parent_id"), t.parentId } };
    if (t.customerId > 0)
        o.insert(QStringLiteral("customer_id"), t.customerId);
    return o;
}

// Partners hang under a distributor, customer tenants under a partner or a
// distributor; a customer tenant has nothing below it.
bool mayHold(TenantKind parent, TenantKind child)
{
    switch (child) {
    case TenantKind::Distributor:
        return false;
    case TenantKind::Partner:
        return parent == TenantKind::Distributor;
    case TenantKind::Customer:
        return parent != TenantKind::Customer;
    }
    return false;
}

} // namespace

TenantService::TenantService(Session &session)
    : m_session(session)
{
}

Tenant TenantService::add(TenantKind kind, qint64 parentId, const QString &name, qint64 customerId)
{
    m_session.require(Permission::Administer, tr("add tenants"));
    Tenant t;
    t.kind = kind;
    t.parentId = parentId;
    t.name = name.trimmed();
    t.customerId = kind == TenantKind::Customer ? customerId : 0;
    if (t.name.isEmpty())
        throw Error(tr("Tenant name: enter it"));
    if (t.name.size() > 200)
        throw Error(tr("Tenant name: at most 200 characters"));
    Database &db = m_session.db();
    TenantRepository tenants(db);
    const std::optional<Tenant> parent = tenants.find(parentId);
    if (!parent)
        throw Error(tr("There is no tenant %1").arg(parentId));
    m_session.requireTenant(parentId, tr("add tenants there"));
    if (!mayHold(parent->kind, kind))
        throw Error(tr("A %1 cannot hold a %2 tenant (distributor → partner → customer)")
                        .arg(tenantKindKey(parent->kind), tenantKindKey(kind)));
    Transaction tx(db);
    qint64 movedFrom = 0;
    if (kind == TenantKind::Customer) {
        if (customerId <= 0)
            throw Error(tr("A customer tenant names its customer (--customer CODE)"));
        m_session.requireCustomer(customerId, tr("give that customer a tenant"));
        if (const std::optional<Tenant> has = tenants.ofCustomer(customerId))
            throw Error(tr("That customer already has its tenant “%1”").arg(has->name));
        // It moves into its new tenant from wherever in the user's subtree
        // it was; the audit record says where.
        movedFrom = tenants.tenantOfCustomer(customerId);
    }
    tenants.insert(t);
    if (kind == TenantKind::Customer)
        tenants.setCustomerTenant(customerId, t.id);
    QJsonObject after = tenantJson(t);
    if (movedFrom > 0)
        after.insert(QStringLiteral("customer_was_in"), movedFrom);
    m_session.audit().append(QStringLiteral("tenant.add"), QStringLiteral("tenant"),
                             QString::number(t.id), {}, after);
    tx.commit();
    return t;
}

std::vector<Tenant> TenantService::subtree()
{
    m_session.require(Permission::Read, tr("list tenants"));
    return TenantRepository(m_session.db()).subtree(m_session.scope().tenantId);
}

Tenant TenantService::resolve(const QString &idOrName)
{
    TenantRepository tenants(m_session.db());
    bool isId = false;
    const qint64 id = idOrName.toLongLong(&isId);
    std::vector<Tenant> found;
    if (isId) {
        if (std::optional<Tenant> t = tenants.find(id))
            found.push_back(*t);
    } else {
        found = tenants.findByName(idOrName.trimmed());
    }
    std::erase_if(found, [&](const Tenant &t) {
        return !tenants.contains(m_session.scope().tenantId, t.id);
    });
    if (found.empty())
        throw Error(
            tr("There is no tenant “%1” in %2's tenant").arg(idOrName, m_session.userName()));
    if (found.size() > 1)
        throw Error(tr("%1 tenants are called “%2”; give its id").arg(found.size()).arg(idOrName));
    return found.front();
}

void TenantService::moveCustomer(qint64 customerId, qint64 tenantId)
{
    m_session.require(Permission::Administer, tr("move customers between tenants"));
    m_session.requireCustomer(customerId, tr("move that customer"));
    m_session.requireTenant(tenantId, tr("move customers there"));
    Database &db = m_session.db();
    TenantRepository tenants(db);
    const std::optional<Tenant> target = tenants.find(tenantId);
    if (!target || target->kind == TenantKind::Customer)
        throw Error(tr("A customer moves to a partner or a distributor, not to “%1”")
                        .arg(target ? target->name : QString::number(tenantId)));
    Transaction tx(db);
    CustomerRepository(db).lockForUpdate(customerId);
    const qint64 before = tenants.tenantOfCustomer(customerId);
    QJsonObject was { { QStringLiteral("tenant_id"), before } };
    QJsonObject now { { QStringLiteral("tenant_id"), tenantId } };
    if (const std::optional<Tenant> own = tenants.ofCustomer(customerId)) {
        // Its own tenant (and so its users) moves with it.
        was = { { QStringLiteral("parent_id"), own->parentId },
                { QStringLiteral("customer_tenant_id"), own->id } };
        now = { { QStringLiteral("parent_id"), tenantId },
                { QStringLiteral("customer_tenant_id"), own->id } };
        if (own->parentId == tenantId)
            return;
        tenants.reparent(own->id, tenantId);
    } else {
        if (before == tenantId)
            return;
        tenants.setCustomerTenant(customerId, tenantId);
    }
    m_session.audit().append(QStringLiteral("customer.move"), QStringLiteral("customer"),
                             QString::number(customerId), was, now);
    tx.commit();
}

} // namespace Accrue
