#include "billing/catalogservice.h"

#include "billing/session.h"
#include "common/error.h"
#include "domain/limits.h"
#include "domain/planpricing.h"
#include "domain/taxrate.h"
#include "exchange/productcsv.h"
#include "ledger/chartofaccounts.h"
#include "storage/accountrepository.h"
#include "storage/productrepository.h"
#include "storage/subscriptionrepository.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Accrue {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Accrue::CatalogService", text);
}

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

// An import's error with the row's file and line in front; the message
// names the field already ("code: … exists already").
Error atLine(const QString &fileName, int line, const Error &e)
{
    return Error(QStringLiteral("%1:%2: %3").arg(fileName).arg(line).arg(e.userMessage()));
}

void refuseControlCharacters(const std::initializer_list<std::pair<const char *, QString>> &texts)
{
    for (const auto &[field, text] : texts)
        if (Limits::hasControlCharacters(text))
            throw Error(tr("%1: contains control characters (such as NUL)")
                            .arg(QString::fromLatin1(field)));
}

} // namespace

CatalogService::CatalogService(Session &session)
    : m_session(session)
{
}

const QStringList &CatalogService::taxCategories()
{
    static const QStringList all { TaxCategory::Standard, TaxCategory::Reduced, TaxCategory::Zero,
                                   TaxCategory::Exempt, TaxCategory::ReverseCharge };
    return all;
}

const QStringList &CatalogService::recognitionMethods()
{
    return RecognitionMethod::all();
}

QJsonObject CatalogService::toJson(const Product &p)
{
    return QJsonObject { { QStringLiteral("code"), p.code },
                         { QStringLiteral("name"), p.name },
                         { QStringLiteral("unit_price"), p.unitPrice.toPlainString() },
                         { QStringLiteral("currency"), p.currency.code() },
                         { QStringLiteral("unit"), p.unit },
                         { QStringLiteral("tax_category"), p.taxCategory },
                         { QStringLiteral("recognition"), p.recognitionMethod },
                         { QStringLiteral("revenue_account_id"), p.revenueAccountId },
                         { QStringLiteral("archived_at"), dateText(p.archivedAt) } };
}

QJsonObject CatalogService::toJson(const Plan &p)
{
    QJsonArray tiers;
    for (const PriceTier &t : p.tiers)
        tiers.append(
            QJsonObject { { QStringLiteral("up_to"), t.upTo ? QJsonValue(*t.upTo) : QJsonValue() },
                          { QStringLiteral("unit_price"), t.unitPrice.toPlainString() },
                          { QStringLiteral("flat"), t.flat.toPlainString() } });
    return QJsonObject { { QStringLiteral("code"), p.code },
                         { QStringLiteral("name"), p.name },
                         { QStringLiteral("product_id"), p.productId },
                         { QStringLiteral("period_months"), p.billingPeriodMonths },
                         { QStringLiteral("price"), p.price.toPlainString() },
                         { QStringLiteral("currency"), p.currency.code() },
                         { QStringLiteral("pricing"), PlanPricing::key(p.pricing) },
                         { QStringLiteral("trial_days"), p.trialDays },
                         { QStringLiteral("tiers"), tiers },
                         { QStringLiteral("archived_at"), dateText(p.archivedAt) } };
}

std::vector<Product> CatalogService::products(bool includeArchived)
{
    return ProductRepository(m_session.db()).list(includeArchived);
}

std::vector<Plan> CatalogService::plans(bool includeArchived)
{
    return ProductRepository(m_session.db()).plans(includeArchived);
}

std::optional<Product> CatalogService::findProduct(qint64 productId)
{
    return ProductRepository(m_session.db()).find(productId);
}

std::optional<Product> CatalogService::findProductByCode(const QString &code)
{
    return ProductRepository(m_session.db()).findByCode(code.trimmed());
}

std::optional<Plan> CatalogService::findPlanByCode(const QString &code)
{
    return ProductRepository(m_session.db()).findPlanByCode(code.trimmed());
}

qint64 CatalogService::revenueAccountId(const QString &code)
{
    if (code.trimmed().isEmpty())
        return AccountRepository(m_session.db()).loadChart().id(ChartOfAccounts::Role::Revenue);
    const std::optional<Account> account
        = AccountRepository(m_session.db()).findByCode(code.trimmed());
    if (!account)
        throw Error(tr("revenue_account: no account with the code “%1”").arg(code.trimmed()));
    if (account->type != QLatin1String("revenue"))
        throw Error(tr("revenue_account: %1 %2 is an account of type %3, not revenue")
                        .arg(account->code, account->name, account->type));
    return account->id;
}

QString CatalogService::accountCode(qint64 accountId)
{
    // A chart has tens of accounts: no query of its own is worth it.
    for (const Account &account : AccountRepository(m_session.db()).list())
        if (account.id == accountId)
            return account.code;
    return {};
}

Product CatalogService::loadProduct(qint64 productId)
{
    const std::optional<Product> p = ProductRepository(m_session.db()).find(productId);
    if (!p)
        throw Error(tr("No such product"));
    return *p;
}

Plan CatalogService::loadPlan(qint64 planId)
{
    const std::optional<Plan> p = ProductRepository(m_session.db()).findPlan(planId);
    if (!p)
        throw Error(tr("No such plan"));
    return *p;
}

void CatalogService::checkProduct(Product &p)
{
    p.code = p.code.trimmed();
    p.name = p.name.trimmed();
    p.unit = p.unit.trimmed();
    p.taxCategory = p.taxCategory.trimmed();
    p.recognitionMethod = p.recognitionMethod.trimmed();
    if (p.code.isEmpty())
        throw Error(tr("code: enter a product code"));
    if (p.name.isEmpty())
        throw Error(tr("name: enter the product's name"));
    if (!p.currency.isValid())
        throw Error(tr("currency: choose the product's currency (an ISO 4217 code)"));
    if (p.unitPrice.isZero() && p.unitPrice.currency() != p.currency)
        p.unitPrice = Money::zero(p.currency); // no price typed yet
    if (p.unitPrice.currency() != p.currency)
        throw Error(
            tr("unit_price: the price is not in the product's currency %1").arg(p.currency.code()));
    if (p.unitPrice.isNegative() || !Limits::isPlausibleAmount(p.unitPrice.minor()))
        throw Error(
            tr("unit_price: %1 is not a price (zero or more)").arg(p.unitPrice.toPlainString()));
    if (p.unit.isEmpty())
        throw Error(tr("unit: name what is sold (unit, seat, user, GB, hour …)"));
    if (!taxCategories().contains(p.taxCategory))
        throw Error(tr("tax_category: “%1” is not one of %2")
                        .arg(p.taxCategory, taxCategories().join(u", ")));
    if (!recognitionMethods().contains(p.recognitionMethod))
        throw Error(tr("recognition: “%1” is not one of %2")
                        .arg(p.recognitionMethod, recognitionMethods().join(u", ")));
    refuseControlCharacters({ { "code", p.code }, { "name", p.name }, { "unit", p.unit } });
    if (p.revenueAccountId == 0) {
        p.revenueAccountId = revenueAccountId({});
        return;
    }
    const QString code = accountCode(p.revenueAccountId);
    if (code.isEmpty())
        throw Error(tr("revenue_account: no such account"));
    revenueAccountId(code); // checks its type
}

void CatalogService::checkPlan(Plan &p, qint64 previousProductId)
{
    p.code = p.code.trimmed();
    p.name = p.name.trimmed();
    if (p.code.isEmpty())
        throw Error(tr("code: enter a plan code"));
    if (p.name.isEmpty())
        throw Error(tr("name: enter the plan's name"));
    refuseControlCharacters({ { "code", p.code }, { "name", p.name } });
    const std::optional<Product> product = ProductRepository(m_session.db()).find(p.productId);
    if (!product)
        throw Error(tr("product: choose the product the plan bills"));
    if (product->archivedAt.isValid() && p.productId != previousProductId)
        throw Error(
            tr("product: %1 is archived; restore it to make plans for it").arg(product->code));
    if (!p.currency.isValid())
        throw Error(tr("currency: choose the plan's currency (an ISO 4217 code)"));
    if (p.price.isZero() && p.price.currency() != p.currency)
        p.price = Money::zero(p.currency);
    if (p.billingPeriodMonths != 1 && p.billingPeriodMonths != 3 && p.billingPeriodMonths != 12)
        throw Error(tr("period: a plan bills monthly, quarterly or annually (1, 3 or 12 months), "
                       "not every %1 months")
                        .arg(p.billingPeriodMonths));
    if (p.price.currency() != p.currency)
        throw Error(tr("price: the price is not in the plan's currency %1").arg(p.currency.code()));
    if (p.price.isNegative() || !Limits::isPlausibleAmount(p.price.minor()))
        throw Error(tr("price: %1 is not a price (zero or more)").arg(p.price.toPlainString()));
    if (p.trialDays < 0 || p.trialDays > 366)
        throw Error(tr("trial_days: between 0 and 366 days"));
    // What is left for check() to refuse is the tiers.
    try {
        PlanPricing::check(p);
    } catch (const Error &e) {
        throw Error(tr("tiers: %1").arg(e.userMessage()));
    }
}

qint64 CatalogService::createProduct(Product &product)
{
    m_session.require(Permission::Billing, tr("create products"));
    Transaction tx(m_session.db());
    checkProduct(product);
    ProductRepository repo(m_session.db());
    if (repo.findByCode(product.code))
        throw Error(tr("code: a product with the code “%1” exists already").arg(product.code));
    product.archivedAt = {};
    repo.insert(product);
    m_session.audit().append(QStringLiteral("product.create"), QStringLiteral("product"),
                             QString::number(product.id), {}, toJson(product));
    tx.commit();
    return product.id;
}

void CatalogService::updateProduct(Product &product)
{
    m_session.require(Permission::Billing, tr("edit products"));
    Transaction tx(m_session.db());
    const Product before = loadProduct(product.id);
    product.code = before.code; // a code is for good: imports and invoices name it
    product.archivedAt = before.archivedAt;
    checkProduct(product);
    ProductRepository(m_session.db()).update(product);
    m_session.audit().append(QStringLiteral("product.update"), QStringLiteral("product"),
                             QString::number(product.id), toJson(before), toJson(product));
    tx.commit();
}

void CatalogService::archiveProduct(qint64 productId)
{
    setProductArchived(productId, true);
}

void CatalogService::restoreProduct(qint64 productId)
{
    setProductArchived(productId, false);
}

void CatalogService::setProductArchived(qint64 productId, bool archived)
{
    m_session.require(Permission::Billing,
                      archived ? tr("archive products") : tr("restore products"));
    Transaction tx(m_session.db());
    const Product before = loadProduct(productId);
    Product after = before;
    after.archivedAt = archived ? m_session.today() : QDate();
    ProductRepository(m_session.db()).setArchived(productId, after.archivedAt);
    m_session.audit().append(
        archived ? QStringLiteral("product.archive") : QStringLiteral("product.restore"),
        QStringLiteral("product"), QString::number(productId), toJson(before), toJson(after));
    tx.commit();
}

qint64 CatalogService::createPlan(Plan &plan)
{
    m_session.require(Permission::Billing, tr("create plans"));
    Transaction tx(m_session.db());
    checkPlan(plan, 0);
    ProductRepository repo(m_session.db());
    if (repo.findPlanByCode(plan.code))
        throw Error(tr("code: a plan with the code “%1” exists already").arg(plan.code));
    plan.archivedAt = {};
    repo.insertPlan(plan);
    m_session.audit().append(QStringLiteral("plan.create"), QStringLiteral("plan"),
                             QString::number(plan.id), {}, toJson(plan));
    tx.commit();
    return plan.id;
}

void CatalogService::updatePlan(Plan &plan)
{
    m_session.require(Permission::Billing, tr("edit plans"));
    Transaction tx(m_session.db());
    const Plan before = loadPlan(plan.id);
    plan.code = before.code;
    plan.archivedAt = before.archivedAt;
    checkPlan(plan, before.productId);
    // What subscribers were billed stays what their prorations credit:
    // a new price is a new plan, to which they move (prorated) by a change.
    const bool repriced = plan.currency != before.currency
        || plan.billingPeriodMonths != before.billingPeriodMonths || plan.price != before.price
        || plan.pricing != before.pricing
        || PlanPricing::tiersText(plan.tiers) != PlanPricing::tiersText(before.tiers);
    if (repriced) {
        if (const qint64 live = SubscriptionRepository(m_session.db()).liveOnPlan(plan.id))
            throw Error(tr("price: %1 bills %2 subscription(s); make a new plan with the new "
                           "price and change them to it")
                            .arg(plan.code)
                            .arg(live));
    }
    ProductRepository(m_session.db()).updatePlan(plan);
    m_session.audit().append(QStringLiteral("plan.update"), QStringLiteral("plan"),
                             QString::number(plan.id), toJson(before), toJson(plan));
    tx.commit();
}

void CatalogService::archivePlan(qint64 planId)
{
    setPlanArchived(planId, true);
}

void CatalogService::restorePlan(qint64 planId)
{
    setPlanArchived(planId, false);
}

void CatalogService::setPlanArchived(qint64 planId, bool archived)
{
    m_session.require(Permission::Billing, archived ? tr("archive plans") : tr("restore plans"));
    Transaction tx(m_session.db());
    const Plan before = loadPlan(planId);
    if (!archived) {
        const Product product = loadProduct(before.productId);
        if (product.archivedAt.isValid())
            throw Error(
                tr("The plan's product %1 is archived; restore it first").arg(product.code));
    }
    Plan after = before;
    after.archivedAt = archived ? m_session.today() : QDate();
    ProductRepository(m_session.db()).setPlanArchived(planId, after.archivedAt);
    m_session.audit().append(
        archived ? QStringLiteral("plan.archive") : QStringLiteral("plan.restore"),
        QStringLiteral("plan"), QString::number(planId), toJson(before), toJson(after));
    tx.commit();
}

int CatalogService::importProductsCsv(const QByteArray &csv, const QString &fileName)
{
    m_session.require(Permission::Billing, tr("import products"));
    std::vector<ProductCsv::ProductRow> rows = ProductCsv::parseProducts(csv, fileName);
    Transaction tx(m_session.db());
    for (ProductCsv::ProductRow &row : rows) {
        try {
            row.product.revenueAccountId = revenueAccountId(row.revenueAccount);
            createProduct(row.product);
        } catch (const Error &e) {
            throw atLine(fileName, row.line, e);
        }
    }
    tx.commit();
    return int(rows.size());
}

int CatalogService::importPlansCsv(const QByteArray &csv, const QString &fileName)
{
    m_session.require(Permission::Billing, tr("import plans"));
    std::vector<ProductCsv::PlanRow> rows = ProductCsv::parsePlans(csv, fileName);
    Transaction tx(m_session.db());
    for (ProductCsv::PlanRow &row : rows) {
        try {
            const std::optional<Product> product = findProductByCode(row.product);
            if (!product)
                throw Error(tr("product: no product with the code “%1”").arg(row.product));
            row.plan.productId = product->id;
            createPlan(row.plan);
        } catch (const Error &e) {
            throw atLine(fileName, row.line, e);
        }
    }
    tx.commit();
    return int(rows.size());
}

} // namespace Accrue
