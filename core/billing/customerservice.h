#pragma once

#include "domain/customer.h"

#include <QJsonObject>

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

    static QJsonObject toJson(const Customer &customer);
    static QJsonObject toJson(const BillingProfile &profile);

private:
    Session &m_session;
};

} // namespace Accrue
