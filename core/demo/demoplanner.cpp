#include "demo/demoplanner.h"

#include "common/isodate.h"
#include "ledger/recognitionschedule.h"
#include "storage/numberseriesrepository.h"

namespace Accrue {

namespace {

// Compact JSON, keys in the order QJsonDocument would write them. Built by
// appending: QJsonObject and QString::arg cost more than the rest of a row.
class JsonWriter
{
public:
    JsonWriter &key(QLatin1String name)
    {
        m_text += m_first ? u'{' : u',';
        m_first = false;
        m_text += u'"';
        m_text += name;
        m_text += QLatin1String("\":");
        return *this;
    }
    JsonWriter &number(QLatin1String name, qint64 value)
    {
        key(name);
        m_text += QString::number(value);
        return *this;
    }
    JsonWriter &text(QLatin1String name, const QString &value)
    {
        key(name);
        appendString(value);
        return *this;
    }
    JsonWriter &raw(QLatin1String name, const QString &json)
    {
        key(name);
        m_text += json;
        return *this;
    }
    QString done()
    {
        m_text += m_first ? QLatin1String("{}") : QLatin1String("}");
        return std::move(m_text);
    }

private:
    void appendString(const QString &value)
    {
        m_text += u'"';
        for (QChar c : value) {
            if (c == u'"' || c == u'\\')
                m_text += u'\\';
            if (c.unicode() < 0x20)
                m_text += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                m_text += c;
        }
        m_text += u'"';
    }
    QString m_text;
    bool m_first = true;
};

QString invoiceJson(const Invoice &inv)
{
    QString lines = QStringLiteral("[");
    for (const InvoiceLine &l : inv.lines) {
        if (lines.size() > 1)
            lines += u',';
        lines += JsonWriter()
                     .text(QLatin1String("description"), l.description)
                     .number(QLatin1String("discount_bp"), l.discountBp)
                     .number(QLatin1String("net_minor"), l.net.minor())
                     .number(QLatin1String("position"), l.position)
                     .number(QLatin1String("product_id"), l.productId)
                     .number(QLatin1String("quantity_milli"), l.quantityMilli)
                     .text(QLatin1String("service_end"), isoDate(l.serviceEnd))
                     .text(QLatin1String("service_start"), isoDate(l.serviceStart))
                     .number(QLatin1String("tax_minor"), l.tax.minor())
                     .number(QLatin1String("tax_rate_ppm"), l.taxRatePpm)
                     .number(QLatin1String("unit_price_minor"), l.unitPrice.minor())
                     .done();
    }
    lines += u']';
    return JsonWriter()
        .number(QLatin1String("balance_minor"), inv.balance.minor())
        .number(QLatin1String("credited_minor"), inv.credited.minor())
        .text(QLatin1String("currency"), inv.currency.code())
        .number(QLatin1String("customer_id"), inv.customerId)
        .text(QLatin1String("due_date"), isoDate(inv.dueDate))
        .text(QLatin1String("issue_date"), isoDate(inv.issueDate))
        .raw(QLatin1String("lines"), lines)
        .text(QLatin1String("notes"), inv.notes)
        .text(QLatin1String("number"), inv.number)
        .number(QLatin1String("paid_minor"), inv.paid.minor())
        .text(QLatin1String("status"), toString(inv.status))
        .number(QLatin1String("subtotal_minor"), inv.subtotal.minor())
        .number(QLatin1String("tax_minor"), inv.tax.minor())
        .number(QLatin1String("total_minor"), inv.total.minor())
        .done();
}

} // namespace

DemoPlanner::DemoPlanner(Setup setup, std::mt19937_64 random, DemoCatalogue catalogue,
                         std::vector<DemoCustomer> customers, PostingRules rules, DemoIds ids)
    : m_setup(std::move(setup))
    , m_random(std::move(random))
    , m_catalogue(std::move(catalogue))
    , m_customers(std::move(customers))
    , m_rules(std::move(rules))
    , m_ids(std::move(ids))
    // The newest few invoices are still drafts, as in any live book.
    , m_drafts(std::min<qint64>(m_setup.invoices / 400 + (m_setup.invoices > 20 ? 2 : 0),
                                m_setup.invoices))
{
}

bool DemoPlanner::chance(double p)
{
    return uniform() < p;
}

double DemoPlanner::uniform()
{
    return std::uniform_real_distribution<double>(0.0, 1.0)(m_random);
}

qint64 DemoPlanner::between(qint64 lo, qint64 hi)
{
    return std::uniform_int_distribution<qint64>(lo, hi)(m_random);
}

void DemoPlanner::addLines(Invoice &inv, const DemoCustomer &customer)
{
    const std::vector<Product> &modules = m_catalogue.modules;
    const Plan &plan = m_catalogue.plans[std::size_t(customer.plan)];
    const QDate issue = inv.issueDate;
    auto add = [&](const Product &p, const QString &description, qint64 qtyMilli,
                   const Money &unitPrice, const QDate &from, const QDate &to) {
        InvoiceLine l;
        l.productId = p.id;
        l.revenueAccountId = p.revenueAccountId;
        l.description = description;
        l.quantityMilli = qtyMilli;
        l.unitPrice = unitPrice;
        l.taxRatePpm = customer.taxRatePpm;
        l.serviceStart = from;
        l.serviceEnd = to;
        l.recognitionMethod = p.recognitionMethod;
        inv.lines.push_back(l);
    };
    add(modules[0], plan.name, customer.licenses * 1000, plan.price, issue,
        issue.addMonths(plan.billingPeriodMonths).addDays(-1));
    if (chance(0.1))
        inv.lines.back().discountBp = 1000;
    if (customer.analytics && chance(0.8))
        add(modules[1], m_catalogue.plans[4].name, customer.licenses * 1000,
            m_catalogue.plans[4].price, issue, issue.addMonths(1).addDays(-1));
    if (chance(0.2)) // usage billed in arrears
        add(modules[3], modules[3].name, between(1, 400) * 1000 + between(0, 999),
            modules[3].unitPrice, issue.addMonths(-1), issue.addDays(-1));
    if (chance(0.04))
        add(modules[4], QStringLiteral("Implementation workshop"), between(4, 40) * 1000,
            modules[4].unitPrice, issue, issue);
    if (chance(0.02))
        add(modules[5], modules[5].name, between(1, 3) * 1000, modules[5].unitPrice, issue, issue);
    inv.computeTotals();
}

std::optional<CreditNote> DemoPlanner::creditNoteFor(const Invoice &inv,
                                                     const DemoCustomer &customer,
                                                     std::vector<std::size_t> &sourceLines)
{
    const double fate = uniform();
    if (fate >= 0.03 || inv.issueDate.daysTo(m_setup.end) <= 20)
        return std::nullopt;
    const bool full = fate < 0.015;
    CreditNote n;
    n.customerId = customer.id;
    n.issueDate = inv.issueDate.addDays(between(3, 20));
    n.currency = m_setup.currency;
    n.subtotal = n.tax = Money::zero(n.currency);
    n.reason = full ? QStringLiteral("Cancelled order") : QStringLiteral("Service credit");
    for (std::size_t i = 0; i < inv.lines.size(); ++i) {
        const InvoiceLine &l = inv.lines[i];
        CreditNoteLine cl;
        cl.description = l.description;
        cl.taxRatePpm = l.taxRatePpm;
        cl.net = full ? l.net : l.net.percentOf(1000);
        cl.tax = full ? l.tax : cl.net.partsPerMillion(l.taxRatePpm);
        cl.revenueAccountId = l.revenueAccountId;
        if (cl.net.isZero() && cl.tax.isZero())
            continue;
        cl.position = int(n.lines.size()) + 1;
        n.lines.push_back(cl);
        sourceLines.push_back(i);
        n.subtotal += cl.net;
        n.tax += cl.tax;
    }
    n.total = n.subtotal + n.tax;
    if (!n.total.isPositive())
        return std::nullopt;
    n.number = NumberSeriesRepository::format(m_setup.creditNotePrefix, n.issueDate.year(),
                                              ++m_noteNumbers[n.issueDate.year()]);
    return n;
}

QDate DemoPlanner::paymentDate(const Invoice &inv, const DemoCustomer &customer,
                               const std::optional<CreditNote> &note)
{
    QDate date;
    switch (customer.payer) {
    case DemoCustomer::Payer::Prompt:
        date = inv.dueDate.addDays(-between(0, customer.termsDays / 2));
        break;
    case DemoCustomer::Payer::Late:
        date = inv.dueDate.addDays(between(1, 45));
        break;
    case DemoCustomer::Payer::Poor:
        date = chance(0.35) ? QDate() : inv.dueDate.addDays(between(20, 150));
        break;
    }
    if (chance(0.01))
        return {}; // the occasional invoice nobody pays
    if (date.isValid() && note && date < note->issueDate)
        date = note->issueDate;
    return date;
}

void DemoPlanner::planPayments(PlannedInvoice &plan, const DemoCustomer &customer)
{
    Invoice &inv = plan.invoice;
    const Money owed = inv.total - inv.credited;
    const QDate date = paymentDate(inv, customer, plan.creditNote);
    struct Intended
    {
        QDate date;
        Money amount;
    };
    std::vector<Intended> intended;
    const double shape = uniform();
    if (date.isValid() && shape < 0.06) { // pays part now, maybe the rest later
        // A share of 30 to 70 %, rounded down as the integer division always did.
        const Money first(owed.minor() * between(30, 70) / 100, owed.currency());
        intended.push_back({ date, first });
        if (chance(0.5))
            intended.push_back({ date.addDays(between(15, 45)), owed - first });
    } else if (date.isValid() && shape < 0.065) { // pays too much: customer credit
        intended.push_back(
            { date, owed + Money(demoPrice(5000, m_setup.currency), owed.currency()) });
    } else if (date.isValid()) {
        intended.push_back({ date, owed });
    }
    for (const Intended &i : intended) {
        if (i.date > m_setup.end || !i.amount.isPositive())
            continue;
        PlannedPayment pp;
        pp.payment.id = m_ids.payment++;
        pp.payment.customerId = customer.id;
        pp.payment.receivedDate = i.date;
        pp.payment.amount = i.amount;
        pp.payment.currency = m_setup.currency;
        pp.payment.method
            = between(0, 9) < 6 ? PaymentMethodKind::BankTransfer : PaymentMethodKind::Card;
        pp.payment.reference = inv.number;
        pp.applied = std::min(i.amount, inv.total - inv.credited - inv.paid);
        pp.payment.unapplied = i.amount - pp.applied;
        inv.paid += pp.applied;
        planReceipt(pp, inv);
        plan.payments.push_back(pp);
    }
}

void DemoPlanner::planReceipt(PlannedPayment &planned, const Invoice &inv)
{
    Receipt &r = planned.receipt;
    const Payment &p = planned.payment;
    const int year = p.receivedDate.year();
    r.id = m_ids.receipt++;
    r.number
        = NumberSeriesRepository::format(m_setup.receiptPrefix, year, ++m_receiptNumbers[year]);
    r.paymentId = p.id;
    r.issueDate = p.receivedDate;
    r.userName = m_setup.userName;
    if (planned.applied.isPositive())
        r.lines.push_back(
            { inv.id, inv.number, planned.applied, inv.total - inv.credited - inv.paid });
}

void DemoPlanner::addAudit(PlannedInvoice &plan, const QString &action, const QString &entity,
                           qint64 id, QString after)
{
    AuditRecord r;
    r.seq = ++m_ids.auditSeq;
    r.at = m_setup.now;
    r.userName = m_setup.userName;
    r.osUser = m_setup.osUser;
    r.action = action;
    r.entity = entity;
    r.entityId = QString::number(id);
    r.afterJson = std::move(after);
    r.prevHash = m_ids.auditHash;
    r.hash = r.computeHash();
    m_ids.auditHash = r.hash;
    plan.audit.push_back(std::move(r));
}

// The record PaymentService::issueReceipt writes, keys sorted as there.
void DemoPlanner::addReceiptAudit(PlannedInvoice &plan, const PlannedPayment &planned)
{
    const Receipt &r = planned.receipt;
    QString settled = QStringLiteral("[");
    for (const ReceiptLine &line : r.lines)
        settled += JsonWriter()
                       .number(QLatin1String("applied_minor"), line.applied.minor())
                       .number(QLatin1String("balance_after_minor"), line.balanceAfter.minor())
                       .text(QLatin1String("invoice"), line.invoiceNumber)
                       .done();
    settled += u']';
    addAudit(plan, QStringLiteral("receipt.issue"), QStringLiteral("receipt"), r.id,
             JsonWriter()
                 .number(QLatin1String("amount_minor"), planned.payment.amount.minor())
                 .text(QLatin1String("currency"), planned.payment.currency.code())
                 .raw(QLatin1String("invoices"), settled)
                 .text(QLatin1String("issue_date"), isoDate(r.issueDate))
                 .text(QLatin1String("number"), r.number)
                 .number(QLatin1String("payment_id"), r.paymentId)
                 .done());
}

void DemoPlanner::addEntry(PlannedInvoice &plan, JournalEntry entry)
{
    Q_ASSERT(entry.isBalanced());
    entry.id = m_ids.entry++;
    plan.entries.push_back(std::move(entry));
}

// The rows InvoiceService::issue stores: those earned by the issue date are
// posted by the issue entry. A demo training day (a milestone line) is done
// on its day; its row waits for the recognition run like any other.
void DemoPlanner::planSchedules(PlannedInvoice &plan, qint64 issueEntryId)
{
    const Invoice &inv = plan.invoice;
    for (const InvoiceLine &line : inv.lines) {
        std::vector<RecognitionMilestone> stages;
        const bool milestone = RecognitionSchedule::methodOf(line) == RecognitionMethod::Milestone;
        if (milestone) {
            stages = RecognitionSchedule::defaultMilestones();
            stages[0].id = m_ids.milestone++;
            stages[0].invoiceLineId = line.id;
            stages[0].doneOn = line.serviceEnd.isValid() ? line.serviceEnd : inv.issueDate;
            stages[0].doneBy = m_setup.userName;
            plan.milestones.push_back(stages[0]);
        }
        for (RecognitionRow &row : RecognitionSchedule::build(line, inv.issueDate, stages)) {
            if (row.amount.isZero())
                continue;
            if (!milestone && row.date <= inv.issueDate)
                row.entryId = issueEntryId;
            plan.schedule.push_back(row);
        }
    }
}

// What CreditNoteService does to the schedules: the unrecognised share of
// each line's credit, by line id, and the negative rows.
std::map<qint64, Money> DemoPlanner::planCreditReductions(PlannedInvoice &plan)
{
    std::map<qint64, Money> deferred;
    const CreditNote &note = *plan.creditNote;
    for (const CreditNoteLine &cl : note.lines) {
        const auto line
            = std::find_if(plan.invoice.lines.begin(), plan.invoice.lines.end(),
                           [&](const InvoiceLine &l) { return l.id == cl.invoiceLineId; });
        if (line == plan.invoice.lines.end() || cl.net.isZero())
            continue;
        std::vector<RecognitionRow> rows;
        for (const RecognitionRow &row : plan.schedule)
            if (row.invoiceLineId == line->id)
                rows.push_back(row);
        const auto split = RecognitionSchedule::credit(rows, line->net, cl.net, note.issueDate);
        if (split.deferred.isZero())
            continue;
        deferred[line->id] = split.deferred;
        for (RecognitionRow row : split.reductions) {
            row.invoiceLineId = line->id;
            row.creditNoteId = note.id;
            plan.schedule.push_back(row);
        }
    }
    return deferred;
}

PlannedInvoice DemoPlanner::next()
{
    const qint64 k = m_next++;
    const qint64 span = m_setup.start.daysTo(m_setup.end) + 1;
    PlannedInvoice plan;
    Invoice &inv = plan.invoice;
    // Skewed choice: a few large customers get many invoices.
    const double u = uniform();
    const DemoCustomer &customer = m_customers[std::size_t(u * u * double(m_customers.size()))];
    inv.id = m_ids.invoice++;
    inv.customerId = customer.id;
    inv.billingProfileId = customer.profileId;
    inv.subscriptionId = customer.subscriptionId;
    inv.currency = m_setup.currency;
    inv.issueDate = m_setup.start.addDays(span * k / std::max<qint64>(1, m_setup.invoices));
    inv.dueDate = inv.issueDate.addDays(customer.termsDays);
    addLines(inv, customer);
    for (InvoiceLine &line : inv.lines)
        line.id = m_ids.line++;

    if (k >= m_setup.invoices - m_drafts) {
        addAudit(plan, QStringLiteral("invoice.create"), QStringLiteral("invoice"), inv.id,
                 invoiceJson(inv));
        return plan;
    }
    const int year = inv.issueDate.year();
    inv.number
        = NumberSeriesRepository::format(m_setup.invoicePrefix, year, ++m_invoiceNumbers[year]);
    std::vector<std::size_t> sourceLines;
    plan.creditNote = creditNoteFor(inv, customer, sourceLines);
    const bool voided = plan.creditNote && plan.creditNote->total == inv.total;
    if (plan.creditNote) {
        CreditNote &note = *plan.creditNote;
        note.id = m_ids.creditNote++;
        note.invoiceId = inv.id;
        for (std::size_t i = 0; i < note.lines.size(); ++i)
            note.lines[i].invoiceLineId = inv.lines[sourceLines[i]].id;
        plan.creditApplied = note.total; // applied to the open invoice
        note.unapplied = Money::zero(note.currency);
        inv.credited = note.total;
    }
    if (!voided)
        planPayments(plan, customer);
    inv.balance = inv.total - inv.paid - inv.credited;
    inv.status = voided        ? InvoiceStatus::Void
        : inv.balance.isZero() ? InvoiceStatus::Paid
                               : InvoiceStatus::Open;
    inv.version = 2 + int(plan.payments.size()) + (plan.creditNote ? 1 : 0);

    // The events in the order they happened, each with its entry and record.
    Invoice atIssue = inv; // the record shows the invoice as it was issued
    atIssue.paid = atIssue.credited = Money::zero(atIssue.currency);
    atIssue.balance = atIssue.total;
    atIssue.status = InvoiceStatus::Open;
    addEntry(plan, m_rules.invoiceIssued(inv));
    planSchedules(plan, plan.entries.back().id);
    addAudit(plan, QStringLiteral("invoice.issue"), QStringLiteral("invoice"), inv.id,
             invoiceJson(atIssue));
    if (plan.creditNote) {
        const CreditNote &note = *plan.creditNote;
        addEntry(plan,
                 m_rules.creditNoteIssued(note, plan.creditApplied, planCreditReductions(plan)));
        addAudit(plan, QStringLiteral("credit_note.issue"), QStringLiteral("credit_note"), note.id,
                 JsonWriter()
                     .number(QLatin1String("applied_minor"), plan.creditApplied.minor())
                     .text(QLatin1String("invoice"), inv.number)
                     .text(QLatin1String("issue_date"), isoDate(note.issueDate))
                     .text(QLatin1String("number"), note.number)
                     .text(QLatin1String("reason"), note.reason)
                     .number(QLatin1String("total_minor"), note.total.minor())
                     .done());
    }
    for (const PlannedPayment &pp : plan.payments) {
        const Payment &p = pp.payment;
        addEntry(plan, m_rules.paymentReceived(p, pp.applied));
        addAudit(plan, QStringLiteral("payment.record"), QStringLiteral("payment"), p.id,
                 JsonWriter()
                     .number(QLatin1String("amount_minor"), p.amount.minor())
                     .number(QLatin1String("applied_minor"), pp.applied.minor())
                     .text(QLatin1String("currency"), p.currency.code())
                     .number(QLatin1String("customer_id"), p.customerId)
                     .text(QLatin1String("invoice"), inv.number)
                     .text(QLatin1String("method"), p.method)
                     .text(QLatin1String("received_date"), isoDate(p.receivedDate))
                     .done());
        addReceiptAudit(plan, pp);
    }
    return plan;
}

} // namespace Accrue
