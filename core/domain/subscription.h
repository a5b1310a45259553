#pragma once

#include <QDate>
#include <QString>

namespace Accrue {

// Where a subscription stands: trial (free until trialEnd), active (billed
// each period from renewalDate), paused (not billed), cancelled (ends at
// endDate, never billed again).
namespace SubscriptionStatus {
inline const QString Trial = QStringLiteral("trial");
inline const QString Active = QStringLiteral("active");
inline const QString Paused = QStringLiteral("paused");
inline const QString Cancelled = QStringLiteral("cancelled");
} // namespace SubscriptionStatus

struct Subscription
{
    qint64 id = 0;
    qint64 customerId = 0;
    qint64 billingProfileId = 0;
    qint64 planId = 0;
    QString name;
    QString region;
    QString stateProvince;
    bool isDefault = false;
    int licenses = 1;
    QDate startDate;
    QDate endDate; // the last day served, once cancelled or fixed-term
    QString status = SubscriptionStatus::Active;
    QDate trialEnd; // the last day of the trial
    QDate renewalDate; // the first day of the next period to bill
    QDate billedThrough; // the last day already invoiced
    QDate pausedAt;
    QDate cancelledAt;
    int version = 1;
};

// One line of a subscription's change log: what changed, from when.
namespace SubscriptionChangeKind {
inline const QString Created = QStringLiteral("created");
inline const QString Plan = QStringLiteral("plan");
inline const QString Quantity = QStringLiteral("quantity");
inline const QString Pause = QStringLiteral("pause");
inline const QString Resume = QStringLiteral("resume");
inline const QString Cancel = QStringLiteral("cancel");
} // namespace SubscriptionChangeKind

struct SubscriptionChange
{
    qint64 id = 0;
    qint64 subscriptionId = 0;
    QDate effectiveDate;
    QString kind;
    qint64 oldPlanId = 0;
    qint64 newPlanId = 0;
    int oldLicenses = 0;
    int newLicenses = 0;
    bool billed = false; // its proration has been invoiced or credited
    QString userName;
    QString createdAt;
};

} // namespace Accrue
