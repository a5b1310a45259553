#pragma once

#include "domain/payment.h"

#include <optional>
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
        Money unapplied;
        QDate date;
    };

    explicit PaymentRepository(Database &db);

    qint64 insert(Payment &payment);
    qint64 insertAllocation(Allocation &allocation);
    // What an inserted allocation of a payment in another currency paid in
    // the payment's currency, and at what rate.
    void setAllocationExchange(qint64 allocationId, const AllocationExchange &exchange);
    // Nothing for an allocation in the payment's own currency.
    std::optional<AllocationExchange> allocationExchange(qint64 allocationId);
    std::optional<Payment> find(qint64 id);
    bool isReversed(qint64 id);
    // The payment's allocations (direct, and of its credit applied later)
    // that have not been reversed.
    std::vector<Allocation> liveAllocations(qint64 paymentId);
    void insertAllocationReversal(const Allocation &allocation, const QDate &date, qint64 entryId);
    void markReversed(qint64 paymentId, const QDate &date);
    // Uses up part of a source's unapplied credit; throws Error if that much
    // is no longer there (someone else used it meanwhile).
    void consumeCredit(const CreditSource &source, const Money &amount);
    // Oldest first, so credit is used in the order it arose.
    std::vector<CreditSource> creditSources(qint64 customerId, const Currency &currency);
    // Credit left from the credit notes of one invoice.
    std::vector<CreditSource> creditNoteCredit(qint64 invoiceId);
    std::vector<Allocation> allocationsForInvoice(qint64 invoiceId);
    // All credit held by customers in a currency (must equal the Customer credit account).
    qint64 totalUnapplied(const QString &currency);

private:
    Database &m_db;
};

} // namespace Accrue
