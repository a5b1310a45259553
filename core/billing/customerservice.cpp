#include "billing/customerservice.h"

#include "billing/session.h"
#include "common/error.h"
#include "domain/limits.h"
#include "money/currency.h"
#include "storage/customerrepository.h"
#include "storage/productrepository.h"
#include "storage/transaction.h"

#include <QCoreApplication>

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
                         { QStringLiteral("currency"), c.currency },
                         { QStringLiteral("payment_terms_days"), c.paymentTermsDays } };
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
                         { QStringLiteral("contact_phone"), p.contactPhone } };
}

std::vector<Customer> CustomerService::list()
{
    return CustomerRepository(m_session.db()).list();
}

std::vector<BillingProfile> CustomerService::profiles(qint64 customerId)
{
    return CustomerRepository(m_session.db()).profiles(customerId);
}

std::vector<Product> CustomerService::products()
{
    return ProductRepository(m_session.db()).list();
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
    if (!Currency::fromCode(customer.currency))
        throw Error(tr("currency: unknown currency code “%1”").arg(customer.currency));
    if (customer.paymentTermsDays < 0 || customer.paymentTermsDays > 365)
        throw Error(tr("payment terms: between 0 and 365 days"));
    const std::pair<const char *, const QString *> texts[] = {
        { QT_TR_NOOP("code"), &customer.code },
        { QT_TR_NOOP("name"), &customer.name },
        { QT_TR_NOOP("email"), &customer.email },
        { QT_TR_NOOP("tax ID"), &customer.taxId },
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
        after.insert(QStringLiteral("payment_method"),
                     QJsonObject { { QStringLiteral("kind"), method->kind },
                                   { QStringLiteral("label"), method->label },
                                   { QStringLiteral("last4"), method->last4 } });
    m_session.audit().append(QStringLiteral("customer.create"), QStringLiteral("customer"),
                             QString::number(customer.id), {}, after);
    tx.commit();
    return customer.id;
}

} // namespace Accrue
