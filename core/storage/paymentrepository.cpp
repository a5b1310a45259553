#include "storage/paymentrepository.h"

#include "common/error.h"
#include "storage/database.h"
#include "storage/documentrows.h"
#include "storage/sqlquery.h"

#include <QCoreApplication>

namespace Accrue {

PaymentRepository::PaymentRepository(Database &db)
    : m_db(db)
{
}

qint64 PaymentRepository::insert(Payment &p)
{
    if (!p.createdAt.isValid())
        p.createdAt = QDateTime::currentDateTimeUtc();
    SqlQuery q = m_db.query(DocumentRows::payments().insertSql(true));
    BoundRow row(q);
    DocumentRows::payment(row, p, p.createdAt.toString(Qt::ISODateWithMs));
    p.id = q.scalar().toLongLong();
    return p.id;
}

std::optional<Payment> PaymentRepository::find(qint64 id)
{
    SqlQuery q = m_db.query(
        QStringLiteral(
            "SELECT id, customer_id, received_date, amount_minor, currency, method,"
            " COALESCE(reference, ''), unapplied_minor, created_at FROM payment WHERE id = ?")
        + m_db.customerScope(QStringLiteral("customer_id")));
    q.bind(id).exec();
    if (!q.next())
        return std::nullopt;
    Payment p;
    p.id = q.int64(0);
    p.customerId = q.int64(1);
    p.receivedDate = q.date(2);
    p.currency = Currency::require(q.text(4));
    p.amount = Money(q.int64(3), p.currency);
    p.method = q.text(5);
    p.reference = q.text(6);
    p.unapplied = Money(q.int64(7), p.currency);
    p.createdAt = QDateTime::fromString(q.text(8), Qt::ISODateWithMs);
    return p;
}

bool PaymentRepository::isReversed(qint64 id)
{
    return !m_db.query(QStringLiteral("SELECT reversed_date FROM payment WHERE id = ?"))
                .bind(id)
                .scalar()
                .isNull();
}

std::vector<Allocation> PaymentRepository::liveAllocations(qint64 paymentId)
{
    SqlQuery q = m_db.query(
        QStringLiteral("SELECT a.id, a.invoice_id, a.amount_minor, a.allocation_date, i.currency"
                       " FROM allocation a JOIN invoice i ON i.id = a.invoice_id"
                       " WHERE a.payment_id = ? AND NOT EXISTS (SELECT 1 FROM allocation_reversal r"
                       " WHERE r.allocation_id = a.id) ORDER BY a.id"));
    q.bind(paymentId).exec();
    std::vector<Allocation> out;
    while (q.next())
        out.push_back({ q.int64(0), q.int64(1), paymentId, 0,
                        Money(q.int64(2), Currency::require(q.text(4))), q.date(3) });
    return out;
}

void PaymentRepository::insertAllocationReversal(const Allocation &a, const QDate &date,
                                                 qint64 entryId)
{
    m_db.query(QStringLiteral("INSERT INTO allocation_reversal (allocation_id, invoice_id, "
                              "amount_minor, reversed_date, entry_id) VALUES (?, ?, ?, ?, ?)"))
        .bindAll(a.id, a.invoiceId, a.amount.minor(), date, entryId)
        .exec();
}

void PaymentRepository::markReversed(qint64 paymentId, const QDate &date)
{
    m_db.query(QStringLiteral(
                   "UPDATE payment SET unapplied_minor = 0, reversed_date = ? WHERE id = ?"))
        .bindAll(date, paymentId)
        .exec();
}

qint64 PaymentRepository::insertAllocation(Allocation &a)
{
    SqlQuery q = m_db.query(DocumentRows::allocations().insertSql(true));
    BoundRow row(q);
    DocumentRows::allocation(row, a, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    a.id = q.scalar().toLongLong();
    return a.id;
}

void PaymentRepository::setAllocationExchange(qint64 allocationId, const AllocationExchange &x)
{
    m_db.query(QStringLiteral(
                   "UPDATE allocation SET payment_amount_minor = ?, rate_e10 = ? WHERE id = ?"))
        .bindAll(x.paymentAmount.minor(), x.rateE10, allocationId)
        .exec();
}

std::optional<AllocationExchange> PaymentRepository::allocationExchange(qint64 allocationId)
{
    SqlQuery q = m_db.query(QStringLiteral(
        "SELECT a.payment_amount_minor, a.rate_e10, p.currency FROM allocation a"
        " JOIN payment p ON p.id = a.payment_id WHERE a.id = ? AND a.rate_e10 IS NOT NULL"));
    q.bind(allocationId).exec();
    if (!q.next())
        return std::nullopt;
    return AllocationExchange { Money(q.int64(0), Currency::require(q.text(2))), q.int64(1) };
}

void PaymentRepository::consumeCredit(const CreditSource &source, const Money &amount)
{
    // Relative and guarded: never overwrites what another client just did.
    SqlQuery q = m_db.query(
        source.paymentId
            ? QStringLiteral("UPDATE payment SET unapplied_minor = unapplied_minor - ? "
                             "WHERE id = ? AND unapplied_minor >= ?")
            : QStringLiteral("UPDATE credit_note SET unapplied_minor = unapplied_minor - ? "
                             "WHERE id = ? AND unapplied_minor >= ?"));
    q.bindAll(amount.minor(), source.paymentId ? source.paymentId : source.creditNoteId,
              amount.minor())
        .exec();
    if (q.rowsAffected() != 1)
        throw Error(QCoreApplication::translate(
            "Accrue::PaymentService", "The customer's credit changed meanwhile; try again"));
}

std::vector<PaymentRepository::CreditSource> PaymentRepository::creditNoteCredit(qint64 invoiceId)
{
    std::vector<CreditSource> out;
    SqlQuery q = m_db.query(
        QStringLiteral("SELECT id, unapplied_minor, issue_date, currency FROM credit_note "
                       "WHERE invoice_id = ? AND unapplied_minor > 0 ORDER BY issue_date, id"));
    q.bind(invoiceId).exec();
    while (q.next())
        out.push_back(
            { 0, q.int64(0), Money(q.int64(1), Currency::require(q.text(3))), q.date(2) });
    return out;
}

std::vector<PaymentRepository::CreditSource>
PaymentRepository::creditSources(qint64 customerId, const Currency &currency)
{
    std::vector<CreditSource> out;
    SqlQuery q = m_db.query(
        QStringLiteral("SELECT id, 0, unapplied_minor, received_date FROM payment "
                       "WHERE customer_id = ? AND currency = ? AND unapplied_minor > 0 "
                       "UNION ALL "
                       "SELECT 0, id, unapplied_minor, issue_date FROM credit_note "
                       "WHERE customer_id = ? AND currency = ? AND unapplied_minor > 0 "
                       "ORDER BY 4, 1, 2"));
    const QString code = currency.code();
    q.bindAll(customerId, code, customerId, code).exec();
    while (q.next())
        out.push_back({ q.int64(0), q.int64(1), Money(q.int64(2), currency), q.date(3) });
    return out;
}

std::vector<Allocation> PaymentRepository::allocationsForInvoice(qint64 invoiceId)
{
    std::vector<Allocation> out;
    SqlQuery q = m_db.query(QStringLiteral(
        "SELECT a.id, COALESCE(a.payment_id, 0), COALESCE(a.credit_note_id, 0), a.amount_minor, "
        "a.allocation_date, i.currency FROM allocation a JOIN invoice i ON i.id = a.invoice_id "
        "WHERE a.invoice_id = ? ORDER BY a.allocation_date, a.id"));
    q.bind(invoiceId).exec();
    while (q.next())
        out.push_back({ q.int64(0), invoiceId, q.int64(1), q.int64(2),
                        Money(q.int64(3), Currency::require(q.text(5))), q.date(4) });
    return out;
}

qint64 PaymentRepository::totalUnapplied(const QString &currency)
{
    return m_db
        .query(QStringLiteral(
            "SELECT (SELECT COALESCE(SUM(unapplied_minor), 0) FROM payment WHERE currency = ?)"
            " + (SELECT COALESCE(SUM(unapplied_minor), 0) FROM credit_note WHERE currency = ?)"))
        .bindAll(currency, currency)
        .scalar()
        .toLongLong();
}

} // namespace Accrue
