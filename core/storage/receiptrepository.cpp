#include "storage/receiptrepository.h"

#include "storage/database.h"
#include "storage/documentrows.h"
#include "storage/sqlquery.h"

namespace Accrue {

ReceiptRepository::ReceiptRepository(Database &db)
    : m_db(db)
{
}

qint64 ReceiptRepository::insert(Receipt &r)
{
    if (!r.createdAt.isValid())
        r.createdAt = QDateTime::currentDateTimeUtc();
    SqlQuery q = m_db.query(DocumentRows::receipts().insertSql(true));
    BoundRow row(q);
    DocumentRows::receipt(row, r, r.createdAt.toString(Qt::ISODateWithMs));
    r.id = q.scalar().toLongLong();
    for (const ReceiptLine &line : r.lines) {
        SqlQuery l = m_db.query(DocumentRows::receiptLines().insertSql(false));
        BoundRow lineRow(l);
        DocumentRows::receiptLine(lineRow, r.id, line);
        l.exec();
    }
    return r.id;
}

std::optional<Receipt> ReceiptRepository::findByNumber(const QString &number)
{
    return findWhere(QStringLiteral("number = ?"), number);
}

std::optional<Receipt> ReceiptRepository::find(qint64 id)
{
    return findWhere(QStringLiteral("id = ?"), id);
}

std::optional<Receipt> ReceiptRepository::findByPayment(qint64 paymentId)
{
    return findWhere(QStringLiteral("payment_id = ?"), paymentId);
}

std::optional<Receipt> ReceiptRepository::findWhere(const QString &condition, const QVariant &value)
{
    // `condition` is one of the literals above, never caller text.
    SqlQuery q
        = m_db.query(QStringLiteral("SELECT id, number, payment_id, issue_date, user_name, "
                                    "created_at FROM receipt WHERE ")
                     + condition
                     + m_db.customerScope(QStringLiteral("(SELECT sp.customer_id FROM payment sp"
                                                         " WHERE sp.id = receipt.payment_id)")));
    q.bind(value).exec();
    if (!q.next())
        return std::nullopt;
    Receipt r;
    r.id = q.int64(0);
    r.number = q.text(1);
    r.paymentId = q.int64(2);
    r.issueDate = q.date(3);
    r.userName = q.text(4);
    r.createdAt = QDateTime::fromString(q.text(5), Qt::ISODateWithMs);
    SqlQuery lines = m_db.query(QStringLiteral(
        "SELECT l.invoice_id, COALESCE(i.number, ''), l.currency, l.applied_minor, "
        "l.balance_after_minor FROM receipt_line l JOIN invoice i ON i.id = l.invoice_id "
        "WHERE l.receipt_id = ? ORDER BY i.number"));
    lines.bind(r.id).exec();
    while (lines.next()) {
        const Currency currency = Currency::require(lines.text(2));
        r.lines.push_back({ lines.int64(0), lines.text(1), Money(lines.int64(3), currency),
                            Money(lines.int64(4), currency) });
    }
    return r;
}

std::vector<ReceiptListRow> ReceiptRepository::list(qint64 customerId, int limit)
{
    SqlQuery q = m_db.query(
        QStringLiteral(
            "SELECT r.number, r.issue_date, r.payment_id, c.code, c.name, p.currency, "
            "p.amount_minor, p.method, COALESCE(p.reference, '') FROM receipt r "
            "JOIN payment p ON p.id = r.payment_id JOIN customer c ON c.id = p.customer_id "
            "WHERE (? = 0 OR p.customer_id = ?)")
        + m_db.customerScope(QStringLiteral("p.customer_id"))
        + QStringLiteral(" ORDER BY r.issue_date DESC, r.id DESC LIMIT ?"));
    q.bindAll(customerId, customerId, limit).exec();
    std::vector<ReceiptListRow> rows;
    while (q.next()) {
        ReceiptListRow row;
        row.number = q.text(0);
        row.issueDate = q.date(1);
        row.paymentId = q.int64(2);
        row.customerCode = q.text(3);
        row.customerName = q.text(4);
        row.amount = Money(q.int64(6), Currency::require(q.text(5)));
        row.method = q.text(7);
        row.reference = q.text(8);
        rows.push_back(row);
    }
    return rows;
}

} // namespace Accrue
