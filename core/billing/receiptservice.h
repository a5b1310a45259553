#pragma once

#include "domain/receipt.h"

#include <optional>
#include <vector>

namespace Accrue {

class Session;

// Reads receipts: PaymentService issues them as it records payments.
class ReceiptService final
{
public:
    explicit ReceiptService(Session &session);

    std::vector<ReceiptListRow> list(qint64 customerId = 0, int limit = 1000);
    // Throws Error when the book has no such receipt.
    Receipt find(const QString &number);
    std::optional<Receipt> forPayment(qint64 paymentId);
    std::optional<Receipt> byId(qint64 id);
    // The receipt with its payment, customer and the company, for a document.
    ReceiptDocumentData documentData(const QString &number);

private:
    Session &m_session;
};

} // namespace Accrue
