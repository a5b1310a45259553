#pragma once

#include "domain/customer.h"

#include <optional>
#include <vector>

namespace Accrue {

class Database;

class CustomerRepository final
{
public:
    explicit CustomerRepository(Database &db);

    // Saves name, contact, currency and terms if nobody changed the customer
    // since `c` was read (else Error Kind::Conflict naming who did, when).
    void update(Customer &c, const QString &user);
    qint64 insert(Customer &customer);
    qint64 insertProfile(BillingProfile &profile);
    // Address, contact, default payment method and the default flag.
    void updateProfile(const BillingProfile &profile);
    void deleteProfile(qint64 profileId);
    // How many invoices and subscriptions name the profile.
    qint64 profileUses(qint64 profileId);
    qint64 insertPaymentMethod(PaymentMethod &method);
    std::optional<Customer> find(qint64 id);
    // Serialises changes to one customer's credit (PostgreSQL row lock).
    void lockForUpdate(qint64 id);
    std::optional<Customer> findByCode(const QString &code);
    std::optional<BillingProfile> defaultProfile(qint64 customerId);
    // The customer's profiles, the default one first.
    std::vector<BillingProfile> profiles(qint64 customerId);
    // By name; archived ones only when asked for.
    std::vector<Customer> list(bool withArchived = true);
    qint64 count();
    std::vector<PaymentMethod> paymentMethods(qint64 customerId);
    void clearDefaultProfile(qint64 customerId);
    // What the customer has on the books ("3 invoices, 1 payment"), empty
    // when nothing: only then may it be deleted.
    QString documentsOf(qint64 customerId);
    // The customer with its billing profiles and payment methods.
    void remove(qint64 customerId);

private:
    Database &m_db;
};

} // namespace Accrue
