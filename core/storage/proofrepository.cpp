#include "storage/proofrepository.h"

#include "storage/database.h"
#include "storage/sqlquery.h"

namespace Accrue {

namespace {

void forEachSum(Database &db, const QString &sql, const ProofRepository::SumVisit &visit)
{
    SqlQuery q = db.query(sql);
    q.exec();
    while (q.next())
        visit(q.int64(0), q.int64(1));
}

void forEachDocument(Database &db, const QString &sql,
                     const std::function<void(const ProofRepository::Document &)> &visit)
{
    SqlQuery q = db.query(sql);
    q.exec();
    ProofRepository::Document d;
    while (q.next()) {
        d.id = q.int64(0);
        d.number = q.text(1);
        d.customerId = q.int64(2);
        d.currency = q.text(3);
        d.subtotal = q.int64(4);
        d.tax = q.int64(5);
        d.total = q.int64(6);
        d.paid = q.int64(7);
        d.credited = q.int64(8);
        d.writtenOff = q.int64(9);
        d.balance = q.int64(10);
        d.unapplied = q.int64(11);
        d.reversed = !q.isNull(12);
        visit(d);
    }
}

void forEachLine(Database &db, const QString &sql,
                 const std::function<void(const ProofRepository::Line &)> &visit)
{
    SqlQuery q = db.query(sql);
    q.exec();
    ProofRepository::Line l;
    while (q.next()) {
        l.documentId = q.int64(0);
        l.key = q.int64(1);
        l.quantityMilli = q.int64(2);
        l.unitPrice = q.int64(3);
        l.discountBp = q.int64(4);
        l.taxRatePpm = q.int64(5);
        l.net = q.int64(6);
        l.tax = q.int64(7);
        visit(l);
    }
}

void forEachMonth(Database &db, const QString &sql,
                  const std::function<void(const ProofRepository::MonthBalance &)> &visit)
{
    SqlQuery q = db.query(sql);
    q.exec();
    ProofRepository::MonthBalance m;
    while (q.next()) {
        m.accountId = q.int64(0);
        m.currency = q.text(1);
        m.month = q.text(2);
        m.debit = q.int64(3);
        m.credit = q.int64(4);
        visit(m);
    }
}

} // namespace

ProofRepository::ProofRepository(Database &db)
    : m_db(db)
{
}

void ProofRepository::forEachDocumentRecord(qint64 lastSeq,
                                            const std::function<void(const AuditFact &)> &visit)
{
    SqlQuery q = m_db.query(QStringLiteral(
        "SELECT seq, entity, entity_id, after_json FROM audit_log WHERE seq <= ? AND entity IN "
        "('invoice', 'credit_note', 'payment') AND after_json IS NOT NULL ORDER BY seq"));
    q.bind(lastSeq).exec();
    AuditFact f;
    while (q.next()) {
        f.seq = q.int64(0);
        f.entity = q.text(1);
        f.entityId = q.text(2).toLongLong();
        f.afterJson = q.value(3).toByteArray();
        visit(f);
    }
}

void ProofRepository::forEachIssuedInvoice(const std::function<void(const Document &)> &visit)
{
    forEachDocument(m_db,
                    QStringLiteral("SELECT id, number, customer_id, currency, subtotal_minor, "
                                   "tax_minor, total_minor, paid_minor, credited_minor, "
                                   "written_off_minor, balance_minor, 0, NULL FROM invoice "
                                   "WHERE status <> 'draft' ORDER BY id"),
                    visit);
}

void ProofRepository::forEachCreditNote(const std::function<void(const Document &)> &visit)
{
    forEachDocument(m_db,
                    QStringLiteral("SELECT id, number, customer_id, currency, subtotal_minor, "
                                   "tax_minor, total_minor, 0, 0, 0, 0, unapplied_minor, NULL "
                                   "FROM credit_note ORDER BY id"),
                    visit);
}

void ProofRepository::forEachPayment(const std::function<void(const Document &)> &visit)
{
    forEachDocument(m_db,
                    QStringLiteral("SELECT id, '', customer_id, currency, 0, 0, 0, amount_minor, "
                                   "0, 0, 0, unapplied_minor, reversed_date FROM payment "
                                   "ORDER BY id"),
                    visit);
}

void ProofRepository::forEachIssuedInvoiceLine(const std::function<void(const Line &)> &visit)
{
    forEachLine(m_db,
                QStringLiteral("SELECT l.invoice_id, l.position, l.quantity_milli, "
                               "l.unit_price_minor, l.discount_bp, l.tax_rate_ppm, l.net_minor, "
                               "l.tax_minor FROM invoice_line l JOIN invoice i ON i.id = "
                               "l.invoice_id WHERE i.status <> 'draft'"),
                visit);
}

void ProofRepository::forEachCreditNoteLine(const std::function<void(const Line &)> &visit)
{
    forEachLine(m_db,
                QStringLiteral("SELECT credit_note_id, COALESCE(invoice_line_id, 0), 0, 0, 0, 0, "
                               "net_minor, tax_minor FROM credit_note_line"),
                visit);
}

void ProofRepository::paidByInvoice(const SumVisit &visit)
{
    forEachSum(m_db,
               QStringLiteral("SELECT invoice_id, SUM(amount) FROM (SELECT invoice_id, "
                              "amount_minor AS amount FROM allocation WHERE payment_id IS NOT "
                              "NULL UNION ALL SELECT r.invoice_id, -r.amount_minor FROM "
                              "allocation_reversal r JOIN allocation a ON a.id = r.allocation_id "
                              "WHERE a.payment_id IS NOT NULL) t GROUP BY invoice_id"),
               visit);
}

void ProofRepository::creditedByInvoice(const SumVisit &visit)
{
    forEachSum(m_db,
               QStringLiteral("SELECT invoice_id, SUM(amount_minor) FROM allocation WHERE "
                              "credit_note_id IS NOT NULL GROUP BY invoice_id"),
               visit);
}

void ProofRepository::writtenOffByInvoice(const SumVisit &visit)
{
    forEachSum(
        m_db,
        QStringLiteral("SELECT invoice_id, SUM(amount_minor) FROM write_off GROUP BY invoice_id"),
        visit);
}

void ProofRepository::liveAllocatedByPayment(const SumVisit &visit)
{
    forEachSum(m_db,
               QStringLiteral("SELECT a.payment_id, SUM(COALESCE(a.payment_amount_minor, "
                              "a.amount_minor)) FROM allocation a WHERE a.payment_id IS NOT NULL "
                              "AND NOT EXISTS (SELECT 1 FROM allocation_reversal r WHERE "
                              "r.allocation_id = a.id) GROUP BY a.payment_id"),
               visit);
}

void ProofRepository::allocatedByCreditNote(const SumVisit &visit)
{
    forEachSum(m_db,
               QStringLiteral("SELECT credit_note_id, SUM(amount_minor) FROM allocation WHERE "
                              "credit_note_id IS NOT NULL GROUP BY credit_note_id"),
               visit);
}

void ProofRepository::forEachEntryTotal(const std::function<void(const EntryTotal &)> &visit)
{
    // What ties an entry to its document: the receivable it raised (an
    // invoice), the bank it was paid into (a payment), the receivable and
    // customer credit it gave (a credit note).
    SqlQuery q = m_db.query(QStringLiteral(
        "SELECT e.id, e.kind, e.source_type, e.source_id, t.debit, t.credit, t.ar_debit, "
        "t.bank_debit, t.customer_credit FROM journal_entry e JOIN (SELECT l.entry_id, "
        "SUM(l.debit_minor) AS debit, SUM(l.credit_minor) AS credit, "
        "SUM(CASE WHEN a.system_role = 'ar' THEN l.debit_minor ELSE 0 END) AS ar_debit, "
        "SUM(CASE WHEN a.system_role = 'bank' THEN l.debit_minor ELSE 0 END) AS bank_debit, "
        "SUM(CASE WHEN a.system_role IN ('ar', 'customer_credit') THEN l.credit_minor ELSE 0 "
        "END) AS customer_credit FROM journal_line l JOIN account a ON a.id = l.account_id "
        "GROUP BY l.entry_id) t ON t.entry_id = e.id"));
    q.exec();
    EntryTotal e;
    while (q.next()) {
        e.id = q.int64(0);
        e.kind = q.text(1);
        e.sourceType = q.text(2);
        e.sourceId = q.int64(3);
        e.debit = q.int64(4);
        e.credit = q.int64(5);
        e.receivableDebit = q.int64(6);
        e.bankDebit = q.int64(7);
        e.customerCredit = q.int64(8);
        visit(e);
    }
}

void ProofRepository::forEachLineMonth(const std::function<void(const MonthBalance &)> &visit)
{
    // The month as JournalRepository::insert books it: the line's own date.
    forEachMonth(m_db,
                 QStringLiteral("SELECT account_id, currency, substr(entry_date, 1, 7), "
                                "SUM(debit_minor), SUM(credit_minor) FROM journal_line GROUP BY "
                                "account_id, currency, substr(entry_date, 1, 7)"),
                 visit);
}

void ProofRepository::forEachLedgerMonth(const std::function<void(const MonthBalance &)> &visit)
{
    forEachMonth(m_db,
                 QStringLiteral("SELECT account_id, currency, month, debit_minor, credit_minor "
                                "FROM ledger_month"),
                 visit);
}

QByteArray ProofRepository::auditAfter(qint64 seq)
{
    SqlQuery q = m_db.query(QStringLiteral("SELECT after_json FROM audit_log WHERE seq = ?"));
    q.bind(seq).exec();
    return q.next() ? q.value(0).toByteArray() : QByteArray();
}

std::vector<ProofRepository::Line> ProofRepository::invoiceLines(qint64 invoiceId)
{
    std::vector<Line> out;
    SqlQuery q = m_db.query(QStringLiteral(
        "SELECT invoice_id, position, quantity_milli, unit_price_minor, discount_bp, "
        "tax_rate_ppm, net_minor, tax_minor FROM invoice_line WHERE invoice_id = ? ORDER BY "
        "position"));
    q.bind(invoiceId).exec();
    while (q.next())
        out.push_back({ q.int64(0), q.int64(1), q.int64(2), q.int64(3), q.int64(4), q.int64(5),
                        q.int64(6), q.int64(7) });
    return out;
}

QString ProofRepository::auditHashAt(qint64 seq)
{
    SqlQuery q = m_db.query(QStringLiteral("SELECT hash FROM audit_log WHERE seq = ?"));
    q.bind(seq).exec();
    return q.next() ? q.text(0) : QString();
}

} // namespace Accrue
