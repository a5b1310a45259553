// accrue-cli product ... and plan ...
#include "billing/catalogservice.h"
#include "billing/session.h"
#include "cliapp.h"
#include "common/error.h"
#include "domain/planpricing.h"
#include "exchange/productcsv.h"
#include "reports/reporttable.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <set>

namespace Accrue {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Accrue::Cli", text);
}

QString codeArgument(CliApp &app, const char *usage)
{
    const QStringList args = app.commandArguments();
    if (args.size() != 1)
        throw UsageError { tr(usage) };
    return args.first();
}

Product requireProduct(CatalogService &catalog, const QString &code)
{
    const std::optional<Product> p = catalog.findProductByCode(code);
    if (!p)
        throw Error(tr("No product with the code “%1”").arg(code));
    return *p;
}

Plan requirePlan(CatalogService &catalog, const QString &code)
{
    const std::optional<Plan> p = catalog.findPlanByCode(code);
    if (!p)
        throw Error(tr("No plan with the code “%1”").arg(code));
    return *p;
}

std::optional<Currency> currencyOption(CliApp &app)
{
    if (!app.isSet(QStringLiteral("currency")))
        return std::nullopt;
    const QString code = app.value(QStringLiteral("currency"));
    const std::optional<Currency> currency = Currency::fromCode(code);
    if (!currency)
        throw UsageError { tr("--currency: “%1” is not an ISO 4217 currency code").arg(code) };
    return currency;
}

// --price in `currency`, or `kept` re-read in it when the currency changed
// without a new price (10.00 EUR becomes 10.00 USD; a price with cents
// cannot become yen and says so).
Money priceOption(CliApp &app, Currency currency, const Money &kept)
{
    if (!app.isSet(QStringLiteral("price"))) {
        if (!kept.currency().isValid() || !currency.isValid() || kept.currency() == currency)
            return kept; // none yet, or nothing changed
        return Money::fromPlainString(kept.toPlainString(), currency);
    }
    if (!currency.isValid())
        throw UsageError { tr("--price needs --currency") };
    const QString text = app.value(QStringLiteral("price"));
    try {
        return Money::fromPlainString(text, currency);
    } catch (const Error &) {
        throw UsageError {
            tr("--price: “%1” is not an amount in %2 (use a dot: 12.50)").arg(text, currency.code())
        };
    }
}

// The options a person gave, onto the product.
void applyProductOptions(CliApp &app, CatalogService &catalog, Product &p)
{
    auto take = [&app](const char *option, QString &field) {
        if (app.isSet(QString::fromLatin1(option)))
            field = app.value(QString::fromLatin1(option));
    };
    take("name", p.name);
    if (const std::optional<Currency> currency = currencyOption(app))
        p.currency = *currency;
    p.unitPrice = priceOption(app, p.currency, p.unitPrice);
    take("unit", p.unit);
    take("tax-category", p.taxCategory);
    take("recognition", p.recognitionMethod);
    p.taxCategory = p.taxCategory.toLower();
    p.recognitionMethod = p.recognitionMethod.toLower();
    if (app.isSet(QStringLiteral("revenue-account")))
        p.revenueAccountId = catalog.revenueAccountId(app.value(QStringLiteral("revenue-account")));
}

// The options a person gave, onto the plan; --tier replaces all tiers.
void applyPlanOptions(CliApp &app, CatalogService &catalog, Plan &p)
{
    if (app.isSet(QStringLiteral("product")))
        p.productId = requireProduct(catalog, app.value(QStringLiteral("product"))).id;
    if (app.isSet(QStringLiteral("name")))
        p.name = app.value(QStringLiteral("name"));
    if (app.isSet(QStringLiteral("period"))) {
        const QString text = app.value(QStringLiteral("period"));
        const std::optional<int> months = PlanPricing::periodFromText(text);
        if (!months)
            throw UsageError { tr("--period: “%1” is not monthly, quarterly or annual").arg(text) };
        p.billingPeriodMonths = *months;
    }
    const Currency before = p.currency;
    if (const std::optional<Currency> currency = currencyOption(app))
        p.currency = *currency;
    else if (!p.currency.isValid())
        p.currency = catalog.findProduct(p.productId).value_or(Product {}).currency;
    p.price = priceOption(app, p.currency, p.price);
    if (app.isSet(QStringLiteral("pricing")))
        p.pricing = PlanPricing::requireKey(app.value(QStringLiteral("pricing")));
    if (app.isSet(QStringLiteral("trial-days")))
        p.trialDays = int(app.integerOption(QStringLiteral("trial-days"), 0, 0, 366));
    if (app.isSet(QStringLiteral("tier"))) {
        p.tiers.clear();
        for (const QString &text : app.values(QStringLiteral("tier"))) {
            try {
                p.tiers.push_back(PlanPricing::parseTier(text, p.currency));
            } catch (const Error &e) {
                throw UsageError { QStringLiteral("--tier: ") + e.userMessage() };
            }
        }
    } else if (p.pricing == PricingModel::Flat || p.pricing == PricingModel::PerUnit) {
        p.tiers.clear(); // edited to a model without tiers
    } else if (p.currency != before) {
        for (PriceTier &tier : p.tiers) {
            tier.unitPrice = Money::fromPlainString(tier.unitPrice.toPlainString(), p.currency);
            tier.flat = Money::fromPlainString(tier.flat.toPlainString(), p.currency);
        }
    }
}

QString archivedText(const QDate &archivedAt)
{
    return archivedAt.isValid() ? archivedAt.toString(Qt::ISODate) : QString();
}

// A list's cell: the date, or none (null in JSON) while on sale.
QVariant archivedCell(const QDate &archivedAt)
{
    return archivedAt.isValid() ? QVariant(archivedAt) : QVariant();
}

QString periodName(int months)
{
    switch (months) {
    case 1:
        return tr("monthly");
    case 3:
        return tr("quarterly");
    case 12:
        return tr("annual");
    }
    return tr("every %1 months").arg(months);
}

// "11–50 at 4.00 each + 20.00 flat": the units a tier prices, from the one
// after the tier before.
QString tierDescription(const PriceTier &tier, int from)
{
    QString text = tier.upTo ? QStringLiteral("%1–%2").arg(from).arg(*tier.upTo)
                             : QStringLiteral("%1+").arg(from);
    text += u' ' + tr("at %1 each").arg(tier.unitPrice.toPlainString());
    if (!tier.flat.isZero())
        text += u' ' + tr("+ %1 flat").arg(tier.flat.toPlainString());
    return text;
}

// How the charge for `quantity` comes about: "15 units: 10 × 5.00 + 5 × 4.00
// = 70.00 EUR".
QString chargeExample(const Plan &plan, int quantity)
{
    const Money total = PlanPricing::periodCharge(plan, quantity);
    QStringList parts;
    auto times = [](qint64 n, const Money &price) {
        return QStringLiteral("%1 × %2").arg(n).arg(price.toPlainString());
    };
    switch (plan.pricing) {
    case PricingModel::Flat:
        break;
    case PricingModel::PerUnit:
        parts << times(quantity, plan.price);
        break;
    case PricingModel::Graduated: {
        int from = 0;
        for (const PriceTier &tier : plan.tiers) {
            if (quantity <= from)
                break;
            const int to = tier.upTo ? std::min(*tier.upTo, quantity) : quantity;
            parts << times(to - from, tier.unitPrice);
            if (!tier.flat.isZero())
                parts << tier.flat.toPlainString();
            from = to;
        }
        break;
    }
    case PricingModel::Volume:
        for (const PriceTier &tier : plan.tiers) {
            if (quantity > 0 && (!tier.upTo || quantity <= *tier.upTo)) {
                parts << times(quantity, tier.unitPrice);
                if (!tier.flat.isZero())
                    parts << tier.flat.toPlainString();
                break;
            }
        }
        break;
    }
    const QString sum = total.toPlainString() + u' ' + total.currency().code();
    return parts.isEmpty() ? sum : parts.join(QStringLiteral(" + ")) + QStringLiteral(" = ") + sum;
}

// The quantities worth showing: one unit, and each tier's edges.
std::set<int> exampleQuantities(const Plan &plan)
{
    std::set<int> quantities { 1 };
    if (plan.pricing == PricingModel::PerUnit)
        quantities.insert(10);
    for (const PriceTier &tier : plan.tiers) {
        if (tier.upTo) {
            quantities.insert(*tier.upTo);
            quantities.insert(*tier.upTo + 1);
        }
    }
    return quantities;
}

void fieldColumns(ReportSink &sink, const QString &title)
{
    using Type = ReportColumn::Type;
    sink.begin(title,
               { { QStringLiteral("field"), tr("Field"), Type::Text },
                 { QStringLiteral("value"), tr("Value"), Type::Text } });
}

int productAdd(CliApp &app)
{
    Product p;
    p.code = codeArgument(
        app, "product add CODE --name NAME --price AMOUNT --currency CODE [--unit U ...]");
    app.openBook(false);
    CatalogService catalog(app.session());
    applyProductOptions(app, catalog, p);
    catalog.createProduct(p);
    app.out() << tr("Added product %1 (%2)").arg(p.code, p.name) << '\n';
    return 0;
}

int productEdit(CliApp &app)
{
    const QString code = codeArgument(app, "product edit CODE [--name ...]");
    app.openBook(false);
    CatalogService catalog(app.session());
    Product p = requireProduct(catalog, code);
    applyProductOptions(app, catalog, p);
    catalog.updateProduct(p);
    app.out() << tr("Saved product %1").arg(p.code) << '\n';
    return 0;
}

int productList(CliApp &app)
{
    app.openBook(false);
    CatalogService catalog(app.session());
    app.writeReport([&](ReportSink &sink) {
        using Type = ReportColumn::Type;
        sink.begin(tr("Products"),
                   { { QStringLiteral("code"), tr("Code"), Type::Text },
                     { QStringLiteral("name"), tr("Name"), Type::Text },
                     { QStringLiteral("unit_price"), tr("Unit price"), Type::Money },
                     { QStringLiteral("currency"), tr("Currency"), Type::Text },
                     { QStringLiteral("unit"), tr("Unit"), Type::Text },
                     { QStringLiteral("tax_category"), tr("Tax category"), Type::Text },
                     { QStringLiteral("recognition"), tr("Recognition"), Type::Text },
                     { QStringLiteral("revenue_account"), tr("Revenue account"), Type::Text },
                     { QStringLiteral("archived"), tr("Archived"), Type::Date } });
        for (const Product &p : catalog.products(app.isSet(QStringLiteral("archived"))))
            sink.row({ p.code, p.name, QVariant::fromValue(p.unitPrice), p.currency.code(), p.unit,
                       p.taxCategory, p.recognitionMethod, catalog.accountCode(p.revenueAccountId),
                       archivedCell(p.archivedAt) });
        sink.end();
    });
    return 0;
}

int productShow(CliApp &app)
{
    const QString code = codeArgument(app, "product show CODE");
    app.openBook(false);
    CatalogService catalog(app.session());
    const Product p = requireProduct(catalog, code);
    app.writeReport([&](ReportSink &sink) {
        fieldColumns(sink, tr("Product %1").arg(p.code));
        const std::pair<QString, QString> fields[] = {
            { tr("Code"), p.code },
            { tr("Name"), p.name },
            { tr("Unit price"), p.unitPrice.toPlainString() + u' ' + p.currency.code() },
            { tr("Unit"), p.unit },
            { tr("Tax category"), p.taxCategory },
            { tr("Recognition"), p.recognitionMethod },
            { tr("Revenue account"), catalog.accountCode(p.revenueAccountId) },
            { tr("Archived"), archivedText(p.archivedAt) },
        };
        for (const auto &[field, value] : fields)
            sink.row({ field, value });
        for (const Plan &plan : catalog.plans(true))
            if (plan.productId == p.id)
                sink.row({ tr("Plan"),
                           plan.archivedAt.isValid()
                               ? tr("%1 (%2), archived").arg(plan.code, plan.name)
                               : QStringLiteral("%1 (%2)").arg(plan.code, plan.name) });
        sink.end();
    });
    return 0;
}

int planAdd(CliApp &app)
{
    Plan p;
    p.code = codeArgument(app,
                          "plan add CODE --product P --name NAME --price AMOUNT [--period ...] "
                          "[--pricing M --tier UPTO:PRICE ...]");
    if (!app.isSet(QStringLiteral("product")))
        throw UsageError { tr("plan add: --product names the product the plan bills") };
    app.openBook(false);
    CatalogService catalog(app.session());
    applyPlanOptions(app, catalog, p);
    catalog.createPlan(p);
    app.out() << tr("Added plan %1 (%2)").arg(p.code, p.name) << '\n';
    return 0;
}

int planEdit(CliApp &app)
{
    const QString code = codeArgument(app, "plan edit CODE [--name ...]");
    app.openBook(false);
    CatalogService catalog(app.session());
    Plan p = requirePlan(catalog, code);
    applyPlanOptions(app, catalog, p);
    catalog.updatePlan(p);
    app.out() << tr("Saved plan %1").arg(p.code) << '\n';
    return 0;
}

QString productCode(CatalogService &catalog, qint64 productId)
{
    const std::optional<Product> product = catalog.findProduct(productId);
    return product ? product->code : QString();
}

int planList(CliApp &app)
{
    app.openBook(false);
    CatalogService catalog(app.session());
    app.writeReport([&](ReportSink &sink) {
        using Type = ReportColumn::Type;
        sink.begin(tr("Plans"),
                   { { QStringLiteral("code"), tr("Code"), Type::Text },
                     { QStringLiteral("name"), tr("Name"), Type::Text },
                     { QStringLiteral("product"), tr("Product"), Type::Text },
                     { QStringLiteral("period"), tr("Period"), Type::Text },
                     { QStringLiteral("pricing"), tr("Pricing"), Type::Text },
                     { QStringLiteral("price"), tr("Price"), Type::Money },
                     { QStringLiteral("currency"), tr("Currency"), Type::Text },
                     { QStringLiteral("trial_days"), tr("Trial days"), Type::Integer },
                     { QStringLiteral("tiers"), tr("Tiers"), Type::Text },
                     { QStringLiteral("archived"), tr("Archived"), Type::Date } });
        for (const Plan &p : catalog.plans(app.isSet(QStringLiteral("archived"))))
            sink.row({ p.code, p.name, productCode(catalog, p.productId),
                       PlanPricing::periodKey(p.billingPeriodMonths), PlanPricing::key(p.pricing),
                       QVariant::fromValue(p.price), p.currency.code(), qint64(p.trialDays),
                       PlanPricing::tiersText(p.tiers), archivedCell(p.archivedAt) });
        sink.end();
    });
    return 0;
}

int planShow(CliApp &app)
{
    const QString code = codeArgument(app, "plan show CODE");
    app.openBook(false);
    CatalogService catalog(app.session());
    const Plan p = requirePlan(catalog, code);
    const std::optional<Product> product = catalog.findProduct(p.productId);
    app.writeReport([&](ReportSink &sink) {
        fieldColumns(sink, tr("Plan %1").arg(p.code));
        const bool tiered
            = p.pricing == PricingModel::Graduated || p.pricing == PricingModel::Volume;
        const std::pair<QString, QString> fields[] = {
            { tr("Code"), p.code },
            { tr("Name"), p.name },
            { tr("Product"),
              product ? QStringLiteral("%1 (%2)").arg(product->code, product->name) : QString() },
            { tr("Period"), periodName(p.billingPeriodMonths) },
            { tr("Pricing"),
              QStringLiteral("%1 (%2)").arg(PlanPricing::displayName(p.pricing),
                                            PlanPricing::key(p.pricing)) },
            { tr("Price"),
              tiered ? tr("by tier")
                     : p.price.toPlainString() + u' ' + p.currency.code()
                      + (p.pricing == PricingModel::PerUnit
                             ? u' ' + tr("per %1").arg(product ? product->unit : tr("unit"))
                             : QString()) },
            { tr("Trial days"), QString::number(p.trialDays) },
            { tr("Archived"), archivedText(p.archivedAt) },
        };
        for (const auto &[field, value] : fields)
            sink.row({ field, value });
        int from = 1;
        for (std::size_t i = 0; i < p.tiers.size(); ++i) {
            sink.row({ tr("Tier %1").arg(i + 1), tierDescription(p.tiers[i], from) });
            from = p.tiers[i].upTo.value_or(from) + 1;
        }
        for (int quantity : exampleQuantities(p))
            sink.row({ QCoreApplication::translate("Accrue::Cli", "%n unit(s) a period", nullptr,
                                                   quantity),
                       chargeExample(p, quantity) });
        sink.end();
    });
    return 0;
}

template<typename Import>
int importFile(CliApp &app, const char *usage, const char *done, Import import,
               const QStringList &columns)
{
    const QString path = codeArgument(app, usage);
    const QByteArray bytes = app.readImport(path, columns);
    app.openBook(false);
    CatalogService catalog(app.session());
    const int created = (catalog.*import)(bytes, QFileInfo(path).fileName());
    app.out() << QCoreApplication::translate("Accrue::Cli", done, nullptr, created) << '\n';
    return 0;
}

} // namespace

int runProduct(CliApp &app, const QString &action)
{
    if (action == QLatin1String("add"))
        return productAdd(app);
    if (action == QLatin1String("edit"))
        return productEdit(app);
    if (action == QLatin1String("list"))
        return productList(app);
    if (action == QLatin1String("show"))
        return productShow(app);
    if (action == QLatin1String("import"))
        return importFile(app, "product import FILE.csv",
                          QT_TRANSLATE_NOOP("Accrue::Cli", "Imported %n product(s)"),
                          &CatalogService::importProductsCsv, ProductCsv::productColumns());
    const QString code = codeArgument(app, "product archive|restore CODE");
    app.openBook(false);
    CatalogService catalog(app.session());
    const Product p = requireProduct(catalog, code);
    if (action == QLatin1String("archive")) {
        catalog.archiveProduct(p.id);
        app.out() << tr("Archived product %1; its plans and history stay").arg(p.code) << '\n';
    } else if (action == QLatin1String("restore")) {
        catalog.restoreProduct(p.id);
        app.out() << tr("Restored product %1").arg(p.code) << '\n';
    } else {
        throw UsageError { tr("Unknown command “product %1”").arg(action) };
    }
    return 0;
}

int runPlan(CliApp &app, const QString &action)
{
    if (action == QLatin1String("add"))
        return planAdd(app);
    if (action == QLatin1String("edit"))
        return planEdit(app);
    if (action == QLatin1String("list"))
        return planList(app);
    if (action == QLatin1String("show"))
        return planShow(app);
    if (action == QLatin1String("import"))
        return importFile(app, "plan import FILE.csv",
                          QT_TRANSLATE_NOOP("Accrue::Cli", "Imported %n plan(s)"),
                          &CatalogService::importPlansCsv, ProductCsv::planColumns());
    const QString code = codeArgument(app, "plan archive|restore CODE");
    app.openBook(false);
    CatalogService catalog(app.session());
    const Plan p = requirePlan(catalog, code);
    if (action == QLatin1String("archive")) {
        catalog.archivePlan(p.id);
        app.out() << tr("Archived plan %1").arg(p.code) << '\n';
    } else if (action == QLatin1String("restore")) {
        catalog.restorePlan(p.id);
        app.out() << tr("Restored plan %1").arg(p.code) << '\n';
    } else {
        throw UsageError { tr("Unknown command “plan %1”").arg(action) };
    }
    return 0;
}

} // namespace Accrue
