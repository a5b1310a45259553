#include "storage/subscriptionrepository.h"

#include "common/error.h"
#include "storage/database.h"
#include "storage/rowversion.h"
#include "storage/sqlquery.h"

#include <QCoreApplication>
#include <QDateTime>

namespace Accrue {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Accrue::SubscriptionRepository", text);
}

const QString selectSubscriptions = QStringLiteral(
    "SELECT s.id, s.customer_id, s.billing_profile_id, s.plan_id, s.name, s.region, "
    "s.state_province, s.is_default, s.licenses, s.start_date, s.end_date, s.status, "
    "s.trial_end, s.renewal_date, s.billed_through, s.paused_at, s.cancelled_at, s.version "
    "FROM subscription s");

const QString selectChanges = QStringLiteral(
    "SELECT id, subscription_id, effective_date, kind, old_plan_id, new_plan_id, old_licenses, "
    "new_licenses, billed, user_name, created_at FROM subscription_change");

// IN lists are padded to one size, so one prepared statement serves them all.
constexpr int inListSize = 100;

Subscription readSubscription(const SqlQuery &q)
{
    Subscription s;
    s.id = q.int64(0);
    s.customerId = q.int64(1);
    s.billingProfileId = q.int64(2);
    s.planId = q.int64(3);
    s.name = q.text(4);
    s.region = q.text(5);
    s.stateProvince = q.text(6);
    s.isDefault = q.value(7).toInt() != 0;
    s.licenses = q.value(8).toInt();
    s.startDate = q.date(9);
    s.endDate = q.date(10);
    s.status = q.text(11);
    s.trialEnd = q.date(12);
    s.renewalDate = q.date(13);
    s.billedThrough = q.date(14);
    s.pausedAt = q.date(15);
    s.cancelledAt = q.date(16);
    s.version = q.value(17).toInt();
    return s;
}

SubscriptionChange readChange(const SqlQuery &q)
{
    SubscriptionChange c;
    c.id = q.int64(0);
    c.subscriptionId = q.int64(1);
    c.effectiveDate = q.date(2);
    c.kind = q.text(3);
    c.oldPlanId = q.int64(4);
    c.newPlanId = q.int64(5);
    c.oldLicenses = q.value(6).toInt();
    c.newLicenses = q.value(7).toInt();
    c.billed = q.value(8).toInt() != 0;
    c.userName = q.text(9);
    c.createdAt = q.text(10);
    return c;
}

// Runs `work` over `values` in IN lists of inListSize, the last padded with
// its own last value.
template<typename T, typename Work> void inChunks(const std::vector<T> &values, Work work)
{
    for (std::size_t from = 0; from < values.size(); from += inListSize) {
        std::vector<T> chunk(values.begin() + qsizetype(from),
                             values.begin()
                                 + qsizetype(std::min(values.size(), from + inListSize)));
        chunk.resize(inListSize, chunk.back());
        work(chunk);
    }
}

} // namespace

SubscriptionRepository::SubscriptionRepository(Database &db)
    : m_db(db)
{
}

qint64 SubscriptionRepository::insert(Subscription &s)
{
    SqlQuery q = m_db.query(QStringLiteral(
        "INSERT INTO subscription (customer_id, billing_profile_id, plan_id, name, region, "
        "state_province, is_default, licenses, start_date, end_date, status, trial_end, "
        "renewal_date, billed_through, paused_at, cancelled_at, version) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1) RETURNING id"));
    s.id = q.bind(s.customerId)
               .bindNullable(s.billingProfileId)
               .bindAll(s.planId, s.name, s.region, s.stateProvince, s.isDefault ? 1 : 0,
                        s.licenses, s.startDate, s.endDate, s.status, s.trialEnd, s.renewalDate,
                        s.billedThrough, s.pausedAt, s.cancelledAt)
               .scalar()
               .toLongLong();
    s.version = 1;
    return s.id;
}

void SubscriptionRepository::update(Subscription &s)
{
    SqlQuery q = m_db.query(QStringLiteral(
        "UPDATE subscription SET billing_profile_id = ?, plan_id = ?, name = ?, region = ?, "
        "state_province = ?, is_default = ?, licenses = ?, start_date = ?, end_date = ?, "
        "status = ?, trial_end = ?, renewal_date = ?, billed_through = ?, paused_at = ?, "
        "cancelled_at = ?, version = version + 1 WHERE id = ? AND version = ?"));
    q.bindNullable(s.billingProfileId)
        .bindAll(s.planId, s.name, s.region, s.stateProvince, s.isDefault ? 1 : 0, s.licenses,
                 s.startDate, s.endDate, s.status, s.trialEnd, s.renewalDate, s.billedThrough,
                 s.pausedAt, s.cancelledAt, s.id, s.version)
        .exec();
    if (q.rowsAffected() == 1) {
        ++s.version;
        return;
    }
    // The table keeps no updated_by: the change log says who changed it last.
    SqlQuery last = m_db.query(QStringLiteral(
        "SELECT user_name, created_at FROM subscription_change WHERE subscription_id = ? "
        "ORDER BY id DESC LIMIT 1"));
    last.bind(s.id).exec();
    if (!find(s.id))
        throw Error(tr("Subscription %1 was deleted by someone else meanwhile").arg(s.id), {},
                    Error::Kind::Conflict);
    const bool known = last.next();
    throw Error(tr("Subscription %1 was changed by %2 at %3 — reload it and make your change "
                   "again")
                    .arg(s.id)
                    .arg(known ? last.text(0) : tr("another user"),
                         known ? last.text(1) : tr("an unknown time")),
                {}, Error::Kind::Conflict);
}

std::optional<Subscription> SubscriptionRepository::find(qint64 id)
{
    SqlQuery q = m_db.query(selectSubscriptions + QStringLiteral(" WHERE s.id = ?")
                            + m_db.customerScope(QStringLiteral("s.customer_id")));
    q.bind(id).exec();
    if (!q.next())
        return std::nullopt;
    return readSubscription(q);
}

std::vector<Subscription> SubscriptionRepository::list(const Filter &filter)
{
    // One of four fixed statements: values are always bound.
    QString where;
    if (filter.customerId > 0)
        where += QStringLiteral(" AND s.customer_id = ?");
    if (!filter.status.isEmpty())
        where += QStringLiteral(" AND s.status = ?");
    SqlQuery q = m_db.query(selectSubscriptions + QStringLiteral(" WHERE 1 = 1") + where
                            + m_db.customerScope(QStringLiteral("s.customer_id"))
                            + QStringLiteral(" ORDER BY s.id"));
    if (filter.customerId > 0)
        q.bind(filter.customerId);
    if (!filter.status.isEmpty())
        q.bind(filter.status);
    q.exec();
    std::vector<Subscription> out;
    while (q.next())
        out.push_back(readSubscription(q));
    return out;
}

std::vector<SubscriptionChange> SubscriptionRepository::changes(qint64 subscriptionId)
{
    SqlQuery q
        = m_db.query(selectChanges + QStringLiteral(" WHERE subscription_id = ? ORDER BY id"));
    q.bind(subscriptionId).exec();
    std::vector<SubscriptionChange> out;
    while (q.next())
        out.push_back(readChange(q));
    return out;
}

qint64 SubscriptionRepository::insertChange(SubscriptionChange &c)
{
    if (c.createdAt.isEmpty())
        c.createdAt = RowVersion::now();
    SqlQuery q = m_db.query(QStringLiteral(
        "INSERT INTO subscription_change (subscription_id, effective_date, kind, old_plan_id, "
        "new_plan_id, old_licenses, new_licenses, billed, user_name, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    c.id = q.bindAll(c.subscriptionId, c.effectiveDate, c.kind)
               .bindNullable(c.oldPlanId)
               .bindNullable(c.newPlanId)
               .bindAll(c.oldLicenses, c.newLicenses, c.billed ? 1 : 0, c.userName, c.createdAt)
               .scalar()
               .toLongLong();
    return c.id;
}

void SubscriptionRepository::markChangesBilled(const std::vector<qint64> &ids)
{
    SqlQuery q
        = m_db.query(QStringLiteral("UPDATE subscription_change SET billed = 1 WHERE id = ?"));
    for (qint64 id : ids)
        q.bind(id).exec();
}

std::vector<SubscriptionChange>
SubscriptionRepository::unbilledChanges(const std::vector<qint64> &subscriptionIds)
{
    std::vector<SubscriptionChange> out;
    if (subscriptionIds.empty())
        return out;
    inChunks(subscriptionIds, [&](const std::vector<qint64> &chunk) {
        SqlQuery q = m_db.query(selectChanges
                                + QStringLiteral(" WHERE billed = 0 AND subscription_id IN (")
                                + SqlQuery::placeholders(inListSize) + u')');
        for (qint64 id : chunk)
            q.bind(id);
        q.exec();
        while (q.next())
            out.push_back(readChange(q));
    });
    std::sort(out.begin(), out.end(), [](const SubscriptionChange &a, const SubscriptionChange &b) {
        return std::tie(a.subscriptionId, a.effectiveDate, a.id)
            < std::tie(b.subscriptionId, b.effectiveDate, b.id);
    });
    return out;
}

std::vector<Subscription> SubscriptionRepository::due(const QDate &runDate, qint64 afterId,
                                                      int limit)
{
    SqlQuery q = m_db.query(
        selectSubscriptions
        + QStringLiteral(
            " WHERE s.id > ? AND ((s.status IN ('active', 'trial') AND s.renewal_date <= ?) "
            "OR (s.status = 'cancelled' AND s.renewal_date <= ? AND s.end_date >= s.renewal_date) "
            "OR EXISTS (SELECT 1 FROM subscription_change c WHERE c.subscription_id = s.id "
            "AND c.billed = 0 AND c.effective_date <= ?))")
        + m_db.customerScope(QStringLiteral("s.customer_id"))
        + QStringLiteral(" ORDER BY s.id LIMIT ?"));
    q.bindAll(afterId, runDate, runDate, runDate, limit).exec();
    std::vector<Subscription> out;
    out.reserve(std::size_t(limit));
    while (q.next())
        out.push_back(readSubscription(q));
    return out;
}

std::optional<SubscriptionRepository::BilledPeriod>
SubscriptionRepository::billedPeriod(qint64 subscriptionId, const QDate &date)
{
    SqlQuery q = m_db.query(QStringLiteral(
        "SELECT i.id, i.status, l.service_start, l.service_end FROM invoice i "
        "JOIN invoice_line l ON l.invoice_id = i.id AND l.position = 1 "
        "WHERE i.subscription_id = ? AND i.billing_key LIKE 'sub:%' "
        "AND l.service_start <= ? AND l.service_end >= ? ORDER BY i.id DESC LIMIT 1"));
    q.bindAll(subscriptionId, date, date).exec();
    if (!q.next())
        return std::nullopt;
    return BilledPeriod { q.int64(0), q.text(1), q.date(2), q.date(3) };
}

std::optional<SubscriptionRepository::BilledPeriod>
SubscriptionRepository::latestInvoice(qint64 subscriptionId)
{
    SqlQuery q = m_db.query(
        QStringLiteral("SELECT i.id, i.status, l.service_start, l.service_end FROM invoice i "
                       "LEFT JOIN invoice_line l ON l.invoice_id = i.id AND l.position = 1 "
                       "WHERE i.subscription_id = ? AND i.status NOT IN ('draft', 'void') "
                       "ORDER BY i.issue_date DESC, i.id DESC LIMIT 1"));
    q.bind(subscriptionId).exec();
    if (!q.next())
        return std::nullopt;
    return BilledPeriod { q.int64(0), q.text(1), q.date(2), q.date(3) };
}

QSet<QString> SubscriptionRepository::existingKeys(const QStringList &keys)
{
    QSet<QString> found;
    if (keys.isEmpty())
        return found;
    const std::vector<QString> all(keys.begin(), keys.end());
    inChunks(all, [&](const std::vector<QString> &chunk) {
        const QString marks = SqlQuery::placeholders(inListSize);
        SqlQuery q = m_db.query(
            QStringLiteral(
                "SELECT billing_key FROM invoice WHERE billing_key IN (%1) "
                "UNION ALL SELECT billing_key FROM credit_note WHERE billing_key IN (%1)")
                .arg(marks));
        for (int pass = 0; pass < 2; ++pass)
            for (const QString &key : chunk)
                q.bind(key);
        q.exec();
        while (q.next())
            found.insert(q.text(0));
    });
    return found;
}

std::optional<qint64> SubscriptionRepository::invoiceByKey(const QString &key)
{
    SqlQuery q = m_db.query(QStringLiteral("SELECT id FROM invoice WHERE billing_key = ?"));
    q.bind(key).exec();
    if (!q.next())
        return std::nullopt;
    return q.int64(0);
}

void SubscriptionRepository::setInvoiceKey(qint64 invoiceId, const QString &key, qint64 runId)
{
    m_db.query(
            QStringLiteral("UPDATE invoice SET billing_key = ?, billing_run_id = ? WHERE id = ?"))
        .bindAll(key)
        .bindNullable(runId)
        .bind(invoiceId)
        .exec();
}

void SubscriptionRepository::setCreditNoteKey(qint64 creditNoteId, const QString &key)
{
    m_db.query(QStringLiteral("UPDATE credit_note SET billing_key = ? WHERE id = ?"))
        .bindAll(key, creditNoteId)
        .exec();
}

SubscriptionRepository::CacheSettings SubscriptionRepository::widenCache()
{
    if (m_db.dialect() != Database::Dialect::Sqlite)
        return {};
    CacheSettings before;
    before.cacheSize = m_db.query(QStringLiteral("PRAGMA cache_size")).scalar().toInt();
    before.tempStore = m_db.query(QStringLiteral("PRAGMA temp_store")).scalar().toInt();
    m_db.execute(QStringLiteral("PRAGMA cache_size=-524288")); // 512 MiB, as pages are used
    m_db.execute(QStringLiteral("PRAGMA temp_store=MEMORY"));
    return before;
}

void SubscriptionRepository::restoreCache(const CacheSettings &before)
{
    if (m_db.dialect() != Database::Dialect::Sqlite || before.cacheSize == 0)
        return;
    // Numbers read from SQLite itself, never input.
    m_db.execute(QStringLiteral("PRAGMA cache_size=%1").arg(before.cacheSize));
    m_db.execute(QStringLiteral("PRAGMA temp_store=%1").arg(before.tempStore));
}

qint64 SubscriptionRepository::insertRun(const QDate &runDate, const QString &userName, bool issued)
{
    SqlQuery q = m_db.query(QStringLiteral(
        "INSERT INTO billing_run (run_date, user_name, invoice_count, credit_note_count, issued, "
        "created_at) VALUES (?, ?, 0, 0, ?, ?) RETURNING id"));
    return q.bindAll(runDate, userName, issued ? 1 : 0, RowVersion::now()).scalar().toLongLong();
}

void SubscriptionRepository::finishRun(qint64 runId, int invoices, int creditNotes)
{
    m_db.query(QStringLiteral(
                   "UPDATE billing_run SET invoice_count = ?, credit_note_count = ? WHERE id = ?"))
        .bindAll(invoices, creditNotes, runId)
        .exec();
}

QString SubscriptionRepository::billingKeyOfInvoice(qint64 invoiceId)
{
    return m_db.query(QStringLiteral("SELECT COALESCE(billing_key, '') FROM invoice WHERE id = ?"))
        .bind(invoiceId)
        .scalar()
        .toString();
}

qint64 SubscriptionRepository::liveOnPlan(qint64 planId)
{
    return m_db
        .query(QStringLiteral(
            "SELECT COUNT(*) FROM subscription WHERE plan_id = ? AND status <> 'cancelled'"))
        .bind(planId)
        .scalar()
        .toLongLong();
}

std::vector<qint64> SubscriptionRepository::prorationInvoices(qint64 subscriptionId,
                                                              const QDate &periodEnd)
{
    SqlQuery q = m_db.query(QStringLiteral(
        "SELECT i.id FROM invoice i WHERE i.subscription_id = ? AND i.billing_key LIKE 'chg:%' "
        "AND i.status <> 'draft' AND i.status <> 'void' AND EXISTS (SELECT 1 FROM invoice_line l "
        "WHERE l.invoice_id = i.id AND l.service_end = ?) ORDER BY i.id DESC"));
    q.bindAll(subscriptionId, periodEnd).exec();
    std::vector<qint64> ids;
    while (q.next())
        ids.push_back(q.int64(0));
    return ids;
}

} // namespace Accrue
