#pragma once

#include <QDate>
#include <QString>

namespace Accrue {

class Database;

// Failed card charges reported by the payment gateway, one row per attempt
// (unique by the gateway's id), and the invoice's "needs review" flag they
// raise after repeated failures.
class PaymentAttemptRepository final
{
public:
    explicit PaymentAttemptRepository(Database &db);

    // False when the gateway's id is known already (a re-imported file).
    bool insert(qint64 invoiceId, const QDate &date, const QString &status, const QString &reason,
                const QString &gatewayRef);
    int failuresFor(qint64 invoiceId);
    bool needsReview(qint64 invoiceId);
    void flagForReview(qint64 invoiceId);

private:
    Database &m_db;
};

} // namespace Accrue
