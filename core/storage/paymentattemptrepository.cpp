#include "storage/paymentattemptrepository.h"

#include "storage/database.h"
#include "storage/sqlquery.h"

namespace Accrue {

PaymentAttemptRepository::PaymentAttemptRepository(Database &db)
    : m_db(db)
{
}

bool PaymentAttemptRepository::insert(qint64 invoiceId, const QDate &date, const QString &status,
                                      const QString &reason, const QString &gatewayRef)
{
    SqlQuery q = m_db.query(QStringLiteral(
        "INSERT INTO payment_attempt (invoice_id, attempted_at, status, reason, gateway_ref)"
        " VALUES (?, ?, ?, ?, ?) ON CONFLICT (gateway_ref) DO NOTHING"));
    q.bindAll(invoiceId, date, status, reason, gatewayRef).exec();
    return q.rowsAffected() > 0;
}

int PaymentAttemptRepository::failuresFor(qint64 invoiceId)
{
    return m_db.query(QStringLiteral("SELECT COUNT(*) FROM payment_attempt WHERE invoice_id = ?"))
        .bind(invoiceId)
        .scalar()
        .toInt();
}

bool PaymentAttemptRepository::needsReview(qint64 invoiceId)
{
    return m_db.query(QStringLiteral("SELECT needs_review FROM invoice WHERE id = ?"))
               .bind(invoiceId)
               .scalar()
               .toInt()
        != 0;
}

void PaymentAttemptRepository::flagForReview(qint64 invoiceId)
{
    m_db.query(QStringLiteral("UPDATE invoice SET needs_review = 1 WHERE id = ?"))
        .bind(invoiceId)
        .exec();
}

} // namespace Accrue
