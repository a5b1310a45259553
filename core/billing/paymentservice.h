#pragma once

#include "domain/payment.h"
#include "money/money.h"

#include <vector>

namespace Accrue {

class Session;

// Money in: records payments, allocates them to invoices, keeps what is left
// as customer credit, and applies held credit to later invoices.
class PaymentService final
{
public:
    struct Split
    {
        qint64 invoiceId = 0;
        Money amount; // in the payment's currency
    };

    struct Request
    {
        qint64 customerId = 0;
        QDate date;
        Money amount;
        QString method = PaymentMethodKind::BankTransfer;
        QString reference;
        std::vector<Split> splits; // what remains after the splits is customer credit
    };

    explicit PaymentService(Session &session);

    // Posts Dr Bank / Cr AR (allocated) / Cr Customer credit (rest).
    Payment record(const Request &request);
    // Pays one invoice: up to its balance; an over-payment becomes credit.
    Payment payInvoice(qint64 invoiceId, const Money &amount, const QDate &date,
                       const QString &method, const QString &reference);
    // Applies up to `max` (zero: as much as possible) of the customer's held
    // credit to the invoice, oldest credit first. Returns the amount applied.
    Money applyCredit(qint64 invoiceId, const Money &max, const QDate &date);
    Money customerCredit(qint64 customerId, const Currency &currency);
    // Takes a payment back (a bank line unmatched, a bounced cheque): every
    // allocation of it is reversed as of `date`, the invoices owe again, its
    // unused credit goes, and one entry posts Cr Bank / Dr AR / Dr Customer
    // credit. Nothing is deleted. Throws Error if it was reversed already.
    void reverse(qint64 paymentId, const QDate &date, const QString &reason);

    static QStringList knownMethods();

private:
    Session &m_session;
};

} // namespace Accrue
