#include "storage/creditnoterepository.h"

#include "storage/database.h"
#include "storage/documentrows.h"
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
    SqlQuery q = m_db.query(DocumentRows::creditNotes().insertSql(true));
    BoundRow row(q);
    DocumentRows::creditNote(row, n, n.createdAt.toString(Qt::ISODateWithMs));
    n.id = q.scalar().toLongLong();
    for (CreditNoteLine &line : n.lines) {
        SqlQuery l = m_db.query(DocumentRows::creditNoteLines().insertSql(true));
        BoundRow lineRow(l);
        DocumentRows::creditNoteLine(lineRow, n.id, line);
        line.id = l.scalar().toLongLong();
    }
    return n.id;
}

std::optional<CreditNote> CreditNoteRepository::load(qint64 id)
{
    CreditNote n;
    {
        SqlQuery q = m_db.query(
            QStringLiteral(
                "SELECT id, number, invoice_id, customer_id, issue_date, currency, reason, "
                "subtotal_minor, tax_minor, total_minor, unapplied_minor FROM credit_note WHERE id "
                "= "
                "?")
            + m_db.customerScope(QStringLiteral("customer_id")));
        q.bind(id).exec();
        if (!q.next())
            return std::nullopt;
        n.id = q.int64(0);
        n.number = q.text(1);
        n.invoiceId = q.int64(2);
        n.customerId = q.int64(3);
        n.issueDate = q.date(4);
        n.currency = Currency::require(q.text(5));
        n.reason = q.text(6);
        n.subtotal = Money(q.int64(7), n.currency);
        n.tax = Money(q.int64(8), n.currency);
        n.total = Money(q.int64(9), n.currency);
        n.unapplied = Money(q.int64(10), n.currency);
    }
    SqlQuery q = m_db.query(QStringLiteral(
        "SELECT id, position, COALESCE(invoice_line_id, 0), description, net_minor, tax_rate_ppm, "
        "tax_minor, revenue_account_id FROM credit_note_line WHERE credit_note_id = ? "
        "ORDER BY position"));
    q.bind(id).exec();
    while (q.next()) {
        CreditNoteLine line;
        line.id = q.int64(0);
        line.position = q.value(1).toInt();
        line.invoiceLineId = q.int64(2);
        line.description = q.text(3);
        line.net = Money(q.int64(4), n.currency);
        line.taxRatePpm = q.value(5).toInt();
        line.tax = Money(q.int64(6), n.currency);
        line.revenueAccountId = q.int64(7);
        n.lines.push_back(line);
    }
    return n;
}

std::optional<qint64> CreditNoteRepository::findIdByNumber(const QString &number)
{
    SqlQuery q = m_db.query(QStringLiteral("SELECT id FROM credit_note WHERE number = ?")
                            + m_db.customerScope(QStringLiteral("customer_id")));
    q.bind(number).exec();
    if (!q.next())
        return std::nullopt;
    return q.int64(0);
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
