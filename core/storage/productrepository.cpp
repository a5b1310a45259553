#include "storage/productrepository.h"

#include "domain/planpricing.h"
#include "storage/database.h"
#include "storage/sqlquery.h"

#include <QHash>

namespace Accrue {

namespace {
const QString selectProducts = QStringLiteral(
    "SELECT id, code, name, unit_price_minor, currency, tax_rate_ppm, revenue_account_id, "
    "recognition_method, unit, tax_category, archived_at FROM product");

const QString selectPlans
    = QStringLiteral("SELECT id, code, name, product_id, billing_period_months, price_minor, "
                     "currency, pricing, trial_days, archived_at FROM plan");

Product readProduct(const SqlQuery &q)
{
    Product p;
    p.id = q.int64(0);
    p.code = q.text(1);
    p.name = q.text(2);
    p.currency = Currency::require(q.text(4));
    p.unitPrice = Money(q.int64(3), p.currency);
    p.taxRatePpm = q.value(5).toInt();
    p.revenueAccountId = q.int64(6);
    p.recognitionMethod = q.text(7);
    p.unit = q.text(8);
    p.taxCategory = q.text(9);
    p.archivedAt = q.date(10);
    return p;
}

Plan readPlan(const SqlQuery &q)
{
    Plan p;
    p.id = q.int64(0);
    p.code = q.text(1);
    p.name = q.text(2);
    p.productId = q.int64(3);
    p.billingPeriodMonths = q.value(4).toInt();
    p.currency = Currency::require(q.text(6));
    p.price = Money(q.int64(5), p.currency);
    p.pricing = PlanPricing::requireKey(q.text(7));
    p.trialDays = q.value(8).toInt();
    p.archivedAt = q.date(9);
    return p;
}
} // namespace

ProductRepository::ProductRepository(Database &db)
    : m_db(db)
{
}

qint64 ProductRepository::insert(Product &p)
{
    SqlQuery q = m_db.query(
        QStringLiteral("INSERT INTO product (code, name, unit_price_minor, currency, tax_rate_ppm, "
                       "revenue_account_id, recognition_method, unit, tax_category, archived_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    p.id = q.bindAll(p.code, p.name, p.unitPrice.minor(), p.currency.code(), p.taxRatePpm,
                     p.revenueAccountId, p.recognitionMethod, p.unit, p.taxCategory, p.archivedAt)
               .scalar()
               .toLongLong();
    return p.id;
}

void ProductRepository::update(const Product &p)
{
    m_db.query(QStringLiteral("UPDATE product SET name = ?, unit_price_minor = ?, currency = ?, "
                              "tax_rate_ppm = ?, revenue_account_id = ?, recognition_method = ?, "
                              "unit = ?, tax_category = ? WHERE id = ?"))
        .bindAll(p.name, p.unitPrice.minor(), p.currency.code(), p.taxRatePpm, p.revenueAccountId,
                 p.recognitionMethod, p.unit, p.taxCategory, p.id)
        .exec();
}

void ProductRepository::setArchived(qint64 productId, const QDate &archivedAt)
{
    m_db.query(QStringLiteral("UPDATE product SET archived_at = ? WHERE id = ?"))
        .bindAll(archivedAt, productId)
        .exec();
}

std::optional<Product> ProductRepository::find(qint64 id)
{
    SqlQuery q = m_db.query(selectProducts + QStringLiteral(" WHERE id = ?"));
    q.bind(id).exec();
    if (!q.next())
        return std::nullopt;
    return readProduct(q);
}

std::optional<Product> ProductRepository::findByCode(const QString &code)
{
    SqlQuery q = m_db.query(selectProducts + QStringLiteral(" WHERE code = ?"));
    q.bind(code).exec();
    if (!q.next())
        return std::nullopt;
    return readProduct(q);
}

std::vector<Product> ProductRepository::list(bool includeArchived)
{
    std::vector<Product> out;
    SqlQuery q
        = m_db.query(selectProducts
                     + (includeArchived ? QString() : QStringLiteral(" WHERE archived_at IS NULL"))
                     + QStringLiteral(" ORDER BY code"));
    q.exec();
    while (q.next())
        out.push_back(readProduct(q));
    return out;
}

qint64 ProductRepository::insertPlan(Plan &p)
{
    SqlQuery q = m_db.query(QStringLiteral(
        "INSERT INTO plan (code, name, product_id, billing_period_months, price_minor, currency, "
        "pricing, trial_days, archived_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    p.id = q.bindAll(p.code, p.name, p.productId, p.billingPeriodMonths, p.price.minor(),
                     p.currency.code(), PlanPricing::key(p.pricing), p.trialDays, p.archivedAt)
               .scalar()
               .toLongLong();
    insertTiers(p);
    return p.id;
}

void ProductRepository::updatePlan(const Plan &p)
{
    m_db.query(
            QStringLiteral("UPDATE plan SET name = ?, product_id = ?, billing_period_months = ?, "
                           "price_minor = ?, currency = ?, pricing = ?, trial_days = ? "
                           "WHERE id = ?"))
        .bindAll(p.name, p.productId, p.billingPeriodMonths, p.price.minor(), p.currency.code(),
                 PlanPricing::key(p.pricing), p.trialDays, p.id)
        .exec();
    m_db.query(QStringLiteral("DELETE FROM plan_tier WHERE plan_id = ?")).bind(p.id).exec();
    insertTiers(p);
}

void ProductRepository::insertTiers(const Plan &p)
{
    SqlQuery q = m_db.query(
        QStringLiteral("INSERT INTO plan_tier (plan_id, position, up_to, unit_price_minor, "
                       "flat_minor) VALUES (?, ?, ?, ?, ?)"));
    int position = 0;
    for (const PriceTier &tier : p.tiers) {
        q.bindAll(p.id, ++position)
            .bind(tier.upTo ? QVariant(*tier.upTo) : QVariant())
            .bindAll(tier.unitPrice.minor(), tier.flat.minor())
            .exec();
    }
}

void ProductRepository::setPlanArchived(qint64 planId, const QDate &archivedAt)
{
    m_db.query(QStringLiteral("UPDATE plan SET archived_at = ? WHERE id = ?"))
        .bindAll(archivedAt, planId)
        .exec();
}

std::optional<Plan> ProductRepository::findPlan(qint64 id)
{
    std::vector<Plan> found = readPlans(QStringLiteral(" WHERE id = ?"), id);
    if (found.empty())
        return std::nullopt;
    return std::move(found.front());
}

std::optional<Plan> ProductRepository::findPlanByCode(const QString &code)
{
    std::vector<Plan> found = readPlans(QStringLiteral(" WHERE code = ?"), code);
    if (found.empty())
        return std::nullopt;
    return std::move(found.front());
}

std::vector<Plan> ProductRepository::plans(bool includeArchived)
{
    return readPlans(includeArchived ? QString() : QStringLiteral(" WHERE archived_at IS NULL"),
                     {});
}

// Plans, then the tiers of them all in one query: a catalogue has tens of
// plans, so the tiers of the rest cost nothing worth a join per plan.
std::vector<Plan> ProductRepository::readPlans(const QString &where, const QVariant &value)
{
    std::vector<Plan> out;
    QHash<qint64, std::size_t> indexById;
    SqlQuery q = m_db.query(selectPlans + where + QStringLiteral(" ORDER BY code"));
    if (value.isValid())
        q.bind(value);
    q.exec();
    while (q.next()) {
        indexById.insert(q.int64(0), out.size());
        out.push_back(readPlan(q));
    }
    if (out.empty())
        return out;
    SqlQuery t = m_db.query(QStringLiteral("SELECT plan_id, up_to, unit_price_minor, flat_minor "
                                           "FROM plan_tier ORDER BY plan_id, position"));
    t.exec();
    while (t.next()) {
        const auto it = indexById.constFind(t.int64(0));
        if (it == indexById.constEnd())
            continue;
        Plan &plan = out[*it];
        PriceTier tier;
        if (!t.isNull(1))
            tier.upTo = t.value(1).toInt();
        tier.unitPrice = Money(t.int64(2), plan.currency);
        tier.flat = Money(t.int64(3), plan.currency);
        plan.tiers.push_back(tier);
    }
    return out;
}

} // namespace Accrue
