#include "billing/recognitionservice.h"

#include "billing/session.h"
#include "common/error.h"
#include "common/isodate.h"
#include "domain/product.h"
#include "ledger/postingrules.h"
#include "ledger/recognitionschedule.h"
#include "storage/customerrepository.h"
#include "storage/database.h"
#include "storage/invoicerepository.h"
#include "storage/journalrepository.h"
#include "storage/productrepository.h"
#include "storage/recognitionrepository.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace Accrue {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Accrue::RecognitionService", text);
}

qint64 sumOf(const PostingRules::ByAccount &amounts)
{
    qint64 sum = 0;
    for (const auto &[account, amount] : amounts)
        sum += amount.minor();
    return sum;
}

QJsonObject perCurrency(const std::map<QString, qint64> &amounts)
{
    QJsonObject out;
    for (const auto &[currency, minor] : amounts)
        out.insert(currency, minor);
    return out;
}

bool billsUsage(const InvoiceLine &line)
{
    return line.recognitionMethod == RecognitionMethod::AsDelivered && line.productId > 0;
}

} // namespace

RecognitionService::RecognitionService(Session &session)
    : m_session(session)
{
}

RecognitionService::Grouped
RecognitionService::group(const std::vector<RecognitionRepository::DueGroup> &groups)
{
    Grouped out;
    for (const auto &g : groups) {
        const Currency currency = Currency::require(g.currency);
        const Key key { g.currency, g.date };
        out.amounts[key][g.accountId] += Money(g.amountMinor, currency);
        out.rows[key] += g.rows;
    }
    return out;
}

RecognitionService::Summary RecognitionService::run(const QDate &through)
{
    m_session.require(Permission::Billing, tr("recognise revenue"));
    if (!through.isValid())
        throw Error(tr("through: give the last day to recognise revenue for"));
    if (through > m_session.today())
        throw Error(tr("through: %1 is after today (%2); revenue is recognised only for days "
                       "that have passed")
                        .arg(isoDate(through), isoDate(m_session.today())));
    Database &db = m_session.db();
    Transaction tx(db);
    const Summary summary = post(through, true);
    if (summary.entries > 0)
        m_session.audit().append(
            QStringLiteral("revenue.recognize"), QStringLiteral("recognition"), isoDate(through),
            {},
            QJsonObject {
                { QStringLiteral("through"), isoDate(through) },
                { QStringLiteral("entries"), summary.entries },
                { QStringLiteral("rows"), summary.rows },
                { QStringLiteral("usage_records"), summary.usageRecords },
                { QStringLiteral("recognised_minor"), perCurrency(summary.recognisedMinor) },
                { QStringLiteral("accrued_minor"), perCurrency(summary.accruedMinor) } });
    tx.commit();
    return summary;
}

RecognitionService::Summary RecognitionService::preview(const QDate &through)
{
    m_session.require(Permission::Read, tr("preview revenue recognition"));
    if (!through.isValid())
        throw Error(tr("through: give the last day to recognise revenue for"));
    return post(through, false);
}

RecognitionService::Summary RecognitionService::post(const QDate &through, bool write)
{
    Database &db = m_session.db();
    RecognitionRepository repo(db);
    Summary s;
    s.through = through;
    s.dryRun = !write;
    const bool oneCurrency = repo.invoiceCurrencyCount() <= 1;
    const std::map<Key, qint64> entries
        = postSchedules(group(repo.dueRows(through, oneCurrency)), write, s);
    for (const auto &[key, entry] : entries)
        if (entry > 0)
            repo.markPosted(key.first, key.second, entry, oneCurrency);
    postUsage(through, write, s);
    return s;
}

// Schedule rows: Dr Deferred / Cr revenue, one entry per currency and date.
std::map<RecognitionService::Key, qint64> RecognitionService::postSchedules(const Grouped &due,
                                                                            bool write, Summary &s)
{
    JournalRepository journal(m_session.db());
    const PostingRules rules(m_session.reference().chart());
    std::map<Key, qint64> entries;
    qint64 lastEntry = 0;
    std::vector<Key> netZero;
    for (const auto &[key, amounts] : due.amounts) {
        const Currency currency = Currency::require(key.first);
        JournalEntry entry = rules.revenueRecognized(currency, key.second, amounts);
        entry.memo = tr("Revenue recognised on %1").arg(isoDate(key.second));
        if (entry.lines.empty()) {
            netZero.push_back(key); // a credit note cancelled the day's rows
            continue;
        }
        ++s.entries;
        s.rows += due.rows.at(key);
        s.recognisedMinor[key.first] += sumOf(amounts);
        if (!write)
            continue;
        journal.insert(entry);
        entries[key] = entry.id;
        lastEntry = entry.id;
    }
    // Rows that add up to nothing on their day post nothing; they are
    // marked with this run's last entry so that the next run skips them.
    for (const Key &key : netZero) {
        entries[key] = lastEntry;
        s.rows += lastEntry > 0 ? due.rows.at(key) : 0;
    }
    return entries;
}

// Usage delivered and not billed: Dr Unbilled / Cr revenue.
void RecognitionService::postUsage(const QDate &through, bool write, Summary &s)
{
    Database &db = m_session.db();
    RecognitionRepository repo(db);
    JournalRepository journal(db);
    const PostingRules rules(m_session.reference().chart());
    const Grouped usage = group(repo.unaccruedUsage(through));
    for (const auto &[key, amounts] : usage.amounts) {
        const Currency currency = Currency::require(key.first);
        JournalEntry entry = rules.usageAccrued(currency, key.second, amounts);
        entry.memo = tr("Usage delivered on %1, not yet invoiced").arg(isoDate(key.second));
        if (entry.lines.empty())
            continue; // priced at zero: nothing to accrue
        ++s.entries;
        s.usageRecords += usage.rows.at(key);
        s.accruedMinor[key.first] += sumOf(amounts);
        if (!write)
            continue;
        journal.insert(entry);
        repo.markUsageAccrued(key.first, key.second, entry.id);
    }
}

const InvoiceLine &RecognitionService::lineAt(const Invoice &inv, int position) const
{
    for (const InvoiceLine &line : inv.lines)
        if (line.position == position)
            return line;
    throw Error(tr("line: invoice %1 has no line %2").arg(inv.number).arg(position));
}

UsageRecord RecognitionService::recordUsage(qint64 customerId, qint64 productId,
                                            const QDate &deliveredOn, qint64 quantityMilli)
{
    m_session.require(Permission::Billing, tr("record usage"));
    if (!deliveredOn.isValid())
        throw Error(tr("date: give the day the usage was delivered"));
    if (deliveredOn > m_session.today())
        throw Error(tr("date: usage cannot be recorded before it is delivered (%1 is after "
                       "today)")
                        .arg(isoDate(deliveredOn)));
    if (quantityMilli <= 0)
        throw Error(tr("quantity: must be more than zero"));
    const auto customer = m_session.reference().customer(customerId);
    if (!customer)
        throw Error(tr("customer: no such customer"));
    const auto product = m_session.reference().product(productId);
    if (!product)
        throw Error(tr("product: no such product"));
    if (product->recognitionMethod != RecognitionMethod::AsDelivered)
        throw Error(tr("product: %1 is recognised %2, not as delivered; usage is recorded for "
                       "as_delivered products only")
                        .arg(product->code, product->recognitionMethod));
    UsageRecord u;
    u.customerId = customerId;
    u.productId = productId;
    u.deliveredOn = deliveredOn;
    u.quantityMilli = quantityMilli;
    u.amount = product->unitPrice.timesQuantity(quantityMilli);
    u.revenueAccountId = product->revenueAccountId;
    Database &db = m_session.db();
    Transaction tx(db);
    RecognitionRepository(db).insertUsage(u, product->currency.code(), m_session.userName());
    m_session.audit().append(
        QStringLiteral("usage.record"), QStringLiteral("usage_record"), QString::number(u.id), {},
        QJsonObject { { QStringLiteral("customer"), customer->code },
                      { QStringLiteral("product"), product->code },
                      { QStringLiteral("delivered_on"), isoDate(deliveredOn) },
                      { QStringLiteral("quantity_milli"), quantityMilli },
                      { QStringLiteral("amount_minor"), u.amount.minor() },
                      { QStringLiteral("currency"), product->currency.code() } });
    tx.commit();
    return u;
}

std::vector<Product> RecognitionService::usageProducts()
{
    m_session.require(Permission::Read, tr("read the catalogue"));
    std::vector<Product> products = ProductRepository(m_session.db()).list(false);
    std::erase_if(products, [](const Product &p) {
        return p.recognitionMethod != RecognitionMethod::AsDelivered;
    });
    return products;
}

std::vector<UsageListRow> RecognitionService::usageOf(qint64 customerId, int limit)
{
    m_session.require(Permission::Read, tr("read recorded usage"));
    if (!m_session.reference().customer(customerId))
        throw Error(tr("customer: no such customer"));
    return RecognitionRepository(m_session.db()).usageOfCustomer(customerId, limit);
}

std::vector<RecognitionMilestone>
RecognitionService::defineMilestones(qint64 invoiceId, int linePosition,
                                     const std::vector<std::pair<QString, int>> &namesAndShares)
{
    m_session.require(Permission::Billing, tr("define milestones"));
    if (namesAndShares.empty())
        throw Error(tr("milestones: name at least one"));
    int total = 0;
    for (const auto &[name, share] : namesAndShares) {
        if (name.trimmed().isEmpty() || name.size() > 200)
            throw Error(tr("milestones: each needs a name of at most 200 characters"));
        if (share <= 0 || share > 10000)
            throw Error(tr("milestones: “%1” needs a share above 0 and at most 100 %").arg(name));
        total += share;
    }
    if (total != 10000)
        throw Error(
            tr("milestones: the shares add up to %1 basis points, not 10000 (100 %)").arg(total));
    Database &db = m_session.db();
    Transaction tx(db);
    InvoiceRepository(db).lockForUpdate(invoiceId);
    const auto inv = InvoiceRepository(db).load(invoiceId);
    if (!inv || inv->status == InvoiceStatus::Draft)
        throw Error(tr("Milestones are defined on an issued invoice's line"));
    const InvoiceLine &line = lineAt(*inv, linePosition);
    if (line.recognitionMethod != RecognitionMethod::Milestone)
        throw Error(tr("line %1 of %2 is recognised %3, not by milestone")
                        .arg(linePosition)
                        .arg(inv->number, line.recognitionMethod));
    RecognitionRepository repo(db);
    const std::vector<RecognitionMilestone> before = repo.milestones(line.id);
    for (const RecognitionMilestone &m : before)
        if (m.doneOn.isValid())
            throw Error(
                tr("Milestone “%1” is done; the milestones can no longer be changed").arg(m.name));
    for (const RecognitionRow &row : repo.rowsOfLine(line.id, inv->currency))
        if (row.creditNoteId > 0 || row.entryId > 0 || row.date.isValid())
            throw Error(tr("line %1 of %2 has been credited or recognised; its milestones can "
                           "no longer be changed")
                            .arg(linePosition)
                            .arg(inv->number));
    repo.deleteMilestones(line.id);
    std::vector<RecognitionMilestone> stages;
    QJsonArray json;
    for (const auto &[name, share] : namesAndShares) {
        RecognitionMilestone m;
        m.invoiceLineId = line.id;
        m.position = int(stages.size()) + 1;
        m.name = name.trimmed();
        m.shareBp = share;
        repo.insertMilestone(m);
        stages.push_back(m);
        json.append(QJsonObject { { QStringLiteral("name"), m.name },
                                  { QStringLiteral("share_bp"), share } });
    }
    std::vector<RecognitionRow> rows = RecognitionSchedule::build(line, inv->issueDate, stages);
    std::erase_if(rows, [](const RecognitionRow &r) { return r.amount.isZero(); });
    repo.insertRows(rows, inv->currency);
    m_session.audit().append(QStringLiteral("invoice.milestones"), QStringLiteral("invoice"),
                             QString::number(invoiceId), {},
                             QJsonObject { { QStringLiteral("invoice"), inv->number },
                                           { QStringLiteral("line"), linePosition },
                                           { QStringLiteral("milestones"), json } });
    tx.commit();
    return stages;
}

RecognitionMilestone RecognitionService::completeMilestone(qint64 invoiceId, int linePosition,
                                                           int milestone, const QDate &date)
{
    m_session.require(Permission::Billing, tr("mark milestones done"));
    if (!date.isValid() || date > m_session.today())
        throw Error(tr("date: give the day the milestone was reached, today or earlier"));
    Database &db = m_session.db();
    Transaction tx(db);
    InvoiceRepository(db).lockForUpdate(invoiceId);
    const auto inv = InvoiceRepository(db).load(invoiceId);
    if (!inv || inv->status == InvoiceStatus::Draft)
        throw Error(tr("Milestones are marked done on an issued invoice's line"));
    const InvoiceLine &line = lineAt(*inv, linePosition);
    RecognitionRepository repo(db);
    const std::vector<RecognitionMilestone> stages = repo.milestones(line.id);
    if (milestone < 1 || milestone > int(stages.size()))
        throw Error(tr("milestone: line %1 of %2 has %3 milestones")
                        .arg(linePosition)
                        .arg(inv->number)
                        .arg(stages.size()));
    RecognitionMilestone m = stages[std::size_t(milestone - 1)];
    if (m.doneOn.isValid())
        throw Error(tr("Milestone “%1” was already done on %2").arg(m.name, isoDate(m.doneOn)));
    if (date < inv->issueDate)
        throw Error(tr("date: a milestone of %1 is done on or after its issue date (%2)")
                        .arg(inv->number, isoDate(inv->issueDate)));
    repo.markMilestoneDone(m.id, date, m_session.userName());
    m.doneOn = date;
    m.doneBy = m_session.userName();
    m_session.audit().append(QStringLiteral("invoice.milestone_done"), QStringLiteral("invoice"),
                             QString::number(invoiceId), {},
                             QJsonObject { { QStringLiteral("invoice"), inv->number },
                                           { QStringLiteral("line"), linePosition },
                                           { QStringLiteral("milestone"), m.name },
                                           { QStringLiteral("share_bp"), m.shareBp },
                                           { QStringLiteral("done_on"), isoDate(date) } });
    tx.commit();
    return m;
}

std::vector<RecognitionMilestone> RecognitionService::milestones(qint64 invoiceId, int linePosition)
{
    m_session.require(Permission::Read, tr("read milestones"));
    const auto inv = InvoiceRepository(m_session.db()).load(invoiceId);
    if (!inv)
        throw Error(tr("No invoice with id %1").arg(invoiceId));
    return RecognitionRepository(m_session.db()).milestones(lineAt(*inv, linePosition).id);
}

std::vector<RecognitionRow> RecognitionService::schedule(qint64 invoiceId, int linePosition)
{
    m_session.require(Permission::Read, tr("read recognition schedules"));
    const auto inv = InvoiceRepository(m_session.db()).load(invoiceId);
    if (!inv)
        throw Error(tr("No invoice with id %1").arg(invoiceId));
    return RecognitionRepository(m_session.db())
        .rowsOfLine(lineAt(*inv, linePosition).id, inv->currency);
}

std::map<qint64, Money> RecognitionService::billUsage(const Invoice &inv)
{
    std::map<qint64, Money> accrued;
    RecognitionRepository repo(m_session.db());
    for (const InvoiceLine &line : inv.lines) {
        if (!billsUsage(line))
            continue;
        const QDate from = line.serviceStart.isValid() ? line.serviceStart : QDate(1900, 1, 1);
        const QDate to = line.serviceEnd.isValid() ? line.serviceEnd : inv.issueDate;
        Money sum = Money::zero(inv.currency);
        for (const UsageRecord &u : repo.unbilledUsage(inv.customerId, line.productId, from, to)) {
            if (u.amount.currency() != inv.currency)
                continue; // usage priced in another currency is not this line's
            repo.linkUsage(u.id, line.id);
            if (u.accrualEntryId > 0)
                sum += u.amount;
        }
        if (!sum.isZero())
            accrued[line.id] = sum;
    }
    return accrued;
}

void RecognitionService::storeIssued(const Invoice &inv, const std::map<qint64, Money> &accrued,
                                     qint64 issueEntryId)
{
    RecognitionRepository repo(m_session.db());
    std::vector<RecognitionRow> all;
    for (const InvoiceLine &line : inv.lines) {
        std::vector<RecognitionMilestone> stages;
        if (RecognitionSchedule::methodOf(line) == RecognitionMethod::Milestone)
            for (RecognitionMilestone m : RecognitionSchedule::defaultMilestones()) {
                m.invoiceLineId = line.id;
                repo.insertMilestone(m);
                stages.push_back(m);
            }
        const auto it = accrued.find(line.id);
        for (RecognitionRow &row : RecognitionSchedule::forIssue(
                 line, inv.issueDate, stages, it == accrued.end() ? Money() : it->second)) {
            if (row.amount.isZero())
                continue;
            if (row.date.isValid() && row.date <= inv.issueDate)
                row.entryId = issueEntryId;
            all.push_back(row);
        }
    }
    repo.insertRows(all, inv.currency);
}

RecognitionService::CreditPlan RecognitionService::planCredit(const Invoice &inv,
                                                              const CreditNote &note)
{
    CreditPlan plan;
    RecognitionRepository repo(m_session.db());
    for (const CreditNoteLine &cl : note.lines) {
        if (cl.invoiceLineId == 0 || cl.net.isZero())
            continue;
        const auto line
            = std::find_if(inv.lines.begin(), inv.lines.end(),
                           [&](const InvoiceLine &l) { return l.id == cl.invoiceLineId; });
        if (line == inv.lines.end())
            continue;
        const Money remaining = line->net - Money(repo.creditedNetOfLine(line->id), inv.currency);
        const auto split = RecognitionSchedule::credit(repo.rowsOfLine(line->id, inv.currency),
                                                       remaining, cl.net, note.issueDate);
        if (split.deferred.isZero())
            continue;
        plan.deferredByLine[line->id] += split.deferred;
        for (RecognitionRow row : split.reductions) {
            row.invoiceLineId = line->id;
            plan.reductions.push_back(row);
        }
    }
    return plan;
}

void RecognitionService::storeCredit(CreditPlan plan, qint64 creditNoteId)
{
    for (RecognitionRow &row : plan.reductions)
        row.creditNoteId = creditNoteId;
    RecognitionRepository(m_session.db()).insertRows(plan.reductions, Currency());
}

RecognitionService::Summary RecognitionService::catchUp()
{
    m_session.require(Permission::Billing, tr("bring revenue recognition up to date"));
    Database &db = m_session.db();
    Transaction tx(db);
    RecognitionRepository repo(db);
    const QDate today = m_session.today();
    const bool oneCurrency = repo.invoiceCurrencyCount() <= 1;
    // The rows are written once, already posted: a first pass sums what
    // the schedules defer at issue and what of it is due by today, the
    // entries are posted, and a second pass builds the same rows again and
    // writes them with their entries. Rows inserted unposted and marked
    // posted afterwards cost twice the writes and an index's churn.
    CatchUp pass1;
    pass1.due = group(repo.dueRows(today, oneCurrency)); // rows the book already had
    catchUpPass(pass1, false);
    Summary s;
    s.invoices = pass1.invoices;
    s.entries = postDeferrals(pass1.deferred);
    if (s.invoices > 0) {
        // Recognise what has been earned since, as run() would.
        const Summary ran = postCaughtUp(pass1.due, oneCurrency);
        s.entries += ran.entries;
        s.rows = ran.rows;
        s.usageRecords = ran.usageRecords;
        s.recognisedMinor = ran.recognisedMinor;
        s.accruedMinor = ran.accruedMinor;
        s.through = today;
        m_session.audit().append(
            QStringLiteral("revenue.catch_up"), QStringLiteral("recognition"), isoDate(s.through),
            {},
            QJsonObject { { QStringLiteral("invoices"), s.invoices },
                          { QStringLiteral("entries"), s.entries },
                          { QStringLiteral("rows"), s.rows },
                          { QStringLiteral("recognised_minor"), perCurrency(s.recognisedMinor) } });
    }
    tx.commit();
    return s;
}

// Posts the due groups, marks the rows the book already had and writes the
// caught-up lines' rows with their entries; then the usage, as run() does.
RecognitionService::Summary RecognitionService::postCaughtUp(const Grouped &due, bool oneCurrency)
{
    RecognitionRepository repo(m_session.db());
    Summary s;
    CatchUp pass2;
    pass2.entries = postSchedules(due, true, s);
    for (const auto &[key, entry] : pass2.entries)
        if (entry > 0)
            repo.markPosted(key.first, key.second, entry, oneCurrency);
    catchUpPass(pass2, true);
    postUsage(m_session.today(), true, s);
    return s;
}

// Dr revenue / Cr Deferred revenue: what the lines had not earned at issue,
// one entry per currency and issue date.
qint64 RecognitionService::postDeferrals(const std::map<Key, PostingRules::ByAccount> &deferred)
{
    JournalRepository journal(m_session.db());
    const PostingRules rules(m_session.reference().chart());
    qint64 entries = 0;
    for (const auto &[key, amounts] : deferred) {
        JournalEntry entry
            = rules.revenueDeferred(Currency::require(key.first), key.second, amounts, 0);
        entry.sourceType = QStringLiteral("recognition");
        entry.memo
            = tr("Revenue of %1 deferred when schedules were introduced").arg(isoDate(key.second));
        if (entry.lines.empty())
            continue;
        journal.insert(entry);
        ++entries;
    }
    return entries;
}

// One pass over the issued lines without rows, a batch of invoices at a
// time, each line spread as if it had been issued with its schedule (on
// what is left after credit notes). Without `write` it sums into `pass`;
// with it, it writes the milestones and rows, a row posted by the issue
// entry when earned by the issue date, by pass.entries when due by today.
void RecognitionService::catchUpPass(CatchUp &pass, bool write)
{
    RecognitionRepository repo(m_session.db());
    const QDate today = m_session.today();
    const qint64 last = repo.lastInvoiceId();
    constexpr qint64 batch = 2000; // invoices a query
    qint64 previousInvoice = 0;
    std::vector<RecognitionRow> rows;
    for (qint64 after = 0; after < last; after += batch) {
        for (RecognitionRepository::UnscheduledLine &u :
             repo.unscheduledLines(after, after + batch)) {
            if (u.invoiceId != previousInvoice)
                ++pass.invoices;
            previousInvoice = u.invoiceId;
            InvoiceLine &line = u.line;
            const QString currency = line.net.currency().code();
            line.net = line.net - Money(u.creditedNetMinor, line.net.currency());
            std::vector<RecognitionMilestone> stages;
            if (RecognitionSchedule::methodOf(line) == RecognitionMethod::Milestone) {
                stages = repo.milestones(line.id);
                if (stages.empty() && write)
                    for (RecognitionMilestone m : RecognitionSchedule::defaultMilestones()) {
                        m.invoiceLineId = line.id;
                        repo.insertMilestone(m);
                        stages.push_back(m);
                    }
            }
            const std::vector<RecognitionRow> built
                = RecognitionSchedule::build(line, u.issueDate, stages);
            if (!write) {
                const Money later = line.net - RecognitionSchedule::earnedBy(built, u.issueDate);
                if (!later.isZero())
                    pass.deferred[{ currency, u.issueDate }][line.revenueAccountId] += later;
            }
            for (RecognitionRow row : built) {
                if (row.amount.isZero())
                    continue;
                if (row.date.isValid() && row.date <= u.issueDate && u.issueEntryId > 0) {
                    row.entryId = u.issueEntryId; // the issue booked it
                } else if (row.date.isValid() && row.date <= today) {
                    const Key key { currency, row.date };
                    if (!write) {
                        pass.due.amounts[key][line.revenueAccountId] += row.amount;
                        ++pass.due.rows[key];
                    } else {
                        row.entryId = pass.entries.at(key);
                    }
                }
                if (write)
                    rows.push_back(row);
            }
        }
        if (write && !rows.empty()) {
            repo.insertManyRows(rows);
            rows.clear();
        }
    }
}

} // namespace Accrue
