// My Account: a customer tenant's users edit their own billing profiles and
// payment methods and, when the book allows it, their subscriptions'
// quantities; nothing else, and nobody else's (Permission::ManageOwnAccount).
// The same tests run on SQLite (tst_selfservice: core refuses) and on
// PostgreSQL (tst_selfservice_pg: the customer roles of schema 19 too,
// checked through the login's own connection as psql would).

#include "billing/customerservice.h"
#include "billing/invoiceservice.h"
#include "billing/paymentservice.h"
#include "billing/settingsservice.h"
#include "billing/subscriptionservice.h"
#include "billing/tenantservice.h"
#include "billing/userservice.h"
#include "bookmember.h"
#include "common/error.h"
#include "storage/auditrepository.h"
#include "storage/productrepository.h"
#include "storage/tenantrepository.h"
#include "storage/userrepository.h"
#include "testbook.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

using namespace Accrue;
using namespace Accrue::Testing;

namespace {

const QDate june1(2026, 6, 1);
const QDate june15(2026, 6, 15);

// Three levels on one book, set up by the root's admin ("tester"):
//   Default distributor (root)
//   ├── North (partner)             BETA: profile "Beta HQ", 3 seats
//   │   └── Acme (customer tenant)  ACME: profile "Acme HQ", 5 seats, a draft invoice
//   └── South (partner)             GAMMA: profile "Gamma HQ"
struct Tree
{
    TestBook book;
    qint64 root = 0, north = 0, south = 0, acmeTenant = 0;
    qint64 acme = 0, beta = 0, gamma = 0;
    qint64 acmeProfile = 0, betaProfile = 0, gammaProfile = 0;
    qint64 acmeSeats = 0, betaSeats = 0;
    qint64 plan = 0;
    qint64 acmeDraft = 0;

    Tree()
    {
        TenantService tenants(book.session());
        root = TenantRepository(book.db()).rootId();
        north = tenants.add(TenantKind::Partner, root, QStringLiteral("North")).id;
        south = tenants.add(TenantKind::Partner, root, QStringLiteral("South")).id;
        acme = book.addCustomer(QStringLiteral("ACME"), QStringLiteral("Acme Corp"));
        beta = book.addCustomer(QStringLiteral("BETA"), QStringLiteral("Beta Ltd"));
        gamma = book.addCustomer(QStringLiteral("GAMMA"), QStringLiteral("Gamma plc"));
        tenants.moveCustomer(beta, north);
        tenants.moveCustomer(gamma, south);
        acmeTenant = tenants.add(TenantKind::Customer, north, QStringLiteral("Acme"), acme).id;
        acmeProfile = addProfile(acme, QStringLiteral("Acme HQ"));
        betaProfile = addProfile(beta, QStringLiteral("Beta HQ"));
        gammaProfile = addProfile(gamma, QStringLiteral("Gamma HQ"));

        const qint64 product = book.addProduct(QStringLiteral("SEATS"), QStringLiteral("4000"));
        Plan p;
        p.code = QStringLiteral("SEATS");
        p.name = QStringLiteral("Seats plan");
        p.productId = product;
        p.billingPeriodMonths = 1;
        p.currency = Currency::require(QStringLiteral("EUR"));
        p.price = Money(1250, p.currency); // 12.50 a seat a month
        p.pricing = PricingModel::PerUnit;
        ProductRepository(book.db()).insertPlan(p);
        plan = p.id;
        acmeSeats = subscribe(acme, 5);
        betaSeats = subscribe(beta, 3);
        acmeDraft
            = InvoiceService(book.session()).createDraft(book.draft(acme, { { 1000, 10000 } }));
    }

    qint64 addProfile(qint64 customer, const QString &name)
    {
        BillingProfile profile;
        profile.name = name;
        profile.city = QStringLiteral("Bristol");
        profile.country = QStringLiteral("GB");
        return CustomerService(book.session()).addProfile(customer, profile, true);
    }

    qint64 subscribe(qint64 customer, int licenses)
    {
        Subscription s;
        s.customerId = customer;
        s.planId = plan;
        s.licenses = licenses;
        s.startDate = june1;
        return SubscriptionService(book.session()).add(s);
    }

    BillingProfile profile(qint64 customer, qint64 id)
    {
        for (const BillingProfile &p : CustomerService(book.session()).profiles(customer))
            if (p.id == id)
                return p;
        throw Error(QStringLiteral("no profile %1").arg(id));
    }

    // The book's audit records after `seq`, as "user action entity", read
    // by the owner.
    QStringList auditAfter(qint64 seq)
    {
        QStringList lines;
        AuditRepository(book.db()).forEach([&](const AuditRecord &r) {
            if (r.seq > seq)
                lines << r.userName + u' ' + r.action + u' ' + r.entity;
            return true;
        });
        return lines;
    }
    qint64 auditHead() { return AuditRepository(book.db()).count(); }
};

// The kind of Error `action` throws; Kind::Other when it throws none of ours.
std::optional<Error::Kind> refusal(const std::function<void()> &action)
{
    try {
        action();
    } catch (const Error &e) {
        return e.kind();
    }
    return std::nullopt;
}

bool denied(const std::function<void()> &action)
{
    return refusal(action) == Error::Kind::PermissionDenied;
}

PaymentMethod card()
{
    PaymentMethod m;
    m.kind = QStringLiteral("card");
    m.label = QStringLiteral("Company Visa");
    m.last4 = QStringLiteral("4242");
    m.expiry = QStringLiteral("12/29");
    return m;
}

} // namespace

class TestSelfService : public QObject
{
    Q_OBJECT

private slots:
    void customerFinanceEditsItsOwnAccount();
    void customerIsRefusedOtherCustomers();
    void customerDoesNotBill();
    void quantityOnlyWhenTheBookAllows();
    void customerViewerIsReadOnly();
    void othersKeepWhatTheyHad();
    void serverAllowsOnlyTheSelfServiceWrites();
};

void TestSelfService::customerFinanceEditsItsOwnAccount()
{
    Tree tree;
    Member cal = join(tree.book, "cal", Role::Finance, tree.acmeTenant);
    QVERIFY(cal.session->isCustomerUser());
    QVERIFY(!cal.session->can(Permission::Billing));
    QVERIFY(cal.session->can(Permission::ManageOwnAccount));
    const qint64 seq = tree.auditHead();

    PaymentMethod method = card();
    const qint64 methodId = CustomerService(*cal.session).addPaymentMethod(tree.acme, method);
    QVERIFY(methodId > 0);
    BillingProfile profile = tree.profile(tree.acme, tree.acmeProfile);
    profile.city = QStringLiteral("Leeds");
    profile.contactEmail = QStringLiteral("ap@acme.example");
    profile.paymentMethodId = methodId;
    CustomerService(*cal.session).updateProfile(profile, false);
    BillingProfile second;
    second.name = QStringLiteral("Acme Branch");
    second.country = QStringLiteral("FR");
    const qint64 branch = CustomerService(*cal.session).addProfile(tree.acme, second, false);

    const BillingProfile stored = tree.profile(tree.acme, tree.acmeProfile);
    QCOMPARE(stored.city, QStringLiteral("Leeds"));
    QCOMPARE(stored.contactEmail, QStringLiteral("ap@acme.example"));
    QCOMPARE(stored.paymentMethodId, methodId);
    QVERIFY(stored.isDefault);
    QCOMPARE(tree.profile(tree.acme, branch).country, QStringLiteral("FR"));
    const std::vector<PaymentMethod> methods
        = CustomerService(tree.book.session()).paymentMethods(tree.acme);
    QCOMPARE(int(methods.size()), 1);
    QCOMPARE(methods.front().last4, QStringLiteral("4242"));
    // Audited as usual, under the customer's user.
    QCOMPARE(
        tree.auditAfter(seq),
        (QStringList { cal.name + QStringLiteral(" payment_method.create payment_method"),
                       cal.name + QStringLiteral(" billing_profile.update billing_profile"),
                       cal.name + QStringLiteral(" billing_profile.create billing_profile") }));
}

void TestSelfService::customerIsRefusedOtherCustomers()
{
    Tree tree;
    Member cal = join(tree.book, "cal", Role::Finance, tree.acmeTenant);
    const qint64 seq = tree.auditHead();
    CustomerService customers(*cal.session);
    // Another customer's profile (its own partner's, and another partner's).
    BillingProfile beta = tree.profile(tree.beta, tree.betaProfile);
    beta.city = QStringLiteral("Hacked");
    QVERIFY(denied([&] { customers.updateProfile(beta, false); }));
    BillingProfile gamma = tree.profile(tree.gamma, tree.gammaProfile);
    QVERIFY(denied([&] { customers.updateProfile(gamma, true); }));
    QVERIFY(denied([&] { customers.removeProfile(tree.beta, tree.betaProfile); }));
    BillingProfile extra;
    extra.name = QStringLiteral("Mine now");
    QVERIFY(denied([&] { customers.addProfile(tree.gamma, extra, false); }));
    PaymentMethod method = card();
    QVERIFY(denied([&] { customers.addPaymentMethod(tree.beta, method); }));
    // Its own customer id with another's profile id: not one of its own.
    BillingProfile smuggled = tree.profile(tree.beta, tree.betaProfile);
    smuggled.customerId = tree.acme;
    QCOMPARE(errorOf([&] { customers.updateProfile(smuggled, false); }),
             QStringLiteral("The billing profile %1 is not one of this customer's.")
                 .arg(tree.betaProfile));
    // Nor its customer record itself (name, terms): that is the biller's.
    Customer acme = *CustomerService(tree.book.session()).find(tree.acme);
    acme.name = QStringLiteral("Acme Renamed");
    QVERIFY(denied([&] { customers.update(acme); }));
    QCOMPARE(tree.profile(tree.beta, tree.betaProfile).city, QStringLiteral("Bristol"));
    QCOMPARE(tree.auditAfter(seq), QStringList());
}

void TestSelfService::customerDoesNotBill()
{
    Tree tree;
    Member cal = join(tree.book, "cal", Role::Admin, tree.acmeTenant);
    QCOMPARE(cal.session->role(), Role::Admin);
    const qint64 seq = tree.auditHead();
    QVERIFY(denied([&] { InvoiceService(*cal.session).issue(tree.acmeDraft); }));
    QVERIFY(denied([&] {
        InvoiceService(*cal.session).createDraft(tree.book.draft(tree.acme, { { 1000, 500 } }));
    }));
    PaymentService::Request pay;
    pay.customerId = tree.acme;
    pay.date = june15;
    pay.amount = Money(10000, Currency::require(QStringLiteral("EUR")));
    QVERIFY(denied([&] { PaymentService(*cal.session).record(pay); }));
    SubscriptionService subscriptions(*cal.session);
    QVERIFY(denied([&] { subscriptions.pause(tree.acmeSeats, june15); }));
    QVERIFY(denied([&] { subscriptions.cancel(tree.acmeSeats, june15); }));
    Subscription more;
    more.customerId = tree.acme;
    more.planId = tree.plan;
    more.licenses = 1;
    more.startDate = june15;
    QVERIFY(denied([&] { subscriptions.add(more); }));
    // Nor the book's rule that lets it change quantities.
    QVERIFY(denied([&] { SettingsService(*cal.session).setCustomersMayChangeQuantity(true); }));
    QCOMPARE(tree.auditAfter(seq), QStringList());
}

void TestSelfService::quantityOnlyWhenTheBookAllows()
{
    Tree tree;
    Member cal = join(tree.book, "cal", Role::Finance, tree.acmeTenant);
    Member pam = join(tree.book, "pam", Role::Admin, tree.north);
    SubscriptionService subscriptions(*cal.session);
    // Off by default.
    QVERIFY(!SettingsService(*cal.session).customersMayChangeQuantity());
    QCOMPARE(errorOf([&] { subscriptions.changeQuantity(tree.acmeSeats, 7, june15); }),
             QStringLiteral("%1 may not change subscriptions: this book does not let customers "
                            "change their subscriptions' quantities")
                 .arg(cal.name));
    QCOMPARE(SubscriptionService(tree.book.session()).load(tree.acmeSeats).licenses, 5);
    // Only the root's admin switches it on: not a partner's.
    QVERIFY(denied([&] { SettingsService(*pam.session).setCustomersMayChangeQuantity(true); }));
    const qint64 seq = tree.auditHead();
    SettingsService(tree.book.session()).setCustomersMayChangeQuantity(true);
    QVERIFY(SettingsService(*cal.session).customersMayChangeQuantity());

    subscriptions.changeQuantity(tree.acmeSeats, 7, june15);
    QCOMPARE(SubscriptionService(tree.book.session()).load(tree.acmeSeats).licenses, 7);
    // The change log line the billing run prorates from, under cal's name.
    const std::vector<SubscriptionChange> log
        = SubscriptionService(tree.book.session()).changes(tree.acmeSeats);
    QCOMPARE(int(log.size()), 2); // created, quantity
    const SubscriptionChange &change = log.back();
    QCOMPARE(change.kind, SubscriptionChangeKind::Quantity);
    QCOMPARE(change.oldLicenses, 5);
    QCOMPARE(change.newLicenses, 7);
    QCOMPARE(change.effectiveDate, june15);
    QCOMPARE(change.userName, cal.name);
    QCOMPARE(
        tree.auditAfter(seq),
        (QStringList { tree.book.session().userName()
                           + QStringLiteral(" settings.customers_change_quantity setting"),
                       cal.name + QStringLiteral(" subscription.change_quantity subscription") }));
    // Quantity only: not the plan, not someone else's subscription.
    QVERIFY(denied([&] { subscriptions.changePlan(tree.acmeSeats, tree.plan, june15); }));
    QVERIFY(refusal([&] { subscriptions.changeQuantity(tree.betaSeats, 9, june15); }).has_value());
    QCOMPARE(SubscriptionService(tree.book.session()).load(tree.betaSeats).licenses, 3);
    // Off again: refused again.
    SettingsService(tree.book.session()).setCustomersMayChangeQuantity(false);
    QVERIFY(denied([&] { subscriptions.changeQuantity(tree.acmeSeats, 8, june15); }));
    QCOMPARE(SubscriptionService(tree.book.session()).load(tree.acmeSeats).licenses, 7);
}

void TestSelfService::customerViewerIsReadOnly()
{
    Tree tree;
    Member vic = join(tree.book, "vic", Role::Viewer, tree.acmeTenant);
    SettingsService(tree.book.session()).setCustomersMayChangeQuantity(true);
    const qint64 seq = tree.auditHead();
    QVERIFY(!vic.session->can(Permission::ManageOwnAccount));
    CustomerService customers(*vic.session);
    // It reads its own account...
    QCOMPARE(int(customers.profiles(tree.acme).size()), 1);
    QCOMPARE(int(SubscriptionService(*vic.session).list(tree.acme).size()), 1);
    // ...and changes none of it.
    PaymentMethod method = card();
    QVERIFY(denied([&] { customers.addPaymentMethod(tree.acme, method); }));
    BillingProfile profile = tree.profile(tree.acme, tree.acmeProfile);
    profile.city = QStringLiteral("Leeds");
    QVERIFY(denied([&] { customers.updateProfile(profile, false); }));
    QVERIFY(denied(
        [&] { SubscriptionService(*vic.session).changeQuantity(tree.acmeSeats, 7, june15); }));
    QCOMPARE(tree.profile(tree.acme, tree.acmeProfile).city, QStringLiteral("Bristol"));
    QCOMPARE(tree.auditAfter(seq), QStringList());
}

void TestSelfService::othersKeepWhatTheyHad()
{
    Tree tree;
    Member pat = join(tree.book, "pat", Role::Finance, tree.north);
    QVERIFY(!pat.session->isCustomerUser());
    // A partner's Finance user edits its customers' profiles and quantities
    // whatever the customers' setting says...
    BillingProfile beta = tree.profile(tree.beta, tree.betaProfile);
    beta.city = QStringLiteral("York");
    CustomerService(*pat.session).updateProfile(beta, false);
    QCOMPARE(tree.profile(tree.beta, tree.betaProfile).city, QStringLiteral("York"));
    SubscriptionService(*pat.session).changeQuantity(tree.betaSeats, 4, june15);
    QCOMPARE(SubscriptionService(tree.book.session()).load(tree.betaSeats).licenses, 4);
    // ...but not another partner's.
    BillingProfile gamma = tree.profile(tree.gamma, tree.gammaProfile);
    QVERIFY(denied([&] { CustomerService(*pat.session).updateProfile(gamma, false); }));
}

void TestSelfService::serverAllowsOnlyTheSelfServiceWrites()
{
    if (!TestDatabase::onPostgres())
        QSKIP("SQLite has no logins: core's refusals above are the whole of it");
    Tree tree;
    Member cal = join(tree.book, "cal", Role::Finance, tree.acmeTenant);
    Member vic = join(tree.book, "vic", Role::Viewer, tree.acmeTenant);
    Member ada = join(tree.book, "ada", Role::Admin, tree.acmeTenant);
    // The customer roles, and app_user telling Admin from Finance.
    UserRepository users(tree.book.db());
    QCOMPARE(users.roleOf(cal.name), Role::Finance);
    QCOMPARE(users.roleOf(vic.name), Role::Viewer);
    QCOMPARE(users.roleOf(ada.name), Role::Admin);
    auto member = [&](const QString &user, const char *group) {
        return tree.book.db()
            .query(QStringLiteral("SELECT pg_has_role(?, ?, 'MEMBER')"))
            .bindAll(user, QString::fromLatin1(group))
            .scalar()
            .toBool();
    };
    QVERIFY(member(cal.name, "accrue_customer"));
    QVERIFY(!member(cal.name, "accrue_viewer"));
    QVERIFY(!member(vic.name, "accrue_customer"));
    QVERIFY(member(vic.name, "accrue_customer_viewer"));

    auto run = [](Member &m, const QString &sql) {
        QSqlQuery q(m.db->connection());
        const bool ok = q.exec(sql);
        return ok ? q.numRowsAffected() : -1;
    };
    // What My Account writes: its own rows...
    QCOMPARE(run(cal,
                 QStringLiteral("UPDATE billing_profile SET city = 'Leeds' WHERE id = %1")
                     .arg(tree.acmeProfile)),
             1);
    QCOMPARE(run(cal,
                 QStringLiteral("UPDATE subscription SET licenses = 6 WHERE id = %1")
                     .arg(tree.acmeSeats)),
             1);
    // ...not another customer's (not even seen), not the plan of its own.
    QCOMPARE(run(cal,
                 QStringLiteral("UPDATE billing_profile SET city = 'X' WHERE id = %1")
                     .arg(tree.betaProfile)),
             0);
    QCOMPARE(run(cal,
                 QStringLiteral("UPDATE subscription SET status = 'cancelled' WHERE id = %1")
                     .arg(tree.acmeSeats)),
             -1);
    // And nothing of the biller's.
    QCOMPARE(
        run(cal,
            QStringLiteral("UPDATE invoice SET status = 'void' WHERE id = %1").arg(tree.acmeDraft)),
        -1);
    QCOMPARE(
        run(cal, QStringLiteral("UPDATE customer SET name = 'X' WHERE id = %1").arg(tree.acme)),
        -1);
    QCOMPARE(run(cal, QStringLiteral("UPDATE product SET name = 'X'")), -1);
    QCOMPARE(run(cal, QStringLiteral("DELETE FROM payment_method")), -1);
    // Its journal lines (the statement reads them) are its documents' alone.
    QSqlQuery lines(cal.db->connection());
    QVERIFY(lines.exec(QStringLiteral("SELECT COUNT(*) FROM journal_line WHERE customer_id IS "
                                      "DISTINCT FROM %1")
                           .arg(tree.acme))
            && lines.next());
    QCOMPARE(lines.value(0).toInt(), 0);
    QCOMPARE(run(cal, QStringLiteral("DELETE FROM journal_line")), -1);
    QVERIFY(!QSqlQuery(cal.db->connection()).exec(QStringLiteral("SELECT * FROM audit_log")));
    // A customer's viewer writes nothing at all.
    QCOMPARE(run(vic,
                 QStringLiteral("UPDATE billing_profile SET city = 'X' WHERE id = %1")
                     .arg(tree.acmeProfile)),
             -1);
    QCOMPARE(run(vic,
                 QStringLiteral("INSERT INTO payment_method (customer_id, kind) VALUES (%1, "
                                "'card')")
                     .arg(tree.acme)),
             -1);
    // Its change log shows its own subscriptions' lines only (BETA's
    // "created" line is not there).
    QSqlQuery q(cal.db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM subscription_change")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QCOMPARE(tree.profile(tree.acme, tree.acmeProfile).city, QStringLiteral("Leeds"));
    QCOMPARE(SubscriptionService(tree.book.session()).load(tree.acmeSeats).licenses, 6);
}

QTEST_GUILESS_MAIN(TestSelfService)
#include "tst_selfservice.moc"
