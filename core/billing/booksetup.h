#pragma once

#include "domain/companysettings.h"
#include "domain/customer.h"

#include <optional>

namespace Accrue {

class Session;

// Sets up an empty book the way the first-run assistant asks for it: the
// company (name, address, currency, tax country, terms) and, if given, the
// first customer with its billing profile, in one transaction: the book
// ends up set up or as empty as it was.
class BookSetup final
{
public:
    explicit BookSetup(Session &session);

    // An empty book whose company has no name yet: what the assistant is for.
    bool needsSetup();

    struct FirstCustomer
    {
        Customer customer;
        BillingProfile profile;
    };
    // Throws Error for what CompanySettings or CustomerService refuse; the
    // customer's currency defaults to the company's, its profile's country
    // to the tax country.
    void apply(CompanySettings company, std::optional<FirstCustomer> first);

private:
    Session &m_session;
};

} // namespace Accrue
