#pragma once

#include "domain/product.h"

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>
#include <optional>
#include <vector>

namespace Accrue {

class Session;

// The catalogue: products (what is sold, at which price, booked to which
// revenue account) and the plans that bill them by period. Each change is
// validated, stored and audited (entity "product" or "plan") in one
// transaction; changes need the Billing permission. Errors name the field
// first, as the CSV columns are named ("currency: …"), so an import can put
// file and line in front.
class CatalogService final
{
public:
    explicit CatalogService(Session &session);

    // A revenueAccountId of 0 books to the book's revenue account.
    qint64 createProduct(Product &product);
    // Everything but the code; archiving has its own calls.
    void updateProduct(Product &product);
    // Archived products keep their history and plans; no new plan is made
    // for one. Archived plans are offered for nothing new.
    void archiveProduct(qint64 productId);
    void restoreProduct(qint64 productId);
    // The product must exist and be on sale; PlanPricing::check() decides
    // whether the prices work.
    qint64 createPlan(Plan &plan);
    // Everything but the code; the tiers are replaced. Moving a plan to
    // another product needs that one on sale.
    void updatePlan(Plan &plan);
    void archivePlan(qint64 planId);
    // Refused while the plan's product is archived.
    void restorePlan(qint64 planId);

    // By code.
    std::vector<Product> products(bool includeArchived = false);
    std::vector<Plan> plans(bool includeArchived = false);
    std::optional<Product> findProduct(qint64 productId);
    std::optional<Product> findProductByCode(const QString &code);
    std::optional<Plan> findPlanByCode(const QString &code);

    // The id of a revenue account by its code; throws Error
    // ("revenue_account: …") for none or another type. Empty: the book's
    // revenue account.
    qint64 revenueAccountId(const QString &code);
    // The code of an account (for lists); empty for none.
    QString accountCode(qint64 accountId);

    // Every product or plan of a CSV file (ProductCsv) in one transaction:
    // all of them or, on the first problem, none; the error names file, line
    // and field. Returns how many were created.
    int importProductsCsv(const QByteArray &csv, const QString &fileName);
    int importPlansCsv(const QByteArray &csv, const QString &fileName);

    // What a product may be taxed and recognised as (TaxCategory,
    // RecognitionMethod).
    static const QStringList &taxCategories();
    static const QStringList &recognitionMethods();

    static QJsonObject toJson(const Product &product);
    static QJsonObject toJson(const Plan &plan);

private:
    Product loadProduct(qint64 productId);
    Plan loadPlan(qint64 planId);
    // Trims and checks what a person typed; throws Error naming the field.
    void checkProduct(Product &product);
    void checkPlan(Plan &plan, qint64 previousProductId);
    void setProductArchived(qint64 productId, bool archived);
    void setPlanArchived(qint64 planId, bool archived);

    Session &m_session;
};

} // namespace Accrue
