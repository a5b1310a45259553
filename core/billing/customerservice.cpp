#include "billing/customerservice.h"

#include "billing/session.h"
#include "common/error.h"
#include "domain/limits.h"
#include "domain/paymentmethodrules.h"
#include "exchange/customercsv.h"
#include "money/currency.h"
#include "storage/customerrepository.h"
#include "storage/productrepository.h"
#include "storage/subscriptionrepository.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <algorithm>

namespace Accrue {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Accrue::CustomerService", text);
}
} // namespace

CustomerService::CustomerService(Session &session)
    : m_session(session)
{
}

QJsonObject CustomerService::toJson(const Customer &c)
{
    return QJsonObject { { QStringLiteral("code"), c.code },
                         { QStringLiteral("name"), c.name },
                         { QStringLiteral("email"), c.email },
                         { QStringLiteral("tax_id"), c.taxId },
                         { QStringLiteral("currency"), c.currency.code() },
                         { QStringLiteral("payment_terms_days"), c.paymentTermsDays },
                         { QStringLiteral("language"), c.language },
                         { QStringLiteral("notes"), c.notes },
                         { QStringLiteral("archived"), c.archivedAt.isValid() } };
}

QJsonObject CustomerService::toJson(const PaymentMethod &m)
{
    // Only what is stored: the account is masked already.
    return QJsonObject { { QStringLiteral("kind"), m.kind },
                         { QStringLiteral("label"), m.label },
                         { QStringLiteral("last4"), m.last4 },
                         { QStringLiteral("expiry"), m.expiry },
                         { QStringLiteral("mandate_reference"), m.mandateReference },
                         { QStringLiteral("account"), m.account } };
}

QJsonObject CustomerService::toJson(const BillingProfile &p)
{
    return QJsonObject { { QStringLiteral("name"), p.name },
                         { QStringLiteral("address_line1"), p.addressLine1 },
                         { QStringLiteral("address_line2"), p.addressLine2 },
                         { QStringLiteral("city"), p.city },
                         { QStringLiteral("postal_code"), p.postalCode },
                         { QStringLiteral("region"), p.region },
                         { QStringLiteral("state_province"), p.stateProvince },
                         { QStringLiteral("country"), p.country },
                         { QStringLiteral("contact_name"), p.contactName },
                         { QStringLiteral("contact_email"), p.contactEmail },
                         { QStringLiteral("contact_phone"), p.contactPhone },
                         { QStringLiteral("is_default"), p.isDefault },
                         { QStringLiteral("payment_method_id"), p.paymentMethodId },
                         { QStringLiteral("endpoint"), p.electronicAddress().text() } };
}

std::vector<Customer> CustomerService::list()
{
    return CustomerRepository(m_session.db()).list(false);
}

std::optional<Customer> CustomerService::findByCode(const QString &code)
{
    return CustomerRepository(m_session.db()).findByCode(code.trimmed());
}

int CustomerService::importCsv(const QByteArray &csv, const QString &fileName)
{
    m_session.require(Permission::Billing, tr("import customers"));
    std::vector<CustomerCsv::Row> rows = CustomerCsv::parse(csv, fileName);
    Transaction tx(m_session.db());
    for (CustomerCsv::Row &row : rows) {
        try {
            create(row.customer, row.profile);
        } catch (const Error &e) {
            // create() names the field ("code: … exists already"); the
            // file and line say which row.
            throw Error(
                QStringLiteral("%1:%2: %3").arg(fileName).arg(row.line).arg(e.userMessage()));
        }
    }
    tx.commit();
    return int(rows.size());
}

std::optional<Customer> CustomerService::find(qint64 customerId)
{
    return CustomerRepository(m_session.db()).find(customerId);
}

Customer CustomerService::load(qint64 customerId)
{
    const std::optional<Customer> c = CustomerRepository(m_session.db()).find(customerId);
    if (!c)
        throw Error(tr("No such customer"));
    return *c;
}

void CustomerService::archive(qint64 customerId)
{
    setArchived(customerId, true);
}

void CustomerService::restore(qint64 customerId)
{
    setArchived(customerId, false);
}

void CustomerService::setArchived(qint64 customerId, bool archived)
{
    m_session.require(Permission::Billing,
                      archived ? tr("archive customers") : tr("restore customers"));
    Transaction tx(m_session.db());
    const Customer before = load(customerId);
    if (archived) {
        // An archived customer is billed for nothing: its live subscriptions
        // would stop every billing run.
        SubscriptionRepository::Filter filter;
        filter.customerId = customerId;
        for (const Subscription &s : SubscriptionRepository(m_session.db()).list(filter))
            if (s.status != SubscriptionStatus::Cancelled)
                throw Error(tr("%1 has subscription %2 (%3); cancel it before archiving the "
                               "customer")
                                .arg(before.code)
                                .arg(s.id)
                                .arg(s.name));
    }
    Customer after = before;
    after.archivedAt = archived ? QDateTime::currentDateTimeUtc() : QDateTime();
    CustomerRepository(m_session.db()).update(after, m_session.userName());
    m_session.audit().append(
        archived ? QStringLiteral("customer.archive") : QStringLiteral("customer.restore"),
        QStringLiteral("customer"), QString::number(customerId), toJson(before), toJson(after));
    tx.commit();
}

void CustomerService::remove(qint64 customerId)
{
    m_session.require(Permission::Billing, tr("delete customers"));
    Transaction tx(m_session.db());
    CustomerRepository repo(m_session.db());
    const Customer before = load(customerId);
    if (const QString what = repo.documentsOf(customerId); !what.isEmpty())
        throw Error(tr("%1 has %2: archive the customer instead, which keeps its history")
                        .arg(before.code, what));
    // The record keeps all that goes: profiles and payment methods too.
    QJsonObject gone = toJson(before);
    QJsonArray profiles, methods;
    for (const BillingProfile &p : repo.profiles(customerId))
        profiles.append(toJson(p));
    for (const PaymentMethod &m : repo.paymentMethods(customerId))
        methods.append(toJson(m));
    gone.insert(QStringLiteral("billing_profiles"), profiles);
    gone.insert(QStringLiteral("payment_methods"), methods);
    repo.remove(customerId);
    m_session.audit().append(QStringLiteral("customer.delete"), QStringLiteral("customer"),
                             QString::number(customerId), gone, {});
    tx.commit();
}

qint64 CustomerService::addPaymentMethod(qint64 customerId, PaymentMethod &method)
{
    m_session.requireOwnAccount(customerId, tr("add payment methods"));
    PaymentMethodRules::check(method);
    Transaction tx(m_session.db());
    if (load(customerId).archivedAt.isValid())
        throw Error(tr("The customer is archived; restore it to add a payment method"));
    method.customerId = customerId;
    CustomerRepository(m_session.db()).insertPaymentMethod(method);
    m_session.audit().append(QStringLiteral("payment_method.create"),
                             QStringLiteral("payment_method"), QString::number(method.id), {},
                             toJson(method));
    tx.commit();
    return method.id;
}

std::vector<PaymentMethod> CustomerService::paymentMethods(qint64 customerId)
{
    return CustomerRepository(m_session.db()).paymentMethods(customerId);
}

qint64 CustomerService::addProfile(qint64 customerId, BillingProfile &profile, bool makeDefault)
{
    m_session.requireOwnAccount(customerId, tr("edit billing profiles"));
    Transaction tx(m_session.db());
    const Customer customer = load(customerId);
    CustomerRepository repo(m_session.db());
    profile.customerId = customerId;
    if (profile.name.trimmed().isEmpty())
        profile.name = customer.name;
    profile.isDefault = makeDefault;
    checkProfile(profile);
    QJsonObject record = toJson(profile);
    record.insert(QStringLiteral("is_default"), makeDefault);
    if (makeDefault) {
        // The default moves: the record names the profile it moved from.
        if (const std::optional<BillingProfile> old = repo.defaultProfile(customerId))
            record.insert(QStringLiteral("default_before"), old->name);
        repo.clearDefaultProfile(customerId);
    }
    repo.insertProfile(profile);
    m_session.audit().append(QStringLiteral("billing_profile.create"),
                             QStringLiteral("billing_profile"), QString::number(profile.id), {},
                             record);
    tx.commit();
    return profile.id;
}

void CustomerService::checkProfile(const BillingProfile &profile)
{
    if (!profile.contactEmail.isEmpty() && !profile.contactEmail.contains(u'@'))
        throw Error(tr("“%1” is not an e-mail address.").arg(profile.contactEmail));
    if (!profile.country.isEmpty() && profile.country.size() != 2)
        throw Error(tr("The country “%1” is not a two-letter ISO code.").arg(profile.country));
    if (const QString why = profile.electronicAddress().problem(); !why.isEmpty())
        throw Error(tr("The electronic address “%1” cannot be used: %2")
                        .arg(profile.electronicAddress().text(), why));
    if (profile.paymentMethodId == 0)
        return;
    const std::vector<PaymentMethod> methods
        = CustomerRepository(m_session.db()).paymentMethods(profile.customerId);
    if (std::none_of(methods.begin(), methods.end(),
                     [&](const PaymentMethod &m) { return m.id == profile.paymentMethodId; }))
        throw Error(tr("That payment method is not one of this customer's."));
}

void CustomerService::updateProfile(BillingProfile &profile, bool makeDefault)
{
    m_session.requireOwnAccount(profile.customerId, tr("edit billing profiles"));
    Transaction tx(m_session.db());
    load(profile.customerId);
    CustomerRepository repo(m_session.db());
    const std::vector<BillingProfile> all = repo.profiles(profile.customerId);
    const auto old = std::find_if(all.begin(), all.end(),
                                  [&](const BillingProfile &p) { return p.id == profile.id; });
    if (old == all.end())
        throw Error(tr("The billing profile %1 is not one of this customer's.").arg(profile.id));
    if (profile.name.trimmed().isEmpty())
        throw Error(tr("A billing profile needs a name."));
    checkProfile(profile);
    profile.isDefault = old->isDefault || makeDefault;
    if (makeDefault && !old->isDefault)
        repo.clearDefaultProfile(profile.customerId);
    repo.updateProfile(profile);
    m_session.audit().append(QStringLiteral("billing_profile.update"),
                             QStringLiteral("billing_profile"), QString::number(profile.id),
                             toJson(*old), toJson(profile));
    tx.commit();
}

void CustomerService::removeProfile(qint64 customerId, qint64 profileId)
{
    m_session.requireOwnAccount(customerId, tr("edit billing profiles"));
    Transaction tx(m_session.db());
    load(customerId);
    CustomerRepository repo(m_session.db());
    const std::vector<BillingProfile> all = repo.profiles(customerId);
    const auto it = std::find_if(all.begin(), all.end(),
                                 [&](const BillingProfile &p) { return p.id == profileId; });
    if (it == all.end())
        throw Error(tr("The billing profile %1 is not one of this customer's.").arg(profileId));
    if (it->isDefault)
        throw Error(tr("“%1” is the default billing profile; make another the default first.")
                        .arg(it->name));
    if (const qint64 uses = repo.profileUses(profileId))
        throw Error(
            QCoreApplication::translate("Accrue::CustomerService",
                                        "“%1” is named by %n invoice(s) or subscription(s) and "
                                        "stays.",
                                        nullptr, int(uses))
                .arg(it->name));
    repo.deleteProfile(profileId);
    m_session.audit().append(QStringLiteral("billing_profile.delete"),
                             QStringLiteral("billing_profile"), QString::number(profileId),
                             toJson(*it), {});
    tx.commit();
}

std::vector<BillingProfile> CustomerService::profiles(qint64 customerId)
{
    return CustomerRepository(m_session.db()).profiles(customerId);
}

std::vector<Product> CustomerService::products()
{
    return ProductRepository(m_session.db()).list(false);
}

std::vector<Plan> CustomerService::plans()
{
    return ProductRepository(m_session.db()).plans();
}

void CustomerService::checkEditable(Customer &customer)
{
    customer.code = customer.code.trimmed();
    customer.name = customer.name.trimmed();
    if (customer.code.isEmpty())
        throw Error(tr("code: enter a customer code"));
    if (customer.name.isEmpty())
        throw Error(tr("name: enter the customer's name"));
    if (!customer.currency.isValid())
        throw Error(tr("currency: choose the customer's currency (an ISO 4217 code)"));
    if (customer.paymentTermsDays < 0 || customer.paymentTermsDays > 365)
        throw Error(tr("payment terms: between 0 and 365 days"));
    const std::pair<const char *, const QString *> texts[] = {
        { QT_TR_NOOP("code"), &customer.code },         { QT_TR_NOOP("name"), &customer.name },
        { QT_TR_NOOP("email"), &customer.email },       { QT_TR_NOOP("tax ID"), &customer.taxId },
        { QT_TR_NOOP("language"), &customer.language },
    };
    for (const auto &[field, text] : texts)
        if (Limits::hasControlCharacters(*text))
            throw Error(tr("%1: contains control characters (such as NUL)").arg(tr(field)));
}

void CustomerService::update(Customer &customer)
{
    m_session.require(Permission::Billing, tr("edit customers"));
    checkEditable(customer);
    Transaction tx(m_session.db());
    CustomerRepository repo(m_session.db());
    const std::optional<Customer> before = repo.find(customer.id);
    if (!before)
        throw Error(tr("No such customer"));
    repo.update(customer, m_session.userName());
    m_session.audit().append(QStringLiteral("customer.update"), QStringLiteral("customer"),
                             QString::number(customer.id), toJson(*before), toJson(customer));
    tx.commit();
}

qint64 CustomerService::create(Customer &customer, BillingProfile &profile, PaymentMethod *method)
{
    m_session.require(Permission::Billing, tr("create customers"));
    checkEditable(customer);
    Transaction tx(m_session.db());
    CustomerRepository repo(m_session.db());
    if (repo.findByCode(customer.code))
        throw Error(tr("code: a customer with the code “%1” exists already").arg(customer.code));
    if (method)
        PaymentMethodRules::check(*method);
    profile.country = profile.country.trimmed().toUpper();
    profile.paymentMethodId = 0; // the method given here, if any, once stored
    checkProfile(profile);
    repo.insert(customer);
    if (method) {
        method->customerId = customer.id;
        repo.insertPaymentMethod(*method);
        profile.paymentMethodId = method->id;
    }
    profile.customerId = customer.id;
    profile.isDefault = true;
    if (profile.name.isEmpty())
        profile.name = customer.name;
    repo.insertProfile(profile);
    QJsonObject after = toJson(customer);
    after.insert(QStringLiteral("billing_profile"), toJson(profile));
    if (method)
        after.insert(QStringLiteral("payment_method"), toJson(*method));
    m_session.audit().append(QStringLiteral("customer.create"), QStringLiteral("customer"),
                             QString::number(customer.id), {}, after);
    tx.commit();
    return customer.id;
}

} // namespace Accrue
