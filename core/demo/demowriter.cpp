#include "demo/demowriter.h"

#include "common/isodate.h"
#include "storage/auditrepository.h"
#include "storage/database.h"

namespace Accrue {

namespace {

// Demo events happen at 09:00 UTC on their business date.
QString isoUtc(const QDate &date)
{
    return isoDate(date) + QLatin1String("T09:00:00.000Z");
}

constexpr int rowsPerStatement = 32;

QStringList columns(std::initializer_list<const char *> names)
{
    QStringList out;
    for (const char *name : names)
        out << QString::fromLatin1(name);
    return out;
}

} // namespace

DemoWriter::DemoWriter(Database &db)
    : m_invoices(db, QStringLiteral("invoice"),
                 columns({ "id", "number", "customer_id", "billing_profile_id", "subscription_id",
                           "status", "issue_date", "due_date", "currency", "subtotal_minor",
                           "tax_minor", "total_minor", "paid_minor", "credited_minor",
                           "balance_minor", "version", "created_at", "issued_at" }),
                 rowsPerStatement)
    , m_lines(
          db, QStringLiteral("invoice_line"),
          columns({ "id", "invoice_id", "position", "product_id", "description", "quantity_milli",
                    "unit_price_minor", "discount_bp", "tax_rate_bp", "net_minor", "tax_minor",
                    "revenue_account_id", "service_start", "service_end", "recognition_method" }),
          rowsPerStatement)
    , m_payments(db, QStringLiteral("payment"),
                 columns({ "id", "customer_id", "received_date", "amount_minor", "currency",
                           "method", "reference", "unapplied_minor", "created_at" }),
                 rowsPerStatement)
    , m_allocations(db, QStringLiteral("allocation"),
                    columns({ "invoice_id", "payment_id", "credit_note_id", "amount_minor",
                              "allocation_date", "created_at" }),
                    rowsPerStatement)
    , m_notes(db, QStringLiteral("credit_note"),
              columns({ "id", "number", "invoice_id", "customer_id", "issue_date", "currency",
                        "reason", "subtotal_minor", "tax_minor", "total_minor", "unapplied_minor",
                        "created_at" }),
              rowsPerStatement)
    , m_noteLines(db, QStringLiteral("credit_note_line"),
                  columns({ "credit_note_id", "position", "invoice_line_id", "description",
                            "net_minor", "tax_rate_bp", "tax_minor", "revenue_account_id" }),
                  rowsPerStatement)
    , m_entries(db, QStringLiteral("journal_entry"),
                columns({ "id", "entry_date", "kind", "source_type", "source_id", "currency",
                          "memo", "created_at" }),
                rowsPerStatement)
    , m_journalLines(db, QStringLiteral("journal_line"),
                     columns({ "entry_id", "entry_date", "currency", "account_id", "customer_id",
                               "debit_minor", "credit_minor" }),
                     rowsPerStatement)
    , m_audit(db, QStringLiteral("audit_log"),
              columns({ "seq", "at", "user_name", "action", "entity", "entity_id", "before_json",
                        "after_json", "prev_hash", "hash" }),
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
    ids.entry = BulkInserter::nextId(db, QStringLiteral("journal_entry"));
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
}

void DemoWriter::writeInvoice(const Invoice &inv)
{
    const bool draft = inv.status == InvoiceStatus::Draft;
    m_invoices.add(inv.id)
        .add(draft ? QString() : inv.number)
        .add(inv.customerId)
        .addId(inv.billingProfileId)
        .addId(inv.subscriptionId)
        .add(toString(inv.status))
        .add(inv.issueDate)
        .add(inv.dueDate)
        .add(inv.currency.code())
        .add(inv.subtotal.minor())
        .add(inv.tax.minor())
        .add(inv.total.minor())
        .add(inv.paid.minor())
        .add(inv.credited.minor())
        .add(inv.balance.minor())
        .add(inv.version)
        .add(isoUtc(inv.issueDate))
        .add(draft ? QString() : isoUtc(inv.issueDate))
        .insertRow();
}

void DemoWriter::writeLines(const Invoice &inv)
{
    for (const InvoiceLine &l : inv.lines)
        m_lines.add(l.id)
            .add(inv.id)
            .add(l.position)
            .addId(l.productId)
            .add(l.description)
            .add(l.quantityMilli)
            .add(l.unitPrice.minor())
            .add(l.discountBp)
            .add(l.taxRateBp)
            .add(l.net.minor())
            .add(l.tax.minor())
            .add(l.revenueAccountId)
            .add(l.serviceStart)
            .add(l.serviceEnd)
            .add(l.recognitionMethod)
            .insertRow();
}

void DemoWriter::writeCreditNote(const CreditNote &n)
{
    m_notes.add(n.id)
        .add(n.number)
        .add(n.invoiceId)
        .add(n.customerId)
        .add(n.issueDate)
        .add(n.currency.code())
        .add(n.reason)
        .add(n.subtotal.minor())
        .add(n.tax.minor())
        .add(n.total.minor())
        .add(n.unapplied.minor())
        .add(isoUtc(n.issueDate))
        .insertRow();
}

void DemoWriter::writeCreditNoteLines(const CreditNote &n)
{
    for (const CreditNoteLine &l : n.lines)
        m_noteLines.add(n.id)
            .add(l.position)
            .addId(l.invoiceLineId)
            .add(l.description)
            .add(l.net.minor())
            .add(l.taxRateBp)
            .add(l.tax.minor())
            .add(l.revenueAccountId)
            .insertRow();
}

void DemoWriter::writePayment(const PlannedPayment &pp)
{
    const Payment &p = pp.payment;
    m_payments.add(p.id)
        .add(p.customerId)
        .add(p.receivedDate)
        .add(p.amount.minor())
        .add(p.currency.code())
        .add(p.method)
        .add(p.reference)
        .add(p.unapplied.minor())
        .add(isoUtc(p.receivedDate))
        .insertRow();
}

void DemoWriter::writeAllocation(qint64 invoiceId, qint64 paymentId, qint64 noteId,
                                 const Money &amount, const QDate &date)
{
    m_allocations.add(invoiceId)
        .addId(paymentId)
        .addId(noteId)
        .add(amount.minor())
        .add(date)
        .add(isoUtc(date))
        .insertRow();
}

void DemoWriter::writeEntry(const JournalEntry &e)
{
    const QString date = isoDate(e.date);
    m_entries.add(e.id)
        .add(date)
        .add(e.kind)
        .add(e.sourceType)
        .add(e.sourceId)
        .add(e.currency.code())
        .add(e.memo)
        .add(isoUtc(e.date))
        .insertRow();
}

void DemoWriter::writeEntryLines(const JournalEntry &e)
{
    const QString date = isoDate(e.date);
    for (const JournalLine &l : e.lines)
        m_journalLines.add(e.id)
            .add(date)
            .add(e.currency.code())
            .add(l.accountId)
            .addId(l.customerId)
            .add(l.debitMinor)
            .add(l.creditMinor)
            .insertRow();
}

void DemoWriter::writeAudit(const AuditRecord &r)
{
    m_audit.add(r.seq)
        .add(r.at)
        .add(r.userName)
        .add(r.action)
        .add(r.entity)
        .add(r.entityId)
        .addNull()
        .add(r.afterJson)
        .add(r.prevHash)
        .add(r.hash)
        .insertRow();
}

} // namespace Accrue
