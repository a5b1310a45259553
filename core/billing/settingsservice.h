#pragma once

#include "domain/companysettings.h"
#include "money/currency.h"

namespace Accrue {

class Session;

// Reads and changes the book's settings; each change is validated and
// audited (before/after) in one transaction.
class SettingsService final
{
public:
    explicit SettingsService(Session &session);

    CompanySettings company();
    // The book's own currency, what new invoices and bank statement layouts
    // start in: the company's (Company Settings); in a book made before that
    // was asked, the one most customers are billed in; invalid in a book that
    // has neither yet.
    Currency bookCurrency();
    void saveCompany(const CompanySettings &settings);
    // Only the company's tax country ("DE"; empty: none), checked alone, so a
    // book whose other settings are not filled in yet can have one.
    void saveTaxCountry(const QString &country);
    // Whether a customer tenant's Admin and Finance users may change their
    // subscriptions' quantities themselves (My Account); off unless set.
    bool customersMayChangeQuantity();
    // Only an Admin of the book's root tenant decides it; audited.
    void setCustomersMayChangeQuantity(bool allowed);
    // Problems that block saving, each "field: message"; empty when valid.
    static QStringList validate(const CompanySettings &settings);

private:
    void store(const CompanySettings &settings);

    Session &m_session;
};

} // namespace Accrue
