#pragma once

#include <QByteArray>
#include <QString>
#include <functional>
#include <vector>

namespace Accrue {

class Database;

// The stored facts `audit verify` proves, read in single passes so a large
// book is never held in memory: the audit records of documents, the issued
// documents with their lines, the allocations, the journal and the monthly
// balances. Reads the whole book (the audit trail is the root's).
class ProofRepository final
{
public:
    explicit ProofRepository(Database &db);

    struct AuditFact
    {
        qint64 seq = 0;
        QString entity; // invoice, credit_note, payment
        qint64 entityId = 0;
        QByteArray afterJson;
    };
    // Records of invoices, credit notes and payments with an "after" image,
    // in the chain's order, up to `lastSeq`.
    void forEachDocumentRecord(qint64 lastSeq, const std::function<void(const AuditFact &)> &visit);

    struct Document
    {
        qint64 id = 0;
        QString number;
        qint64 customerId = 0;
        QString currency;
        qint64 subtotal = 0;
        qint64 tax = 0;
        qint64 total = 0;
        qint64 paid = 0; // invoices: paid; payments: the amount
        qint64 credited = 0;
        qint64 writtenOff = 0;
        qint64 balance = 0;
        qint64 unapplied = 0; // payments and credit notes
        bool reversed = false; // payments
    };
    // Issued invoices (not drafts), credit notes and payments, by id.
    void forEachIssuedInvoice(const std::function<void(const Document &)> &visit);
    void forEachCreditNote(const std::function<void(const Document &)> &visit);
    void forEachPayment(const std::function<void(const Document &)> &visit);

    struct Line
    {
        qint64 documentId = 0;
        qint64 key = 0; // invoice lines: position; credit note lines: the invoice line
        qint64 quantityMilli = 0;
        qint64 unitPrice = 0;
        qint64 discountBp = 0;
        qint64 taxRatePpm = 0;
        qint64 net = 0;
        qint64 tax = 0;
    };
    void forEachIssuedInvoiceLine(const std::function<void(const Line &)> &visit);
    void forEachCreditNoteLine(const std::function<void(const Line &)> &visit);

    // Sums per row id: what settles each invoice and what each payment or
    // credit note has given away.
    using SumVisit = std::function<void(qint64 id, qint64 amount)>;
    void paidByInvoice(const SumVisit &visit); // payments' allocations less reversals
    void creditedByInvoice(const SumVisit &visit); // credit notes' allocations
    void writtenOffByInvoice(const SumVisit &visit);
    void liveAllocatedByPayment(const SumVisit &visit); // in the payment's currency
    void allocatedByCreditNote(const SumVisit &visit);

    struct EntryTotal
    {
        qint64 id = 0;
        QString kind;
        QString sourceType;
        qint64 sourceId = 0;
        qint64 debit = 0;
        qint64 credit = 0;
        qint64 receivableDebit = 0; // debits to accounts receivable
        qint64 bankDebit = 0;
        qint64 customerCredit = 0; // credits to receivable and customer credit
    };
    void forEachEntryTotal(const std::function<void(const EntryTotal &)> &visit);

    struct MonthBalance
    {
        qint64 accountId = 0;
        QString currency;
        QString month;
        qint64 debit = 0;
        qint64 credit = 0;
    };
    // The journal lines summed per account, currency and month; and the
    // stored monthly balances the reports read.
    void forEachLineMonth(const std::function<void(const MonthBalance &)> &visit);
    void forEachLedgerMonth(const std::function<void(const MonthBalance &)> &visit);

    // One record's "after" image and one invoice's lines: the detail of a
    // mismatch found in the passes above.
    QByteArray auditAfter(qint64 seq);
    std::vector<Line> invoiceLines(qint64 invoiceId);

    // The hash of record `seq`, empty when there is no such record.
    QString auditHashAt(qint64 seq);

private:
    Database &m_db;
};

} // namespace Accrue
