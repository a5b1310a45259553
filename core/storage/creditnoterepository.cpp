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
