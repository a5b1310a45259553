#include "billing/booksetup.h"

#include "billing/customerservice.h"
#include "billing/session.h"
#include "billing/settingsservice.h"
#include "common/error.h"
#include "money/currency.h"
#include "storage/customerrepository.h"
#include "storage/transaction.h"

#include <QCoreApplication>

namespace Accrue {

BookSetup::BookSetup(Session &session)
    : m_session(session)
{
}

bool BookSetup::needsSetup()
{
    return CustomerRepository(m_session.db()).count() == 0
        && SettingsService(m_session).company().legalName.trimmed().isEmpty();
}

void BookSetup::apply(CompanySettings company, std::optional<FirstCustomer> first)
{
    company.currency = company.currency.trimmed().toUpper();
    company.taxCountry = company.taxCountry.trimmed().toUpper();
    if (!Currency::fromCode(company.currency))
        throw Error(QCoreApplication::translate(
                        "Accrue::BookSetup", "Choose the company's currency (ISO 4217), not “%1”.")
                        .arg(company.currency));
    Transaction tx(m_session.db());
    SettingsService settings(m_session);
    company.version = settings.company().version;
    settings.saveCompany(company);
    if (first) {
        if (!first->customer.currency.isValid())
            first->customer.currency = Currency::require(company.currency);
        if (first->customer.paymentTermsDays < 0)
            first->customer.paymentTermsDays = company.defaultTermsDays;
        if (first->profile.country.isEmpty())
            first->profile.country = company.taxCountry;
        CustomerService(m_session).create(first->customer, first->profile);
    }
    tx.commit();
}

} // namespace Accrue
