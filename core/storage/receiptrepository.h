#pragma once

#include "domain/receipt.h"

#include <optional>
#include <vector>

namespace Accrue {

class Database;

// Receipts of payments received and the invoices each one settled.
class ReceiptRepository final
{
public:
    explicit ReceiptRepository(Database &db);

    // Stores the receipt and its lines; fills in the id.
    qint64 insert(Receipt &receipt);
    std::optional<Receipt> find(qint64 id);
    std::optional<Receipt> findByNumber(const QString &number);
    std::optional<Receipt> findByPayment(qint64 paymentId);
    // Newest first; customerId 0: every customer's.
    std::vector<ReceiptListRow> list(qint64 customerId = 0, int limit = 1000);

private:
    std::optional<Receipt> findWhere(const QString &condition, const QVariant &value);
    Database &m_db;
};

} // namespace Accrue
