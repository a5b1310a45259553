#pragma once

#include "domain/payment.h"

#include <vector>

namespace Accrue {

class Database;

// Payments, their allocations to invoices, and the customer credit they leave.
class PaymentRepository final
{
public:
    // Unapplied money a customer holds: from an over-payment or a credit note.
    struct CreditSource
    {
        qint64 paymentId = 0;
        qint64 creditNoteId = 0;
        qint64 unappliedMinor = 0;
        QDate date;
    };

    explicit PaymentRepository(Database &db);

    qint64 insert(Payment &payment);
    qint64 insertAllocation(Allocation &allocation);
    void setPaymentUnapplied(qint64 paymentId, qint64 unappliedMinor);
    void setCreditNoteUnapplied(qint64 creditNoteId, qint64 unappliedMinor);
    // Oldest first, so credit is used in the order it arose.
    std::vector<CreditSource> creditSources(qint64 customerId, const QString &currency);
    std::vector<Allocation> allocationsForInvoice(qint64 invoiceId);
    // All credit held by customers in a currency (must equal the Customer credit account).
    qint64 totalUnapplied(const QString &currency);

private:
    Database &m_db;
};

} // namespace Accrue
