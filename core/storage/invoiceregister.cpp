#include "storage/invoiceregister.h"

#include "domain/invoicerules.h"
#include "storage/agingsql.h"
#include "storage/database.h"
#include "storage/keyset.h"
#include "storage/sqlquery.h"

#include <QHash>
#include <algorithm>

namespace Accrue {

InvoiceRegister::InvoiceRegister(Database &db)
    : m_db(db)
{
}

QString InvoiceRegister::openBalancesSql(const QString &extraColumns) const
{
    // Balances as of the date: the total less what was allocated by then; a
    // payment taken back owes again from the day it was reversed.
    // SQLite answers that fastest per invoice through the covering indexes.
    // PostgreSQL runs correlated sums as a subplan per row (4.6 s on a
    // million invoices); it starts from today's balance instead and adds back
    // only what was allocated (or reversed) after the date, which keeps the
    // scan to open invoices and late allocations (0.6 s). The two agree
    // because balance = total − allocations + reversals − write-offs (checked
    // by the tests). `disputed` is 1 for an invoice in dispute on the date.
    // Binds: the date openBalancesBinds times, then the scope's.
    const QString disputed = QStringLiteral(
        ", CASE WHEN EXISTS (SELECT 1 FROM dispute d WHERE d.invoice_id = i.id"
        " AND d.opened_date <= ? AND (d.resolved_date IS NULL OR d.resolved_date > ?))"
        " THEN 1 ELSE 0 END AS disputed");
    return m_db.dialect() == Database::Dialect::Postgres
        ? QStringLiteral(" FROM (SELECT i.customer_id, i.currency, i.due_date") + extraColumns
            + disputed
            + QStringLiteral(
                ",  i.balance_minor + COALESCE(l.later, 0) AS open FROM invoice i"
                "  LEFT JOIN (SELECT invoice_id, SUM(amount) AS later FROM ("
                "   SELECT invoice_id, amount_minor AS amount FROM allocation"
                "    WHERE allocation_date > ?"
                "   UNION ALL SELECT invoice_id, -amount_minor FROM allocation_reversal"
                "    WHERE reversed_date > ?"
                "   UNION ALL SELECT invoice_id, amount_minor FROM write_off"
                "    WHERE write_off_date > ?) t GROUP BY invoice_id) l ON l.invoice_id = i.id"
                "  WHERE i.status <> 'draft' AND i.issue_date <= ?"
                "  AND (i.balance_minor <> 0 OR l.invoice_id IS NOT NULL)")
        : QStringLiteral(" FROM (SELECT i.customer_id, i.currency, i.due_date") + extraColumns
            + disputed
            + QStringLiteral(
                ",  i.total_minor - COALESCE((SELECT SUM(a.amount_minor) FROM allocation a"
                "   WHERE a.invoice_id = i.id AND a.allocation_date <= ?), 0)"
                "  + COALESCE((SELECT SUM(r.amount_minor) FROM allocation_reversal r"
                "   WHERE r.invoice_id = i.id AND r.reversed_date <= ?), 0)"
                "  - COALESCE((SELECT SUM(w.amount_minor) FROM write_off w"
                "   WHERE w.invoice_id = i.id AND w.write_off_date <= ?), 0) AS open"
                "  FROM invoice i WHERE i.status <> 'draft' AND i.issue_date <= ?");
}

void InvoiceRegister::aging(const QDate &asOf, const std::function<void(const AgingRow &)> &visit,
                            const ReportScope &scope)
{
    SqlQuery q = m_db.query(
        QStringLiteral("SELECT c.code, c.name, b.currency, ")
        + AgingSql::sums(QStringLiteral("b.due_date"), QStringLiteral("b.open"))
        + QStringLiteral(", COALESCE(SUM(CASE WHEN b.disputed = 1 THEN b.open ELSE 0 END), 0)")
        + openBalancesSql(QString())
        + scope.conditions(m_db, QStringLiteral("i.customer_id"), QStringLiteral("i.id"))
        + QStringLiteral(
            ") b JOIN customer c ON c.id = b.customer_id WHERE b.open <> 0 "
            "GROUP BY c.code, c.name, b.currency ORDER BY b.currency, c.name, c.code"));
    AgingSql::bindSums(q, asOf);
    for (int i = 0; i < openBalancesBinds; ++i)
        q.bind(asOf);
    scope.bind(q);
    q.exec();
    AgingRow row;
    while (q.next()) {
        row.customerCode = q.text(0);
        row.customerName = q.text(1);
        row.currency = q.text(2);
        for (int i = 0; i < Aging::bucketCount; ++i)
            row.buckets[i] = q.int64(3 + i);
        row.disputedMinor = q.int64(3 + Aging::bucketCount);
        visit(row);
    }
}

void InvoiceRegister::openInvoices(const QDate &asOf,
                                   const std::function<void(const OpenInvoice &)> &visit,
                                   const ReportScope &scope)
{
    // Sorted by customer only: the rows of one customer come together, and
    // the sort is over open invoices, not the book.
    SqlQuery q = m_db.query(
        QStringLiteral(
            "SELECT c.code, c.name, b.currency, b.issue_date, b.due_date, b.open, b.disputed")
        + openBalancesSql(QStringLiteral(", i.issue_date"))
        + scope.conditions(m_db, QStringLiteral("i.customer_id"), QStringLiteral("i.id"))
        + QStringLiteral(") b JOIN customer c ON c.id = b.customer_id WHERE b.open <> 0"
                         " ORDER BY c.name, c.code"));
    for (int i = 0; i < openBalancesBinds; ++i)
        q.bind(asOf);
    scope.bind(q);
    q.exec();
    OpenInvoice row;
    while (q.next()) {
        row.customerCode = q.text(0);
        row.customerName = q.text(1);
        row.currency = q.text(2);
        row.issueDate = q.date(3);
        row.dueDate = q.date(4);
        row.openMinor = q.int64(5);
        row.disputed = q.int64(6) == 1;
        visit(row);
    }
}

namespace {

// Sort keys a caller may ask for, mapped to SQL; anything else is refused by
// falling back to the default, so no caller text ever reaches the ORDER BY.
// Each knows its value in a listed row: where a window seeks from.
struct SortColumn
{
    QString sql;
    bool nullable = false;
    QVariant (*value)(const InvoiceListRow &) = nullptr;
};

QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

// The stored status behind a display status: open, overdue and partially
// paid are all stored as open.
QVariant storedStatus(const InvoiceListRow &r)
{
    const bool open = r.status == QLatin1String("overdue")
        || r.status == QLatin1String("partially_paid") || r.status == QLatin1String("open");
    return open ? QStringLiteral("open") : r.status;
}

const SortColumn &sortColumn(const QString &key)
{
    static const QHash<QString, SortColumn> columns {
        { QStringLiteral("number"),
          { QStringLiteral("i.number"), true,
            [](const InvoiceListRow &r) { return nullIfEmpty(r.number); } } },
        { QStringLiteral("customer_code"),
          { QStringLiteral("c.code"), false,
            [](const InvoiceListRow &r) { return QVariant(r.customerCode); } } },
        { QStringLiteral("customer"),
          { QStringLiteral("c.name"), false,
            [](const InvoiceListRow &r) { return QVariant(r.customerName); } } },
        { QStringLiteral("issue_date"),
          { QStringLiteral("i.issue_date"), false,
            [](const InvoiceListRow &r) { return QVariant(r.issueDate); } } },
        { QStringLiteral("due_date"),
          { QStringLiteral("i.due_date"), false,
            [](const InvoiceListRow &r) { return QVariant(r.dueDate); } } },
        { QStringLiteral("currency"),
          { QStringLiteral("i.currency"), false,
            [](const InvoiceListRow &r) { return QVariant(r.currency.code()); } } },
        { QStringLiteral("total"),
          { QStringLiteral("i.total_minor"), false,
            [](const InvoiceListRow &r) { return QVariant(r.total.minor()); } } },
        { QStringLiteral("paid"),
          { QStringLiteral("i.paid_minor"), false,
            [](const InvoiceListRow &r) { return QVariant(r.paid.minor()); } } },
        { QStringLiteral("credited"),
          { QStringLiteral("i.credited_minor"), false,
            [](const InvoiceListRow &r) { return QVariant(r.credited.minor()); } } },
        { QStringLiteral("balance"),
          { QStringLiteral("i.balance_minor"), false,
            [](const InvoiceListRow &r) { return QVariant(r.balance.minor()); } } },
        { QStringLiteral("status"), { QStringLiteral("i.status"), false, storedStatus } },
        { QStringLiteral("reminded"),
          { QStringLiteral("i.last_reminded"), true,
            [](const InvoiceListRow &r) { return nullIfEmpty(r.lastReminded); } } },
    };
    const auto it = columns.constFind(key);
    return it != columns.cend() ? *it : *columns.constFind(QStringLiteral("issue_date"));
}

Keyset keysetOf(const InvoiceListFilter &f)
{
    const SortColumn &column = sortColumn(f.sortKey);
    return Keyset(column.sql, QStringLiteral("i.id"), f.descending, column.nullable);
}

const QString invoiceSelect = QStringLiteral(
    "SELECT i.number, c.code, c.name, i.issue_date, i.due_date, i.currency, i.total_minor,"
    " i.paid_minor, i.credited_minor, i.balance_minor,"
    " CASE WHEN i.status <> 'open' THEN i.status"
    "  WHEN i.due_date < ? THEN 'overdue'"
    "  WHEN i.balance_minor < i.total_minor THEN 'partially_paid' ELSE 'open' END, i.id,"
    " i.last_reminded,"
    " CASE WHEN EXISTS (SELECT 1 FROM dispute d WHERE d.invoice_id = i.id"
    "  AND d.resolved_date IS NULL) THEN 1 ELSE 0 END,"
    // The last time the invoice's e-mail went out: one seek in
    // email_outbox_sent per row of the window.
    " (SELECT MAX(o.sent_at) FROM email_outbox o WHERE o.document_kind = 'invoice'"
    "  AND o.document_id = i.id AND o.status = 'sent') "
    "FROM invoice i JOIN customer c ON c.id = i.customer_id");

bool statusNeedsToday(const QString &status)
{
    return status == QLatin1String("overdue") || status == QLatin1String("partially_paid")
        || status == QLatin1String("open");
}

} // namespace

QString InvoiceRegister::invoiceWhere(const InvoiceListFilter &f) const
{
    QString sql = QStringLiteral(" WHERE 1 = 1");
    // Each status is a sargable condition on (status, due_date), never the CASE above.
    if (f.status == QLatin1String("overdue"))
        sql += QStringLiteral(" AND i.status = 'open' AND i.due_date < ?");
    else if (f.status == QLatin1String("partially_paid"))
        sql += QStringLiteral(" AND i.status = 'open' AND i.due_date >= ?"
                              " AND i.balance_minor < i.total_minor");
    else if (f.status == QLatin1String("open"))
        sql += QStringLiteral(" AND i.status = 'open' AND i.due_date >= ?"
                              " AND i.balance_minor = i.total_minor");
    else if (f.status == QLatin1String("unpaid"))
        sql += QStringLiteral(" AND i.status = 'open'");
    else if (f.status == QLatin1String("due_soon")) // not overdue, due within dueSoonDays
        sql += QStringLiteral(" AND i.status = 'open' AND i.due_date >= ? AND i.due_date <= ?");
    else if (f.status == QLatin1String("needs_review")) // card payments failed 3 times
        sql += QStringLiteral(" AND i.needs_review = 1 AND i.status = 'open'");
    else if (f.status == QLatin1String("disputed")) // an open dispute (CollectionsService)
        sql += QStringLiteral(" AND i.status = 'open' AND EXISTS (SELECT 1 FROM dispute d"
                              " WHERE d.invoice_id = i.id AND d.resolved_date IS NULL)");
    else if (f.status == QLatin1String("issued")) // all but drafts (My Account)
        sql += QStringLiteral(" AND i.status <> 'draft'");
    else if (!f.status.isEmpty())
        sql += QStringLiteral(" AND i.status = ?");
    if (!f.customer.isEmpty())
        // An exact customer code selects that customer; otherwise part of a
        // name. As a set of ids, so the planner can use invoice(customer_id).
        sql += QStringLiteral(" AND i.customer_id IN (SELECT id FROM customer WHERE code = ?"
                              " OR (NOT EXISTS (SELECT 1 FROM customer x WHERE x.code = ?) AND ")
            + m_db.containsText(QStringLiteral("name")) + QStringLiteral("))");
    sql += ReportScope { QString(), f.module, f.plan }.conditions(
        m_db, QStringLiteral("i.customer_id"), QStringLiteral("i.id"));
    if (!f.search.isEmpty())
        sql += QStringLiteral(" AND (") + m_db.containsText(QStringLiteral("i.number"))
            + QStringLiteral(" OR ") + m_db.containsText(QStringLiteral("c.name"))
            + QStringLiteral(" OR c.code = ?)");
    if (f.agingBucket >= 0)
        sql += QStringLiteral(" AND i.status = 'open' AND ")
            + AgingSql::condition(QStringLiteral("i.due_date"), f.agingBucket);
    if (f.from.isValid())
        sql += QStringLiteral(" AND i.issue_date >= ?");
    if (f.to.isValid())
        sql += QStringLiteral(" AND i.issue_date <= ?");
    return sql;
}

void InvoiceRegister::bindInvoiceFilter(SqlQuery &q, const InvoiceListFilter &f)
{
    if (statusNeedsToday(f.status))
        q.bind(f.today);
    else if (f.status == QLatin1String("due_soon"))
        q.bindAll(f.today, f.today.addDays(InvoiceRules::dueSoonDays));
    else if (!f.status.isEmpty() && f.status != QLatin1String("unpaid")
             && f.status != QLatin1String("needs_review") && f.status != QLatin1String("disputed")
             && f.status != QLatin1String("issued"))
        q.bind(f.status);
    if (!f.customer.isEmpty())
        q.bindAll(f.customer, f.customer, Database::containsPattern(f.customer));
    ReportScope { QString(), f.module, f.plan }.bind(q);
    if (!f.search.isEmpty()) {
        const QString pattern = Database::containsPattern(f.search);
        q.bindAll(pattern, pattern, f.search.trimmed());
    }
    if (f.agingBucket >= 0)
        AgingSql::bind(q, f.agingBucket, f.today);
    if (f.from.isValid())
        q.bind(f.from);
    if (f.to.isValid())
        q.bind(f.to);
}

InvoiceListRow InvoiceRegister::readInvoice(const SqlQuery &q)
{
    InvoiceListRow row;
    row.number = q.text(0);
    row.customerCode = q.text(1);
    row.customerName = q.text(2);
    row.issueDate = q.text(3);
    row.dueDate = q.text(4);
    row.currency = Currency::require(q.text(5));
    row.total = Money(q.int64(6), row.currency);
    row.paid = Money(q.int64(7), row.currency);
    row.credited = Money(q.int64(8), row.currency);
    row.balance = Money(q.int64(9), row.currency);
    row.status = q.text(10);
    row.id = q.int64(11);
    row.lastReminded = q.text(12);
    row.disputed = q.int64(13) == 1;
    row.lastSent = q.text(14);
    return row;
}

void InvoiceRegister::invoices(const InvoiceListFilter &f,
                               const std::function<void(const InvoiceListRow &)> &visit)
{
    SqlQuery q = m_db.query(invoiceSelect + invoiceWhere(f) + keysetOf(f).orderBy());
    q.bind(f.today);
    bindInvoiceFilter(q, f);
    q.exec();
    while (q.next())
        visit(readInvoice(q));
}

std::vector<InvoiceListRow> InvoiceRegister::page(const InvoiceListFilter &f,
                                                  const ListWindow<InvoiceListRow> &window)
{
    return readWindow(
        m_db, keysetOf(f), invoiceSelect + invoiceWhere(f), window,
        window.anchor ? sortColumn(f.sortKey).value(*window.anchor) : QVariant(),
        [&f](SqlQuery &q) {
            q.bind(f.today);
            bindInvoiceFilter(q, f);
        },
        readInvoice);
}

qint64 InvoiceRegister::invoiceCount(const InvoiceListFilter &f)
{
    // The customer join only when a condition needs it: counting a million
    // invoices should not look up a million customers.
    const bool needsCustomer = !f.search.isEmpty();
    SqlQuery q
        = m_db.query((needsCustomer ? QStringLiteral(
                          "SELECT COUNT(*) FROM invoice i JOIN customer c ON c.id = i.customer_id")
                                    : QStringLiteral("SELECT COUNT(*) FROM invoice i"))
                     + invoiceWhere(f));
    bindInvoiceFilter(q, f);
    return q.scalar().toLongLong();
}

} // namespace Accrue
