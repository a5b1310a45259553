#include "storage/salesexportrepository.h"

#include "storage/database.h"
#include "storage/journalexportrepository.h"
#include "storage/sqlquery.h"

namespace Accrue {

namespace {

void bindRange(SqlQuery &q, const ExportRange &range)
{
    const QString currency = range.currency.isEmpty() ? QStringLiteral("") : range.currency;
    q.bindAll(JournalExportRepository::firstDay(range), JournalExportRepository::lastDay(range),
              currency, currency);
}

// The columns both document queries give, one row per line, a document's
// rows together: id, number, reference, contact, e-mail, issue and due
// dates, currency, subtotal, tax; the line's description, quantity (milli),
// unit price, discount (bp), net, tax, tax rate (ppm), tax category and
// revenue account. Each document is visited once its last line is read.
void visitDocuments(SqlQuery &q, bool creditNote,
                    const std::function<void(const SalesDocument &)> &visit)
{
    q.exec();
    SalesDocument doc;
    while (q.next()) {
        if (q.int64(0) != doc.id) {
            if (doc.id != 0)
                visit(doc);
            const Currency currency = Currency::require(q.text(7));
            doc = SalesDocument { creditNote,
                                  q.int64(0),
                                  q.text(1),
                                  q.text(2),
                                  q.text(3),
                                  q.text(4),
                                  q.date(5),
                                  q.date(6),
                                  currency,
                                  Money(q.int64(8), currency),
                                  Money(q.int64(9), currency),
                                  {} };
        }
        doc.lines.push_back({ q.text(10), q.int64(11), Money(q.int64(12), doc.currency),
                              int(q.int64(13)), Money(q.int64(14), doc.currency),
                              Money(q.int64(15), doc.currency), int(q.int64(16)), q.text(17),
                              q.int64(18) });
    }
    if (doc.id != 0)
        visit(doc);
}

} // namespace

SalesExportRepository::SalesExportRepository(Database &db)
    : m_db(db)
{
}

void SalesExportRepository::forEachDocument(const ExportRange &range,
                                            const std::function<void(const SalesDocument &)> &visit)
{
    SqlQuery invoices = m_db.query(QStringLiteral(
        "SELECT i.id, i.number, '', c.name, COALESCE(c.email, ''), i.issue_date, i.due_date, "
        "i.currency, i.subtotal_minor, i.tax_minor, l.description, l.quantity_milli, "
        "l.unit_price_minor, l.discount_bp, l.net_minor, l.tax_minor, l.tax_rate_ppm, "
        "COALESCE(l.tax_category, ''), l.revenue_account_id FROM invoice i "
        "JOIN customer c ON c.id = i.customer_id JOIN invoice_line l ON l.invoice_id = i.id "
        "WHERE i.status NOT IN ('draft', 'void') AND i.issue_date >= ? AND i.issue_date <= ? "
        "AND (? = '' OR i.currency = ?) ORDER BY i.issue_date, i.id, l.position"));
    bindRange(invoices, range);
    visitDocuments(invoices, false, visit);
    // A credit note is due when issued, its invoice is its reference, and a
    // line has no quantity: one of its net amount. Its tax category is the
    // invoice line's it credits.
    SqlQuery notes = m_db.query(QStringLiteral(
        "SELECT n.id, n.number, i.number, c.name, COALESCE(c.email, ''), n.issue_date, "
        "n.issue_date, n.currency, n.subtotal_minor, n.tax_minor, l.description, 1000, "
        "l.net_minor, 0, l.net_minor, l.tax_minor, l.tax_rate_ppm, COALESCE(il.tax_category, ''), "
        "l.revenue_account_id FROM credit_note n "
        "JOIN invoice i ON i.id = n.invoice_id JOIN customer c ON c.id = n.customer_id "
        "JOIN credit_note_line l ON l.credit_note_id = n.id "
        "LEFT JOIN invoice_line il ON il.id = l.invoice_line_id "
        "WHERE n.issue_date >= ? AND n.issue_date <= ? AND (? = '' OR n.currency = ?) "
        "ORDER BY n.issue_date, n.id, l.position"));
    bindRange(notes, range);
    visitDocuments(notes, true, visit);
}

void SalesExportRepository::forEachPaymentApplication(
    const ExportRange &range, const std::function<void(const PaymentApplication &)> &visit)
{
    SqlQuery q = m_db.query(QStringLiteral(
        "SELECT a.payment_id, a.allocation_date, i.number, c.name, i.currency, a.amount_minor, "
        "COALESCE(p.reference, '') FROM allocation a JOIN invoice i ON i.id = a.invoice_id "
        "JOIN payment p ON p.id = a.payment_id JOIN customer c ON c.id = i.customer_id "
        "WHERE a.allocation_date >= ? AND a.allocation_date <= ? AND (? = '' OR i.currency = ?) "
        "ORDER BY a.allocation_date, a.id"));
    bindRange(q, range);
    q.exec();
    while (q.next()) {
        const Currency currency = Currency::require(q.text(4));
        visit({ q.int64(0), q.date(1), q.text(2), q.text(3), Money(q.int64(5), currency),
                q.text(6) });
    }
}

std::vector<std::pair<QString, int>> SalesExportRepository::taxRatesUsed()
{
    SqlQuery q = m_db.query(QStringLiteral(
        "SELECT DISTINCT COALESCE(l.tax_category, ''), l.tax_rate_ppm FROM invoice_line l "
        "JOIN invoice i ON i.id = l.invoice_id WHERE i.status NOT IN ('draft', 'void') "
        "ORDER BY 1, 2"));
    q.exec();
    std::vector<std::pair<QString, int>> out;
    while (q.next())
        out.emplace_back(q.text(0), int(q.int64(1)));
    return out;
}

} // namespace Accrue
