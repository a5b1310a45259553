#pragma once

#include "domain/customer.h"
#include "domain/product.h"

#include <QByteArray>
#include <QJsonObject>
#include <optional>
#include <vector>

namespace Accrue {

class Session;

// Customers and where their invoices go. Each change is validated, stored and
// audited in one transaction.
class CustomerService final
{
public:
    explicit CustomerService(Session &session);

    // Creates the customer with its default billing profile and, if given, a
    // payment method; fills in their ids. Returns the customer id.
    qint64 create(Customer &customer, BillingProfile &profile, PaymentMethod *method = nullptr);
    // Name, contact, currency and terms; refused with a "changed by X at T"
    // error when someone saved the customer after `customer` was read.
    void update(Customer &customer);
    // Archived customers keep their history and are offered for nothing
    // new (no invoice can be written for one); restoring undoes it.
    void archive(qint64 customerId);
    void restore(qint64 customerId);
    // Only a customer with no documents (invoices, credit notes, payments,
    // subscriptions) can be deleted, with its profiles and payment methods;
    // any other is archived instead.
    void remove(qint64 customerId);
    // A payment method for the customer, checked by PaymentMethodRules
    // (no card number, a valid IBAN stored masked).
    qint64 addPaymentMethod(qint64 customerId, PaymentMethod &method);
    std::vector<PaymentMethod> paymentMethods(qint64 customerId);
    // Another billing profile; `makeDefault` moves the default to it.
    qint64 addProfile(qint64 customerId, BillingProfile &profile, bool makeDefault);
    // Address, contact and default payment method (one of the customer's);
    // `makeDefault` moves the default to it. The default stays where it is
    // otherwise: a customer always has exactly one.
    void updateProfile(BillingProfile &profile, bool makeDefault);
    // Only a profile no invoice or subscription names, and not the default.
    void removeProfile(qint64 customerId, qint64 profileId);
    std::optional<Customer> findByCode(const QString &code);
    // Every customer of a CSV file (CustomerCsv) in one transaction: all of
    // them or, on the first problem, none; the error names file, line and
    // field. Returns how many were created.
    int importCsv(const QByteArray &csv, const QString &fileName);
    std::optional<Customer> find(qint64 customerId);

    // What an invoice can be written for: customers by name, a customer's
    // billing profiles (default first) and the products on sale.
    // Not archived, by name.
    std::vector<Customer> list();
    std::vector<BillingProfile> profiles(qint64 customerId);
    std::vector<Product> products();
    std::vector<Plan> plans();

    static QJsonObject toJson(const Customer &customer);
    static QJsonObject toJson(const BillingProfile &profile);
    static QJsonObject toJson(const PaymentMethod &method);

private:
    Customer load(qint64 customerId);
    void setArchived(qint64 customerId, bool archived);
    // Trims and checks what a person typed; throws Error naming the field.
    static void checkEditable(Customer &customer);
    // Contact e-mail, country code, and a payment method of the customer's.
    void checkProfile(const BillingProfile &profile);

    Session &m_session;
};

} // namespace Accrue
