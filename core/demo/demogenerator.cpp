#include "demo/demogenerator.h"

#include "billing/creditnoteservice.h"
#include "billing/invoiceservice.h"
#include "billing/session.h"
#include "common/error.h"
#include "common/isodate.h"
#include "demo/demonames.h"
#include "domain/creditnote.h"
#include "domain/customer.h"
#include "domain/invoice.h"
#include "domain/payment.h"
#include "domain/product.h"
#include "ledger/postingrules.h"
#include "security/auditrecord.h"
#include "storage/accountrepository.h"
#include "storage/auditrepository.h"
#include "storage/bulkinserter.h"
#include "storage/bulkload.h"
#include "storage/customerrepository.h"
#include "storage/database.h"
#include "storage/invoicerepository.h"
#include "storage/numberseriesrepository.h"
#include "storage/productrepository.h"
#include "storage/sqlquery.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <map>
#include <random>

namespace Accrue {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Accrue::DemoGenerator", text);
}

struct ModuleSpec
{
    const char *code;
    const char *name;
    const char *account;
    qint64 priceMinor; // in the book's currency, 2 decimals assumed and rescaled
    const char *recognition;
};

constexpr ModuleSpec moduleSpecs[] = {
    { "CORE", "Core Platform", "4100", 9900, "ratably" },
    { "ANALYTICS", "Analytics", "4200", 2900, "ratably" },
    { "SUPPORT", "Premium Support", "4300", 120000, "ratably" },
    { "API", "API Usage (per 1,000 calls)", "4400", 50, "as_delivered" },
    { "SERVICES", "Professional Services (hour)", "4500", 15000, "point_in_time" },
    { "TRAINING", "Training (day)", "4600", 120000, "milestone" },
};

struct PlanSpec
{
    const char *code;
    const char *name;
    int module; // index into moduleSpecs
    int months;
    qint64 priceMinor;
};

constexpr PlanSpec planSpecs[] = {
    { "STARTER-M", "Starter (monthly)", 0, 1, 4900 },
    { "GROWTH-M", "Growth (monthly)", 0, 1, 9900 },
    { "BUSINESS-Y", "Business (annual)", 0, 12, 99000 },
    { "ENTERPRISE-Y", "Enterprise (annual)", 0, 12, 480000 },
    { "ANALYTICS-M", "Analytics add-on (monthly)", 1, 1, 2900 },
    { "SUPPORT-Y", "Premium Support (annual)", 2, 12, 120000 },
};

enum class Payer { Prompt, Late, Poor };

struct DemoCustomer
{
    qint64 id = 0;
    qint64 profileId = 0;
    qint64 subscriptionId = 0;
    int plan = 0;
    int licenses = 1;
    int termsDays = 30;
    int taxRateBp = 0;
    Payer payer = Payer::Prompt;
    bool analytics = false;
};

// Rescales a two-decimal catalogue price to the book currency's minor units.
qint64 price(qint64 centPrice, const Currency &c)
{
    qint64 value = centPrice;
    for (int d = c.minorDigits(); d < 2; ++d)
        value /= 10;
    for (int d = 2; d < c.minorDigits(); ++d)
        value *= 10;
    return value;
}

// Demo events happen at 09:00 UTC on their business date.
QString isoUtc(const QDate &date)
{
    return isoDate(date) + QLatin1String("T09:00:00.000Z");
}

// Writes the generated history with bulk inserts and extends the audit chain.
class DemoWriter
{
public:
    DemoWriter(Session &session, const PostingRules &rules)
        : m_session(session)
        , m_db(session.db())
        , m_rules(rules)
        , m_issue(m_db.query(QStringLiteral(
              "UPDATE invoice SET number = ?, status = ?, issued_at = ? WHERE id = ?")))
        , m_invoices(m_db, QStringLiteral("invoice"),
                     { QStringLiteral("id"), QStringLiteral("number"),
                       QStringLiteral("customer_id"), QStringLiteral("billing_profile_id"),
                       QStringLiteral("subscription_id"), QStringLiteral("status"),
                       QStringLiteral("issue_date"), QStringLiteral("due_date"),
                       QStringLiteral("currency"), QStringLiteral("subtotal_minor"),
                       QStringLiteral("tax_minor"), QStringLiteral("total_minor"),
                       QStringLiteral("paid_minor"), QStringLiteral("credited_minor"),
                       QStringLiteral("balance_minor"), QStringLiteral("version"),
                       QStringLiteral("created_at"), QStringLiteral("issued_at") })
        , m_lines(m_db, QStringLiteral("invoice_line"),
                  { QStringLiteral("id"), QStringLiteral("invoice_id"), QStringLiteral("position"),
                    QStringLiteral("product_id"), QStringLiteral("description"),
                    QStringLiteral("quantity_milli"), QStringLiteral("unit_price_minor"),
                    QStringLiteral("discount_bp"), QStringLiteral("tax_rate_bp"),
                    QStringLiteral("net_minor"), QStringLiteral("tax_minor"),
                    QStringLiteral("revenue_account_id"), QStringLiteral("service_start"),
                    QStringLiteral("service_end"), QStringLiteral("recognition_method") })
        , m_payments(m_db, QStringLiteral("payment"),
                     { QStringLiteral("id"), QStringLiteral("customer_id"),
                       QStringLiteral("received_date"), QStringLiteral("amount_minor"),
                       QStringLiteral("currency"), QStringLiteral("method"),
                       QStringLiteral("reference"), QStringLiteral("unapplied_minor"),
                       QStringLiteral("created_at") })
        , m_allocations(m_db, QStringLiteral("allocation"),
                        { QStringLiteral("invoice_id"), QStringLiteral("payment_id"),
                          QStringLiteral("credit_note_id"), QStringLiteral("amount_minor"),
                          QStringLiteral("allocation_date"), QStringLiteral("created_at") })
        , m_notes(m_db, QStringLiteral("credit_note"),
                  { QStringLiteral("id"), QStringLiteral("number"), QStringLiteral("invoice_id"),
                    QStringLiteral("customer_id"), QStringLiteral("issue_date"),
                    QStringLiteral("currency"), QStringLiteral("reason"),
                    QStringLiteral("subtotal_minor"), QStringLiteral("tax_minor"),
                    QStringLiteral("total_minor"), QStringLiteral("unapplied_minor"),
                    QStringLiteral("created_at") })
        , m_noteLines(m_db, QStringLiteral("credit_note_line"),
                      { QStringLiteral("credit_note_id"), QStringLiteral("position"),
                        QStringLiteral("invoice_line_id"), QStringLiteral("description"),
                        QStringLiteral("net_minor"), QStringLiteral("tax_rate_bp"),
                        QStringLiteral("tax_minor"), QStringLiteral("revenue_account_id") })
        , m_entries(m_db, QStringLiteral("journal_entry"),
                    { QStringLiteral("id"), QStringLiteral("entry_date"), QStringLiteral("kind"),
                      QStringLiteral("source_type"), QStringLiteral("source_id"),
                      QStringLiteral("currency"), QStringLiteral("memo"),
                      QStringLiteral("created_at") })
        , m_journalLines(m_db, QStringLiteral("journal_line"),
                         { QStringLiteral("entry_id"), QStringLiteral("entry_date"),
                           QStringLiteral("currency"), QStringLiteral("account_id"),
                           QStringLiteral("customer_id"), QStringLiteral("debit_minor"),
                           QStringLiteral("credit_minor") })
        , m_audit(m_db, QStringLiteral("audit_log"),
                  { QStringLiteral("seq"), QStringLiteral("at"), QStringLiteral("user_name"),
                    QStringLiteral("action"), QStringLiteral("entity"), QStringLiteral("entity_id"),
                    QStringLiteral("before_json"), QStringLiteral("after_json"),
                    QStringLiteral("prev_hash"), QStringLiteral("hash") })
    {
        m_nextInvoiceId = BulkInserter::nextId(m_db, QStringLiteral("invoice"));
        m_nextLineId = BulkInserter::nextId(m_db, QStringLiteral("invoice_line"));
        m_nextPaymentId = BulkInserter::nextId(m_db, QStringLiteral("payment"));
        m_nextNoteId = BulkInserter::nextId(m_db, QStringLiteral("credit_note"));
        m_nextEntryId = BulkInserter::nextId(m_db, QStringLiteral("journal_entry"));
        const AuditRepository::Head head = AuditRepository(m_db).lockHead();
        m_auditHead = { head.seq, head.hash };
        m_now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    }

    qint64 entries() const { return m_entryCount; }

    // The invoice goes in as a draft, takes its lines, and is then issued by
    // an UPDATE: the schema refuses lines on an invoice that is already issued.
    void writeInvoice(Invoice &inv)
    {
        inv.id = m_nextInvoiceId++;
        for (InvoiceLine &line : inv.lines)
            line.id = m_nextLineId++;
        m_invoices.add(inv.id)
            .addNull()
            .add(inv.customerId)
            .addId(inv.billingProfileId)
            .addId(inv.subscriptionId)
            .add(QStringLiteral("draft"))
            .add(inv.issueDate)
            .add(inv.dueDate)
            .add(inv.currency.code())
            .add(inv.subtotalMinor)
            .add(inv.taxMinor)
            .add(inv.totalMinor)
            .add(inv.paidMinor)
            .add(inv.creditedMinor)
            .add(inv.balanceMinor)
            .add(inv.version)
            .add(isoUtc(inv.issueDate))
            .addNull()
            .insertRow();
        writeLines(inv);
        if (inv.status == InvoiceStatus::Draft) {
            audit(QStringLiteral("invoice.create"), QStringLiteral("invoice"), inv.id,
                  invoiceJson(inv));
            return;
        }
        m_issue.bindAll(inv.number, toString(inv.status), isoUtc(inv.issueDate), inv.id).exec();
        JournalEntry entry = m_rules.invoiceIssued(inv);
        writeEntry(entry);
        audit(QStringLiteral("invoice.issue"), QStringLiteral("invoice"), inv.id, invoiceJson(inv));
    }

    qint64 writePayment(Payment &p, qint64 invoiceId, qint64 applied, const QString &number)
    {
        p.id = m_nextPaymentId++;
        p.unappliedMinor = p.amountMinor - applied;
        m_payments.add(p.id)
            .add(p.customerId)
            .add(p.receivedDate)
            .add(p.amountMinor)
            .add(p.currency)
            .add(p.method)
            .add(p.reference)
            .add(p.unappliedMinor)
            .add(isoUtc(p.receivedDate))
            .insertRow();
        if (applied > 0)
            allocate(invoiceId, p.id, 0, applied, p.receivedDate);
        JournalEntry entry = m_rules.paymentReceived(p, applied);
        writeEntry(entry);
        audit(QStringLiteral("payment.record"), QStringLiteral("payment"), p.id,
              QStringLiteral("{\"amount_minor\":%1,\"applied_minor\":%2,\"currency\":\"%3\","
                             "\"customer_id\":%4,\"invoice\":\"%5\",\"method\":\"%6\","
                             "\"received_date\":\"%7\"}")
                  .arg(p.amountMinor)
                  .arg(applied)
                  .arg(p.currency)
                  .arg(p.customerId)
                  .arg(number, p.method, isoDate(p.receivedDate)));
        return p.id;
    }

    void writeCreditNote(CreditNote &n, qint64 applied, const QString &invoiceNumber)
    {
        n.id = m_nextNoteId++;
        n.unappliedMinor = n.totalMinor - applied;
        m_notes.add(n.id)
            .add(n.number)
            .add(n.invoiceId)
            .add(n.customerId)
            .add(n.issueDate)
            .add(n.currency)
            .add(n.reason)
            .add(n.subtotalMinor)
            .add(n.taxMinor)
            .add(n.totalMinor)
            .add(n.unappliedMinor)
            .add(isoUtc(n.issueDate))
            .insertRow();
        for (const CreditNoteLine &l : n.lines)
            m_noteLines.add(n.id)
                .add(l.position)
                .addId(l.invoiceLineId)
                .add(l.description)
                .add(l.netMinor)
                .add(l.taxRateBp)
                .add(l.taxMinor)
                .add(l.revenueAccountId)
                .insertRow();
        if (applied > 0)
            allocate(n.invoiceId, 0, n.id, applied, n.issueDate);
        JournalEntry entry = m_rules.creditNoteIssued(n, applied);
        writeEntry(entry);
        audit(QStringLiteral("credit_note.issue"), QStringLiteral("credit_note"), n.id,
              QStringLiteral("{\"applied_minor\":%1,\"invoice\":\"%2\",\"issue_date\":\"%3\","
                             "\"number\":\"%4\",\"reason\":\"%5\",\"total_minor\":%6}")
                  .arg(applied)
                  .arg(invoiceNumber, isoDate(n.issueDate), n.number, n.reason)
                  .arg(n.totalMinor));
    }

    void finish() { AuditRepository(m_db).setHead({ m_auditHead.seq, m_auditHead.hash }); }

private:
    // The invoice as compact JSON with the keys InvoiceService::toJson() uses,
    // written directly: QJsonObject costs more than the rest of an invoice.
    static QString invoiceJson(const Invoice &inv)
    {
        auto text = [](const QString &value) {
            QString out = value;
            out.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
                .replace(QLatin1Char('"'), QLatin1String("\\\""));
            return QString(u'"' + out + u'"');
        };
        auto date = [&text](const QDate &d) { return text(isoDate(d)); };
        QString lines;
        for (const InvoiceLine &l : inv.lines) {
            if (!lines.isEmpty())
                lines += u',';
            lines += QStringLiteral("{\"description\":%1,\"discount_bp\":%2,\"net_minor\":%3,"
                                    "\"position\":%4,\"product_id\":%5,\"quantity_milli\":%6,"
                                    "\"service_end\":%7,\"service_start\":%8,\"tax_minor\":%9,")
                         .arg(text(l.description))
                         .arg(l.discountBp)
                         .arg(l.netMinor)
                         .arg(l.position)
                         .arg(l.productId)
                         .arg(l.quantityMilli)
                         .arg(date(l.serviceEnd), date(l.serviceStart))
                         .arg(l.taxMinor)
                + QStringLiteral("\"tax_rate_bp\":%1,\"unit_price_minor\":%2}")
                      .arg(l.taxRateBp)
                      .arg(l.unitPriceMinor);
        }
        return QStringLiteral("{\"balance_minor\":%1,\"credited_minor\":%2,\"currency\":%3,"
                              "\"customer_id\":%4,\"due_date\":%5,\"issue_date\":%6,")
                   .arg(inv.balanceMinor)
                   .arg(inv.creditedMinor)
                   .arg(text(inv.currency.code()))
                   .arg(inv.customerId)
                   .arg(date(inv.dueDate), date(inv.issueDate))
            + QStringLiteral("\"lines\":[%1],\"notes\":\"\",\"number\":%2,\"paid_minor\":%3,"
                             "\"status\":%4,\"subtotal_minor\":%5,\"tax_minor\":%6,"
                             "\"total_minor\":%7}")
                  .arg(lines, text(inv.number))
                  .arg(inv.paidMinor)
                  .arg(text(toString(inv.status)))
                  .arg(inv.subtotalMinor)
                  .arg(inv.taxMinor)
                  .arg(inv.totalMinor);
    }

    void writeLines(const Invoice &inv)
    {
        for (const InvoiceLine &l : inv.lines)
            m_lines.add(l.id)
                .add(inv.id)
                .add(l.position)
                .addId(l.productId)
                .add(l.description)
                .add(l.quantityMilli)
                .add(l.unitPriceMinor)
                .add(l.discountBp)
                .add(l.taxRateBp)
                .add(l.netMinor)
                .add(l.taxMinor)
                .add(l.revenueAccountId)
                .add(l.serviceStart)
                .add(l.serviceEnd)
                .add(l.recognitionMethod)
                .insertRow();
    }

    void allocate(qint64 invoiceId, qint64 paymentId, qint64 noteId, qint64 amount,
                  const QDate &date)
    {
        m_allocations.add(invoiceId)
            .addId(paymentId)
            .addId(noteId)
            .add(amount)
            .add(date)
            .add(isoUtc(date))
            .insertRow();
    }

    void writeEntry(JournalEntry &e)
    {
        Q_ASSERT(e.isBalanced());
        e.id = m_nextEntryId++;
        ++m_entryCount;
        const QString date = isoDate(e.date);
        m_entries.add(e.id)
            .add(date)
            .add(e.kind)
            .add(e.sourceType)
            .add(e.sourceId)
            .add(e.currency)
            .add(e.memo)
            .add(isoUtc(e.date))
            .insertRow();
        for (const JournalLine &l : e.lines)
            m_journalLines.add(e.id)
                .add(date)
                .add(e.currency)
                .add(l.accountId)
                .addId(l.customerId)
                .add(l.debitMinor)
                .add(l.creditMinor)
                .insertRow();
    }

    void audit(const QString &action, const QString &entity, qint64 id, const QString &after)
    {
        AuditRecord r;
        r.seq = m_auditHead.seq + 1;
        r.at = m_now;
        r.userName = m_session.userName();
        r.action = action;
        r.entity = entity;
        r.entityId = QString::number(id);
        r.afterJson = after;
        r.prevHash = m_auditHead.hash;
        r.hash = r.computeHash();
        m_audit.add(r.seq)
            .add(r.at)
            .add(r.userName)
            .add(r.action)
            .add(r.entity)
            .add(r.entityId)
            .addNull()
            .add(r.afterJson)
            .add(r.prevHash)
            .add(r.hash)
            .insertRow();
        m_auditHead = { r.seq, r.hash };
    }

    Session &m_session;
    Database &m_db;
    const PostingRules &m_rules;
    SqlQuery m_issue;
    BulkInserter m_invoices, m_lines, m_payments, m_allocations, m_notes, m_noteLines, m_entries,
        m_journalLines, m_audit;
    qint64 m_nextInvoiceId = 1, m_nextLineId = 1, m_nextPaymentId = 1, m_nextNoteId = 1,
           m_nextEntryId = 1, m_entryCount = 0;
    struct
    {
        qint64 seq;
        QString hash;
    } m_auditHead;
    QString m_now;
};

} // namespace

DemoGenerator::DemoGenerator(Session &session)
    : m_session(session)
{
}

DemoGenerator::Result DemoGenerator::generate(const Options &opt, const Progress &progress)
{
    if (opt.customers < 1 || opt.invoices < 0)
        throw Error(tr("The demo needs at least one customer and a non-negative invoice count"));
    const Currency currency = Currency::require(opt.currency);
    const QDate end = opt.endDate.isValid() ? opt.endDate : m_session.today();
    const QDate start = end.addMonths(-24).addDays(1);
    Database &db = m_session.db();
    if (CustomerRepository(db).count() > 0 || InvoiceRepository(db).count() > 0)
        throw Error(tr("Demo data only goes into an empty book; %1 already holds customers or "
                       "invoices")
                        .arg(db.displayName()));

    BulkLoad tx(db,
                { QStringLiteral("invoice"), QStringLiteral("invoice_line"),
                  QStringLiteral("payment"), QStringLiteral("allocation"),
                  QStringLiteral("credit_note"), QStringLiteral("credit_note_line"),
                  QStringLiteral("journal_entry"), QStringLiteral("journal_line") });
    std::mt19937_64 random(opt.seed);
    auto chance = [&random](double p) {
        return std::uniform_real_distribution<double>(0.0, 1.0)(random) < p;
    };
    auto between = [&random](qint64 lo, qint64 hi) {
        return std::uniform_int_distribution<qint64>(lo, hi)(random);
    };
    AuditLog audit = m_session.audit();

    // Catalogue: one revenue account per module, products, plans.
    AccountRepository accounts(db);
    ProductRepository products(db);
    std::vector<Product> modules;
    for (const ModuleSpec &m : moduleSpecs) {
        Account account { 0, QString::fromLatin1(m.account),
                          QStringLiteral("Revenue: ") + QString::fromUtf8(m.name),
                          QStringLiteral("revenue"), QString() };
        if (auto existing = accounts.findByCode(account.code))
            account = *existing;
        else
            accounts.insert(account);
        Product p;
        p.code = QString::fromLatin1(m.code);
        p.name = QString::fromUtf8(m.name);
        p.unitPriceMinor = price(m.priceMinor, currency);
        p.currency = currency.code();
        p.revenueAccountId = account.id;
        p.recognitionMethod = QString::fromLatin1(m.recognition);
        products.insert(p);
        modules.push_back(p);
    }
    std::vector<Plan> plans;
    for (const PlanSpec &s : planSpecs) {
        Plan p { 0,
                 QString::fromLatin1(s.code),
                 QString::fromUtf8(s.name),
                 modules[s.module].id,
                 s.months,
                 price(s.priceMinor, currency),
                 currency.code() };
        products.insertPlan(p);
        plans.push_back(p);
    }
    const PostingRules rules(accounts.loadChart());

    // Customers with a billing profile, a payment method and a subscription.
    DemoNames names(random);
    CustomerRepository customerRepo(db);
    std::vector<DemoCustomer> customers;
    static constexpr int terms[] = { 14, 30, 30, 30, 30, 45, 60 };
    for (int i = 0; i < opt.customers; ++i) {
        const DemoNames::Address address = names.address();
        Customer c;
        c.code = QStringLiteral("C%1").arg(i + 1, 5, 10, QLatin1Char('0'));
        c.name = names.companyName(address);
        c.email = QStringLiteral("billing@%1.example").arg(c.code.toLower());
        c.currency = currency.code();
        c.paymentTermsDays = terms[between(0, std::size(terms) - 1)];
        c.tenantId = 1;
        c.createdAt = QDateTime(start, QTime(8, 0), Qt::UTC);
        customerRepo.insert(c);
        PaymentMethod method;
        method.customerId = c.id;
        method.kind = chance(0.6) ? QStringLiteral("card") : QStringLiteral("bank_transfer");
        method.label = method.kind == QLatin1String("card") ? QStringLiteral("Visa")
                                                            : QStringLiteral("Bank transfer");
        if (method.kind == QLatin1String("card")) {
            method.last4 = QStringLiteral("%1").arg(between(0, 9999), 4, 10, QLatin1Char('0'));
            method.expiry = QStringLiteral("%1/%2")
                                .arg(between(1, 12), 2, 10, QLatin1Char('0'))
                                .arg(end.year() % 100 + between(1, 4));
        }
        customerRepo.insertPaymentMethod(method);
        BillingProfile profile;
        profile.customerId = c.id;
        profile.name = QStringLiteral("Head office");
        profile.isDefault = true;
        profile.addressLine1 = address.line1;
        profile.city = address.city;
        profile.postalCode = address.postalCode;
        profile.region = address.region;
        profile.stateProvince = address.stateProvince;
        profile.country = address.country;
        profile.contactName = names.personName();
        profile.contactEmail = c.email;
        profile.contactPhone = QStringLiteral("+1 555 %1").arg(between(1000, 9999));
        profile.paymentMethodId = method.id;
        customerRepo.insertProfile(profile);

        DemoCustomer dc;
        dc.id = c.id;
        dc.profileId = profile.id;
        const double r = std::uniform_real_distribution<double>(0, 1)(random);
        dc.plan = r < 0.35 ? 0 : r < 0.75 ? 1 : r < 0.93 ? 2 : 3;
        dc.licenses = int(dc.plan == 3 ? 1 : between(1, dc.plan >= 2 ? 5 : 40));
        dc.termsDays = c.paymentTermsDays;
        dc.taxRateBp = address.taxRateBp;
        dc.payer = chance(0.7) ? Payer::Prompt : chance(0.8) ? Payer::Late : Payer::Poor;
        dc.analytics = chance(0.35);
        Subscription s;
        s.customerId = c.id;
        s.billingProfileId = profile.id;
        s.planId = plans[dc.plan].id;
        s.name = plans[dc.plan].name;
        s.region = address.region;
        s.stateProvince = address.stateProvince;
        s.isDefault = true;
        s.licenses = dc.licenses;
        s.startDate = start;
        products.insertSubscription(s);
        dc.subscriptionId = s.id;
        customers.push_back(dc);
        audit.append(QStringLiteral("customer.create"), QStringLiteral("customer"),
                     QString::number(c.id), {},
                     QJsonObject { { QStringLiteral("code"), c.code },
                                   { QStringLiteral("name"), c.name },
                                   { QStringLiteral("currency"), c.currency } });
    }

    // Invoices in date order, so numbers rise with dates within each year.
    DemoWriter writer(m_session, rules);
    Result result;
    result.customers = opt.customers;
    std::map<int, qint64> invoiceNumbers, noteNumbers;
    const qint64 span = start.daysTo(end) + 1;
    const qint64 drafts
        = std::min<qint64>(opt.invoices / 400 + (opt.invoices > 20 ? 2 : 0), opt.invoices);
    int lastPercent = -1;
    for (qint64 k = 0; k < opt.invoices; ++k) {
        const QDate issue = start.addDays(span * k / std::max<qint64>(1, opt.invoices));
        // Skewed choice: a few large customers get many invoices.
        const double u = std::uniform_real_distribution<double>(0, 1)(random);
        const DemoCustomer &cust = customers[std::size_t(u * u * double(customers.size()))];

        Invoice inv;
        inv.customerId = cust.id;
        inv.billingProfileId = cust.profileId;
        inv.subscriptionId = cust.subscriptionId;
        inv.currency = currency;
        inv.issueDate = issue;
        inv.dueDate = issue.addDays(cust.termsDays);
        auto addLine = [&](const Product &p, const QString &description, qint64 qtyMilli,
                           qint64 unitMinor, const QDate &from, const QDate &to) {
            InvoiceLine l;
            l.productId = p.id;
            l.revenueAccountId = p.revenueAccountId;
            l.description = description;
            l.quantityMilli = qtyMilli;
            l.unitPriceMinor = unitMinor;
            l.taxRateBp = cust.taxRateBp;
            l.serviceStart = from;
            l.serviceEnd = to;
            l.recognitionMethod = p.recognitionMethod;
            inv.lines.push_back(l);
        };
        const Plan &plan = plans[cust.plan];
        const QDate periodEnd = issue.addMonths(plan.billingPeriodMonths).addDays(-1);
        addLine(modules[0], plan.name, cust.licenses * 1000, plan.priceMinor, issue, periodEnd);
        if (chance(0.1))
            inv.lines.back().discountBp = 1000;
        if (cust.analytics && chance(0.8))
            addLine(modules[1], plans[4].name, cust.licenses * 1000, plans[4].priceMinor, issue,
                    issue.addMonths(1).addDays(-1));
        if (chance(0.2))
            addLine(modules[3], modules[3].name, between(1, 400) * 1000 + between(0, 999),
                    modules[3].unitPriceMinor, issue.addMonths(-1), issue.addDays(-1));
        if (chance(0.04))
            addLine(modules[4], QStringLiteral("Implementation workshop"), between(4, 40) * 1000,
                    modules[4].unitPriceMinor, issue, issue);
        if (chance(0.02))
            addLine(modules[5], modules[5].name, between(1, 3) * 1000, modules[5].unitPriceMinor,
                    issue, issue);
        inv.computeTotals();

        const bool draft = k >= opt.invoices - drafts;
        if (draft) {
            writer.writeInvoice(inv);
            continue;
        }
        inv.status = InvoiceStatus::Open;
        inv.number = NumberSeriesRepository::format(InvoiceService::invoiceSeries, issue.year(),
                                                    ++invoiceNumbers[issue.year()]);

        // Decide the invoice's fate, then book the events in order.
        const double fate = std::uniform_real_distribution<double>(0, 1)(random);
        const qint64 age = issue.daysTo(end);
        std::optional<CreditNote> note;
        std::vector<std::size_t> noteLineSource; // invoice line index per note line
        qint64 noteApplied = 0;
        if (fate < 0.03 && age > 20) {
            CreditNote n;
            n.invoiceId = 0; // set after the invoice id is known
            n.customerId = cust.id;
            n.issueDate = issue.addDays(between(3, 20));
            n.currency = currency.code();
            const bool full = fate < 0.015;
            n.reason = full ? QStringLiteral("Cancelled order") : QStringLiteral("Service credit");
            int position = 0;
            for (std::size_t li = 0; li < inv.lines.size(); ++li) {
                const InvoiceLine &l = inv.lines[li];
                CreditNoteLine cl;
                cl.position = ++position;
                cl.description = l.description;
                cl.taxRateBp = l.taxRateBp;
                cl.netMinor
                    = full ? l.netMinor : Money(l.netMinor, currency).percentOf(1000).minor();
                cl.taxMinor = full ? l.taxMinor
                                   : Money(cl.netMinor, currency).percentOf(l.taxRateBp).minor();
                cl.revenueAccountId = l.revenueAccountId;
                if (cl.netMinor != 0 || cl.taxMinor != 0) {
                    n.lines.push_back(cl);
                    noteLineSource.push_back(li);
                }
            }
            for (const CreditNoteLine &cl : n.lines) {
                n.subtotalMinor += cl.netMinor;
                n.taxMinor += cl.taxMinor;
            }
            n.totalMinor = n.subtotalMinor + n.taxMinor;
            n.number = NumberSeriesRepository::format(CreditNoteService::creditNoteSeries,
                                                      n.issueDate.year(),
                                                      ++noteNumbers[n.issueDate.year()]);
            noteApplied = n.totalMinor;
            inv.creditedMinor = noteApplied;
            if (n.totalMinor > 0)
                note = n;
            else
                inv.creditedMinor = 0;
        }

        // Payments: when, how much.
        struct PlannedPayment
        {
            QDate date;
            qint64 amount;
        };
        std::vector<PlannedPayment> planned;
        const bool voided = note && note->totalMinor == inv.totalMinor;
        if (!voided) {
            const qint64 owed = inv.totalMinor - inv.creditedMinor;
            QDate payDate;
            switch (cust.payer) {
            case Payer::Prompt:
                payDate = inv.dueDate.addDays(-between(0, cust.termsDays / 2));
                break;
            case Payer::Late:
                payDate = inv.dueDate.addDays(between(1, 45));
                break;
            case Payer::Poor:
                payDate = chance(0.35) ? QDate() : inv.dueDate.addDays(between(20, 150));
                break;
            }
            if (chance(0.01))
                payDate = QDate(); // the occasional invoice nobody pays
            if (payDate.isValid() && note && payDate < note->issueDate)
                payDate = note->issueDate;
            const double shape = std::uniform_real_distribution<double>(0, 1)(random);
            if (payDate.isValid() && shape < 0.06) {
                const qint64 first = owed * between(30, 70) / 100;
                planned.push_back({ payDate, first });
                if (chance(0.5))
                    planned.push_back({ payDate.addDays(between(15, 45)), owed - first });
            } else if (payDate.isValid() && shape < 0.065) {
                planned.push_back({ payDate, owed + price(5000, currency) }); // over-payment
            } else if (payDate.isValid()) {
                planned.push_back({ payDate, owed });
            }
        }
        qint64 paid = 0;
        std::vector<std::pair<PlannedPayment, qint64>> booked; // payment, applied
        for (const PlannedPayment &pp : planned) {
            if (pp.date > end || pp.amount <= 0)
                continue;
            const qint64 applied = std::min(pp.amount, inv.totalMinor - inv.creditedMinor - paid);
            paid += applied;
            booked.push_back({ pp, applied });
        }
        inv.paidMinor = paid;
        inv.balanceMinor = inv.totalMinor - inv.paidMinor - inv.creditedMinor;
        inv.status = voided         ? InvoiceStatus::Void
            : inv.balanceMinor == 0 ? InvoiceStatus::Paid
                                    : InvoiceStatus::Open;
        inv.version = 2 + int(booked.size()) + (note ? 1 : 0);
        writer.writeInvoice(inv);
        if (note) {
            note->invoiceId = inv.id;
            for (std::size_t i = 0; i < note->lines.size(); ++i)
                note->lines[i].invoiceLineId = inv.lines[noteLineSource[i]].id;
            writer.writeCreditNote(*note, noteApplied, inv.number);
            ++result.creditNotes;
        }
        for (const auto &[pp, applied] : booked) {
            Payment p;
            p.customerId = cust.id;
            p.receivedDate = pp.date;
            p.amountMinor = pp.amount;
            p.currency = currency.code();
            p.method
                = between(0, 9) < 6 ? PaymentMethodKind::BankTransfer : PaymentMethodKind::Card;
            p.reference = inv.number;
            writer.writePayment(p, inv.id, applied, inv.number);
            ++result.payments;
        }
        ++result.invoices;

        const int percent = int(100 * (k + 1) / opt.invoices);
        if (percent != lastPercent) {
            lastPercent = percent;
            if (progress && !progress(percent))
                throw Error(tr("Demo generation was cancelled; nothing was kept"));
        }
    }
    result.invoices += drafts;
    writer.finish();
    NumberSeriesRepository series(db);
    for (const auto &[year, last] : invoiceNumbers)
        series.setNext(InvoiceService::invoiceSeries, year, last + 1);
    for (const auto &[year, last] : noteNumbers)
        series.setNext(CreditNoteService::creditNoteSeries, year, last + 1);
    result.journalEntries = writer.entries();
    tx.commit();
    return result;
}

} // namespace Accrue
