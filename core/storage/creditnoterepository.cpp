#include "storage/creditnoterepository.h"

#include "storage/database.h"
#include "storage/sqlquery.h"

namespace Accrue {

CreditNoteRepository::CreditNoteRepository(Database &db)
    : m_db(db)
{
}

qint64 CreditNoteRepository::insert(CreditNote &n)
{
    if (!n.createdAt.isValid())
        n.createdAt = QDateTime::currentDateTimeUtc();
    SqlQuery q = m_db.query(QStringLiteral(
        "INSERT INTO credit_note (number, invoice_id, customer_id, issue_date, currency, reason, "
        "subtotal_minor, tax_minor, total_minor, unapplied_minor, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    n.id = q.bindAll(n.number, n.invoiceId, n.customerId, n.issueDate, n.currency.code(), n.reason,
                     n.subtotal.minor(), n.tax.minor(), n.total.minor(), n.unapplied.minor(),
                     n.createdAt.toString(Qt::ISODateWithMs))
               .scalar()
               .toLongLong();
    for (CreditNoteLine &line : n.lines) {
        SqlQuery l = m_db.query(QStringLiteral(
            "INSERT INTO credit_note_line (credit_note_id, position, invoice_line_id, "
            "description, net_minor, tax_rate_bp, tax_minor, revenue_account_id) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
        line.id = l.bindAll(n.id, line.position)
                      .bindNullable(line.invoiceLineId)
                      .bindAll(line.description, line.net.minor(), line.taxRateBp, line.tax.minor(),
                               line.revenueAccountId)
                      .scalar()
                      .toLongLong();
    }
    return n.id;
}

Money CreditNoteRepository::creditedTotalForInvoice(qint64 invoiceId, const Currency &currency)
{
    return Money(m_db.query(QStringLiteral("SELECT COALESCE(SUM(total_minor), 0) FROM credit_note "
                                           "WHERE invoice_id = ?"))
                     .bind(invoiceId)
                     .scalar()
                     .toLongLong(),
                 currency);
}

CreditNoteRepository::LineCredit CreditNoteRepository::creditedForLine(qint64 invoiceLineId,
                                                                       const Currency &currency)
{
    SqlQuery q = m_db.query(QStringLiteral(
        "SELECT COALESCE(SUM(net_minor), 0), COALESCE(SUM(tax_minor), 0) FROM credit_note_line "
        "WHERE invoice_line_id = ?"));
    q.bind(invoiceLineId).exec();
    q.next();
    return { Money(q.int64(0), currency), Money(q.int64(1), currency) };
}

} // namespace Accrue
