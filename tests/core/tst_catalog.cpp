#include "billing/catalogservice.h"
#include "common/error.h"
#include "domain/planpricing.h"
#include "storage/auditrepository.h"
#include "storage/userrepository.h"
#include "testbook.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <functional>

using namespace Accrue;
using namespace Accrue::Testing;

namespace {

const Currency eur = Currency::require(QStringLiteral("EUR"));

Money euros(qint64 cents)
{
    return Money(cents, eur);
}

PriceTier tier(std::optional<int> upTo, qint64 unitCents, qint64 flatCents = 0)
{
    return { upTo, euros(unitCents), euros(flatCents) };
}

// 1-10 at 5.00 with a 20.00 fee for reaching the tier, 11-50 at 4.00,
// 51+ at 3.00 with a 10.00 fee.
Plan tieredPlan(PricingModel model)
{
    Plan p;
    p.code = QStringLiteral("TIERED");
    p.name = QStringLiteral("Tiered");
    p.currency = eur;
    p.price = euros(0);
    p.pricing = model;
    p.tiers = { tier(10, 500, 2000), tier(50, 400), tier(std::nullopt, 300, 1000) };
    return p;
}

Product product(const QString &code)
{
    Product p;
    p.code = code;
    p.name = QStringLiteral("Product ") + code;
    p.currency = eur;
    p.unitPrice = euros(1250);
    p.unit = QStringLiteral("seat");
    return p;
}

Plan planFor(qint64 productId, const QString &code)
{
    Plan p;
    p.code = code;
    p.name = QStringLiteral("Plan ") + code;
    p.productId = productId;
    p.currency = eur;
    p.price = euros(4900);
    return p;
}

QStringList auditActions(Database &db, QList<AuditRecord> *records = nullptr)
{
    QStringList actions;
    AuditRepository(db).forEach([&](const AuditRecord &r) {
        actions << r.action;
        if (records)
            records->append(r);
        return true;
    });
    return actions;
}

qint64 countOf(Database &db, const QString &table)
{
    return db.query(QStringLiteral("SELECT COUNT(*) FROM ") + table).scalar().toLongLong();
}

} // namespace

// The catalogue: how a plan prices a quantity under each model, what the
// service accepts and records, archiving, and imports that take all rows or
// none.
class TestCatalog : public QObject
{
    Q_OBJECT

private slots:
    void flatAndPerUnitPricing();
    void graduatedPricing_data();
    void graduatedPricing();
    void volumePricing_data();
    void volumePricing();
    void checkRefusesPlansThatCannotPrice_data();
    void checkRefusesPlansThatCannotPrice();
    void tiersAndPeriodsAsText();
    void productsAreValidatedAndAudited();
    void plansAreValidatedAndAudited();
    void archivingKeepsItemsButOffersNothingNew();
    void aViewerMayNotChangeTheCatalogue();
    void importIsAllOrNothing_data();
    void importIsAllOrNothing();
};

void TestCatalog::flatAndPerUnitPricing()
{
    Plan flat = planFor(1, QStringLiteral("F"));
    PlanPricing::check(flat);
    // Flat: 49.00 whatever the quantity, none included.
    for (int quantity : { 0, 1, 10, 1000 })
        QCOMPARE(PlanPricing::periodCharge(flat, quantity), euros(4900));

    Plan perSeat = flat;
    perSeat.pricing = PricingModel::PerUnit;
    perSeat.price = euros(1250);
    PlanPricing::check(perSeat);
    QCOMPARE(PlanPricing::periodCharge(perSeat, 0), euros(0));
    QCOMPARE(PlanPricing::periodCharge(perSeat, 1), euros(1250));
    QCOMPARE(PlanPricing::periodCharge(perSeat, 7), euros(8750)); // 7 x 12.50
    QVERIFY_THROWS_EXCEPTION(Error, PlanPricing::periodCharge(perSeat, -1));
}

void TestCatalog::graduatedPricing_data()
{
    QTest::addColumn<int>("quantity");
    QTest::addColumn<qint64>("cents");
    QTest::newRow("0: no tier reached") << 0 << qint64(0);
    QTest::newRow("1") << 1 << qint64(2500); // 1 x 5.00 + 20.00
    QTest::newRow("9") << 9 << qint64(6500); // 9 x 5.00 + 20.00
    QTest::newRow("10, at the edge") << 10 << qint64(7000); // 10 x 5.00 + 20.00
    QTest::newRow("11, one past") << 11 << qint64(7400); // 70.00 + 1 x 4.00
    QTest::newRow("50, at the edge") << 50 << qint64(23000); // 70.00 + 40 x 4.00
    QTest::newRow("51, one past") << 51 << qint64(24300); // 230.00 + 1 x 3.00 + 10.00
    QTest::newRow("100") << 100 << qint64(39000); // 230.00 + 50 x 3.00 + 10.00
}

void TestCatalog::graduatedPricing()
{
    QFETCH(int, quantity);
    QFETCH(qint64, cents);
    const Plan plan = tieredPlan(PricingModel::Graduated);
    PlanPricing::check(plan);
    QCOMPARE(PlanPricing::periodCharge(plan, quantity), euros(cents));
}

void TestCatalog::volumePricing_data()
{
    QTest::addColumn<int>("quantity");
    QTest::addColumn<qint64>("cents");
    QTest::newRow("0: nothing") << 0 << qint64(0);
    QTest::newRow("1") << 1 << qint64(2500); // 1 x 5.00 + 20.00
    QTest::newRow("10, at the edge") << 10 << qint64(7000); // 10 x 5.00 + 20.00
    QTest::newRow("11, one past") << 11 << qint64(4400); // 11 x 4.00, no fee
    QTest::newRow("50, at the edge") << 50 << qint64(20000); // 50 x 4.00
    QTest::newRow("51, one past") << 51 << qint64(16300); // 51 x 3.00 + 10.00
    QTest::newRow("100") << 100 << qint64(31000); // 100 x 3.00 + 10.00
}

void TestCatalog::volumePricing()
{
    QFETCH(int, quantity);
    QFETCH(qint64, cents);
    const Plan plan = tieredPlan(PricingModel::Volume);
    PlanPricing::check(plan);
    QCOMPARE(PlanPricing::periodCharge(plan, quantity), euros(cents));
}

void TestCatalog::checkRefusesPlansThatCannotPrice_data()
{
    QTest::addColumn<int>("problem");
    QTest::addColumn<QString>("error");
    QTest::newRow("every 2 months") << 0 << QStringLiteral("A plan bills every 1, 3 or 12 months");
    QTest::newRow("negative price") << 1 << QStringLiteral("A plan's price cannot be negative.");
    QTest::newRow("long trial") << 2 << QStringLiteral("Trial days must be between 0 and 366.");
    QTest::newRow("tiers on a flat plan")
        << 3 << QStringLiteral("Only graduated and volume plans have price tiers.");
    QTest::newRow("graduated without tiers")
        << 4 << QStringLiteral("A graduated plan needs at least one price tier.");
    QTest::newRow("tiers out of order") << 5 << QStringLiteral("Tier 2 must end above 10 units.");
    QTest::newRow("same edge twice") << 6 << QStringLiteral("Tier 2 must end above 10 units.");
    QTest::newRow("open tier first")
        << 7 << QStringLiteral("Only the last tier can be open-ended; tier 1 has no upper limit.");
    QTest::newRow("last tier closed")
        << 8 << QStringLiteral("The last tier must have no upper limit.");
    QTest::newRow("tier in dollars")
        << 9 << QStringLiteral("Tier 3 is not in the plan's currency EUR.");
    QTest::newRow("negative tier price") << 10 << QStringLiteral("Tier 2 has a negative price.");
    QTest::newRow("first edge at 0") << 11 << QStringLiteral("Tier 1 must end above 0 units.");
}

void TestCatalog::checkRefusesPlansThatCannotPrice()
{
    QFETCH(int, problem);
    QFETCH(QString, error);
    Plan plan = tieredPlan(PricingModel::Graduated);
    switch (problem) {
    case 0:
        plan.billingPeriodMonths = 2;
        break;
    case 1:
        plan.price = euros(-1);
        break;
    case 2:
        plan.trialDays = 367;
        break;
    case 3:
        plan.pricing = PricingModel::Flat;
        break;
    case 4:
        plan.tiers.clear();
        break;
    case 5:
        plan.tiers[1].upTo = 5;
        break;
    case 6:
        plan.tiers[1].upTo = 10;
        break;
    case 7:
        plan.tiers[0].upTo.reset();
        break;
    case 8:
        plan.tiers[2].upTo = 100;
        break;
    case 9:
        plan.tiers[2].unitPrice = Money(300, Currency::require(QStringLiteral("USD")));
        break;
    case 10:
        plan.tiers[1].unitPrice = euros(-400);
        break;
    case 11:
        plan.tiers[0].upTo = 0;
        break;
    }
    const QString message = errorOf([&plan] { PlanPricing::check(plan); });
    QVERIFY2(message.startsWith(error), qPrintable(message));
}

void TestCatalog::tiersAndPeriodsAsText()
{
    const std::vector<PriceTier> tiers
        = PlanPricing::parseTiers(u"10:5.00+20.00; 50:4 ;*:3.00+10.00", eur);
    QCOMPARE(tiers.size(), std::size_t(3));
    QCOMPARE(tiers[0].upTo, std::optional<int>(10));
    QCOMPARE(tiers[0].unitPrice, euros(500));
    QCOMPARE(tiers[0].flat, euros(2000));
    QCOMPARE(tiers[1].unitPrice, euros(400));
    QCOMPARE(tiers[1].flat, euros(0));
    QVERIFY(!tiers[2].upTo);
    QCOMPARE(PlanPricing::tiersText(tiers), QStringLiteral("10:5.00+20.00;50:4.00;*:3.00+10.00"));
    QVERIFY(PlanPricing::parseTiers(u"  ", eur).empty());
    for (const char *bad :
         { "10-5.00", "ten:5.00", "10:", "10:5.00+", "10:5.001", ":5.00", "-1:5.00", "10:five" }) {
        const QString message
            = errorOf([bad] { PlanPricing::parseTier(QString::fromLatin1(bad), eur); });
        QVERIFY2(message.startsWith(
                     QStringLiteral("“%1” is not a price tier").arg(QString::fromLatin1(bad))),
                 qPrintable(message));
    }
    QCOMPARE(PlanPricing::periodFromText(u"Monthly"), std::optional<int>(1));
    QCOMPARE(PlanPricing::periodFromText(u"quarterly"), std::optional<int>(3));
    QCOMPARE(PlanPricing::periodFromText(u"annual"), std::optional<int>(12));
    QCOMPARE(PlanPricing::periodFromText(u"12"), std::optional<int>(12));
    QCOMPARE(PlanPricing::periodFromText(u"weekly"), std::nullopt);
    QCOMPARE(PlanPricing::periodKey(3), QStringLiteral("quarterly"));
}

void TestCatalog::productsAreValidatedAndAudited()
{
    TestBook book;
    CatalogService catalog(book.session());
    const qint64 revenue = AccountRepository(book.db()).findByCode(QStringLiteral("4000"))->id;
    Product seats = product(QStringLiteral("SEATS"));
    catalog.createProduct(seats);
    QCOMPARE(seats.revenueAccountId, revenue); // the book's revenue account by default
    QCOMPARE(catalog.findProductByCode(QStringLiteral(" SEATS "))->unit, QStringLiteral("seat"));

    struct Case
    {
        std::function<void(Product &)> change;
        QString error;
    };
    const Case cases[] = {
        { [](Product &p) { p.code = QStringLiteral(" SEATS"); },
          QStringLiteral("code: a product with the code “SEATS” exists already") },
        { [](Product &p) { p.code = QStringLiteral("  "); },
          QStringLiteral("code: enter a product code") },
        { [](Product &p) { p.name.clear(); }, QStringLiteral("name: enter the product's name") },
        { [](Product &p) { p.currency = {}; },
          QStringLiteral("currency: choose the product's currency (an ISO 4217 code)") },
        { [](Product &p) { p.unitPrice = Money(100, Currency::require(QStringLiteral("USD"))); },
          QStringLiteral("unit_price: the price is not in the product's currency EUR") },
        { [](Product &p) { p.unitPrice = euros(-1); },
          QStringLiteral("unit_price: -0.01 is not a price (zero or more)") },
        { [](Product &p) { p.unit = QStringLiteral(" "); }, QStringLiteral("unit: name what") },
        { [](Product &p) { p.taxCategory = QStringLiteral("luxury"); },
          QStringLiteral("tax_category: “luxury” is not one of standard, reduced, zero, exempt, "
                         "reverse_charge") },
        { [](Product &p) { p.recognitionMethod = QStringLiteral("monthly"); },
          QStringLiteral("recognition: “monthly” is not one of point_in_time, ratably, "
                         "as_delivered, milestone") },
        { [&book](Product &p) {
             p.revenueAccountId
                 = AccountRepository(book.db()).findByCode(QStringLiteral("1000"))->id;
         },
          QStringLiteral("revenue_account: 1000 Bank is an account of type asset, not revenue") },
        { [](Product &p) { p.revenueAccountId = 999999; },
          QStringLiteral("revenue_account: no such account") },
        { [](Product &p) { p.name = QStringLiteral("Bad\x01name"); },
          QStringLiteral("name: contains control characters") },
    };
    for (const Case &c : cases) {
        Product p = product(QStringLiteral("OTHER"));
        c.change(p);
        const QString message = errorOf([&] { catalog.createProduct(p); });
        QVERIFY2(message.startsWith(c.error), qPrintable(message));
    }
    QCOMPARE(catalog.products().size(), std::size_t(1)); // none of them was stored

    // Accounts by code: a revenue account, not any other.
    QCOMPARE(catalog.revenueAccountId({}), revenue);
    QCOMPARE(errorOf([&] { catalog.revenueAccountId(QStringLiteral("9999")); }),
             QStringLiteral("revenue_account: no account with the code “9999”"));
    Account services { 0, QStringLiteral("4100"), QStringLiteral("Services"),
                       QStringLiteral("revenue"), QString() };
    AccountRepository(book.db()).insert(services);
    QCOMPARE(catalog.revenueAccountId(QStringLiteral("4100")), services.id);

    // An edit keeps the code and records before and after.
    Product edited = seats;
    edited.code = QStringLiteral("RENAMED");
    edited.name = QStringLiteral("Seats");
    edited.unitPrice = euros(1500);
    edited.taxCategory = QStringLiteral("reduced");
    edited.revenueAccountId = services.id;
    catalog.updateProduct(edited);
    const Product stored = *catalog.findProductByCode(QStringLiteral("SEATS"));
    QCOMPARE(stored.name, QStringLiteral("Seats"));
    QCOMPARE(stored.unitPrice, euros(1500));
    QCOMPARE(stored.taxCategory, QStringLiteral("reduced"));
    QCOMPARE(stored.revenueAccountId, services.id);

    QList<AuditRecord> records;
    QCOMPARE(auditActions(book.db(), &records),
             QStringList({ QStringLiteral("product.create"), QStringLiteral("product.update") }));
    QCOMPARE(records[0].entity, QStringLiteral("product"));
    QCOMPARE(records[0].entityId, QString::number(seats.id));
    QVERIFY(records[0].beforeJson.isEmpty());
    const QJsonObject created = QJsonDocument::fromJson(records[0].afterJson.toUtf8()).object();
    QCOMPARE(created.value(QStringLiteral("unit_price")).toString(), QStringLiteral("12.50"));
    QCOMPARE(created.value(QStringLiteral("unit")).toString(), QStringLiteral("seat"));
    const QJsonObject before = QJsonDocument::fromJson(records[1].beforeJson.toUtf8()).object();
    const QJsonObject after = QJsonDocument::fromJson(records[1].afterJson.toUtf8()).object();
    QCOMPARE(before.value(QStringLiteral("tax_category")).toString(), QStringLiteral("standard"));
    QCOMPARE(after.value(QStringLiteral("tax_category")).toString(), QStringLiteral("reduced"));
    QCOMPARE(after.value(QStringLiteral("code")).toString(), QStringLiteral("SEATS"));
}

void TestCatalog::plansAreValidatedAndAudited()
{
    TestBook book;
    CatalogService catalog(book.session());
    Product seats = product(QStringLiteral("SEATS"));
    catalog.createProduct(seats);

    Plan pro = tieredPlan(PricingModel::Graduated);
    pro.code = QStringLiteral("PRO");
    pro.productId = seats.id;
    pro.trialDays = 14;
    catalog.createPlan(pro);
    const Plan stored = *catalog.findPlanByCode(QStringLiteral("PRO"));
    QCOMPARE(stored.tiers.size(), std::size_t(3));
    QCOMPARE(PlanPricing::periodCharge(stored, 11), euros(7400)); // as computed above
    QCOMPARE(stored.trialDays, 14);

    struct Case
    {
        std::function<void(Plan &)> change;
        QString error;
    };
    const Case cases[] = {
        { [](Plan &p) { p.code = QStringLiteral("PRO"); },
          QStringLiteral("code: a plan with the code “PRO” exists already") },
        { [](Plan &p) { p.name.clear(); }, QStringLiteral("name: enter the plan's name") },
        { [](Plan &p) { p.productId = 999999; },
          QStringLiteral("product: choose the product the plan bills") },
        { [](Plan &p) { p.currency = {}; },
          QStringLiteral("currency: choose the plan's currency") },
        { [](Plan &p) { p.billingPeriodMonths = 6; },
          QStringLiteral("period: a plan bills monthly, quarterly or annually (1, 3 or 12 "
                         "months), not every 6 months") },
        { [](Plan &p) { p.price = euros(-100); },
          QStringLiteral("price: -1.00 is not a price (zero or more)") },
        { [](Plan &p) { p.trialDays = 400; },
          QStringLiteral("trial_days: between 0 and 366 days") },
        { [](Plan &p) { p.tiers = { tier(10, 500) }; },
          QStringLiteral("tiers: Only graduated and volume plans have price tiers.") },
    };
    for (const Case &c : cases) {
        Plan p = planFor(seats.id, QStringLiteral("OTHER"));
        c.change(p);
        const QString message = errorOf([&] { catalog.createPlan(p); });
        QVERIFY2(message.startsWith(c.error), qPrintable(message));
    }
    Plan volume = tieredPlan(PricingModel::Volume);
    volume.code = QStringLiteral("VOL");
    volume.productId = seats.id;
    volume.tiers.pop_back();
    QCOMPARE(errorOf([&] { catalog.createPlan(volume); }),
             QStringLiteral("tiers: The last tier must have no upper limit."));
    QCOMPARE(catalog.plans().size(), std::size_t(1));

    // An edit replaces the tiers and records both sides.
    Plan edited = stored;
    edited.pricing = PricingModel::Volume;
    edited.tiers = { tier(5, 600), tier(std::nullopt, 450) };
    edited.billingPeriodMonths = 12;
    catalog.updatePlan(edited);
    const Plan again = *catalog.findPlanByCode(QStringLiteral("PRO"));
    QCOMPARE(again.pricing, PricingModel::Volume);
    QCOMPARE(again.billingPeriodMonths, 12);
    QCOMPARE(PlanPricing::periodCharge(again, 6), euros(2700)); // 6 x 4.50

    QList<AuditRecord> records;
    QCOMPARE(auditActions(book.db(), &records),
             QStringList({ QStringLiteral("product.create"), QStringLiteral("plan.create"),
                           QStringLiteral("plan.update") }));
    QCOMPARE(records[1].entity, QStringLiteral("plan"));
    const QJsonObject created = QJsonDocument::fromJson(records[1].afterJson.toUtf8()).object();
    QCOMPARE(created.value(QStringLiteral("pricing")).toString(), QStringLiteral("graduated"));
    const QJsonArray tiers = created.value(QStringLiteral("tiers")).toArray();
    QCOMPARE(tiers.size(), 3);
    QCOMPARE(tiers.at(0).toObject().value(QStringLiteral("up_to")).toInt(), 10);
    QCOMPARE(tiers.at(0).toObject().value(QStringLiteral("flat")).toString(),
             QStringLiteral("20.00"));
    QVERIFY(tiers.at(2).toObject().value(QStringLiteral("up_to")).isNull());
    const QJsonObject before = QJsonDocument::fromJson(records[2].beforeJson.toUtf8()).object();
    const QJsonObject after = QJsonDocument::fromJson(records[2].afterJson.toUtf8()).object();
    QCOMPARE(before.value(QStringLiteral("period_months")).toInt(), 1);
    QCOMPARE(after.value(QStringLiteral("period_months")).toInt(), 12);
    QCOMPARE(after.value(QStringLiteral("tiers")).toArray().size(), 2);
}

void TestCatalog::archivingKeepsItemsButOffersNothingNew()
{
    TestBook book; // today 2026-06-30
    CatalogService catalog(book.session());
    Product seats = product(QStringLiteral("SEATS"));
    catalog.createProduct(seats);
    Plan basic = planFor(seats.id, QStringLiteral("BASIC"));
    catalog.createPlan(basic);

    catalog.archiveProduct(seats.id);
    QVERIFY(catalog.products().empty());
    QCOMPARE(catalog.products(true).size(), std::size_t(1));
    QCOMPARE(catalog.findProductByCode(QStringLiteral("SEATS"))->archivedAt, QDate(2026, 6, 30));
    Plan later = planFor(seats.id, QStringLiteral("LATER"));
    QCOMPARE(errorOf([&] { catalog.createPlan(later); }),
             QStringLiteral("product: SEATS is archived; restore it to make plans for it"));
    // A plan already on it can still be edited.
    basic.name = QStringLiteral("Basic (old)");
    catalog.updatePlan(basic);

    catalog.archivePlan(basic.id);
    QVERIFY(catalog.plans().empty());
    QCOMPARE(catalog.plans(true).size(), std::size_t(1));
    QCOMPARE(errorOf([&] { catalog.restorePlan(basic.id); }),
             QStringLiteral("The plan's product SEATS is archived; restore it first"));
    catalog.restoreProduct(seats.id);
    catalog.restorePlan(basic.id);
    QVERIFY(!catalog.findPlanByCode(QStringLiteral("BASIC"))->archivedAt.isValid());
    catalog.createPlan(later);
    QCOMPARE(catalog.plans().size(), std::size_t(2));

    QList<AuditRecord> records;
    const QStringList actions = auditActions(book.db(), &records);
    for (const char *action :
         { "product.archive", "product.restore", "plan.archive", "plan.restore", "plan.update" })
        QVERIFY2(actions.contains(QString::fromLatin1(action)), action);
    for (const AuditRecord &r : records) {
        if (r.action != QLatin1String("product.archive"))
            continue;
        QVERIFY2(r.afterJson.contains(QStringLiteral("\"archived_at\":\"2026-06-30\"")),
                 qPrintable(r.afterJson));
        QVERIFY2(r.beforeJson.contains(QStringLiteral("\"archived_at\":\"\"")),
                 qPrintable(r.beforeJson));
    }
}

void TestCatalog::aViewerMayNotChangeTheCatalogue()
{
    if (TestDatabase::onPostgres())
        QSKIP("on a server the role is the login's (tst_team covers it)");
    TestBook book;
    UserRepository users(book.db());
    users.setRole(book.session().userName(), Role::Admin);
    users.setRole(QStringLiteral("vera"), Role::Viewer);
    Session vera(book.db(), QStringLiteral("vera"));
    Product seats = product(QStringLiteral("SEATS"));
    try {
        CatalogService(vera).createProduct(seats);
        QFAIL("a viewer created a product");
    } catch (const Error &e) {
        QCOMPARE(e.kind(), Error::Kind::PermissionDenied);
    }
    CatalogService(book.session()).createProduct(seats);
    QCOMPARE(CatalogService(vera).products().size(), std::size_t(1)); // reading is fine
    QVERIFY_THROWS_EXCEPTION(Error, CatalogService(vera).archiveProduct(seats.id));
    Plan plan = planFor(seats.id, QStringLiteral("P"));
    QVERIFY_THROWS_EXCEPTION(Error, CatalogService(vera).createPlan(plan));
    QVERIFY_THROWS_EXCEPTION(
        Error,
        CatalogService(vera).importProductsCsv("code,name,unit_price,currency\nA,A,1.00,EUR\n",
                                               QStringLiteral("products.csv")));
    QCOMPARE(CatalogService(vera).products(true).size(), std::size_t(1));
}

void TestCatalog::importIsAllOrNothing_data()
{
    QTest::addColumn<QByteArray>("products");
    QTest::addColumn<QByteArray>("plans"); // empty: products only
    QTest::addColumn<QString>("error"); // empty: imports
    const QByteArray goodProducts
        = "\xEF\xBB\xBF"
          "code,name,unit_price,currency,unit,tax_category,recognition,revenue_account\n"
          "SEATS,\"Seats, named\",12.50,EUR,seat,standard,ratably,\n"
          "STORAGE,Storage,0.10,eur,GB,Reduced,as_delivered,4000\n";
    const QByteArray planHeader
        = "code,name,product,period,price,currency,pricing,trial_days,tiers\n";
    QTest::newRow("good") << goodProducts
                          << planHeader
            + "TEAM,Team,SEATS,monthly,0,EUR,graduated,14,\"10:5.00+20.00;50:4.00;*:3.00\"\n"
              "STORE,Storage,STORAGE,12,99.00,EUR,,,\n"
                          << QString();
    QTest::newRow("bad currency")
        << QByteArray("code,name,unit_price,currency\nA,Alpha,1.00,EUR\nB,Beta,2.00,EURO\n")
        << QByteArray()
        << QStringLiteral("products.csv:3: currency: “EURO” is not an ISO 4217 currency code");
    QTest::newRow("bad price")
        << QByteArray("code,name,unit_price,currency\nA,Alpha,1.001,EUR\n") << QByteArray()
        << QStringLiteral("products.csv:2: unit_price: “1.001” is not an amount in EUR (use a "
                          "dot: 12.50)");
    QTest::newRow("same code twice")
        << QByteArray("code,name,unit_price,currency\nA,Alpha,1.00,EUR\nA,Again,1.00,EUR\n")
        << QByteArray()
        << QStringLiteral("products.csv:3: code: a product with the code “A” exists already");
    QTest::newRow("unknown tax category")
        << QByteArray("code,name,unit_price,currency,tax_category\nA,Alpha,1.00,EUR,luxury\n")
        << QByteArray() << QStringLiteral("products.csv:2: tax_category: “luxury” is not one of");
    QTest::newRow("asset as revenue account")
        << QByteArray("code,name,unit_price,currency,revenue_account\nA,Alpha,1.00,EUR,1000\n")
        << QByteArray()
        << QStringLiteral("products.csv:2: revenue_account: 1000 Bank is an account of type "
                          "asset, not revenue");
    QTest::newRow("no price column")
        << QByteArray("code,name,currency\nA,Alpha,EUR\n") << QByteArray()
        << QStringLiteral("products.csv:1: a “unit_price” column is required");
    QTest::newRow("bad tier string")
        << goodProducts << planHeader + "TEAM,Team,SEATS,monthly,0,EUR,graduated,,10-5.00\n"
        << QStringLiteral("plans.csv:2: tiers: “10-5.00” is not a price tier (UP_TO:PRICE or "
                          "UP_TO:PRICE+FLAT, * for no limit, e.g. 10:5.00+20.00)");
    QTest::newRow("unknown product")
        << goodProducts
        << planHeader
            + "TEAM,Team,SEATS,monthly,10.00,EUR,flat,,\n"
              "LOST,Lost,NOPE,monthly,10.00,EUR,flat,,\n"
        << QStringLiteral("plans.csv:3: product: no product with the code “NOPE”");
    QTest::newRow("bad plan currency")
        << goodProducts << planHeader + "TEAM,Team,SEATS,monthly,10.00,EURO,flat,,\n"
        << QStringLiteral("plans.csv:2: currency: “EURO” is not an ISO 4217 currency code");
    QTest::newRow("bad period")
        << goodProducts << planHeader + "TEAM,Team,SEATS,weekly,10.00,EUR,flat,,\n"
        << QStringLiteral("plans.csv:2: period: “weekly” is not monthly, quarterly, annual or a "
                          "number of months");
    QTest::newRow("tiers a plan cannot price")
        << goodProducts
        << planHeader + "TEAM,Team,SEATS,monthly,0,EUR,volume,,10:5.00;5:4.00;*:3.00\n"
        << QStringLiteral("plans.csv:2: tiers: Tier 2 must end above 10 units.");
}

void TestCatalog::importIsAllOrNothing()
{
    QFETCH(QByteArray, products);
    QFETCH(QByteArray, plans);
    QFETCH(QString, error);
    TestBook book;
    CatalogService catalog(book.session());
    const bool planStep = !plans.isEmpty();
    if (planStep)
        QCOMPARE(catalog.importProductsCsv(products, QStringLiteral("products.csv")), 2);
    const qint64 auditBefore = AuditRepository(book.db()).count();
    auto importing = [&] {
        return planStep ? catalog.importPlansCsv(plans, QStringLiteral("plans.csv"))
                        : catalog.importProductsCsv(products, QStringLiteral("products.csv"));
    };
    if (error.isEmpty()) {
        QCOMPARE(importing(), 2);
        const Product seats = *catalog.findProductByCode(QStringLiteral("SEATS"));
        QCOMPARE(seats.name, QStringLiteral("Seats, named"));
        QCOMPARE(seats.unitPrice, euros(1250));
        QCOMPARE(seats.recognitionMethod, QStringLiteral("ratably"));
        const Product storage = *catalog.findProductByCode(QStringLiteral("STORAGE"));
        QCOMPARE(storage.currency, eur);
        QCOMPARE(storage.taxCategory, QStringLiteral("reduced"));
        QCOMPARE(catalog.accountCode(storage.revenueAccountId), QStringLiteral("4000"));
        const Plan team = *catalog.findPlanByCode(QStringLiteral("TEAM"));
        QCOMPARE(team.productId, seats.id);
        QCOMPARE(team.trialDays, 14);
        QCOMPARE(PlanPricing::periodCharge(team, 51), euros(23300)); // 70 + 160 + 3.00
        const Plan store = *catalog.findPlanByCode(QStringLiteral("STORE"));
        QCOMPARE(store.billingPeriodMonths, 12);
        QCOMPARE(store.pricing, PricingModel::Flat);
        QCOMPARE(AuditRepository(book.db()).count(), auditBefore + 2);
        return;
    }
    const QString message = errorOf([&] { importing(); });
    QVERIFY2(message.startsWith(error), qPrintable(message));
    // Nothing half-done is kept: no row and no audit record.
    QCOMPARE(countOf(book.db(), QStringLiteral("product")), planStep ? 2 : 0);
    QCOMPARE(countOf(book.db(), QStringLiteral("plan")), 0);
    QCOMPARE(countOf(book.db(), QStringLiteral("plan_tier")), 0);
    QCOMPARE(AuditRepository(book.db()).count(), auditBefore);
}

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
