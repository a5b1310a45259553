#pragma once

#include "domain/auditrecord.h"
#include "domain/creditnote.h"
#include "domain/invoice.h"
#include "domain/payment.h"
#include "domain/receipt.h"
#include "ledger/journalentry.h"

#include <QStringList>

namespace Accrue {

class SqlQuery;

// The stored columns of the document tables and how a domain value fills
// them, in one place: the repositories' INSERTs and the bulk writer of demo
// books both go through these, so a new column is added here once.
//
// `Out` is a row being filled: a BulkInserter, or a BoundRow over a prepared
// statement. Ids are not among a table's columns: a repository lets the
// database give them (RETURNING id), a bulk load brings its own first.
// Timestamps come as text, as the caller has them.
class DocumentRows final
{
public:
    struct Table
    {
        QString name;
        QStringList columns; // without id

        QStringList columnsWithId() const { return QStringList { QStringLiteral("id") } + columns; }
        // "INSERT INTO name (columns) VALUES (?, …)", optionally RETURNING id.
        QString insertSql(bool returningId) const;
    };

    static const Table &invoices();
    static const Table &invoiceLines();
    static const Table &creditNotes();
    static const Table &creditNoteLines();
    static const Table &payments();
    static const Table &allocations();
    static const Table &receipts();
    static const Table &receiptLines();
    static const Table &journalEntries();
    static const Table &journalLines();
    static const Table &auditLog();

    // What invoice_line.tax_category holds: "override" for a rate set by
    // hand, NULL for a line with no category (a demo book's).
    static QString storedTaxCategory(const InvoiceLine &line);
    static QString nullIfEmpty(const QString &text) { return text.isEmpty() ? QString() : text; }

    template<typename Out>
    static void invoice(Out &out, const Invoice &inv, const QString &createdAt,
                        const QString &issuedAt)
    {
        const bool draft = inv.status == InvoiceStatus::Draft;
        out.add(draft ? QString() : inv.number)
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
            .add(inv.notes)
            .add(qint64(inv.version))
            .add(inv.lastReminded)
            .add(createdAt)
            .add(draft ? QString() : issuedAt);
    }

    template<typename Out> static void invoiceLine(Out &out, qint64 invoiceId, const InvoiceLine &l)
    {
        out.add(invoiceId)
            .add(qint64(l.position))
            .addId(l.productId)
            .add(l.description)
            .add(l.quantityMilli)
            .add(l.unitPrice.minor())
            .add(qint64(l.discountBp))
            .add(qint64(l.taxRatePpm))
            .add(l.net.minor())
            .add(l.tax.minor())
            .add(l.revenueAccountId)
            .add(l.serviceStart)
            .add(l.serviceEnd)
            .add(l.recognitionMethod.isEmpty() ? pointInTime() : l.recognitionMethod)
            .add(storedTaxCategory(l))
            .add(nullIfEmpty(l.taxCountry))
            .add(nullIfEmpty(l.taxRegion));
    }

    template<typename Out>
    static void creditNote(Out &out, const CreditNote &n, const QString &createdAt)
    {
        out.add(n.number)
            .add(n.invoiceId)
            .add(n.customerId)
            .add(n.issueDate)
            .add(n.currency.code())
            .add(n.reason)
            .add(n.subtotal.minor())
            .add(n.tax.minor())
            .add(n.total.minor())
            .add(n.unapplied.minor())
            .add(createdAt);
    }

    template<typename Out>
    static void creditNoteLine(Out &out, qint64 creditNoteId, const CreditNoteLine &l)
    {
        out.add(creditNoteId)
            .add(qint64(l.position))
            .addId(l.invoiceLineId)
            .add(l.description)
            .add(l.net.minor())
            .add(qint64(l.taxRatePpm))
            .add(l.tax.minor())
            .add(l.revenueAccountId);
    }

    template<typename Out> static void payment(Out &out, const Payment &p, const QString &createdAt)
    {
        out.add(p.customerId)
            .add(p.receivedDate)
            .add(p.amount.minor())
            .add(p.currency.code())
            .add(p.method)
            .add(p.reference)
            .add(p.unapplied.minor())
            .add(createdAt);
    }

    template<typename Out>
    static void allocation(Out &out, const Allocation &a, const QString &createdAt)
    {
        out.add(a.invoiceId)
            .addId(a.paymentId)
            .addId(a.creditNoteId)
            .add(a.amount.minor())
            .add(a.date)
            .add(createdAt);
    }

    template<typename Out> static void receipt(Out &out, const Receipt &r, const QString &createdAt)
    {
        out.add(r.number).add(r.paymentId).add(r.issueDate).add(r.userName).add(createdAt);
    }

    template<typename Out>
    static void receiptLine(Out &out, qint64 receiptId, const ReceiptLine &line)
    {
        out.add(receiptId)
            .add(line.invoiceId)
            .add(line.applied.currency().code())
            .add(line.applied.minor())
            .add(line.balanceAfter.minor());
    }

    template<typename Out>
    static void journalEntry(Out &out, const JournalEntry &e, const QString &createdAt)
    {
        out.add(e.date)
            .add(e.kind)
            .add(e.sourceType)
            .add(e.sourceId)
            .add(e.currency.code())
            .add(e.memo)
            .addId(e.reversesId)
            .add(createdAt)
            .add(e.originalDate);
    }

    // The entry's date and currency go on each line too (the ledger's
    // balances are read from the lines alone).
    template<typename Out>
    static void journalLine(Out &out, const JournalEntry &e, const JournalLine &l)
    {
        out.add(e.id)
            .add(e.date)
            .add(e.currency.code())
            .add(l.accountId)
            .addId(l.customerId)
            .add(l.debitMinor)
            .add(l.creditMinor);
    }

    template<typename Out> static void auditRecord(Out &out, const AuditRecord &r)
    {
        out.add(r.seq)
            .add(r.at)
            .add(r.userName)
            .add(r.action)
            .add(r.entity)
            .add(r.entityId)
            .add(r.beforeJson) // null for a creation: NULL
            .add(r.afterJson)
            .add(r.prevHash)
            .add(r.hash)
            .add(r.osUser); // empty: NULL
    }

private:
    static const QString &pointInTime();
};

// A prepared statement filled the way a BulkInserter row is: a null
// QString and a zero id store NULL.
class BoundRow final
{
public:
    explicit BoundRow(SqlQuery &query)
        : m_query(query)
    {
    }
    BoundRow &add(qint64 value);
    BoundRow &add(const QString &value);
    BoundRow &add(const QDate &value);
    BoundRow &addId(qint64 id);

private:
    SqlQuery &m_query;
};

} // namespace Accrue
