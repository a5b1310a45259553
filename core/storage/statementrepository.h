#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <functional>

namespace Accrue {

class Database;

// A customer's account as the ledger holds it: what they were charged and
// what they paid or were credited, on the receivable and customer-credit
// accounts, in one currency. Read from journal lines, so a statement agrees
// with the ledger and the aging by construction.
class StatementRepository final
{
public:
    struct Entry
    {
        QDate date;
        qint64 entryId = 0;
        QString kind; // invoice_issued, payment_received, credit_note_issued, ...
        QString sourceType; // invoice, payment, credit_note
        QString document; // the invoice or credit note number, the payment's reference
        qint64 debitMinor = 0; // charged
        qint64 creditMinor = 0; // paid or credited
    };

    explicit StatementRepository(Database &db);

    // What the customer owed (charges less payments and credits, net of
    // credit held) before `date`.
    qint64 balanceBefore(qint64 customerId, const QString &currency,
                         const QList<qint64> &accountIds, const QDate &date);
    // Each journal entry in [from, to] that moved those accounts for the
    // customer, summed per entry, oldest first.
    void entries(qint64 customerId, const QString &currency, const QList<qint64> &accountIds,
                 const QDate &from, const QDate &to,
                 const std::function<void(const Entry &)> &visit);

private:
    Database &m_db;
};

} // namespace Accrue
