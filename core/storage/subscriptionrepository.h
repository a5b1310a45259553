#pragma once

#include "domain/subscription.h"

#include <QSet>
#include <optional>
#include <vector>

namespace Accrue {

class Database;

// Subscriptions, their change log and billing runs. A billing run reads the
// due subscriptions a window at a time (due()), so a book with 100,000 of
// them never holds more than one window.
class SubscriptionRepository final
{
public:
    struct Filter
    {
        qint64 customerId = 0; // 0: every customer
        QString status; // empty: every status
    };

    // Where an earlier run billed a period: the invoice and its service period.
    struct BilledPeriod
    {
        qint64 invoiceId = 0;
        QString invoiceStatus;
        QDate start;
        QDate end;
    };

    explicit SubscriptionRepository(Database &db);

    qint64 insert(Subscription &subscription);
    // Saves every field if nobody changed the subscription since it was read
    // (else Error Kind::Conflict naming who changed it last, from its change
    // log); bumps `subscription.version`.
    void update(Subscription &subscription);
    std::optional<Subscription> find(qint64 id);
    // By id.
    std::vector<Subscription> list(const Filter &filter);
    // The billing key of a run's invoice ("sub:7:2026-06-01"); empty for
    // any other invoice.
    QString billingKeyOfInvoice(qint64 invoiceId);
    // The subscription's proration invoices ("chg:") for the period ending
    // on `periodEnd`, issued, newest first.
    std::vector<qint64> prorationInvoices(qint64 subscriptionId, const QDate &periodEnd);
    // Subscriptions on the plan that are not cancelled.
    qint64 liveOnPlan(qint64 planId);

    // The change log, oldest first.
    std::vector<SubscriptionChange> changes(qint64 subscriptionId);
    qint64 insertChange(SubscriptionChange &change);
    void markChangesBilled(const std::vector<qint64> &changeIds);
    // The unbilled changes of these subscriptions, by effective date then id.
    std::vector<SubscriptionChange> unbilledChanges(const std::vector<qint64> &subscriptionIds);

    // Up to `limit` subscriptions after `afterId` (by id) with something to
    // bill on or before `runDate`: a period (active, trial ending, or
    // cancelled with days still to serve) or an unbilled change.
    std::vector<Subscription> due(const QDate &runDate, qint64 afterId, int limit);

    // The invoice a run made for the period of the subscription holding
    // `date` (its plan line's service period), if any.
    std::optional<BilledPeriod> billedPeriod(qint64 subscriptionId, const QDate &date);
    // The newest issued, not void invoice of the subscription (demo books
    // bill subscriptions without billing keys).
    std::optional<BilledPeriod> latestInvoice(qint64 subscriptionId);

    // Which of these billing keys invoices or credit notes already carry.
    QSet<QString> existingKeys(const QStringList &keys);
    std::optional<qint64> invoiceByKey(const QString &key);
    void setInvoiceKey(qint64 invoiceId, const QString &key, qint64 runId);
    void setCreditNoteKey(qint64 creditNoteId, const QString &key);

    // A run writes tens of thousands of invoices in one transaction: a page
    // cache that holds them keeps SQLite from spilling to the WAL and back,
    // and temporary b-trees in memory spare each INSERT ... RETURNING a temp
    // file. What was set before, for restoreCache(); nothing on PostgreSQL.
    struct CacheSettings
    {
        int cacheSize = 0;
        int tempStore = 0;
    };
    CacheSettings widenCache();
    void restoreCache(const CacheSettings &before);

    qint64 insertRun(const QDate &runDate, const QString &userName, bool issued);
    void finishRun(qint64 runId, int invoices, int creditNotes);

private:
    Database &m_db;
};

} // namespace Accrue
