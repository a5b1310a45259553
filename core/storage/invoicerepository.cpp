#include "storage/invoicerepository.h"

#include "common/error.h"
#include "domain/taxrate.h"
#include "storage/database.h"
#include "storage/documentrows.h"
#include "storage/rowversion.h"
#include "storage/sqlquery.h"

#include <QCoreApplication>

namespace Accrue {

namespace {

const QString selectInvoices = QStringLiteral(
    "SELECT id, COALESCE(number, ''), customer_id, COALESCE(billing_profile_id, 0), "
    "COALESCE(subscription_id, 0), status, issue_date, due_date, currency, subtotal_minor, "
    "tax_minor, total_minor, paid_minor, credited_minor, balance_minor, COALESCE(notes, ''), "
    "version, last_reminded, created_at, issued_at, written_off_minor FROM invoice");

Invoice readInvoice(const SqlQuery &q)
{
    Invoice inv;
    inv.id = q.int64(0);
    inv.number = q.text(1);
    inv.customerId = q.int64(2);
    inv.billingProfileId = q.int64(3);
    inv.subscriptionId = q.int64(4);
    inv.status = invoiceStatusFromString(q.text(5));
    inv.issueDate = q.date(6);
    inv.dueDate = q.date(7);
    inv.currency = Currency::require(q.text(8));
    inv.subtotal = Money(q.int64(9), inv.currency);
    inv.tax = Money(q.int64(10), inv.currency);
    inv.total = Money(q.int64(11), inv.currency);
    inv.paid = Money(q.int64(12), inv.currency);
    inv.credited = Money(q.int64(13), inv.currency);
    inv.balance = Money(q.int64(14), inv.currency);
    inv.notes = q.text(15);
    inv.version = q.value(16).toInt();
    inv.lastReminded = q.date(17);
    inv.createdAt = QDateTime::fromString(q.text(18), Qt::ISODateWithMs);
    inv.issuedAt = QDateTime::fromString(q.text(19), Qt::ISODateWithMs);
    inv.writtenOff = Money(q.int64(20), inv.currency);
    return inv;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("Accrue::Invoice", text);
}

} // namespace

InvoiceRepository::InvoiceRepository(Database &db)
    : m_db(db)
{
}

qint64 InvoiceRepository::insertDraft(Invoice &inv)
{
    if (!inv.createdAt.isValid())
        inv.createdAt = QDateTime::currentDateTimeUtc();
    // A new draft: the first version, nothing paid, credited or reminded yet.
    inv.status = InvoiceStatus::Draft;
    inv.version = 1;
    inv.paid = Money::zero(inv.currency);
    inv.credited = Money::zero(inv.currency);
    inv.balance = inv.total;
    inv.lastReminded = QDate();
    SqlQuery q = m_db.query(DocumentRows::invoices().insertSql(true));
    BoundRow row(q);
    DocumentRows::invoice(row, inv, inv.createdAt.toString(Qt::ISODateWithMs), QString());
    inv.id = q.scalar().toLongLong();
    insertLines(inv);
    return inv.id;
}

void InvoiceRepository::insertLines(Invoice &inv)
{
    for (InvoiceLine &line : inv.lines) {
        SqlQuery q = m_db.query(DocumentRows::invoiceLines().insertSql(true));
        BoundRow row(q);
        DocumentRows::invoiceLine(row, inv.id, line);
        line.id = q.scalar().toLongLong();
    }
}

void InvoiceRepository::updateDraft(Invoice &inv, const QString &user)
{
    SqlQuery q = m_db.query(QStringLiteral(
        "UPDATE invoice SET customer_id = ?, billing_profile_id = ?, subscription_id = ?, "
        "issue_date = ?, due_date = ?, currency = ?, subtotal_minor = ?, tax_minor = ?, "
        "total_minor = ?, balance_minor = ?, notes = ?, version = version + 1, "
        "updated_by = ?, updated_at = ? WHERE id = ? AND status = 'draft' AND version = ?"));
    q.bind(inv.customerId)
        .bindNullable(inv.billingProfileId)
        .bindNullable(inv.subscriptionId)
        .bindAll(inv.issueDate, inv.dueDate, inv.currency.code(), inv.subtotal.minor(),
                 inv.tax.minor(), inv.total.minor(), inv.total.minor(), inv.notes, user,
                 RowVersion::now(), inv.id, inv.version)
        .exec();
    if (q.rowsAffected() != 1)
        RowVersion::throwStale(m_db, QStringLiteral("invoice"), QStringLiteral("id"), inv.id,
                               tr("This draft invoice"));
    ++inv.version;
    m_db.query(QStringLiteral("DELETE FROM invoice_line WHERE invoice_id = ?")).bind(inv.id).exec();
    insertLines(inv);
}

void InvoiceRepository::deleteDraft(qint64 id)
{
    m_db.query(QStringLiteral("DELETE FROM invoice_line WHERE invoice_id = ?")).bind(id).exec();
    SqlQuery q
        = m_db.query(QStringLiteral("DELETE FROM invoice WHERE id = ? AND status = 'draft'"));
    q.bind(id).exec();
    if (q.rowsAffected() != 1)
        throw Error(tr("Only a draft invoice can be deleted"));
}

std::optional<Invoice> InvoiceRepository::load(qint64 id)
{
    std::optional<Invoice> inv;
    {
        // Outside the user's tenant scope an invoice is not found.
        SqlQuery q = m_db.query(selectInvoices + QStringLiteral(" WHERE id = ?")
                                + m_db.customerScope(QStringLiteral("customer_id")));
        q.bind(id).exec();
        if (!q.next())
            return std::nullopt;
        inv = readInvoice(q);
    }
    SqlQuery q = m_db.query(QStringLiteral(
        "SELECT id, position, COALESCE(product_id, 0), description, quantity_milli, "
        "unit_price_minor, discount_bp, tax_rate_ppm, net_minor, tax_minor, revenue_account_id, "
        "service_start, service_end, recognition_method, COALESCE(tax_category, ''), "
        "COALESCE(tax_country, ''), COALESCE(tax_region, '') FROM invoice_line "
        "WHERE invoice_id = ? ORDER BY position"));
    q.bind(id).exec();
    while (q.next()) {
        InvoiceLine line;
        line.id = q.int64(0);
        line.position = q.value(1).toInt();
        line.productId = q.int64(2);
        line.description = q.text(3);
        line.quantityMilli = q.int64(4);
        line.unitPrice = Money(q.int64(5), inv->currency);
        line.discountBp = q.value(6).toInt();
        line.taxRatePpm = q.value(7).toInt();
        line.net = Money(q.int64(8), inv->currency);
        line.tax = Money(q.int64(9), inv->currency);
        line.revenueAccountId = q.int64(10);
        line.serviceStart = q.date(11);
        line.serviceEnd = q.date(12);
        line.recognitionMethod = q.text(13);
        line.taxCategory = q.text(14);
        line.taxOverride = line.taxCategory == TaxCategory::Override;
        line.taxCountry = q.text(15);
        line.taxRegion = q.text(16);
        inv->lines.push_back(line);
    }
    return inv;
}

void InvoiceRepository::lockForUpdate(qint64 id)
{
    if (m_db.dialect() == Database::Dialect::Postgres)
        m_db.query(QStringLiteral("SELECT id FROM invoice WHERE id = ? FOR UPDATE"))
            .bind(id)
            .exec();
}

std::optional<qint64> InvoiceRepository::findIdByNumber(const QString &number)
{
    SqlQuery q = m_db.query(QStringLiteral("SELECT id FROM invoice WHERE number = ?")
                            + m_db.customerScope(QStringLiteral("customer_id")));
    q.bind(number).exec();
    if (!q.next())
        return std::nullopt;
    return q.int64(0);
}

void InvoiceRepository::markIssued(const Invoice &inv)
{
    SqlQuery q = m_db.query(QStringLiteral(
        "UPDATE invoice SET number = ?, status = ?, issue_date = ?, due_date = ?, issued_at = ?, "
        "balance_minor = ?, version = version + 1 WHERE id = ? AND status = 'draft' "
        "AND version = ?"));
    q.bindAll(inv.number, toString(inv.status), inv.issueDate, inv.dueDate,
              inv.issuedAt.toString(Qt::ISODateWithMs), inv.balance.minor(), inv.id, inv.version)
        .exec();
    if (q.rowsAffected() != 1)
        throw Error(tr("The invoice was changed or issued meanwhile; reopen it and try again"));
}

void InvoiceRepository::updateLineTaxes(const Invoice &inv)
{
    for (const InvoiceLine &line : inv.lines) {
        SqlQuery q = m_db.query(
            QStringLiteral("UPDATE invoice_line SET tax_category = ?, tax_country = ?, "
                           "tax_region = ? WHERE id = ?"));
        BoundRow row(q);
        row.add(DocumentRows::storedTaxCategory(line))
            .add(DocumentRows::nullIfEmpty(line.taxCountry))
            .add(DocumentRows::nullIfEmpty(line.taxRegion))
            .add(line.id);
        q.exec();
    }
}

void InvoiceRepository::updateSettlement(const Invoice &inv)
{
    SqlQuery q = m_db.query(QStringLiteral(
        "UPDATE invoice SET paid_minor = ?, credited_minor = ?, written_off_minor = ?, "
        "balance_minor = ?, status = ?, version = version + 1 WHERE id = ? AND status <> 'draft'"));
    q.bindAll(inv.paid.minor(), inv.credited.minor(), inv.writtenOff.minor(), inv.balance.minor(),
              toString(inv.status), inv.id)
        .exec();
    if (q.rowsAffected() != 1)
        throw Error(tr("Invoice %1 cannot take payments or credits").arg(inv.number));
}

void InvoiceRepository::setReminded(qint64 id, const QDate &date)
{
    m_db.query(QStringLiteral("UPDATE invoice SET last_reminded = ? WHERE id = ?"))
        .bindAll(date, id)
        .exec();
}

qint64 InvoiceRepository::count()
{
    return m_db.query(QStringLiteral("SELECT COUNT(*) FROM invoice")).scalar().toLongLong();
}

qint64 InvoiceRepository::totalOpenBalance(const QString &currency)
{
    return m_db
        .query(QStringLiteral("SELECT COALESCE(SUM(balance_minor), 0) FROM invoice "
                              "WHERE status <> 'draft' AND currency = ?"))
        .bind(currency)
        .scalar()
        .toLongLong();
}

} // namespace Accrue
