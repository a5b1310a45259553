#pragma once

#include "demo/demoplan.h"
#include "storage/bulkinserter.h"

namespace Accrue {

class Database;

// Stores planned invoices with bulk inserts. Runs inside a BulkLoad, which
// lifts the guard triggers while it lasts, so issued invoices go in whole.
class DemoWriter final
{
public:
    explicit DemoWriter(Database &db);

    // Table by table, parents before children, many rows per statement.
    void write(const PlannedBatch &batch);
    static DemoIds nextIds(Database &db);

private:
    void writeInvoice(const Invoice &inv);
    void writeLines(const Invoice &inv);
    void writeCreditNote(const CreditNote &note);
    void writeCreditNoteLines(const CreditNote &note);
    void writePayment(const PlannedPayment &payment);
    void writeReceipt(const Receipt &receipt);
    void writeReceiptLines(const Receipt &receipt);
    void writeAllocation(qint64 invoiceId, qint64 paymentId, qint64 noteId, const Money &amount,
                         const QDate &date);
    void writeEntry(const JournalEntry &entry);
    void writeEntryLines(const JournalEntry &entry);
    void writeAudit(const AuditRecord &record);
    void writeSchedule(const PlannedInvoice &plan);

    BulkInserter m_invoices;
    BulkInserter m_lines;
    BulkInserter m_payments;
    BulkInserter m_allocations;
    BulkInserter m_receipts;
    BulkInserter m_receiptLines;
    BulkInserter m_notes;
    BulkInserter m_noteLines;
    BulkInserter m_entries;
    BulkInserter m_journalLines;
    BulkInserter m_audit;
    BulkInserter m_milestones;
    BulkInserter m_schedule;
};

} // namespace Accrue
