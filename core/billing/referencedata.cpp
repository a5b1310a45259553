#include "billing/referencedata.h"

#include "billing/session.h"
#include "billing/settingsservice.h"
#include "storage/accountrepository.h"
#include "storage/customerrepository.h"
#include "storage/productrepository.h"
#include "storage/taxraterepository.h"

namespace Accrue {

namespace {

constexpr qsizetype keptCustomers = 64;

// What a billing run writes itself: its own documents never change the
// facts kept.
bool writtenInScope(const QString &entity)
{
    static const QStringList own { QStringLiteral("invoice"), QStringLiteral("credit_note"),
                                   QStringLiteral("subscription"), QStringLiteral("billing_run") };
    return own.contains(entity);
}

} // namespace

ReferenceData::ReferenceData(Session &session)
    : m_session(session)
{
}

ReferenceData::Scope::Scope(Session &session)
    : m_data(session.reference())
{
    ++m_data.m_depth;
}

ReferenceData::Scope::~Scope()
{
    if (--m_data.m_depth == 0)
        m_data.clear();
}

CompanySettings ReferenceData::company()
{
    if (!keeping())
        return SettingsService(m_session).company();
    if (!m_company)
        m_company = SettingsService(m_session).company();
    return *m_company;
}

ChartOfAccounts ReferenceData::chart()
{
    if (!keeping())
        return AccountRepository(m_session.db()).loadChart();
    if (!m_chart)
        m_chart = AccountRepository(m_session.db()).loadChart();
    return *m_chart;
}

std::vector<TaxRate> ReferenceData::taxRates(const QString &country)
{
    if (!keeping())
        return TaxRateRepository(m_session.db()).list(country);
    auto it = m_rates.find(country);
    if (it == m_rates.end())
        it = m_rates.insert(country, TaxRateRepository(m_session.db()).list(country));
    return it.value();
}

std::optional<Product> ReferenceData::product(qint64 id)
{
    if (!keeping())
        return ProductRepository(m_session.db()).find(id);
    auto it = m_products.find(id);
    if (it == m_products.end())
        it = m_products.insert(id, ProductRepository(m_session.db()).find(id));
    return it.value();
}

std::optional<Customer> ReferenceData::customer(qint64 id)
{
    if (!keeping())
        return CustomerRepository(m_session.db()).find(id);
    auto it = m_customers.find(id);
    if (it == m_customers.end()) {
        if (m_customers.size() >= keptCustomers) {
            m_customers.clear();
            m_profiles.clear();
        }
        it = m_customers.insert(id, CustomerRepository(m_session.db()).find(id));
    }
    return it.value();
}

std::vector<BillingProfile> ReferenceData::profiles(qint64 customerId)
{
    if (!keeping())
        return CustomerRepository(m_session.db()).profiles(customerId);
    auto it = m_profiles.find(customerId);
    if (it == m_profiles.end()) {
        if (m_profiles.size() >= keptCustomers) {
            m_customers.clear();
            m_profiles.clear();
        }
        it = m_profiles.insert(customerId, CustomerRepository(m_session.db()).profiles(customerId));
    }
    return it.value();
}

std::optional<BillingProfile> ReferenceData::profileOf(qint64 customerId, qint64 profileId)
{
    std::vector<BillingProfile> all = profiles(customerId);
    if (profileId > 0)
        for (BillingProfile &p : all)
            if (p.id == profileId)
                return std::move(p);
    // CustomerRepository::defaultProfile: the first is the default.
    if (all.empty())
        return std::nullopt;
    all.front().isDefault = true;
    return std::move(all.front());
}

void ReferenceData::forget(const QString &entity)
{
    if (keeping() && !writtenInScope(entity))
        clear();
}

void ReferenceData::clear()
{
    m_company.reset();
    m_chart.reset();
    m_rates.clear();
    m_products.clear();
    m_customers.clear();
    m_profiles.clear();
}

} // namespace Accrue
