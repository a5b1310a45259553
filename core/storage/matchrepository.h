#pragma once

#include "domain/bankline.h"

#include <QString>
#include <optional>
#include <vector>

namespace Accrue {

class Database;

// What the payment matcher looks up: open invoices by number, by exact
// balance and by customer, and the customers to compare payer names with.
// Every lookup goes through an index, so matching a large statement does not
// read the whole book per line.
class MatchRepository final
{
public:
    explicit MatchRepository(Database &db);

    std::optional<OpenInvoice> invoiceByNumber(const QString &number);
    // The prefixes documents were numbered with ("INV", "CN", older ones).
    QStringList numberPrefixes();
    // Open invoices in the balance's currency with exactly that balance, oldest due first.
    std::vector<OpenInvoice> openWithBalance(const Money &balance, int limit);
    // Oldest due first.
    std::vector<OpenInvoice> openOfCustomer(qint64 customerId, Currency currency);
    std::vector<CustomerName> customers();

private:
    Database &m_db;
};

} // namespace Accrue
