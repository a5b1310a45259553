#pragma once

#include "domain/product.h"

#include <optional>
#include <vector>

namespace Accrue {

class Database;

// Products (modules) and plans with their price tiers: the catalogue side of
// billing.
class ProductRepository final
{
public:
    explicit ProductRepository(Database &db);

    qint64 insert(Product &product);
    // Everything but the code and id.
    void update(const Product &product);
    // An invalid date puts it back on sale.
    void setArchived(qint64 productId, const QDate &archivedAt);
    std::optional<Product> find(qint64 id);
    std::optional<Product> findByCode(const QString &code);
    // By code; archived ones only when asked for.
    std::vector<Product> list(bool includeArchived = true);

    // A plan and its tiers (positions 1..n).
    qint64 insertPlan(Plan &plan);
    // Everything but the code and id; the tiers are replaced.
    void updatePlan(const Plan &plan);
    void setPlanArchived(qint64 planId, const QDate &archivedAt);
    std::optional<Plan> findPlan(qint64 id);
    std::optional<Plan> findPlanByCode(const QString &code);
    // By code, with their tiers.
    std::vector<Plan> plans(bool includeArchived = true);

private:
    std::vector<Plan> readPlans(const QString &where, const QVariant &value);
    void insertTiers(const Plan &plan);

    Database &m_db;
};

} // namespace Accrue
