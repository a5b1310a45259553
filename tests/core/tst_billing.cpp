#include "billing/billingrun.h"
#include "billing/catalogservice.h"
#include "billing/customerservice.h"
#include "billing/invoiceservice.h"
#include "billing/settingsservice.h"
#include "billing/subscriptionservice.h"
#include "common/error.h"
#include "security/auditlog.h"
#include "storage/subscriptionrepository.h"
#include "testbook.h"

#include <QTest>

using namespace Accrue;
using namespace Accrue::Testing;

// Subscriptions billed by a billing run: a period per invoice, trials,
// pauses, and plan, quantity and cancellation changes prorated by days.
// Every proration below is worked out by hand; June 2026 has 30 days, so a
// change on day d leaves 30 - d + 1 unused days of the June period.
class TestBilling : public QObject
{
    Q_OBJECT

private slots:
    void monthEndsKeepTheirDay();
    void guardsAroundBilledPeriods();
    void upgradeThenDowngradeCreditsTheUpgrade();
    void addingChecksCustomerPlanAndCurrency();
    void aPeriodIsBilledOnceAndAdvances();
    void upgradeOnDayTenIsProratedOnOneInvoice();
    void downgradeBecomesACreditNote();
    void moreSeatsMidMonthOnPerSeatPricing();
    void cancellationCreditsTheUnusedDays();
    void aTrialIsBilledFromTheDayAfterIt();
    void pausedIsNotBilled();
    void previewEqualsWhatTheRunMakes();
    void draftsWhenTheSettingSaysSo();
    void aRecordAndAnAuditLineForEveryChange();
};

namespace {

const QDate june1(2026, 6, 1);
const QDate july1(2026, 7, 1);

struct Book
{
    TestBook book;
    qint64 customer = 0;
    qint64 product = 0;
    std::map<QString, qint64> plans;

    Book()
    {
        customer = book.addCustomer();
        product = book.addProduct(QStringLiteral("CORE"), QStringLiteral("4000"));
        addPlan(QStringLiteral("BASIC"), PricingModel::Flat, 2999); // 29.99 a month
        addPlan(QStringLiteral("PREMIUM"), PricingModel::Flat, 5999); // 59.99 a month
        addPlan(QStringLiteral("SEATS"), PricingModel::PerUnit, 1250); // 12.50 a seat
        addPlan(QStringLiteral("TRIAL"), PricingModel::Flat, 1000, 14); // 10.00, 14 days free
        addPlan(QStringLiteral("ANNUAL"), PricingModel::Flat, 30000, 0, 12);
    }

    void addPlan(const QString &code, PricingModel pricing, qint64 priceMinor, int trialDays = 0,
                 int months = 1)
    {
        Plan p;
        p.code = code;
        p.name = code + QStringLiteral(" plan");
        p.productId = product;
        p.billingPeriodMonths = months;
        p.currency = Currency::require(QStringLiteral("EUR"));
        p.price = Money(priceMinor, p.currency);
        p.pricing = pricing;
        p.trialDays = trialDays;
        ProductRepository(book.db()).insertPlan(p);
        plans[code] = p.id;
    }

    qint64 subscribe(const QString &plan, int licenses = 1, const QDate &start = june1)
    {
        Subscription s;
        s.customerId = customer;
        s.planId = plans.at(plan);
        s.licenses = licenses;
        s.startDate = start;
        return SubscriptionService(book.session()).add(s);
    }

    BillingRun::Result run(const QDate &date, std::vector<BillingItem> *made = nullptr,
                           std::optional<bool> issue = {})
    {
        return BillingRun(book.session()).run(date, issue, [made](const BillingItem &item) {
            if (made)
                made->push_back(item);
        });
    }

    Invoice invoiceByKey(const QString &key)
    {
        const auto id = SubscriptionRepository(book.db()).invoiceByKey(key);
        if (!id)
            throw Error(QStringLiteral("no invoice ") + key);
        return book.reload(*id);
    }

    qint64 count(const QString &sql) { return book.db().query(sql).scalar().toLongLong(); }

    Subscription load(qint64 id) { return SubscriptionService(book.session()).load(id); }
    SubscriptionService service() { return SubscriptionService(book.session()); }
};

QString key(qint64 subscription, const QDate &start)
{
    return QStringLiteral("sub:%1:%2").arg(subscription).arg(start.toString(Qt::ISODate));
}

} // namespace

void TestBilling::addingChecksCustomerPlanAndCurrency()
{
    Book b;
    // A USD customer cannot take a EUR plan: refused, naming both.
    const qint64 usd = b.book.addCustomer(QStringLiteral("YANK"), QStringLiteral("Yank Inc"),
                                          QStringLiteral("USD"));
    Subscription s;
    s.customerId = usd;
    s.planId = b.plans.at(QStringLiteral("BASIC"));
    try {
        b.service().add(s);
        QFAIL("a plan in another currency was taken");
    } catch (const Error &e) {
        QVERIFY2(e.userMessage().contains(QStringLiteral("EUR"))
                     && e.userMessage().contains(QStringLiteral("USD")),
                 qPrintable(e.userMessage()));
    }
    ProductRepository(b.book.db()).setPlanArchived(b.plans.at(QStringLiteral("PREMIUM")), june1);
    QVERIFY_THROWS_EXCEPTION(Error, b.subscribe(QStringLiteral("PREMIUM")));
    QVERIFY_THROWS_EXCEPTION(Error, b.subscribe(QStringLiteral("BASIC"), 0));
    // Without a trial: active, billed from its start.
    const Subscription basic = b.load(b.subscribe(QStringLiteral("BASIC")));
    QCOMPARE(basic.status, SubscriptionStatus::Active);
    QCOMPARE(basic.renewalDate, june1);
    QCOMPARE(basic.name, QStringLiteral("BASIC plan"));
    QVERIFY(basic.isDefault);
    // A plan change to another period length is refused (proration shares
    // one period's days).
    QVERIFY_THROWS_EXCEPTION(
        Error, b.service().changePlan(basic.id, b.plans.at(QStringLiteral("ANNUAL")), june1));
}

void TestBilling::aPeriodIsBilledOnceAndAdvances()
{
    Book b;
    const qint64 id = b.subscribe(QStringLiteral("BASIC"));
    // Nothing before the start.
    QCOMPARE(b.run(QDate(2026, 5, 31)).invoices, 0);
    BillingRun::Result r = b.run(june1);
    QCOMPARE(r.invoices, 1);
    Invoice june = b.invoiceByKey(key(id, june1));
    QCOMPARE(toString(june.status), toString(InvoiceStatus::Open)); // issued: the default setting
    QCOMPARE(june.subtotal.minor(), 2999);
    QCOMPARE(june.issueDate, june1);
    QCOMPARE(june.subscriptionId, id);
    QCOMPARE(june.lines.at(0).serviceStart, june1);
    QCOMPARE(june.lines.at(0).serviceEnd, QDate(2026, 6, 30));
    QCOMPARE(june.lines.at(0).productId, b.product);
    Subscription s = b.load(id);
    QCOMPARE(s.renewalDate, july1);
    QCOMPARE(s.billedThrough, QDate(2026, 6, 30));

    // The same date again: nothing more.
    r = b.run(june1);
    QCOMPARE(r.invoices, 0);
    QCOMPARE(b.count(QStringLiteral("SELECT COUNT(*) FROM invoice")), 1);
    // Each run is recorded, even one that made nothing: May 31 and June 1 twice.
    QCOMPARE(b.count(QStringLiteral("SELECT COUNT(*) FROM billing_run")), 3);

    // A run late by two months bills July and August, each dated its start.
    r = b.run(QDate(2026, 8, 15));
    QCOMPARE(r.invoices, 2);
    QCOMPARE(b.invoiceByKey(key(id, july1)).issueDate, july1);
    QCOMPARE(b.invoiceByKey(key(id, QDate(2026, 8, 1))).lines.at(0).serviceEnd, QDate(2026, 8, 31));
    QCOMPARE(b.load(id).renewalDate, QDate(2026, 9, 1));

    // Billing keys are unique: moving the renewal back makes nothing twice.
    s = b.load(id);
    s.renewalDate = june1;
    SubscriptionRepository(b.book.db()).update(s);
    QCOMPARE(b.run(QDate(2026, 8, 15)).invoices, 0);
    QCOMPARE(b.count(QStringLiteral("SELECT COUNT(*) FROM invoice")), 3);
    b.book.checkBooks();
}

void TestBilling::upgradeOnDayTenIsProratedOnOneInvoice()
{
    Book b;
    const qint64 id = b.subscribe(QStringLiteral("BASIC"));
    b.run(june1); // June at 29.99
    b.service().changePlan(id, b.plans.at(QStringLiteral("PREMIUM")), QDate(2026, 6, 10));
    // June 10..30 is 21 unused days of 30:
    //   credit BASIC   29.99 x 21/30 = 20.993 -> 20.99
    //   charge PREMIUM 59.99 x 21/30 = 41.993 -> 41.99
    //   net 41.99 - 20.99 = 21.00 >= 0: one invoice "chg:<id>".
    std::vector<BillingItem> made;
    const BillingRun::Result r = b.run(QDate(2026, 6, 10), &made);
    QCOMPARE(r.invoices, 1);
    QCOMPARE(r.creditNotes, 0);
    const qint64 change = b.service().changes(id).back().id;
    const Invoice chg = b.invoiceByKey(QStringLiteral("chg:%1").arg(change));
    QCOMPARE(chg.subtotal.minor(), 2100);
    QCOMPARE(chg.issueDate, QDate(2026, 6, 10));
    QCOMPARE(chg.lines.at(0).serviceStart, QDate(2026, 6, 10));
    QCOMPARE(chg.lines.at(0).serviceEnd, QDate(2026, 6, 30));
    // The line states both amounts.
    QVERIFY2(chg.lines.at(0).description.contains(QStringLiteral("41.99"))
                 && chg.lines.at(0).description.contains(QStringLiteral("20.99")),
             qPrintable(chg.lines.at(0).description));
    QVERIFY(b.service().changes(id).back().billed);
    // July is billed on the new plan.
    b.run(july1);
    QCOMPARE(b.invoiceByKey(key(id, july1)).subtotal.minor(), 5999);
    b.book.checkBooks();
}

void TestBilling::downgradeBecomesACreditNote()
{
    Book b;
    const qint64 id = b.subscribe(QStringLiteral("PREMIUM"));
    b.run(june1); // June at 59.99
    b.service().changePlan(id, b.plans.at(QStringLiteral("BASIC")), QDate(2026, 6, 10));
    // 21 of 30 days: credit 59.99 x 21/30 = 41.99, charge 29.99 x 21/30 =
    // 20.99, net -21.00: a credit note of 21.00 on the June invoice.
    const BillingRun::Result r = b.run(QDate(2026, 6, 20));
    QCOMPARE(r.invoices, 0);
    QCOMPARE(r.creditNotes, 1);
    const Invoice june = b.invoiceByKey(key(id, june1));
    QCOMPARE(june.credited.minor(), 2100);
    QCOMPARE(june.balance.minor(), 5999 - 2100);
    QCOMPARE(b.count(QStringLiteral("SELECT total_minor FROM credit_note WHERE billing_key LIKE "
                                    "'chg:%'")),
             2100);
    // Again: nothing.
    QCOMPARE(b.run(QDate(2026, 6, 20)).creditNotes, 0);
    b.run(july1);
    QCOMPARE(b.invoiceByKey(key(id, july1)).subtotal.minor(), 2999);
    b.book.checkBooks();
}

void TestBilling::moreSeatsMidMonthOnPerSeatPricing()
{
    Book b;
    const qint64 id = b.subscribe(QStringLiteral("SEATS"), 5);
    b.run(june1);
    const Invoice june = b.invoiceByKey(key(id, june1));
    // Per seat: 5 x 12.50 = 62.50, shown as quantity 5.
    QCOMPARE(june.lines.at(0).quantityMilli, 5000);
    QCOMPARE(june.lines.at(0).unitPrice.minor(), 1250);
    QCOMPARE(june.subtotal.minor(), 6250);
    b.service().changeQuantity(id, 8, QDate(2026, 6, 16));
    // June 16..30 is 15 of 30 days: credit 62.50 x 15/30 = 31.25, charge
    // 8 x 12.50 = 100.00 x 15/30 = 50.00, net 18.75.
    b.run(QDate(2026, 6, 16));
    const qint64 change = b.service().changes(id).back().id;
    QCOMPARE(b.invoiceByKey(QStringLiteral("chg:%1").arg(change)).subtotal.minor(), 1875);
    b.run(july1);
    QCOMPARE(b.invoiceByKey(key(id, july1)).subtotal.minor(), 10000); // 8 x 12.50
    b.book.checkBooks();
}

void TestBilling::cancellationCreditsTheUnusedDays()
{
    Book b;
    const qint64 id = b.subscribe(QStringLiteral("BASIC"));
    b.run(june1);
    b.service().cancel(id, QDate(2026, 6, 21));
    // Served through June 20; June 21..30 is 10 of 30 days unused:
    // 29.99 x 10/30 = 9.9967 -> 10.00 credited.
    const Subscription s = b.load(id);
    QCOMPARE(s.status, SubscriptionStatus::Cancelled);
    QCOMPARE(s.endDate, QDate(2026, 6, 20));
    BillingRun::Result r = b.run(july1);
    QCOMPARE(r.invoices, 0); // July is not billed
    QCOMPARE(r.creditNotes, 1);
    QCOMPARE(b.invoiceByKey(key(id, june1)).credited.minor(), 1000);
    r = b.run(QDate(2026, 8, 1));
    QCOMPARE(r.invoices + r.creditNotes, 0);
    // Cancelled at the period's end instead: nothing to credit.
    const qint64 other = b.subscribe(QStringLiteral("BASIC"));
    b.run(june1);
    b.service().cancel(other, QDate(2026, 6, 21), true);
    QCOMPARE(b.load(other).endDate, QDate(2026, 6, 30));
    r = b.run(QDate(2026, 8, 1));
    QCOMPARE(r.invoices + r.creditNotes, 0);
    b.book.checkBooks();
}

void TestBilling::aTrialIsBilledFromTheDayAfterIt()
{
    Book b;
    const qint64 id = b.subscribe(QStringLiteral("TRIAL"));
    Subscription s = b.load(id);
    // 14 days from June 1: June 1..14 free, billed from June 15.
    QCOMPARE(s.status, SubscriptionStatus::Trial);
    QCOMPARE(s.trialEnd, QDate(2026, 6, 14));
    QCOMPARE(s.renewalDate, QDate(2026, 6, 15));
    QCOMPARE(b.run(QDate(2026, 6, 14)).invoices, 0);
    QCOMPARE(b.load(id).status, SubscriptionStatus::Trial);
    QCOMPARE(b.run(QDate(2026, 6, 15)).invoices, 1);
    s = b.load(id);
    QCOMPARE(s.status, SubscriptionStatus::Active);
    const Invoice first = b.invoiceByKey(key(id, QDate(2026, 6, 15)));
    QCOMPARE(first.lines.at(0).serviceEnd, QDate(2026, 7, 14));
    QCOMPARE(first.subtotal.minor(), 1000);
    b.book.checkBooks();
}

void TestBilling::pausedIsNotBilled()
{
    Book b;
    const qint64 id = b.subscribe(QStringLiteral("BASIC"));
    b.run(june1);
    b.service().pause(id, QDate(2026, 6, 15));
    QCOMPARE(b.run(QDate(2026, 9, 1)).invoices, 0);
    // Resumed on September 10: the paused months are not billed, the
    // periods start again on that day.
    b.service().resume(id, QDate(2026, 9, 10));
    QCOMPARE(b.load(id).renewalDate, QDate(2026, 9, 10));
    QCOMPARE(b.run(QDate(2026, 9, 10)).invoices, 1);
    QCOMPARE(b.invoiceByKey(key(id, QDate(2026, 9, 10))).lines.at(0).serviceEnd,
             QDate(2026, 10, 9));
    b.book.checkBooks();
}

void TestBilling::previewEqualsWhatTheRunMakes()
{
    Book b;
    const qint64 up = b.subscribe(QStringLiteral("BASIC"));
    const qint64 down = b.subscribe(QStringLiteral("PREMIUM"));
    const qint64 seats = b.subscribe(QStringLiteral("SEATS"), 3);
    const qint64 gone = b.subscribe(QStringLiteral("BASIC"));
    b.subscribe(QStringLiteral("TRIAL"));
    b.run(june1);
    b.service().changePlan(up, b.plans.at(QStringLiteral("PREMIUM")), QDate(2026, 6, 10));
    b.service().changePlan(down, b.plans.at(QStringLiteral("BASIC")), QDate(2026, 6, 10));
    b.service().changeQuantity(seats, 6, QDate(2026, 6, 16));
    b.service().cancel(gone, QDate(2026, 6, 21));

    const std::vector<BillingItem> preview = BillingRun(b.book.session()).preview(july1);
    // Three prorations, one cancellation, July for three and the trial's
    // first period (from June 15).
    QCOMPARE(preview.size(), std::size_t(8));
    QCOMPARE(b.count(QStringLiteral("SELECT COUNT(*) FROM invoice")), 4); // preview made nothing
    std::vector<BillingItem> made;
    const BillingRun::Result r = b.run(july1, &made);
    QCOMPARE(made.size(), preview.size());
    for (std::size_t i = 0; i < made.size(); ++i) {
        QCOMPARE(made[i].billingKey, preview[i].billingKey);
        QCOMPARE(int(made[i].kind), int(preview[i].kind));
        QCOMPARE(made[i].net.minor(), preview[i].net.minor());
    }
    QCOMPARE(r.invoices + r.creditNotes, 8);
    // And the book holds what the preview said, amount for amount.
    for (const BillingItem &item : preview) {
        if (item.kind == BillingItem::Kind::Invoice)
            QCOMPARE(b.invoiceByKey(item.billingKey).subtotal.minor(), item.net.minor());
        else
            QCOMPARE(b.count(QStringLiteral("SELECT subtotal_minor FROM credit_note WHERE "
                                            "billing_key = '%1'")
                                 .arg(item.billingKey)),
                     item.net.minor());
    }
    QVERIFY(BillingRun(b.book.session()).preview(july1).empty());
    b.book.checkBooks();
    QVERIFY(AuditLog(b.book.db(), QString()).verify().ok);
}

void TestBilling::draftsWhenTheSettingSaysSo()
{
    Book b;
    CompanySettings company = SettingsService(b.book.session()).company();
    company.legalName = QStringLiteral("Test Ltd");
    company.billingRunIssues = false;
    SettingsService(b.book.session()).saveCompany(company);
    const qint64 id = b.subscribe(QStringLiteral("PREMIUM"));
    const BillingRun::Result r = b.run(june1);
    QVERIFY(!r.issued);
    QCOMPARE(toString(b.invoiceByKey(key(id, june1)).status), toString(InvoiceStatus::Draft));
    // A downgrade waits while the June invoice is a draft (it cannot be
    // credited), and is credited once it is issued.
    b.service().changePlan(id, b.plans.at(QStringLiteral("BASIC")), QDate(2026, 6, 10));
    QCOMPARE(b.run(QDate(2026, 6, 10)).creditNotes, 0);
    QVERIFY(!b.service().changes(id).back().billed);
    InvoiceService(b.book.session()).issue(b.invoiceByKey(key(id, june1)).id);
    QCOMPARE(b.run(QDate(2026, 6, 11), nullptr, true).creditNotes, 1);
    b.book.checkBooks();
}

void TestBilling::aRecordAndAnAuditLineForEveryChange()
{
    Book b;
    const qint64 id = b.subscribe(QStringLiteral("SEATS"), 4);
    // A pause needs what is due before it billed: June first (4 seats, 50.00).
    QVERIFY_THROWS_EXCEPTION(Error, b.service().pause(id, QDate(2026, 6, 6)));
    QCOMPARE(b.run(QDate(2026, 6, 1)).invoices, 1);
    const qint64 audited
        = b.count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'subscription'"));
    b.service().changeQuantity(id, 2, QDate(2026, 6, 5));
    b.service().pause(id, QDate(2026, 6, 6));
    b.service().resume(id, QDate(2026, 6, 7));
    b.service().cancel(id, QDate(2026, 6, 8));
    const std::vector<SubscriptionChange> log = b.service().changes(id);
    QCOMPARE(log.size(), std::size_t(5));
    QCOMPARE(log[0].kind, SubscriptionChangeKind::Created);
    QCOMPARE(log[1].kind, SubscriptionChangeKind::Quantity);
    QCOMPARE(log[1].oldLicenses, 4);
    QCOMPARE(log[1].newLicenses, 2);
    QCOMPARE(log[4].kind, SubscriptionChangeKind::Cancel);
    QCOMPARE(log[4].userName, b.book.session().userName());
    QCOMPARE(
        b.count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'subscription'")),
        audited + 4);
    // A stale copy cannot overwrite a newer one.
    Subscription stale = b.load(id);
    --stale.version;
    try {
        SubscriptionRepository(b.book.db()).update(stale);
        QFAIL("a stale subscription was saved");
    } catch (const Error &e) {
        QCOMPARE(e.kind(), Error::Kind::Conflict);
        QVERIFY2(e.userMessage().contains(b.book.session().userName()),
                 qPrintable(e.userMessage()));
    }
    // June was billed on the terms of June 1 (4 seats, 50.00); each change
    // is credited on June's invoice:
    //   seats 4 -> 2 from June 5, 26 of 30 days: credit 50.00 x 26/30 =
    //   43.33, charge 25.00 x 26/30 = 21.67, net -21.66;
    //   cancelled from June 8, 23 of 30 days: 25.00 x 23/30 = 19.17.
    // The pause of June 6..7 credits nothing (paused days stay billed).
    const BillingRun::Result r = b.run(QDate(2026, 6, 30));
    QCOMPARE(r.invoices, 0);
    QCOMPARE(r.creditNotes, 2);
    const Invoice june = b.invoiceByKey(key(id, june1));
    QCOMPARE(june.subtotal.minor(), 5000);
    QCOMPARE(june.credited.minor(), 2166 + 1917);
    b.book.checkBooks();
}

// A subscription begun on 31 January renews on the last day of shorter
// months and returns to the 31st: Jan 31-Feb 27, Feb 28-Mar 30,
// Mar 31-Apr 29, Apr 30-May 30.
void TestBilling::monthEndsKeepTheirDay()
{
    Book b;
    const qint64 id = b.subscribe(QStringLiteral("BASIC"), 1, QDate(2026, 1, 31));
    std::vector<BillingItem> made;
    b.run(QDate(2026, 5, 1), &made);
    QCOMPARE(made.size(), std::size_t(4));
    const std::pair<QDate, QDate> periods[] = {
        { QDate(2026, 1, 31), QDate(2026, 2, 27) },
        { QDate(2026, 2, 28), QDate(2026, 3, 30) },
        { QDate(2026, 3, 31), QDate(2026, 4, 29) },
        { QDate(2026, 4, 30), QDate(2026, 5, 30) },
    };
    for (std::size_t i = 0; i < made.size(); ++i) {
        QCOMPARE(made[i].periodStart, periods[i].first);
        QCOMPARE(made[i].periodEnd, periods[i].second);
    }
    QCOMPARE(b.load(id).renewalDate, QDate(2026, 5, 31));
}

// What a review found could lose or double-bill money, each now refused
// with its reason: a change dated before the last billed period, a plan
// repriced under its subscribers, a run's draft deleted, a customer
// archived with a live subscription, half a change.
void TestBilling::guardsAroundBilledPeriods()
{
    Book b;
    const qint64 id = b.subscribe(QStringLiteral("SEATS"), 4, QDate(2026, 4, 1));
    b.run(QDate(2026, 6, 1), nullptr, false); // April, May, June as drafts
    QCOMPARE(b.load(id).billedThrough, QDate(2026, 6, 30));
    // Back to May: the proration would fix June only.
    QVERIFY_THROWS_EXCEPTION(Error, b.service().changeQuantity(id, 6, QDate(2026, 5, 20)));
    QVERIFY_THROWS_EXCEPTION(Error, b.service().cancel(id, QDate(2026, 5, 20)));
    // Both parts of a change or neither: 4 seats already, and no plan by
    // that id.
    QVERIFY_THROWS_EXCEPTION(Error, b.service().change(id, 0, 4, QDate(2026, 6, 10)));
    QVERIFY_THROWS_EXCEPTION(Error, b.service().change(id, 999999, 6, QDate(2026, 6, 10)));
    QCOMPARE(b.load(id).licenses, 4);
    // The plan's price is what prorations credit: not changed under them.
    Plan seats = *CatalogService(b.book.session()).findPlanByCode(QStringLiteral("SEATS"));
    seats.price = Money(2000, seats.currency);
    QVERIFY_THROWS_EXCEPTION(Error, CatalogService(b.book.session()).updatePlan(seats));
    // A run's draft stays: its period would never be billed again.
    const Invoice april = b.invoiceByKey(key(id, QDate(2026, 4, 1)));
    QVERIFY_THROWS_EXCEPTION(Error, InvoiceService(b.book.session()).deleteDraft(april.id));
    // A customer with a live subscription is not archived.
    QVERIFY_THROWS_EXCEPTION(Error, CustomerService(b.book.session()).archive(b.customer));
    b.service().cancel(id, QDate(2026, 7, 1));
    CustomerService(b.book.session()).archive(b.customer);
}

// 10 seats at 12.50 for June (125.00), 100 seats from June 2, back to 10
// from June 3. Upgrade, 29 of 30 days: 1250.00 x 29/30 = 1208.33 less
// 125.00 x 29/30 = 120.83, an invoice of 1087.50. Downgrade, 28 of 30
// days: 1250.00 x 28/30 = 1166.67 less 125.00 x 28/30 = 116.67, a credit
// of 1050.00: more than June's own line (125.00), so the rest (925.00) is
// credited on the upgrade's invoice. Every run before stopped on it.
void TestBilling::upgradeThenDowngradeCreditsTheUpgrade()
{
    Book b;
    const qint64 id = b.subscribe(QStringLiteral("SEATS"), 10);
    QCOMPARE(b.run(june1).invoices, 1);
    b.service().changeQuantity(id, 100, QDate(2026, 6, 2));
    QCOMPARE(b.run(QDate(2026, 6, 2)).invoices, 1);
    QCOMPARE(b.invoiceByKey(QStringLiteral("chg:2")).subtotal.minor(), 108750);
    b.service().changeQuantity(id, 10, QDate(2026, 6, 3));
    const BillingRun::Result r = b.run(QDate(2026, 6, 3));
    QCOMPARE(r.creditNotes, 1);
    QCOMPARE(b.count(QStringLiteral("SELECT COUNT(*) FROM credit_note")), 2);
    QCOMPARE(b.count(QStringLiteral("SELECT SUM(subtotal_minor) FROM credit_note")), 105000);
    QCOMPARE(b.count(QStringLiteral(
                 "SELECT subtotal_minor FROM credit_note WHERE billing_key = 'chg:3'")),
             12500); // June's line: all it had
    // Run again: nothing more.
    QCOMPARE(b.run(QDate(2026, 6, 3)).creditNotes, 0);
    b.book.checkBooks();
}

QTEST_GUILESS_MAIN(TestBilling)
#include "tst_billing.moc"
