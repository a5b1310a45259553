#include "billing/subscriptionservice.h"

#include "billing/session.h"
#include "billing/settingsservice.h"
#include "common/error.h"
#include "common/isodate.h"
#include "domain/customer.h"
#include "domain/limits.h"
#include "domain/product.h"
#include "exchange/subscriptioncsv.h"
#include "storage/customerrepository.h"
#include "storage/productrepository.h"
#include "storage/subscriptionrepository.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <algorithm>

namespace Accrue {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Accrue::SubscriptionService", text);
}

constexpr int maxLicenses = 1'000'000;

Plan requirePlan(Database &db, qint64 planId)
{
    const std::optional<Plan> plan = ProductRepository(db).findPlan(planId);
    if (!plan)
        throw Error(tr("plan: no plan with id %1").arg(planId));
    if (plan->archivedAt.isValid())
        throw Error(tr("plan: %1 is archived and takes no new subscriptions").arg(plan->code));
    return *plan;
}

// The plan a subscription is on now: archiving it keeps its subscribers
// changeable and cancellable.
Plan currentPlan(Database &db, qint64 planId)
{
    const std::optional<Plan> plan = ProductRepository(db).findPlan(planId);
    if (!plan)
        throw Error(tr("plan: no plan with id %1").arg(planId));
    return *plan;
}

// Changes reach back no further than the start of the last period billed:
// proration corrects that one period, and an older date would leave the
// periods in between billed at the old terms.
void checkReach(Database &db, const Subscription &s, const QDate &effective)
{
    if (!s.billedThrough.isValid() || !s.renewalDate.isValid())
        return;
    const QDate periodStart
        = s.renewalDate.addMonths(-currentPlan(db, s.planId).billingPeriodMonths);
    if (effective < periodStart)
        throw Error(tr("date: a change can go back to %1, the start of the last period billed, "
                       "not to %2")
                        .arg(isoDate(periodStart), isoDate(effective)));
}

void checkLicenses(int licenses)
{
    if (licenses < 1 || licenses > maxLicenses)
        throw Error(
            tr("licenses: a whole number from 1 to %1, not %2").arg(maxLicenses).arg(licenses));
}

void checkDate(const QDate &date, const char *field)
{
    if (!date.isValid() || date.year() < Limits::firstYear || date.year() > Limits::lastYear)
        throw Error(tr("%1: give a date from %2 to %3")
                        .arg(QString::fromLatin1(field))
                        .arg(Limits::firstYear)
                        .arg(Limits::lastYear));
}

} // namespace

SubscriptionService::SubscriptionService(Session &session)
    : m_session(session)
{
}

bool SubscriptionService::isStatus(const QString &status)
{
    return status == SubscriptionStatus::Trial || status == SubscriptionStatus::Active
        || status == SubscriptionStatus::Paused || status == SubscriptionStatus::Cancelled;
}

QJsonObject SubscriptionService::toJson(const Subscription &s)
{
    return QJsonObject {
        { QStringLiteral("id"), s.id },
        { QStringLiteral("customer_id"), s.customerId },
        { QStringLiteral("billing_profile_id"), s.billingProfileId },
        { QStringLiteral("plan_id"), s.planId },
        { QStringLiteral("name"), s.name },
        { QStringLiteral("region"), s.region },
        { QStringLiteral("state_province"), s.stateProvince },
        { QStringLiteral("licenses"), s.licenses },
        { QStringLiteral("status"), s.status },
        { QStringLiteral("start_date"), isoDate(s.startDate) },
        { QStringLiteral("end_date"), isoDate(s.endDate) },
        { QStringLiteral("trial_end"), isoDate(s.trialEnd) },
        { QStringLiteral("renewal_date"), isoDate(s.renewalDate) },
        { QStringLiteral("billed_through"), isoDate(s.billedThrough) },
        { QStringLiteral("paused_at"), isoDate(s.pausedAt) },
        { QStringLiteral("cancelled_at"), isoDate(s.cancelledAt) },
    };
}

qint64 SubscriptionService::add(Subscription &s)
{
    m_session.require(Permission::Billing, tr("add subscriptions"));
    checkLicenses(s.licenses);
    if (!s.startDate.isValid())
        s.startDate = m_session.today();
    checkDate(s.startDate, "start");
    if (Limits::hasControlCharacters(s.name) || Limits::hasControlCharacters(s.region)
        || Limits::hasControlCharacters(s.stateProvince))
        throw Error(tr("name: contains control characters (such as NUL)"));
    Database &db = m_session.db();
    Transaction tx(db);
    CustomerRepository customers(db);
    const std::optional<Customer> customer = customers.find(s.customerId);
    if (!customer)
        throw Error(tr("customer: no such customer"));
    if (customer->archivedAt.isValid())
        throw Error(tr("customer: %1 is archived; restore it to subscribe it").arg(customer->code));
    const Plan plan = requirePlan(db, s.planId);
    if (plan.currency != customer->currency)
        throw Error(
            tr("plan: %1 bills in %2 but customer %3 is billed in %4; choose a plan in %4")
                .arg(plan.code, plan.currency.code(), customer->code, customer->currency.code()));
    std::optional<BillingProfile> profile;
    for (BillingProfile &p : customers.profiles(s.customerId))
        if (s.billingProfileId ? p.id == s.billingProfileId : p.isDefault)
            profile = std::move(p);
    if (s.billingProfileId && !profile)
        throw Error(tr("profile: customer %1 has no billing profile %2")
                        .arg(customer->code)
                        .arg(s.billingProfileId));
    s.billingProfileId = profile ? profile->id : 0;
    if (s.region.isEmpty() && profile)
        s.region = profile->region;
    if (s.stateProvince.isEmpty() && profile)
        s.stateProvince = profile->stateProvince;
    if (s.name.trimmed().isEmpty())
        s.name = plan.name;
    s.name = s.name.trimmed();
    SubscriptionRepository repo(db);
    s.isDefault = repo.list({ s.customerId, {} }).empty();
    s.endDate = s.billedThrough = s.pausedAt = s.cancelledAt = QDate();
    if (plan.trialDays > 0) {
        s.status = SubscriptionStatus::Trial;
        s.trialEnd = s.startDate.addDays(plan.trialDays - 1);
        s.renewalDate = s.trialEnd.addDays(1);
    } else {
        s.status = SubscriptionStatus::Active;
        s.trialEnd = QDate();
        s.renewalDate = s.startDate;
    }
    repo.insert(s);
    SubscriptionChange change;
    change.subscriptionId = s.id;
    change.effectiveDate = s.startDate;
    change.kind = SubscriptionChangeKind::Created;
    change.newPlanId = s.planId;
    change.newLicenses = s.licenses;
    change.billed = true; // the periods bill it
    change.userName = m_session.userName();
    repo.insertChange(change);
    m_session.audit().append(QStringLiteral("subscription.create"), QStringLiteral("subscription"),
                             QString::number(s.id), {}, toJson(s));
    tx.commit();
    return s.id;
}

void SubscriptionService::record(Subscription &before, Subscription &after,
                                 SubscriptionChange change, const QString &action)
{
    SubscriptionRepository repo(m_session.db());
    repo.update(after);
    change.subscriptionId = after.id;
    change.userName = m_session.userName();
    if (!change.oldPlanId)
        change.oldPlanId = before.planId;
    if (!change.newPlanId)
        change.newPlanId = after.planId;
    if (!change.oldLicenses)
        change.oldLicenses = before.licenses;
    if (!change.newLicenses)
        change.newLicenses = after.licenses;
    repo.insertChange(change);
    QJsonObject logged = toJson(after);
    logged.insert(QStringLiteral("effective_date"), isoDate(change.effectiveDate));
    m_session.audit().append(QStringLiteral("subscription.") + action,
                             QStringLiteral("subscription"), QString::number(after.id),
                             toJson(before), logged);
}

void SubscriptionService::changePlan(qint64 id, qint64 planId, const QDate &effective)
{
    m_session.require(Permission::Billing, tr("change subscriptions"));
    checkDate(effective, "date");
    Transaction tx(m_session.db());
    Subscription before = load(id);
    if (before.status == SubscriptionStatus::Cancelled)
        throw Error(tr("Subscription %1 is cancelled; add a new one instead").arg(id));
    if (effective < before.startDate)
        throw Error(tr("date: the subscription starts on %1").arg(isoDate(before.startDate)));
    if (planId == before.planId)
        throw Error(tr("plan: subscription %1 is on that plan already").arg(id));
    checkReach(m_session.db(), before, effective);
    const Plan from = currentPlan(m_session.db(), before.planId);
    const Plan to = requirePlan(m_session.db(), planId);
    if (to.currency != from.currency)
        throw Error(tr("plan: %1 bills in %2, the subscription in %3")
                        .arg(to.code, to.currency.code(), from.currency.code()));
    // Proration shares one period's days between the old and the new plan.
    if (to.billingPeriodMonths != from.billingPeriodMonths)
        throw Error(tr("plan: %1 bills every %2 months, the subscription every %3; cancel it and "
                       "add a new subscription instead")
                        .arg(to.code)
                        .arg(to.billingPeriodMonths)
                        .arg(from.billingPeriodMonths));
    Subscription after = before;
    after.planId = planId;
    if (before.name == from.name)
        after.name = to.name;
    SubscriptionChange change;
    change.kind = SubscriptionChangeKind::Plan;
    change.effectiveDate = effective;
    record(before, after, change, QStringLiteral("change_plan"));
    tx.commit();
}

void SubscriptionService::changeQuantity(qint64 id, int licenses, const QDate &effective)
{
    const QString what = tr("change subscriptions");
    // A customer's own users, where the book allows it: their own
    // subscriptions, through the same change log, audit and proration.
    const bool selfService = m_session.isCustomerUser();
    if (selfService) {
        m_session.require(Permission::ManageOwnAccount, what);
        if (!SettingsService(m_session).customersMayChangeQuantity())
            throw Error(tr("%1 may not %2: this book does not let customers change their "
                           "subscriptions' quantities")
                            .arg(m_session.userName(), what),
                        {}, Error::Kind::PermissionDenied);
    } else {
        m_session.require(Permission::Billing, what);
    }
    checkLicenses(licenses);
    checkDate(effective, "date");
    Transaction tx(m_session.db());
    Subscription before = load(id);
    if (selfService)
        m_session.requireCustomer(before.customerId, what);
    if (before.status == SubscriptionStatus::Cancelled)
        throw Error(tr("Subscription %1 is cancelled; add a new one instead").arg(id));
    if (effective < before.startDate)
        throw Error(tr("date: the subscription starts on %1").arg(isoDate(before.startDate)));
    if (licenses == before.licenses)
        throw Error(tr("licenses: subscription %1 has %2 already").arg(id).arg(licenses));
    checkReach(m_session.db(), before, effective);
    Subscription after = before;
    after.licenses = licenses;
    SubscriptionChange change;
    change.kind = SubscriptionChangeKind::Quantity;
    change.effectiveDate = effective;
    record(before, after, change, QStringLiteral("change_quantity"));
    tx.commit();
}

void SubscriptionService::change(qint64 id, qint64 planId, int licenses, const QDate &effective)
{
    Transaction tx(m_session.db());
    const Subscription before = load(id);
    const bool plan = planId != 0 && planId != before.planId;
    const bool seats = licenses != 0 && licenses != before.licenses;
    if (!plan && !seats)
        throw Error(tr("Subscription %1 has that plan and those licenses already").arg(id));
    if (plan)
        changePlan(id, planId, effective);
    if (seats)
        changeQuantity(id, licenses, effective);
    tx.commit();
}

void SubscriptionService::pause(qint64 id, const QDate &date)
{
    m_session.require(Permission::Billing, tr("pause subscriptions"));
    checkDate(date, "date");
    Transaction tx(m_session.db());
    Subscription before = load(id);
    if (before.status != SubscriptionStatus::Active && before.status != SubscriptionStatus::Trial)
        throw Error(tr("Subscription %1 is %2; only an active one can be paused")
                        .arg(id)
                        .arg(before.status));
    // What was due before the pause is billed first; the run then skips the
    // paused days, and resuming starts the next period on its date.
    if (before.renewalDate.isValid() && before.renewalDate < date)
        throw Error(tr("date: the period from %1 is due and not billed; run the billing for it "
                       "before pausing on %2")
                        .arg(isoDate(before.renewalDate), isoDate(date)));
    Subscription after = before;
    after.status = SubscriptionStatus::Paused;
    after.pausedAt = date;
    SubscriptionChange change;
    change.kind = SubscriptionChangeKind::Pause;
    change.effectiveDate = date;
    change.billed = true; // nothing to bill
    record(before, after, change, QStringLiteral("pause"));
    tx.commit();
}

void SubscriptionService::resume(qint64 id, const QDate &date)
{
    m_session.require(Permission::Billing, tr("resume subscriptions"));
    checkDate(date, "date");
    Transaction tx(m_session.db());
    Subscription before = load(id);
    if (before.status != SubscriptionStatus::Paused)
        throw Error(tr("Subscription %1 is not paused").arg(id));
    if (date < before.pausedAt)
        throw Error(tr("date: it was paused on %1").arg(isoDate(before.pausedAt)));
    Subscription after = before;
    after.status = after.trialEnd.isValid() && date <= after.trialEnd ? SubscriptionStatus::Trial
                                                                      : SubscriptionStatus::Active;
    after.pausedAt = QDate();
    // A period that would have begun while paused begins on `date`
    // instead: the paused days are not billed. Periods due before the pause
    // stay due.
    if (after.renewalDate.isValid() && after.renewalDate >= before.pausedAt
        && after.renewalDate < date)
        after.renewalDate = date;
    SubscriptionChange change;
    change.kind = SubscriptionChangeKind::Resume;
    change.effectiveDate = date;
    change.billed = true;
    record(before, after, change, QStringLiteral("resume"));
    tx.commit();
}

void SubscriptionService::cancel(qint64 id, const QDate &date, bool atPeriodEnd)
{
    m_session.require(Permission::Billing, tr("cancel subscriptions"));
    checkDate(date, "date");
    Transaction tx(m_session.db());
    Subscription before = load(id);
    if (before.status == SubscriptionStatus::Cancelled)
        throw Error(tr("Subscription %1 is cancelled already").arg(id));
    if (date < before.startDate)
        throw Error(tr("date: the subscription starts on %1").arg(isoDate(before.startDate)));
    Subscription after = before;
    SubscriptionChange change;
    change.kind = SubscriptionChangeKind::Cancel;
    if (atPeriodEnd) {
        // The last day of the period holding `date`: nothing to credit.
        QDate end = before.billedThrough;
        if (!end.isValid() || end < date) {
            const int months = currentPlan(m_session.db(), before.planId).billingPeriodMonths;
            QDate next = before.renewalDate.isValid() ? before.renewalDate : before.startDate;
            while (next <= date)
                next = next.addMonths(months);
            end = next.addDays(-1);
        }
        after.endDate = end;
        change.effectiveDate = end.addDays(1);
        change.billed = true;
    } else {
        after.endDate = date.addDays(-1);
        change.effectiveDate = date;
        if (before.status != SubscriptionStatus::Paused)
            checkReach(m_session.db(), before, date);
    }
    // Paused: served up to the pause, billed up to billedThrough; the run
    // must bill no period of the pause.
    if (before.status == SubscriptionStatus::Paused) {
        const QDate served = std::max(before.pausedAt.addDays(-1), before.billedThrough);
        if (after.endDate > served)
            after.endDate = served;
    }
    after.status = SubscriptionStatus::Cancelled;
    after.cancelledAt = date;
    record(before, after, change, QStringLiteral("cancel"));
    tx.commit();
}

Subscription SubscriptionService::load(qint64 id)
{
    const std::optional<Subscription> s = SubscriptionRepository(m_session.db()).find(id);
    if (!s)
        throw Error(tr("No subscription with id %1").arg(id));
    return *s;
}

std::vector<Subscription> SubscriptionService::list(qint64 customerId, const QString &status)
{
    return SubscriptionRepository(m_session.db()).list({ customerId, status });
}

std::vector<SubscriptionChange> SubscriptionService::changes(qint64 id)
{
    return SubscriptionRepository(m_session.db()).changes(id);
}

int SubscriptionService::importCsv(const QByteArray &csv, const QString &fileName)
{
    m_session.require(Permission::Billing, tr("import subscriptions"));
    std::vector<SubscriptionCsv::Row> rows = SubscriptionCsv::parse(csv, fileName);
    Database &db = m_session.db();
    Transaction tx(db);
    CustomerRepository customers(db);
    ProductRepository products(db);
    for (const SubscriptionCsv::Row &row : rows) {
        auto fail = [&](const QString &message) {
            throw Error(QStringLiteral("%1:%2: %3").arg(fileName).arg(row.line).arg(message));
        };
        const std::optional<Customer> customer = customers.findByCode(row.customerCode);
        if (!customer)
            fail(tr("customer: no customer with the code “%1”").arg(row.customerCode));
        const std::optional<Plan> plan = products.findPlanByCode(row.planCode);
        if (!plan)
            fail(tr("plan: no plan with the code “%1”").arg(row.planCode));
        Subscription s;
        s.customerId = customer->id;
        s.planId = plan->id;
        s.name = row.name;
        s.licenses = row.licenses;
        s.startDate = row.start;
        s.region = row.region;
        s.stateProvince = row.stateProvince;
        try {
            add(s);
        } catch (const Error &e) {
            // add() names the field; the file and line say which row.
            fail(e.userMessage());
        }
    }
    tx.commit();
    return int(rows.size());
}

} // namespace Accrue
