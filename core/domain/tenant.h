#pragma once

#include <QString>
#include <QtGlobal>
#include <optional>

namespace Accrue {

// The three kinds of account of the seed: a distributor (the book's root)
// has partners, a partner has customers; a customer tenant is tied to its
// one customer row, whose users see only that customer's billing.
enum class TenantKind { Distributor, Partner, Customer };

inline QString tenantKindKey(TenantKind kind)
{
    switch (kind) {
    case TenantKind::Distributor:
        return QStringLiteral("distributor");
    case TenantKind::Partner:
        return QStringLiteral("partner");
    case TenantKind::Customer:
        break;
    }
    return QStringLiteral("customer");
}

inline std::optional<TenantKind> tenantKindFromKey(const QString &key)
{
    if (key == QLatin1String("distributor"))
        return TenantKind::Distributor;
    if (key == QLatin1String("partner"))
        return TenantKind::Partner;
    if (key == QLatin1String("customer"))
        return TenantKind::Customer;
    return std::nullopt;
}

struct Tenant
{
    qint64 id = 0;
    TenantKind kind = TenantKind::Partner;
    qint64 parentId = 0; // 0: the root
    QString name;
    qint64 customerId = 0; // a customer tenant's customer
    int depth = 0; // below the tenant a subtree was listed from
};

// What a user may see: the customers of its tenant's subtree. The root's
// users see everything (no filter at all); a customer tenant's users see
// only its customer.
struct TenantScope
{
    qint64 tenantId = 0;
    TenantKind kind = TenantKind::Distributor;
    bool all = true; // the root's subtree: the whole book
    qint64 customerId = 0; // a customer tenant's one customer

    bool isRestricted() const { return !all; }
};

} // namespace Accrue
