#pragma once

#include "domain/subscription.h"

#include <QByteArray>
#include <QJsonObject>
#include <vector>

namespace Accrue {

class Session;

// Subscriptions from sign-up to cancellation. Each change is checked,
// stored with a line in the subscription's change log and audited, in one
// transaction; what it costs or credits is left to the next billing run
// (BillingRun), which prorates changes inside billed periods.
class SubscriptionService final
{
public:
    explicit SubscriptionService(Session &session);

    // Fill customerId, planId and optionally name (default the plan's),
    // licenses, startDate (default today), region, stateProvince (default
    // the profile's) and billingProfileId (default the customer's default
    // profile). Refused for an archived customer or plan, or a plan in
    // another currency than the customer's. A plan with trial days starts
    // in trial: trialEnd = start + trialDays - 1, renewal the day after;
    // otherwise active with renewal = start. Returns the id.
    qint64 add(Subscription &subscription);
    // To a plan of the same currency and billing period, from `effective`.
    void changePlan(qint64 id, qint64 planId, const QDate &effective);
    void changeQuantity(qint64 id, int licenses, const QDate &effective);
    // Plan and licenses together, in one transaction: both or neither. A 0
    // or the current value leaves that part as it is.
    void change(qint64 id, qint64 planId, int licenses, const QDate &effective);
    // Not billed while paused; resuming restarts the periods on `date`
    // when the next one would have begun earlier (the pause is not billed).
    void pause(qint64 id, const QDate &date);
    void resume(qint64 id, const QDate &date);
    // From `date` (the first day not served; the run credits unused days
    // already billed), or at the end of the period holding `date`.
    void cancel(qint64 id, const QDate &date, bool atPeriodEnd = false);

    Subscription load(qint64 id); // throws Error if missing
    // By id; 0 and empty: all.
    std::vector<Subscription> list(qint64 customerId = 0, const QString &status = {});
    std::vector<SubscriptionChange> changes(qint64 id);
    // Subscriptions from CSV (SubscriptionCsv) in one transaction: all or
    // none; the error names file, line and field. Returns how many.
    int importCsv(const QByteArray &csv, const QString &fileName);

    static QJsonObject toJson(const Subscription &subscription);
    static bool isStatus(const QString &status);

private:
    void record(Subscription &before, Subscription &after, SubscriptionChange change,
                const QString &action);

    Session &m_session;
};

} // namespace Accrue
