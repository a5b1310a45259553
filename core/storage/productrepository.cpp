#include "storage/productrepository.h"

#include "storage/database.h"
#include "storage/sqlquery.h"

namespace Accrue {

namespace {
const QString selectProducts
    = QStringLiteral("SELECT id, code, name, unit_price_minor, currency, tax_rate_bp, "
                     "revenue_account_id, recognition_method FROM product");

Product readProduct(const SqlQuery &q)
{
    Product p;
    p.id = q.int64(0);
    p.code = q.text(1);
    p.name = q.text(2);
    p.currency = Currency::require(q.text(4));
    p.unitPrice = Money(q.int64(3), p.currency);
    p.taxRateBp = q.value(5).toInt();
    p.revenueAccountId = q.int64(6);
    p.recognitionMethod = q.text(7);
    return p;
}
} // namespace

ProductRepository::ProductRepository(Database &db)
    : m_db(db)
{
}

qint64 ProductRepository::insert(Product &p)
{
    SqlQuery q = m_db.query(QStringLiteral(
        "INSERT INTO product (code, name, unit_price_minor, currency, tax_rate_bp, "
        "revenue_account_id, recognition_method) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    p.id = q.bindAll(p.code, p.name, p.unitPrice.minor(), p.currency.code(), p.taxRateBp,
                     p.revenueAccountId, p.recognitionMethod)
               .scalar()
               .toLongLong();
    return p.id;
}

qint64 ProductRepository::insertPlan(Plan &p)
{
    SqlQuery q = m_db.query(QStringLiteral(
        "INSERT INTO plan (code, name, product_id, billing_period_months, price_minor, currency) "
        "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
    p.id = q.bindAll(p.code, p.name, p.productId, p.billingPeriodMonths, p.price.minor(),
                     p.currency.code())
               .scalar()
               .toLongLong();
    return p.id;
}

qint64 ProductRepository::insertSubscription(Subscription &s)
{
    SqlQuery q = m_db.query(QStringLiteral(
        "INSERT INTO subscription (customer_id, billing_profile_id, plan_id, name, region, "
        "state_province, is_default, licenses, start_date, end_date, status) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    s.id = q.bind(s.customerId)
               .bindNullable(s.billingProfileId)
               .bindAll(s.planId, s.name, s.region, s.stateProvince, s.isDefault ? 1 : 0,
                        s.licenses, s.startDate, s.endDate, s.status)
               .scalar()
               .toLongLong();
    return s.id;
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

std::vector<Product> ProductRepository::list()
{
    std::vector<Product> out;
    SqlQuery q = m_db.query(selectProducts + QStringLiteral(" ORDER BY code"));
    q.exec();
    while (q.next())
        out.push_back(readProduct(q));
    return out;
}

std::vector<Plan> ProductRepository::plans()
{
    std::vector<Plan> out;
    SqlQuery q
        = m_db.query(QStringLiteral("SELECT id, code, name, product_id, billing_period_months,"
                                    " price_minor, currency FROM plan ORDER BY code"));
    q.exec();
    while (q.next()) {
        const Currency currency = Currency::require(q.text(6));
        out.push_back({ q.int64(0), q.text(1), q.text(2), q.int64(3), q.value(4).toInt(),
                        Money(q.int64(5), currency), currency });
    }
    return out;
}

} // namespace Accrue
