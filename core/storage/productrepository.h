#pragma once

#include "domain/product.h"
#include "domain/subscription.h"

#include <optional>
#include <vector>

namespace Accrue {

class Database;

// Products (modules), plans and subscriptions: the catalogue side of billing.
class ProductRepository final
{
public:
    explicit ProductRepository(Database &db);

    qint64 insert(Product &product);
    qint64 insertPlan(Plan &plan);
    qint64 insertSubscription(Subscription &subscription);
    std::optional<Product> find(qint64 id);
    std::optional<Product> findByCode(const QString &code);
    std::vector<Product> list();
    std::vector<Plan> plans();

private:
    Database &m_db;
};

} // namespace Accrue
