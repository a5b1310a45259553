#pragma once

#include "domain/customer.h"
#include "domain/product.h"

#include <QJsonObject>
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

    // What an invoice can be written for: customers by name, a customer's
    // billing profiles (default first) and the products on sale.
    std::vector<Customer> list();
    std::vector<BillingProfile> profiles(qint64 customerId);
    std::vector<Product> products();
    std::vector<Plan> plans();

    static QJsonObject toJson(const Customer &customer);
    static QJsonObject toJson(const BillingProfile &profile);

private:
    // Trims and checks what a person typed; throws Error naming the field.
    static void checkEditable(Customer &customer);

    Session &m_session;
};

} // namespace Accrue
