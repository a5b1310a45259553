#include "billing/invoiceservice.h"

#include "billing/recognitionservice.h"
#include "billing/session.h"
#include "billing/settingsservice.h"
#include "common/error.h"
#include "domain/limits.h"
#include "domain/taxrules.h"
#include "ledger/postingrules.h"
#include "storage/accountrepository.h"
#include "storage/customerrepository.h"
#include "storage/database.h"
#include "storage/invoicerepository.h"
#include "storage/journalrepository.h"
#include "storage/numberseriesrepository.h"
#include "storage/paymentrepository.h"
#include "storage/productrepository.h"
#include "storage/subscriptionrepository.h"
#include "storage/taxraterepository.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

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

QJsonObject InvoiceService::toJson(const Invoice &inv)
{
    QJsonArray lines;
    for (const InvoiceLine &l : inv.lines) {
        lines.append(QJsonObject {
            { QStringLiteral("position"), l.position },
            { QStringLiteral("product_id"), l.productId },
            { QStringLiteral("description"), l.description },
            { QStringLiteral("quantity_milli"), l.quantityMilli },
            { QStringLiteral("unit_price_minor"), l.unitPrice.minor() },
            { QStringLiteral("discount_bp"), l.discountBp },
            { QStringLiteral("tax_rate_ppm"), l.taxRatePpm },
            { QStringLiteral("net_minor"), l.net.minor() },
            { QStringLiteral("tax_minor"), l.tax.minor() },
            { QStringLiteral("service_start"), dateText(l.serviceStart) },
            { QStringLiteral("service_end"), dateText(l.serviceEnd) },
            { QStringLiteral("tax_category"),
              l.taxOverride ? TaxCategory::Override : l.taxCategory },
            { QStringLiteral("tax_country"), l.taxCountry },
            { QStringLiteral("tax_region"), l.taxRegion },
        });
    }
    return QJsonObject {
        { QStringLiteral("number"), inv.number },
        { QStringLiteral("customer_id"), inv.customerId },
        { QStringLiteral("status"), toString(inv.status) },
        { QStringLiteral("issue_date"), dateText(inv.issueDate) },
        { QStringLiteral("due_date"), dateText(inv.dueDate) },
        { QStringLiteral("currency"), inv.currency.code() },
        { QStringLiteral("subtotal_minor"), inv.subtotal.minor() },
        { QStringLiteral("tax_minor"), inv.tax.minor() },
        { QStringLiteral("total_minor"), inv.total.minor() },
        { QStringLiteral("paid_minor"), inv.paid.minor() },
        { QStringLiteral("credited_minor"), inv.credited.minor() },
        { QStringLiteral("balance_minor"), inv.balance.minor() },
        { QStringLiteral("notes"), inv.notes },
        { QStringLiteral("lines"), lines },
    };
}

void InvoiceService::fillLineDefaults(Invoice &inv)
{
    ReferenceData &reference = m_session.reference();
    const ChartOfAccounts chart = reference.chart();
    // A line always posts to its product's revenue account, or to the
    // default one without a product: the Revenue tab reads a module's revenue
    // from its account's monthly balances and relies on this. The one
    // exception is a product-less line that names the Late fees account
    // (dunning's fee invoices): it keeps it.
    const qint64 lateFees = chart.find(ChartOfAccounts::Role::LateFees);
    for (InvoiceLine &line : inv.lines) {
        const auto product = line.productId ? reference.product(line.productId) : std::nullopt;
        if (line.productId && !product)
            throw Error(tr("Line %1: unknown product").arg(line.position));
        const bool lateFee = !product && lateFees > 0 && line.revenueAccountId == lateFees;
        line.revenueAccountId = product ? product->revenueAccountId
            : lateFee                   ? lateFees
                                        : chart.id(ChartOfAccounts::Role::Revenue);
        if (line.recognitionMethod.isEmpty() && product)
            line.recognitionMethod = product->recognitionMethod;
    }
    applyTaxes(inv);
}

void InvoiceService::applyTaxes(Invoice &inv)
{
    ReferenceData &reference = m_session.reference();
    const QString home = reference.company().taxCountry;
    const std::optional<Customer> customer = reference.customer(inv.customerId);
    // The profile chosen on the invoice, else the customer's default.
    const std::optional<BillingProfile> profile
        = reference.profileOf(inv.customerId, inv.billingProfileId);
    const TaxPlace place = TaxRules::placeOf(profile ? &*profile : nullptr, home);
    const std::vector<TaxRate> rates
        = place.country.isEmpty() ? std::vector<TaxRate>() : reference.taxRates(place.country);
    const bool business = customer && !customer->taxId.trimmed().isEmpty();
    for (std::size_t i = 0; i < inv.lines.size(); ++i) {
        InvoiceLine &line = inv.lines[i];
        line.taxCountry = place.country;
        line.taxRegion = TaxRules::reportedRegion(rates, place, inv.issueDate);
        if (line.taxOverride) {
            line.taxCategory = TaxCategory::Override;
            continue;
        }
        const auto product = line.productId ? reference.product(line.productId) : std::nullopt;
        const QString own = product ? product->taxCategory : TaxCategory::Standard;
        const QString category
            = TaxRules::categoryFor(own, place, business, home, rates, inv.issueDate);
        std::optional<TaxRate> rate;
        try {
            rate = TaxRules::resolve(rates, place.country, place.region, category, inv.issueDate);
        } catch (const Error &e) {
            throw Error(tr("Line %1: %2").arg(i + 1).arg(e.userMessage()));
        }
        if (!rate) {
            // No tax table for the country: the rate the line came with
            // (the product's, from InvoiceRules::applyProduct) stands.
            line.taxCategory = product ? own : QString();
            continue;
        }
        line.taxRatePpm = rate->ratePpm;
        line.taxCategory = category;
    }
}

namespace {

// Whether two versions of the same lines pay the same rates.
bool sameRates(const Invoice &a, const Invoice &b)
{
    for (std::size_t i = 0; i < a.lines.size(); ++i)
        if (a.lines[i].taxRatePpm != b.lines[i].taxRatePpm)
            return false;
    return true;
}

// Whether they are recorded in the same categories and places.
bool samePlaces(const Invoice &a, const Invoice &b)
{
    for (std::size_t i = 0; i < a.lines.size(); ++i) {
        const InvoiceLine &x = a.lines[i];
        const InvoiceLine &y = b.lines[i];
        if (x.taxCategory != y.taxCategory || x.taxCountry != y.taxCountry
            || x.taxRegion != y.taxRegion)
            return false;
    }
    return true;
}

} // namespace

Invoice InvoiceService::newDraft()
{
    SettingsService settings(m_session);
    Currency currency = settings.bookCurrency();
    if (!currency.isValid())
        currency = Currency::fromCode(QLocale::system().currencySymbol(QLocale::CurrencyIsoCode))
                       .value_or(Currency());
    return InvoiceRules::newDraft(settings.company(), m_session.today(), currency);
}

qint64 InvoiceService::createDraft(Invoice inv)
{
    m_session.require(Permission::Billing, tr("create invoices"));
    Transaction tx(m_session.db());
    insertDraft(inv);
    tx.commit();
    return inv.id;
}

Invoice InvoiceService::createIssued(Invoice inv)
{
    m_session.require(Permission::Billing, tr("create invoices"));
    m_session.require(Permission::Billing, tr("issue invoices"));
    Transaction tx(m_session.db());
    const QJsonObject drafted = insertDraft(inv);
    inv = issueDraft(std::move(inv), {}, drafted);
    tx.commit();
    return inv;
}

QJsonObject InvoiceService::insertDraft(Invoice &inv)
{
    inv.paid = inv.credited = Money::zero(inv.currency);
    // Checked first: it names a line whose amount is too large, which
    // computeTotals() could only refuse as a whole.
    if (const QStringList problems = InvoiceRules::validate(inv); !problems.isEmpty())
        throw Error(tr("The invoice is not valid: %1").arg(problems.join(QStringLiteral("; "))));
    const std::optional<Customer> customer = m_session.reference().customer(inv.customerId);
    if (!customer)
        throw Error(tr("customer: no such customer"));
    if (customer->archivedAt.isValid())
        throw Error(
            tr("customer: %1 is archived; restore it to bill it again").arg(customer->code));
    fillLineDefaults(inv); // the lines' tax rates among them, before the totals
    inv.computeTotals();
    InvoiceRepository(m_session.db()).insertDraft(inv);
    QJsonObject json = toJson(inv);
    m_session.audit().append(QStringLiteral("invoice.create"), QStringLiteral("invoice"),
                             QString::number(inv.id), {}, json);
    return json;
}

void InvoiceService::updateDraft(Invoice inv)
{
    m_session.require(Permission::Billing, tr("edit invoices"));
    inv.paid = inv.credited = Money::zero(inv.currency);
    // Checked first: it names a line whose amount is too large, which
    // computeTotals() could only refuse as a whole.
    if (const QStringList problems = InvoiceRules::validate(inv); !problems.isEmpty())
        throw Error(tr("The invoice is not valid: %1").arg(problems.join(QStringLiteral("; "))));
    Database &db = m_session.db();
    Transaction tx(db);
    InvoiceRepository(db).lockForUpdate(inv.id);
    const Invoice before = load(inv.id);
    if (before.status != InvoiceStatus::Draft)
        throw Error(tr("Invoice %1 is issued and cannot be changed; issue a credit note instead")
                        .arg(before.number));
    fillLineDefaults(inv);
    inv.computeTotals();
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
    // A billing run has moved the subscription past the period this draft
    // bills: deleting it would leave the period unbilled for good.
    if (!SubscriptionRepository(db).billingKeyOfInvoice(id).isEmpty())
        throw Error(tr("Draft #%1 was made by a billing run for a subscription period; edit "
                       "and issue it, or issue it and credit it, instead of deleting it")
                        .arg(id));
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
    Invoice inv = issueDraft(load(id), issueDate, {});
    tx.commit();
    return inv;
}

Invoice InvoiceService::issueDraft(Invoice inv, const QDate &issueDate, QJsonObject before)
{
    if (inv.status != InvoiceStatus::Draft)
        throw Error(tr("Invoice %1 is already issued").arg(inv.number));
    if (before.isEmpty())
        before = toJson(inv);
    Database &db = m_session.db();
    if (issueDate.isValid() && issueDate != inv.issueDate) {
        const qint64 termDays = inv.issueDate.daysTo(inv.dueDate);
        inv.issueDate = issueDate;
        inv.dueDate = issueDate.addDays(termDays);
    }
    // Taxed as on the day it is issued: a rate that changed since the draft
    // was saved (or a new address) is applied now, and the draft's lines and
    // totals follow before it is frozen. Amounts are recomputed only when a
    // rate changed, so a book without a tax table issues what it drafted.
    const Invoice drafted = inv;
    applyTaxes(inv);
    if (!sameRates(drafted, inv)) {
        inv.computeTotals();
        InvoiceRepository(db).updateDraft(inv, m_session.userName());
    } else if (!samePlaces(drafted, inv)) {
        InvoiceRepository(db).updateLineTaxes(inv);
    }
    if (const QStringList problems = InvoiceRules::validate(inv); !problems.isEmpty())
        throw Error(tr("The invoice is not valid: %1").arg(problems.join(QStringLiteral("; "))));
    if (inv.total.isNegative())
        throw Error(tr("An invoice total cannot be negative; issue a credit note instead"));

    // The series is the prefix from the company settings (INV by default).
    const QString series = m_session.reference().company().invoicePrefix;
    const qint64 value = NumberSeriesRepository(db).take(series, inv.issueDate.year());
    inv.number = NumberSeriesRepository::format(series, inv.issueDate.year(), value);
    inv.status = inv.total.isZero() ? InvoiceStatus::Paid : InvoiceStatus::Open;
    inv.issuedAt = QDateTime::currentDateTimeUtc();
    inv.balance = inv.total;
    InvoiceRepository(db).markIssued(inv);
    ++inv.version;

    // Usage this invoice bills that was accrued already settles Unbilled
    // revenue; what the lines earn later goes to Deferred revenue and is
    // recognised by their schedules.
    RecognitionService recognition(m_session);
    const std::map<qint64, Money> accrued = recognition.billUsage(inv);
    const PostingRules rules(m_session.reference().chart());
    JournalEntry entry = rules.invoiceIssued(inv, accrued);
    if (!entry.lines.empty())
        JournalRepository(db).insert(entry);
    recognition.storeIssued(inv, accrued, entry.id);
    m_session.audit().append(QStringLiteral("invoice.issue"), QStringLiteral("invoice"),
                             QString::number(inv.id), before, toJson(inv));
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
    data.customer = CustomerRepository(db).find(data.invoice.customerId).value_or(Customer {});
    // The profile chosen on the invoice (its address and contact), the
    // customer's default only when none was chosen or it is gone.
    data.profile
        = m_session.reference().profileOf(data.invoice.customerId, data.invoice.billingProfileId);
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
