#include "billing/billingrun.h"

#include "billing/creditnoteservice.h"
#include "billing/invoiceservice.h"
#include "billing/session.h"
#include "billing/settingsservice.h"
#include "common/error.h"
#include "common/isodate.h"
#include "domain/invoicerules.h"
#include "domain/planpricing.h"
#include "domain/product.h"
#include "domain/subscription.h"
#include "storage/customerrepository.h"
#include "storage/database.h"
#include "storage/productrepository.h"
#include "storage/subscriptionrepository.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QScopeGuard>
#include <algorithm>

namespace Accrue {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Accrue::BillingRun", text);
}

// Subscriptions read and billed per window: a 100,000-subscription book
// never holds more than this many at once.
constexpr int windowSize = 500;
// A subscription years behind stops the run rather than making thousands
// of invoices by mistake.
constexpr int maxPeriodsPerSubscription = 120;

bool isTermsChange(const QString &kind)
{
    return kind == SubscriptionChangeKind::Plan || kind == SubscriptionChangeKind::Quantity
        || kind == SubscriptionChangeKind::Cancel;
}

QString periodText(const QDate &from, const QDate &to)
{
    return isoDate(from) + QStringLiteral(" – ") + isoDate(to);
}

// A period billed in this walk, or found billed in the book.
struct Period
{
    QDate start;
    QDate end;
    qint64 invoiceId = 0; // an invoice in the book
    QString invoiceKey; // an invoice this walk makes
    bool draft = false;
    bool voided = false;
    bool thisWalk = false;
};

struct SubscriptionBill
{
    Subscription after;
    bool changed = false;
    std::vector<BillingItem> items;
    std::vector<qint64> billedChanges;
};

// Works out what one subscription owes on the run date; reads the book but
// never writes, so preview and run share every decision.
class Planner
{
public:
    Planner(Database &db, const QDate &runDate, bool issue)
        : m_db(db)
        , m_subscriptions(db)
        , m_runDate(runDate)
        , m_issue(issue)
    {
        ProductRepository products(db);
        for (Plan &plan : products.plans())
            m_plans.insert(plan.id, std::move(plan));
        for (Product &product : products.list())
            m_products.insert(product.id, std::move(product));
    }

    const Product &product(qint64 id) const
    {
        const auto it = m_products.constFind(id);
        if (it == m_products.constEnd())
            throw Error(tr("No product with id %1").arg(id));
        return *it;
    }

    SubscriptionBill bill(const Subscription &sub, const std::vector<SubscriptionChange> &unbilled)
    {
        SubscriptionBill out;
        out.after = sub;
        m_customer = customer(sub.customerId);
        std::vector<Period> periods;
        billPeriods(out, unbilled, periods);
        for (const SubscriptionChange &change : unbilled)
            billChange(out, change, periods);
        return out;
    }

private:
    const Plan &plan(qint64 id) const
    {
        const auto it = m_plans.constFind(id);
        if (it == m_plans.constEnd())
            throw Error(tr("No plan with id %1").arg(id));
        return *it;
    }

    Customer customer(qint64 id)
    {
        const std::optional<Customer> c = CustomerRepository(m_db).find(id);
        if (!c)
            throw Error(tr("No customer with id %1").arg(id));
        return *c;
    }

    BillingItem itemFor(const Subscription &s, BillingItem::Kind kind, const QString &key)
    {
        BillingItem item;
        item.kind = kind;
        item.billingKey = key;
        item.subscriptionId = s.id;
        item.customerId = s.customerId;
        item.customerCode = m_customer.code;
        item.billingProfileId = s.billingProfileId;
        return item;
    }

    // Periods keep the day of month the subscription was anchored on: one
    // begun on 31 January renews on 28 February, then on 31 March again, not
    // on the 28th for good (QDate::addMonths clamps and forgets).
    static QDate nextPeriodStart(const Subscription &s, const QDate &start, int months)
    {
        const int anchor = (s.trialEnd.isValid() ? s.trialEnd.addDays(1) : s.startDate).day();
        QDate next = start.addMonths(months);
        if (start.day() == std::min(anchor, start.daysInMonth()) && next.day() < anchor)
            next = QDate(next.year(), next.month(), std::min(anchor, next.daysInMonth()));
        return next;
    }

    void billPeriods(SubscriptionBill &out, const std::vector<SubscriptionChange> &unbilled,
                     std::vector<Period> &periods)
    {
        Subscription &s = out.after;
        if (s.status == SubscriptionStatus::Trial && s.renewalDate.isValid()
            && s.renewalDate <= m_runDate) {
            s.status = SubscriptionStatus::Active; // the trial has ended
            out.changed = true;
        }
        const bool billable = s.status == SubscriptionStatus::Active
            || (s.status == SubscriptionStatus::Cancelled && s.endDate.isValid());
        if (!billable)
            return;
        int count = 0;
        while (s.renewalDate.isValid() && s.renewalDate <= m_runDate
               && (!s.endDate.isValid() || s.renewalDate <= s.endDate)) {
            if (++count > maxPeriodsPerSubscription)
                throw Error(tr("Subscription %1 has more than %2 periods to bill up to %3; "
                               "check its renewal date")
                                .arg(s.id)
                                .arg(maxPeriodsPerSubscription)
                                .arg(isoDate(m_runDate)));
            const QDate start = s.renewalDate;
            // The terms on the period's first day: later changes undone.
            qint64 planId = s.planId;
            int licenses = s.licenses;
            for (auto it = unbilled.rbegin(); it != unbilled.rend(); ++it)
                if (it->effectiveDate > start && isTermsChange(it->kind)
                    && it->kind != SubscriptionChangeKind::Cancel) {
                    planId = it->oldPlanId;
                    licenses = it->oldLicenses;
                }
            const Plan &p = plan(planId);
            const QDate end = nextPeriodStart(s, start, p.billingPeriodMonths).addDays(-1);
            out.items.push_back(periodInvoice(s, p, licenses, start, end));
            periods.push_back(
                { start, end, 0, out.items.back().billingKey, !m_issue, false, true });
            s.renewalDate = end.addDays(1);
            s.billedThrough = end;
            out.changed = true;
        }
    }

    BillingItem periodInvoice(const Subscription &s, const Plan &p, int licenses,
                              const QDate &start, const QDate &end)
    {
        BillingItem item = itemFor(s, BillingItem::Kind::Invoice,
                                   QStringLiteral("sub:%1:%2").arg(s.id).arg(isoDate(start)));
        item.periodStart = start;
        item.periodEnd = end;
        item.issueDate = start; // a late run dates it as an on-time one would
        item.dueDate = start.addDays(m_customer.paymentTermsDays);
        item.currency = p.currency;
        BillingLine line;
        line.productId = p.productId;
        line.serviceStart = start;
        line.serviceEnd = end;
        line.net = PlanPricing::periodCharge(p, licenses);
        if (p.pricing == PricingModel::PerUnit) {
            // Shown per seat: licenses x the price.
            line.quantityMilli = qint64(licenses) * 1000;
            line.unitPrice = p.price;
            line.description = tr("%1, %2").arg(p.name, periodText(start, end));
        } else {
            line.quantityMilli = 1000;
            line.unitPrice = line.net;
            line.description
                = tr("%1, %2 licenses, %3").arg(p.name).arg(licenses).arg(periodText(start, end));
        }
        item.net = line.net;
        item.lines.push_back(line);
        return item;
    }

    // The period holding `date`: one this walk bills, one an earlier run
    // billed, or the service period of the subscription's newest invoice
    // (books whose invoices carry no billing keys).
    std::optional<Period> periodHolding(const Subscription &s, const QDate &date,
                                        const std::vector<Period> &periods)
    {
        for (const Period &p : periods)
            if (p.start <= date && date <= p.end)
                return p;
        auto found = m_subscriptions.billedPeriod(s.id, date);
        if (!found) {
            found = m_subscriptions.latestInvoice(s.id);
            if (found && !(found->start.isValid() && found->start <= date && date <= found->end))
                found.reset();
        }
        if (!found)
            return std::nullopt;
        return Period { found->start,
                        found->end,
                        found->invoiceId,
                        {},
                        found->invoiceStatus == QLatin1String("draft"),
                        found->invoiceStatus == QLatin1String("void"),
                        false };
    }

    void billChange(SubscriptionBill &out, const SubscriptionChange &c,
                    const std::vector<Period> &periods)
    {
        const Subscription &s = out.after;
        if (c.effectiveDate > m_runDate)
            return; // not yet
        if (!isTermsChange(c.kind)) {
            out.billedChanges.push_back(c.id); // nothing to bill
            return;
        }
        if (!s.billedThrough.isValid() || c.effectiveDate > s.billedThrough) {
            // In no billed period: before the first or in a skipped one
            // (nothing to bill), or in one still to bill (later).
            const bool noMorePeriods = s.status == SubscriptionStatus::Cancelled
                && (!s.endDate.isValid() || !s.renewalDate.isValid() || s.endDate < s.renewalDate);
            if (c.effectiveDate < s.renewalDate || noMorePeriods || !s.renewalDate.isValid())
                out.billedChanges.push_back(c.id);
            return;
        }
        const std::optional<Period> period = periodHolding(s, c.effectiveDate, periods);
        // No billed period holds it, or this walk billed the period on terms
        // that already include a change made from its first day.
        if (!period || period->voided || (period->thisWalk && c.effectiveDate == period->start)) {
            out.billedChanges.push_back(c.id);
            return;
        }
        const qint64 periodDays = period->start.daysTo(period->end) + 1;
        const qint64 unusedDays = c.effectiveDate.daysTo(period->end) + 1;
        const Plan &oldPlan = plan(c.oldPlanId);
        const Plan &newPlan = plan(c.newPlanId);
        const Money oldCharge = PlanPricing::periodCharge(oldPlan, c.oldLicenses);
        const Money newCharge = c.kind == SubscriptionChangeKind::Cancel
            ? Money::zero(newPlan.currency)
            : PlanPricing::periodCharge(newPlan, c.newLicenses);
        const Money credit = oldCharge.fraction(unusedDays, periodDays);
        const Money charge = newCharge.fraction(unusedDays, periodDays);
        const Money net = charge - credit;
        const QString key = QStringLiteral("chg:%1").arg(c.id);
        const QString days = tr("%1 of %2 days").arg(unusedDays).arg(periodDays);
        if (!net.isNegative()) {
            if (charge.isZero() && credit.isZero()) {
                out.billedChanges.push_back(c.id);
                return;
            }
            BillingItem item = itemFor(s, BillingItem::Kind::Invoice, key);
            item.periodStart = c.effectiveDate;
            item.periodEnd = period->end;
            item.issueDate = m_runDate;
            item.dueDate = m_runDate.addDays(m_customer.paymentTermsDays);
            item.currency = newPlan.currency;
            item.changeId = c.id;
            BillingLine line;
            line.productId = newPlan.productId;
            line.serviceStart = c.effectiveDate;
            line.serviceEnd = period->end;
            line.unitPrice = line.net = net;
            line.description = tr("%1 x%2 from %3 (%4): %5 less unused %6 x%7: %8")
                                   .arg(newPlan.name)
                                   .arg(c.newLicenses)
                                   .arg(periodText(c.effectiveDate, period->end), days,
                                        charge.toPlainString(), oldPlan.name)
                                   .arg(c.oldLicenses)
                                   .arg(credit.toPlainString());
            item.net = net;
            item.lines.push_back(line);
            out.items.push_back(item);
            out.billedChanges.push_back(c.id);
            return;
        }
        if (period->draft)
            return; // a draft cannot be credited: waits until it is issued
        BillingItem item = itemFor(s, BillingItem::Kind::CreditNote, key);
        item.periodStart = c.effectiveDate;
        item.periodEnd = period->end;
        item.issueDate = m_runDate;
        item.currency = oldPlan.currency;
        item.changeId = c.id;
        item.creditInvoiceId = period->invoiceId;
        item.creditInvoiceKey = period->invoiceKey;
        item.net = -net;
        item.reason = c.kind == SubscriptionChangeKind::Cancel
            ? tr("Cancelled from %1: unused %2 x%3, %4")
                  .arg(isoDate(c.effectiveDate), oldPlan.name)
                  .arg(c.oldLicenses)
                  .arg(days)
            : tr("Changed from %1 on %2: unused %3 x%4 (%5) less %6 x%7 (%8), %9")
                  .arg(oldPlan.name, isoDate(c.effectiveDate), oldPlan.name)
                  .arg(c.oldLicenses)
                  .arg(credit.toPlainString(), newPlan.name)
                  .arg(c.newLicenses)
                  .arg(charge.toPlainString(), days);
        BillingLine line;
        line.productId = oldPlan.productId;
        line.description = item.reason;
        line.unitPrice = line.net = item.net;
        line.serviceStart = c.effectiveDate;
        line.serviceEnd = period->end;
        item.lines.push_back(line);
        out.items.push_back(item);
        out.billedChanges.push_back(c.id);
    }

    Database &m_db;
    SubscriptionRepository m_subscriptions;
    QDate m_runDate;
    bool m_issue;
    QHash<qint64, Plan> m_plans;
    QHash<qint64, Product> m_products;
    Customer m_customer;
};

// Writes what the planner decided through the invoice and credit note
// services, so numbering, taxes, journal and audit are theirs.
class Writer
{
public:
    Writer(Session &session, const Planner &planner, qint64 runId, bool issue)
        : m_planner(planner)
        , m_repo(session.db())
        , m_invoices(session)
        , m_creditNotes(session)
        , m_runId(runId)
        , m_issue(issue)
    {
    }

    void write(const BillingItem &item)
    {
        if (item.kind == BillingItem::Kind::Invoice)
            writeInvoice(item);
        else
            writeCreditNote(item);
    }

private:
    void writeInvoice(const BillingItem &item)
    {
        Invoice inv;
        inv.customerId = item.customerId;
        inv.billingProfileId = item.billingProfileId;
        inv.subscriptionId = item.subscriptionId;
        inv.currency = item.currency;
        inv.issueDate = item.issueDate;
        inv.dueDate = item.dueDate;
        int position = 0;
        for (const BillingLine &l : item.lines) {
            InvoiceLine line;
            line.position = ++position;
            // The product brings its tax rate and recognition method.
            InvoiceRules::applyProduct(line, m_planner.product(l.productId), inv.currency);
            line.description = l.description;
            line.quantityMilli = l.quantityMilli;
            line.unitPrice = l.unitPrice;
            line.serviceStart = l.serviceStart;
            line.serviceEnd = l.serviceEnd;
            // A subscription period is a service over time: earned day by
            // day unless the product says how else (usage, milestones).
            if (line.serviceStart.isValid()
                && line.recognitionMethod == RecognitionMethod::PointInTime)
                line.recognitionMethod = RecognitionMethod::Ratably;
            inv.lines.push_back(line);
        }
        const qint64 id = m_issue ? m_invoices.createIssued(inv).id : m_invoices.createDraft(inv);
        m_repo.setInvoiceKey(id, item.billingKey, m_runId);
        m_made.insert(item.billingKey, id);
    }

    void writeCreditNote(const BillingItem &item)
    {
        qint64 invoiceId = item.creditInvoiceId;
        if (!item.creditInvoiceKey.isEmpty()) {
            invoiceId = m_made.value(item.creditInvoiceKey);
            if (!invoiceId)
                invoiceId = m_repo.invoiceByKey(item.creditInvoiceKey).value_or(0);
        }
        // The period's invoice first, then the period's proration invoices:
        // an upgrade and a downgrade in one period credit back what the
        // upgrade charged, which the period's own line never held.
        std::vector<std::pair<qint64, int>> targets { { invoiceId, item.creditLine } };
        for (qint64 id : m_repo.prorationInvoices(item.subscriptionId, item.periodEnd))
            if (id != invoiceId)
                targets.push_back({ id, 1 });
        Money left = item.net;
        int part = 0;
        for (const auto &[target, position] : targets) {
            if (!left.isPositive())
                break;
            const Money can = m_creditNotes.creditableNet(target, position);
            if (!can.isPositive())
                continue;
            const Money take = std::min(left, can);
            CreditNoteService::Request request;
            request.invoiceId = target;
            request.mode = CreditNoteService::Mode::Lines;
            request.lines = { { position, take } };
            request.reason = item.reason;
            request.date = item.issueDate;
            const CreditNote note = m_creditNotes.issue(request);
            // The first part carries the change's key, which a second run finds.
            m_repo.setCreditNoteKey(note.id,
                                    part == 0
                                        ? item.billingKey
                                        : item.billingKey + QStringLiteral(":%1").arg(part + 1));
            left -= take;
            ++part;
        }
        if (left.isPositive())
            throw Error(tr("%1 is more than the period's invoices have left to credit (%2 short)")
                            .arg(item.net.toPlainString(), left.toPlainString()));
    }

    const Planner &m_planner;
    SubscriptionRepository m_repo;
    InvoiceService m_invoices;
    CreditNoteService m_creditNotes;
    qint64 m_runId;
    bool m_issue;
    QHash<QString, qint64> m_made; // billing key -> invoice made by this run
};

} // namespace

BillingRun::BillingRun(Session &session)
    : m_session(session)
{
}

std::vector<BillingItem> BillingRun::preview(const QDate &runDate, std::optional<bool> issue)
{
    std::vector<BillingItem> items;
    preview(runDate, issue, [&items](const BillingItem &item) { items.push_back(item); });
    return items;
}

BillingRun::Result BillingRun::preview(const QDate &runDate, std::optional<bool> issue,
                                       const Sink &sink)
{
    return walk(runDate, issue, false, sink);
}

BillingRun::Result BillingRun::run(const QDate &runDate, std::optional<bool> issue,
                                   const Sink &made)
{
    m_session.require(Permission::Billing, tr("run billing"));
    return walk(runDate, issue, true, made);
}

BillingRun::Result BillingRun::walk(const QDate &runDate, std::optional<bool> issue, bool write,
                                    const Sink &sink)
{
    if (!runDate.isValid())
        throw Error(tr("date: give the date to bill up to"));
    Result result;
    result.issued = issue.value_or(SettingsService(m_session).company().billingRunIssues);
    Database &db = m_session.db();
    // A preview only reads: it takes no write lock.
    SubscriptionRepository repo(db);
    const SubscriptionRepository::CacheSettings cacheBefore
        = write ? repo.widenCache() : SubscriptionRepository::CacheSettings {};
    const auto restoreCache = qScopeGuard([&repo, cacheBefore] {
        try {
            repo.restoreCache(cacheBefore);
        } catch (const Error &) {
            // Only a cache size: the run's outcome stands.
        }
    });
    std::optional<Transaction> tx;
    if (write)
        tx.emplace(db);
    // Thousands of documents read the same settings, chart, tax table and
    // products: once is enough while the run holds the book.
    const ReferenceData::Scope keepReference(m_session);
    if (write)
        result.runId = repo.insertRun(runDate, m_session.userName(), result.issued);
    Planner planner(db, runDate, result.issued);
    std::optional<Writer> writer;
    if (write)
        writer.emplace(m_session, planner, result.runId, result.issued);
    qint64 after = 0;
    for (;;) {
        const std::vector<Subscription> window = repo.due(runDate, after, windowSize);
        if (window.empty())
            break;
        after = window.back().id;
        std::vector<qint64> ids;
        for (const Subscription &s : window)
            ids.push_back(s.id);
        QHash<qint64, std::vector<SubscriptionChange>> changes;
        for (SubscriptionChange &c : repo.unbilledChanges(ids))
            changes[c.subscriptionId].push_back(std::move(c));
        std::vector<SubscriptionBill> bills;
        QStringList keys;
        for (const Subscription &s : window) {
            try {
                bills.push_back(planner.bill(s, changes.value(s.id)));
            } catch (const Error &e) {
                throw Error(tr("Subscription %1: %2").arg(s.id).arg(e.userMessage()), e.detail(),
                            e.kind());
            }
            for (const BillingItem &item : bills.back().items)
                keys << item.billingKey;
        }
        // What an earlier run made is never made again.
        const QSet<QString> existing = repo.existingKeys(keys);
        for (SubscriptionBill &bill : bills) {
            ++result.subscriptions;
            for (const BillingItem &item : bill.items) {
                if (existing.contains(item.billingKey))
                    continue;
                if (writer) {
                    try {
                        writer->write(item);
                    } catch (const Error &e) {
                        throw Error(
                            tr("Subscription %1: %2").arg(item.subscriptionId).arg(e.userMessage()),
                            e.detail(), e.kind());
                    }
                }
                (item.kind == BillingItem::Kind::Invoice ? result.invoices : result.creditNotes)++;
                if (sink)
                    sink(item);
            }
            if (!write)
                continue;
            if (bill.changed)
                repo.update(bill.after);
            repo.markChangesBilled(bill.billedChanges);
        }
    }
    if (!write)
        return result;
    repo.finishRun(result.runId, result.invoices, result.creditNotes);
    m_session.audit().append(
        QStringLiteral("billing_run.run"), QStringLiteral("billing_run"),
        QString::number(result.runId), {},
        QJsonObject { { QStringLiteral("run_date"), isoDate(runDate) },
                      { QStringLiteral("invoices"), result.invoices },
                      { QStringLiteral("credit_notes"), result.creditNotes },
                      { QStringLiteral("subscriptions"), result.subscriptions },
                      { QStringLiteral("issued"), result.issued } });
    tx->commit();
    return result;
}

} // namespace Accrue
