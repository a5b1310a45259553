#include "storage/tenantrepository.h"

#include "common/error.h"
#include "storage/database.h"
#include "storage/sqlquery.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <algorithm>

namespace Accrue {

namespace {

const QString selectTenants = QStringLiteral(
    "SELECT t.id, t.kind, COALESCE(t.parent_id, 0), t.name, COALESCE(t.customer_id, 0) "
    "FROM tenant t");

Tenant readTenant(const SqlQuery &q)
{
    Tenant t;
    t.id = q.int64(0);
    t.kind = tenantKindFromKey(q.text(1)).value_or(TenantKind::Partner);
    t.parentId = q.int64(2);
    t.name = q.text(3);
    t.customerId = q.int64(4);
    return t;
}

} // namespace

TenantRepository::TenantRepository(Database &db)
    : m_db(db)
{
}

qint64 TenantRepository::rootId()
{
    return m_db.query(QStringLiteral("SELECT MIN(id) FROM tenant WHERE parent_id IS NULL"))
        .scalar()
        .toLongLong();
}

std::optional<Tenant> TenantRepository::find(qint64 id)
{
    SqlQuery q = m_db.query(selectTenants + QStringLiteral(" WHERE t.id = ?"));
    q.bind(id).exec();
    if (!q.next())
        return std::nullopt;
    return readTenant(q);
}

std::vector<Tenant> TenantRepository::findByName(const QString &name)
{
    SqlQuery q = m_db.query(selectTenants + QStringLiteral(" WHERE t.name = ? ORDER BY t.id"));
    q.bind(name).exec();
    std::vector<Tenant> out;
    while (q.next())
        out.push_back(readTenant(q));
    return out;
}

std::optional<Tenant> TenantRepository::ofCustomer(qint64 customerId)
{
    SqlQuery q = m_db.query(selectTenants + QStringLiteral(" WHERE t.customer_id = ?"));
    q.bind(customerId).exec();
    if (!q.next())
        return std::nullopt;
    return readTenant(q);
}

qint64 TenantRepository::insert(Tenant &tenant)
{
    tenant.id = m_db.query(QStringLiteral("INSERT INTO tenant (kind, parent_id, name, customer_id) "
                                          "VALUES (?, ?, ?, ?) RETURNING id"))
                    .bindAll(tenantKindKey(tenant.kind))
                    .bindNullable(tenant.parentId)
                    .bind(tenant.name)
                    .bindNullable(tenant.customerId)
                    .scalar()
                    .toLongLong();
    // Itself at depth 0, then every ancestor of the parent one level further.
    m_db.query(QStringLiteral("INSERT INTO tenant_path (ancestor_id, descendant_id, depth) "
                              "VALUES (?, ?, 0)"))
        .bindAll(tenant.id, tenant.id)
        .exec();
    m_db.query(QStringLiteral("INSERT INTO tenant_path (ancestor_id, descendant_id, depth) "
                              "SELECT ancestor_id, ?, depth + 1 FROM tenant_path "
                              "WHERE descendant_id = ?"))
        .bindAll(tenant.id, tenant.parentId)
        .exec();
    return tenant.id;
}

void TenantRepository::reparent(qint64 tenantId, qint64 parentId)
{
    // Only leaves move (customer tenants), so only their own rows change.
    m_db.query(QStringLiteral("DELETE FROM tenant_path WHERE descendant_id = ? AND depth > 0"))
        .bind(tenantId)
        .exec();
    m_db.query(QStringLiteral("INSERT INTO tenant_path (ancestor_id, descendant_id, depth) "
                              "SELECT ancestor_id, ?, depth + 1 FROM tenant_path "
                              "WHERE descendant_id = ?"))
        .bindAll(tenantId, parentId)
        .exec();
    m_db.query(QStringLiteral("UPDATE tenant SET parent_id = ? WHERE id = ?"))
        .bindAll(parentId, tenantId)
        .exec();
}

std::vector<Tenant> TenantRepository::subtree(qint64 tenantId)
{
    SqlQuery q = m_db.query(
        QStringLiteral("SELECT t.id, t.kind, COALESCE(t.parent_id, 0), t.name, "
                       "COALESCE(t.customer_id, 0), p.depth FROM tenant_path p "
                       "JOIN tenant t ON t.id = p.descendant_id WHERE p.ancestor_id = ? "
                       "ORDER BY p.depth, t.name, t.id"));
    q.bind(tenantId).exec();
    std::vector<Tenant> all;
    QHash<qint64, std::vector<std::size_t>> children;
    while (q.next()) {
        Tenant t = readTenant(q);
        t.depth = q.value(5).toInt();
        if (t.depth > 0)
            children[t.parentId].push_back(all.size());
        all.push_back(std::move(t));
    }
    // Depth first, each level already in name order.
    std::vector<Tenant> out;
    std::vector<std::size_t> stack;
    if (!all.empty())
        stack.push_back(0);
    while (!stack.empty()) {
        const std::size_t at = stack.back();
        stack.pop_back();
        out.push_back(all[at]);
        const std::vector<std::size_t> &below = children.value(all[at].id);
        for (auto it = below.rbegin(); it != below.rend(); ++it)
            stack.push_back(*it);
    }
    return out;
}

bool TenantRepository::contains(qint64 ancestorId, qint64 tenantId)
{
    return m_db.query(QStringLiteral("SELECT COUNT(*) FROM tenant_path "
                                     "WHERE ancestor_id = ? AND descendant_id = ?"))
               .bindAll(ancestorId, tenantId)
               .scalar()
               .toLongLong()
        > 0;
}

bool TenantRepository::customerWithin(qint64 ancestorId, qint64 customerId)
{
    return m_db.query(QStringLiteral("SELECT COUNT(*) FROM customer c JOIN tenant_path p "
                                     "ON p.descendant_id = c.tenant_id "
                                     "WHERE p.ancestor_id = ? AND c.id = ?"))
               .bindAll(ancestorId, customerId)
               .scalar()
               .toLongLong()
        > 0;
}

qint64 TenantRepository::tenantOfCustomer(qint64 customerId)
{
    return m_db.query(QStringLiteral("SELECT COALESCE(tenant_id, 0) FROM customer WHERE id = ?"))
        .bind(customerId)
        .scalar()
        .toLongLong();
}

void TenantRepository::setCustomerTenant(qint64 customerId, qint64 tenantId)
{
    m_db.query(QStringLiteral("UPDATE customer SET tenant_id = ? WHERE id = ?"))
        .bindAll(tenantId, customerId)
        .exec();
}

void TenantRepository::requireWholeBook(const QString &what)
{
    const TenantScope &scope = m_db.tenantScope();
    if (!scope.isRestricted())
        return;
    const std::optional<Tenant> tenant = find(scope.tenantId);
    QString message = QCoreApplication::translate("Accrue::TenantRepository",
                                                  "%1 is the distributor's; %2 sees its "
                                                  "customers' billing in the billing reports")
                          .arg(what, tenant ? tenant->name : QString::number(scope.tenantId));
    message[0] = message[0].toUpper();
    throw Error(message, {}, Error::Kind::PermissionDenied);
}

qint64 TenantRepository::tenantOfUser(const QString &user)
{
    const qint64 listed
        = m_db.query(QStringLiteral("SELECT COALESCE(MAX(tenant_id), 0) FROM app_user "
                                    "WHERE name = ?"))
              .bind(user)
              .scalar()
              .toLongLong();
    return listed > 0 ? listed : rootId();
}

TenantScope TenantRepository::scopeOf(const QString &user)
{
    TenantScope scope;
    scope.tenantId = tenantOfUser(user);
    const std::optional<Tenant> tenant = find(scope.tenantId);
    if (!tenant)
        return scope;
    scope.kind = tenant->kind;
    scope.customerId = tenant->customerId;
    scope.all = tenant->parentId == 0;
    return scope;
}

void TenantRepository::setUserTenant(const QString &user, Role role, qint64 tenantId)
{
    m_db.query(QStringLiteral("INSERT INTO app_user (name, role, created_at, tenant_id) "
                              "VALUES (?, ?, ?, ?) ON CONFLICT (name) DO UPDATE "
                              "SET tenant_id = excluded.tenant_id, role = excluded.role"))
        .bindAll(user, roleKey(role), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs),
                 tenantId)
        .exec();
}

} // namespace Accrue
