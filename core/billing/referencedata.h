#pragma once

#include "domain/companysettings.h"
#include "domain/customer.h"
#include "domain/product.h"
#include "domain/taxrate.h"
#include "ledger/chartofaccounts.h"

#include <QHash>
#include <QString>
#include <optional>
#include <vector>

namespace Accrue {

class Session;

// The book's slow-changing facts as services read them while they write a
// document: company settings, chart of accounts, tax table, products and
// customers with their billing profiles.
//
// Outside a Scope every call reads the book, as the repositories would.
// Inside one (a billing run writing a hundred thousand invoices in one
// transaction) each fact is read once: a document no longer costs a dozen
// queries that return the same rows. Any audited change to something other
// than the documents the scope writes drops what was kept (Session calls
// forget()), so a fact kept is never older than the book.
class ReferenceData final
{
public:
    explicit ReferenceData(Session &session);

    // Keeps facts while it lives; scopes nest.
    class Scope final
    {
    public:
        explicit Scope(Session &session);
        ~Scope();
        Scope(const Scope &) = delete;
        Scope &operator=(const Scope &) = delete;

    private:
        ReferenceData &m_data;
    };

    CompanySettings company();
    ChartOfAccounts chart();
    std::vector<TaxRate> taxRates(const QString &country);
    std::optional<Product> product(qint64 id);
    std::optional<Customer> customer(qint64 id);
    std::vector<BillingProfile> profiles(qint64 customerId);
    // The invoice's billing profile if it is the customer's, else the
    // customer's default (the first), else none.
    std::optional<BillingProfile> profileOf(qint64 customerId, qint64 profileId);

    // An audited change to `entity` ("invoice", "customer", ...): facts it
    // may touch are dropped.
    void forget(const QString &entity);

private:
    bool keeping() const { return m_depth > 0; }
    void clear();

    Session &m_session;
    int m_depth = 0;
    std::optional<CompanySettings> m_company;
    std::optional<ChartOfAccounts> m_chart;
    QHash<QString, std::vector<TaxRate>> m_rates;
    QHash<qint64, std::optional<Product>> m_products;
    // Customers are many: only the last few are kept (a run writes each
    // customer's documents together).
    QHash<qint64, std::optional<Customer>> m_customers;
    QHash<qint64, std::vector<BillingProfile>> m_profiles;
};

} // namespace Accrue
