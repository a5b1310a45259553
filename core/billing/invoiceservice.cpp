#include "billing/invoiceservice.h"

#include "billing/session.h"
#include "billing/settingsservice.h"
#include "common/error.h"
#include "domain/limits.h"
#include "ledger/postingrules.h"
#include "storage/accountrepository.h"
#include "storage/customerrepository.h"
#include "storage/database.h"
#include "storage/invoicerepository.h"
#include "storage/journalrepository.h"
#include "storage/numberseriesrepository.h"
#include "storage/paymentrepository.h"
#include "storage/productrepository.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Accrue {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Accrue::InvoiceService", text);
}

QString dateText(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

} // namespace

InvoiceService::InvoiceService(Session &session)
    : m_session(session)
{
}

namespace {

// Quantity times price, or past the limit when that does not fit at all.
qint64 lineTotalMinor(const Invoice &inv, const InvoiceLine &line)
{
    try {
        return Money(line.unitPriceMinor, inv.currency).timesQuantity(line.quantityMilli).minor();
    } catch (const Error &) {
        return Limits::maxAmountMinor + 1;
    }
}

} // namespace

std::vector<InvoiceProblem> InvoiceService::check(const Invoice &inv)
{
    using F = InvoiceProblem::Field;
    std::vector<InvoiceProblem> problems;
    auto problem = [&problems](F field, int line, const QString &message) {
        problems.push_back({ field, line, message });
    };
    if (inv.customerId <= 0)
        problem(F::Customer, -1, tr("choose a customer"));
    if (!inv.currency.isValid())
        problem(F::Currency, -1, tr("choose a valid ISO 4217 currency"));
    if (!inv.issueDate.isValid())
        problem(F::IssueDate, -1, tr("enter the issue date"));
    else if (!Limits::isPlausibleDate(inv.issueDate))
        problem(F::IssueDate, -1,
                tr("%1 is not a plausible issue date (years %2 to %3)")
                    .arg(inv.issueDate.toString(Qt::ISODate))
                    .arg(Limits::firstYear)
                    .arg(Limits::lastYear));
    if (!inv.dueDate.isValid())
        problem(F::DueDate, -1, tr("enter the due date"));
    else if (inv.issueDate.isValid() && inv.dueDate < inv.issueDate)
        problem(F::DueDate, -1, tr("the due date is before the issue date"));
    else if (inv.issueDate.isValid() && inv.issueDate.daysTo(inv.dueDate) > Limits::maxTermsDays)
        problem(
            F::DueDate, -1,
            tr("the due date is more than %1 days after the issue date").arg(Limits::maxTermsDays));
    if (Limits::hasControlCharacters(inv.notes))
        problem(F::Notes, -1, tr("the notes contain control characters (such as NUL)"));
    if (inv.lines.empty())
        problem(F::Lines, -1, tr("add at least one line"));
    for (int i = 0; i < int(inv.lines.size()); ++i) {
        const InvoiceLine &line = inv.lines[size_t(i)];
        if (line.description.trimmed().isEmpty())
            problem(F::Description, i, tr("enter a description"));
        else if (Limits::hasControlCharacters(line.description))
            problem(F::Description, i,
                    tr("the description contains control characters (such as NUL)"));
        if (line.quantityMilli <= 0)
            problem(F::Quantity, i, tr("the quantity must be greater than zero"));
        else if (line.quantityMilli > Limits::maxQuantityMilli)
            problem(F::Quantity, i,
                    tr("the quantity is larger than %1").arg(Limits::maxQuantityMilli / 1000));
        if (line.unitPriceMinor < 0)
            problem(F::UnitPrice, i, tr("the unit price cannot be negative"));
        else if (!Limits::isPlausibleAmount(line.unitPriceMinor))
            problem(F::UnitPrice, i, tr("the unit price is larger than Accrue accepts"));
        else if (!Limits::isPlausibleAmount(lineTotalMinor(inv, line)))
            problem(F::UnitPrice, i, tr("the line's amount is larger than Accrue accepts"));
        if (line.discountBp < 0 || line.discountBp > 10000)
            problem(F::Discount, i, tr("the discount must be between 0% and 100%"));
        if (line.taxRateBp < 0 || line.taxRateBp > 10000)
            problem(F::TaxRate, i, tr("the tax rate must be between 0% and 100%"));
        if (line.serviceStart.isValid() != line.serviceEnd.isValid()
            || (line.serviceStart.isValid() && line.serviceEnd < line.serviceStart))
            problem(F::ServicePeriod, i,
                    tr("the service period must have a start on or before its end"));
    }
    return problems;
}

QString InvoiceProblem::text() const
{
    if (line >= 0)
        return QStringLiteral("line %1: ").arg(line + 1) % message;
    QString key;
    switch (field) {
    case Field::Customer:
        key = QStringLiteral("customer");
        break;
    case Field::Currency:
        key = QStringLiteral("currency");
        break;
    case Field::IssueDate:
        key = QStringLiteral("issue_date");
        break;
    case Field::DueDate:
        key = QStringLiteral("due_date");
        break;
    case Field::Notes:
        key = QStringLiteral("notes");
        break;
    default:
        key = QStringLiteral("lines");
        break;
    }
    return key % u": " % message;
}

QStringList InvoiceService::validate(const Invoice &inv)
{
    QStringList problems;
    for (const InvoiceProblem &p : check(inv))
        problems << p.text();
    return problems;
}

Invoice InvoiceService::duplicateOf(const Invoice &source, const QDate &today)
{
    Invoice copy;
    copy.customerId = source.customerId;
    copy.billingProfileId = source.billingProfileId;
    copy.currency = source.currency;
    copy.notes = source.notes;
    copy.issueDate = today;
    const qint64 termDays = source.issueDate.isValid() && source.dueDate.isValid()
        ? source.issueDate.daysTo(source.dueDate)
        : 30;
    copy.dueDate = today.addDays(termDays);
    for (InvoiceLine line : source.lines) {
        line.id = 0;
        copy.lines.push_back(std::move(line));
    }
    copy.computeTotals();
    return copy;
}

QJsonObject InvoiceService::toJson(const Invoice &inv)
{
    QJsonArray lines;
    for (const InvoiceLine &l : inv.lines) {
        lines.append(QJsonObject {
            { QStringLiteral("position"), l.position },
            { QStringLiteral("product_id"), l.productId },
            { QStringLiteral("description"), l.description },
            { QStringLiteral("quantity_milli"), l.quantityMilli },
            { QStringLiteral("unit_price_minor"), l.unitPriceMinor },
            { QStringLiteral("discount_bp"), l.discountBp },
            { QStringLiteral("tax_rate_bp"), l.taxRateBp },
            { QStringLiteral("net_minor"), l.netMinor },
            { QStringLiteral("tax_minor"), l.taxMinor },
            { QStringLiteral("service_start"), dateText(l.serviceStart) },
            { QStringLiteral("service_end"), dateText(l.serviceEnd) },
        });
    }
    return QJsonObject {
        { QStringLiteral("number"), inv.number },
        { QStringLiteral("customer_id"), inv.customerId },
        { QStringLiteral("status"), toString(inv.status) },
        { QStringLiteral("issue_date"), dateText(inv.issueDate) },
        { QStringLiteral("due_date"), dateText(inv.dueDate) },
        { QStringLiteral("currency"), inv.currency.code() },
        { QStringLiteral("subtotal_minor"), inv.subtotalMinor },
        { QStringLiteral("tax_minor"), inv.taxMinor },
        { QStringLiteral("total_minor"), inv.totalMinor },
        { QStringLiteral("paid_minor"), inv.paidMinor },
        { QStringLiteral("credited_minor"), inv.creditedMinor },
        { QStringLiteral("balance_minor"), inv.balanceMinor },
        { QStringLiteral("notes"), inv.notes },
        { QStringLiteral("lines"), lines },
    };
}

void InvoiceService::fillLineDefaults(Invoice &inv)
{
    ProductRepository products(m_session.db());
    ChartOfAccounts chart = AccountRepository(m_session.db()).loadChart();
    // A line always posts to its product's revenue account, or to the
    // default one without a product: the Revenue tab reads a module's revenue
    // from its account's monthly balances and relies on this.
    for (InvoiceLine &line : inv.lines) {
        const auto product = line.productId ? products.find(line.productId) : std::nullopt;
        if (line.productId && !product)
            throw Error(tr("Line %1: unknown product").arg(line.position));
        line.revenueAccountId
            = product ? product->revenueAccountId : chart.id(ChartOfAccounts::Role::Revenue);
        if (line.recognitionMethod.isEmpty() && product)
            line.recognitionMethod = product->recognitionMethod;
    }
}

qint64 InvoiceService::createDraft(Invoice inv)
{
    m_session.require(Permission::Billing, tr("create invoices"));
    inv.paidMinor = inv.creditedMinor = 0;
    // Checked first: it names a line whose amount is too large, which
    // computeTotals() could only refuse as a whole.
    if (const QStringList problems = validate(inv); !problems.isEmpty())
        throw Error(tr("The invoice is not valid: %1").arg(problems.join(QStringLiteral("; "))));
    inv.computeTotals();
    Database &db = m_session.db();
    Transaction tx(db);
    if (!CustomerRepository(db).find(inv.customerId))
        throw Error(tr("customer: no such customer"));
    fillLineDefaults(inv);
    InvoiceRepository(db).insertDraft(inv);
    m_session.audit().append(QStringLiteral("invoice.create"), QStringLiteral("invoice"),
                             QString::number(inv.id), {}, toJson(inv));
    tx.commit();
    return inv.id;
}

void InvoiceService::updateDraft(Invoice inv)
{
    m_session.require(Permission::Billing, tr("edit invoices"));
    inv.paidMinor = inv.creditedMinor = 0;
    // Checked first: it names a line whose amount is too large, which
    // computeTotals() could only refuse as a whole.
    if (const QStringList problems = validate(inv); !problems.isEmpty())
        throw Error(tr("The invoice is not valid: %1").arg(problems.join(QStringLiteral("; "))));
    inv.computeTotals();
    Database &db = m_session.db();
    Transaction tx(db);
    InvoiceRepository(db).lockForUpdate(inv.id);
    const Invoice before = load(inv.id);
    if (before.status != InvoiceStatus::Draft)
        throw Error(tr("Invoice %1 is issued and cannot be changed; issue a credit note instead")
                        .arg(before.number));
    fillLineDefaults(inv);
    InvoiceRepository(db).updateDraft(inv, m_session.userName());
    m_session.audit().append(QStringLiteral("invoice.update"), QStringLiteral("invoice"),
                             QString::number(inv.id), toJson(before), toJson(inv));
    tx.commit();
}

void InvoiceService::deleteDraft(qint64 id)
{
    m_session.require(Permission::Billing, tr("delete invoices"));
    Database &db = m_session.db();
    Transaction tx(db);
    const Invoice before = load(id);
    if (before.status != InvoiceStatus::Draft)
        throw Error(tr("Invoice %1 is issued and cannot be deleted; issue a credit note instead")
                        .arg(before.number));
    InvoiceRepository(db).deleteDraft(id);
    m_session.audit().append(QStringLiteral("invoice.delete"), QStringLiteral("invoice"),
                             QString::number(id), toJson(before), {});
    tx.commit();
}

Invoice InvoiceService::issue(qint64 id, const QDate &issueDate)
{
    m_session.require(Permission::Billing, tr("issue invoices"));
    Database &db = m_session.db();
    Transaction tx(db);
    InvoiceRepository(db).lockForUpdate(id);
    Invoice inv = load(id);
    if (inv.status != InvoiceStatus::Draft)
        throw Error(tr("Invoice %1 is already issued").arg(inv.number));
    const Invoice before = inv;
    if (issueDate.isValid() && issueDate != inv.issueDate) {
        const qint64 termDays = inv.issueDate.daysTo(inv.dueDate);
        inv.issueDate = issueDate;
        inv.dueDate = issueDate.addDays(termDays);
    }
    if (const QStringList problems = validate(inv); !problems.isEmpty())
        throw Error(tr("The invoice is not valid: %1").arg(problems.join(QStringLiteral("; "))));
    if (inv.totalMinor < 0)
        throw Error(tr("An invoice total cannot be negative; issue a credit note instead"));

    // The series is the prefix from the company settings (INV by default).
    const QString series = SettingsService(m_session).company().invoicePrefix;
    const qint64 value = NumberSeriesRepository(db).take(series, inv.issueDate.year());
    inv.number = NumberSeriesRepository::format(series, inv.issueDate.year(), value);
    inv.status = inv.totalMinor == 0 ? InvoiceStatus::Paid : InvoiceStatus::Open;
    inv.issuedAt = QDateTime::currentDateTimeUtc();
    inv.balanceMinor = inv.totalMinor;
    InvoiceRepository(db).markIssued(inv);
    ++inv.version;

    const PostingRules rules(AccountRepository(db).loadChart());
    JournalEntry entry = rules.invoiceIssued(inv);
    if (!entry.lines.empty())
        JournalRepository(db).insert(entry);
    m_session.audit().append(QStringLiteral("invoice.issue"), QStringLiteral("invoice"),
                             QString::number(inv.id), toJson(before), toJson(inv));
    tx.commit();
    return inv;
}

void InvoiceService::markReminded(qint64 id, const QDate &date)
{
    m_session.require(Permission::Billing, tr("record reminders"));
    Database &db = m_session.db();
    Transaction tx(db);
    const Invoice inv = load(id);
    if (inv.status == InvoiceStatus::Draft)
        throw Error(tr("A draft invoice has not been sent, so it cannot be reminded"));
    InvoiceRepository(db).setReminded(id, date);
    m_session.audit().append(
        QStringLiteral("invoice.remind"), QStringLiteral("invoice"), QString::number(id),
        QJsonObject { { QStringLiteral("last_reminded"), dateText(inv.lastReminded) } },
        QJsonObject { { QStringLiteral("last_reminded"), dateText(date) } });
    tx.commit();
}

Invoice InvoiceService::load(qint64 id)
{
    auto inv = InvoiceRepository(m_session.db()).load(id);
    if (!inv)
        throw Error(tr("No invoice with id %1").arg(id));
    return *inv;
}

InvoiceDocumentData InvoiceService::documentData(qint64 id)
{
    InvoiceDocumentData data;
    data.invoice = load(id);
    Database &db = m_session.db();
    CustomerRepository customers(db);
    data.customer = customers.find(data.invoice.customerId).value_or(Customer {});
    // The profile chosen on the invoice (its address and contact), the
    // customer's default only when none was chosen or it is gone.
    if (data.invoice.billingProfileId > 0)
        for (BillingProfile &profile : customers.profiles(data.invoice.customerId))
            if (profile.id == data.invoice.billingProfileId)
                data.profile = std::move(profile);
    if (!data.profile)
        data.profile = customers.defaultProfile(data.invoice.customerId);
    data.allocations = PaymentRepository(db).allocationsForInvoice(id);
    data.today = m_session.today();
    data.company = SettingsService(m_session).company();
    return data;
}

Invoice InvoiceService::loadByNumber(const QString &number)
{
    const auto id = InvoiceRepository(m_session.db()).findIdByNumber(number);
    if (!id)
        throw Error(tr("No invoice numbered “%1”").arg(number));
    return load(*id);
}

} // namespace Accrue
