#include "demo/demowriter.h"

#include "common/isodate.h"
#include "storage/auditrepository.h"
#include "storage/database.h"
#include "storage/documentrows.h"

namespace Accrue {

namespace {

// Demo events happen at 09:00 UTC on their business date.
QString isoUtc(const QDate &date)
{
    return isoDate(date) + QLatin1String("T09:00:00.000Z");
}

constexpr int rowsPerStatement = 32;

// The demo writes its own ids (planned ahead) where a table has one.
BulkInserter withIds(Database &db, const DocumentRows::Table &table)
{
    return BulkInserter(db, table.name, table.columnsWithId(), rowsPerStatement);
}

BulkInserter withoutIds(Database &db, const DocumentRows::Table &table)
{
    return BulkInserter(db, table.name, table.columns, rowsPerStatement);
}

} // namespace

DemoWriter::DemoWriter(Database &db)
    : m_invoices(withIds(db, DocumentRows::invoices()))
    , m_lines(withIds(db, DocumentRows::invoiceLines()))
    , m_payments(withIds(db, DocumentRows::payments()))
    , m_allocations(withoutIds(db, DocumentRows::allocations()))
    , m_receipts(withIds(db, DocumentRows::receipts()))
    , m_receiptLines(withoutIds(db, DocumentRows::receiptLines()))
    , m_notes(withIds(db, DocumentRows::creditNotes()))
    , m_noteLines(withoutIds(db, DocumentRows::creditNoteLines()))
    , m_entries(withIds(db, DocumentRows::journalEntries()))
    , m_journalLines(withoutIds(db, DocumentRows::journalLines()))
    , m_audit(withoutIds(db, DocumentRows::auditLog()))
    , m_milestones(db, QStringLiteral("recognition_milestone"),
                   { QStringLiteral("id"), QStringLiteral("invoice_line_id"),
                     QStringLiteral("position"), QStringLiteral("name"), QStringLiteral("share_bp"),
                     QStringLiteral("done_on"), QStringLiteral("done_by") },
                   rowsPerStatement)
    , m_schedule(db, QStringLiteral("recognition_schedule"),
                 { QStringLiteral("invoice_line_id"), QStringLiteral("recognize_on"),
                   QStringLiteral("amount_minor"), QStringLiteral("milestone_id"),
                   QStringLiteral("credit_note_id"), QStringLiteral("entry_id") },
                 rowsPerStatement)
{
}

DemoIds DemoWriter::nextIds(Database &db)
{
    DemoIds ids;
    ids.invoice = BulkInserter::nextId(db, QStringLiteral("invoice"));
    ids.line = BulkInserter::nextId(db, QStringLiteral("invoice_line"));
    ids.payment = BulkInserter::nextId(db, QStringLiteral("payment"));
    ids.creditNote = BulkInserter::nextId(db, QStringLiteral("credit_note"));
    ids.receipt = BulkInserter::nextId(db, QStringLiteral("receipt"));
    ids.entry = BulkInserter::nextId(db, QStringLiteral("journal_entry"));
    ids.milestone = BulkInserter::nextId(db, QStringLiteral("recognition_milestone"));
    const AuditRepository::Head head = AuditRepository(db).lockHead();
    ids.auditSeq = head.seq;
    ids.auditHash = head.hash;
    return ids;
}

void DemoWriter::write(const PlannedBatch &batch)
{
    for (const PlannedInvoice &plan : batch)
        writeInvoice(plan.invoice);
    m_invoices.flush();
    for (const PlannedInvoice &plan : batch)
        writeLines(plan.invoice);
    m_lines.flush();
    for (const PlannedInvoice &plan : batch)
        if (plan.creditNote)
            writeCreditNote(*plan.creditNote);
    m_notes.flush();
    for (const PlannedInvoice &plan : batch)
        if (plan.creditNote)
            writeCreditNoteLines(*plan.creditNote);
    m_noteLines.flush();
    for (const PlannedInvoice &plan : batch)
        for (const PlannedPayment &payment : plan.payments)
            writePayment(payment);
    m_payments.flush();
    for (const PlannedInvoice &plan : batch) {
        if (plan.creditNote && plan.creditApplied.isPositive())
            writeAllocation(plan.invoice.id, 0, plan.creditNote->id, plan.creditApplied,
                            plan.creditNote->issueDate);
        for (const PlannedPayment &pp : plan.payments)
            if (pp.applied.isPositive())
                writeAllocation(plan.invoice.id, pp.payment.id, 0, pp.applied,
                                pp.payment.receivedDate);
    }
    m_allocations.flush();
    for (const PlannedInvoice &plan : batch)
        for (const PlannedPayment &pp : plan.payments)
            writeReceipt(pp.receipt);
    m_receipts.flush();
    for (const PlannedInvoice &plan : batch)
        for (const PlannedPayment &pp : plan.payments)
            writeReceiptLines(pp.receipt);
    m_receiptLines.flush();
    for (const PlannedInvoice &plan : batch)
        for (const JournalEntry &entry : plan.entries)
            writeEntry(entry);
    m_entries.flush();
    for (const PlannedInvoice &plan : batch)
        for (const JournalEntry &entry : plan.entries)
            writeEntryLines(entry);
    m_journalLines.flush();
    for (const PlannedInvoice &plan : batch)
        for (const AuditRecord &record : plan.audit)
            writeAudit(record);
    m_audit.flush();
    for (const PlannedInvoice &plan : batch)
        for (const RecognitionMilestone &m : plan.milestones) {
            m_milestones.add(m.id).add(m.invoiceLineId).add(m.position).add(m.name).add(m.shareBp);
            m_milestones.add(m.doneOn).add(m.doneBy);
            m_milestones.insertRow();
        }
    m_milestones.flush();
    for (const PlannedInvoice &plan : batch)
        writeSchedule(plan);
    m_schedule.flush();
}

void DemoWriter::writeSchedule(const PlannedInvoice &plan)
{
    for (const RecognitionRow &row : plan.schedule) {
        m_schedule.add(row.invoiceLineId).add(row.date).add(row.amount.minor());
        m_schedule.addId(row.milestoneId).addId(row.creditNoteId).addId(row.entryId);
        m_schedule.insertRow();
    }
}

void DemoWriter::writeInvoice(const Invoice &inv)
{
    const QString at = isoUtc(inv.issueDate);
    m_invoices.add(inv.id);
    DocumentRows::invoice(m_invoices, inv, at, at);
    m_invoices.insertRow();
}

void DemoWriter::writeLines(const Invoice &inv)
{
    for (const InvoiceLine &line : inv.lines) {
        m_lines.add(line.id);
        DocumentRows::invoiceLine(m_lines, inv.id, line);
        m_lines.insertRow();
    }
}

void DemoWriter::writeCreditNote(const CreditNote &note)
{
    m_notes.add(note.id);
    DocumentRows::creditNote(m_notes, note, isoUtc(note.issueDate));
    m_notes.insertRow();
}

void DemoWriter::writeCreditNoteLines(const CreditNote &note)
{
    for (const CreditNoteLine &line : note.lines) {
        DocumentRows::creditNoteLine(m_noteLines, note.id, line);
        m_noteLines.insertRow();
    }
}

void DemoWriter::writePayment(const PlannedPayment &planned)
{
    const Payment &p = planned.payment;
    m_payments.add(p.id);
    DocumentRows::payment(m_payments, p, isoUtc(p.receivedDate));
    m_payments.insertRow();
}

void DemoWriter::writeAllocation(qint64 invoiceId, qint64 paymentId, qint64 noteId,
                                 const Money &amount, const QDate &date)
{
    Allocation a;
    a.invoiceId = invoiceId;
    a.paymentId = paymentId;
    a.creditNoteId = noteId;
    a.amount = amount;
    a.date = date;
    DocumentRows::allocation(m_allocations, a, isoUtc(date));
    m_allocations.insertRow();
}

void DemoWriter::writeReceipt(const Receipt &receipt)
{
    m_receipts.add(receipt.id);
    DocumentRows::receipt(m_receipts, receipt, isoUtc(receipt.issueDate));
    m_receipts.insertRow();
}

void DemoWriter::writeReceiptLines(const Receipt &receipt)
{
    for (const ReceiptLine &line : receipt.lines) {
        DocumentRows::receiptLine(m_receiptLines, receipt.id, line);
        m_receiptLines.insertRow();
    }
}

void DemoWriter::writeEntry(const JournalEntry &entry)
{
    m_entries.add(entry.id);
    DocumentRows::journalEntry(m_entries, entry, isoUtc(entry.date));
    m_entries.insertRow();
}

void DemoWriter::writeEntryLines(const JournalEntry &entry)
{
    for (const JournalLine &line : entry.lines) {
        DocumentRows::journalLine(m_journalLines, entry, line);
        m_journalLines.insertRow();
    }
}

void DemoWriter::writeAudit(const AuditRecord &record)
{
    DocumentRows::auditRecord(m_audit, record);
    m_audit.insertRow();
}

} // namespace Accrue
