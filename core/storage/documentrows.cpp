#include "storage/documentrows.h"

#include "domain/product.h"
#include "domain/taxrate.h"
#include "storage/sqlquery.h"

namespace Accrue {

namespace {

DocumentRows::Table table(const char *name, std::initializer_list<const char *> columns)
{
    DocumentRows::Table t { QString::fromLatin1(name), {} };
    for (const char *column : columns)
        t.columns << QString::fromLatin1(column);
    return t;
}

} // namespace

QString DocumentRows::Table::insertSql(bool returningId) const
{
    const QString marks = SqlQuery::placeholders(columns.size());
    return QStringLiteral("INSERT INTO ") + name + QStringLiteral(" (")
        + columns.join(QStringLiteral(", ")) + QStringLiteral(") VALUES (") + marks
        + (returningId ? QStringLiteral(") RETURNING id") : QStringLiteral(")"));
}

const DocumentRows::Table &DocumentRows::invoices()
{
    static const Table t
        = table("invoice",
                { "number", "customer_id", "billing_profile_id", "subscription_id", "status",
                  "issue_date", "due_date", "currency", "subtotal_minor", "tax_minor",
                  "total_minor", "paid_minor", "credited_minor", "balance_minor", "notes",
                  "version", "last_reminded", "created_at", "issued_at" });
    return t;
}

const DocumentRows::Table &DocumentRows::invoiceLines()
{
    static const Table t
        = table("invoice_line",
                { "invoice_id", "position", "product_id", "description", "quantity_milli",
                  "unit_price_minor", "discount_bp", "tax_rate_ppm", "net_minor", "tax_minor",
                  "revenue_account_id", "service_start", "service_end", "recognition_method",
                  "tax_category", "tax_country", "tax_region" });
    return t;
}

const DocumentRows::Table &DocumentRows::creditNotes()
{
    static const Table t
        = table("credit_note",
                { "number", "invoice_id", "customer_id", "issue_date", "currency", "reason",
                  "subtotal_minor", "tax_minor", "total_minor", "unapplied_minor", "created_at" });
    return t;
}

const DocumentRows::Table &DocumentRows::creditNoteLines()
{
    static const Table t
        = table("credit_note_line",
                { "credit_note_id", "position", "invoice_line_id", "description", "net_minor",
                  "tax_rate_ppm", "tax_minor", "revenue_account_id" });
    return t;
}

const DocumentRows::Table &DocumentRows::payments()
{
    static const Table t = table("payment",
                                 { "customer_id", "received_date", "amount_minor", "currency",
                                   "method", "reference", "unapplied_minor", "created_at" });
    return t;
}

const DocumentRows::Table &DocumentRows::receipts()
{
    static const Table t
        = table("receipt", { "number", "payment_id", "issue_date", "user_name", "created_at" });
    return t;
}

const DocumentRows::Table &DocumentRows::receiptLines()
{
    static const Table t
        = table("receipt_line",
                { "receipt_id", "invoice_id", "currency", "applied_minor", "balance_after_minor" });
    return t;
}

const DocumentRows::Table &DocumentRows::allocations()
{
    static const Table t = table("allocation",
                                 { "invoice_id", "payment_id", "credit_note_id", "amount_minor",
                                   "allocation_date", "created_at" });
    return t;
}

const DocumentRows::Table &DocumentRows::journalEntries()
{
    static const Table t = table("journal_entry",
                                 { "entry_date", "kind", "source_type", "source_id", "currency",
                                   "memo", "reverses_id", "created_at", "original_date" });
    return t;
}

const DocumentRows::Table &DocumentRows::journalLines()
{
    static const Table t = table("journal_line",
                                 { "entry_id", "entry_date", "currency", "account_id",
                                   "customer_id", "debit_minor", "credit_minor" });
    return t;
}

const DocumentRows::Table &DocumentRows::auditLog()
{
    static const Table t = table("audit_log",
                                 { "seq", "at", "user_name", "action", "entity", "entity_id",
                                   "before_json", "after_json", "prev_hash", "hash", "os_user" });
    return t;
}

QString DocumentRows::storedTaxCategory(const InvoiceLine &line)
{
    return line.taxOverride ? TaxCategory::Override : nullIfEmpty(line.taxCategory);
}

const QString &DocumentRows::pointInTime()
{
    return RecognitionMethod::PointInTime;
}

BoundRow &BoundRow::add(qint64 value)
{
    m_query.bind(value);
    return *this;
}

BoundRow &BoundRow::add(const QString &value)
{
    m_query.bindNullable(value);
    return *this;
}

BoundRow &BoundRow::add(const QDate &value)
{
    m_query.bind(value);
    return *this;
}

BoundRow &BoundRow::addId(qint64 id)
{
    m_query.bindNullable(id);
    return *this;
}

} // namespace Accrue
