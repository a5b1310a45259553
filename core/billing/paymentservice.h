#pragma once

#include "domain/payment.h"
#include "domain/receipt.h"
#include "money/money.h"

#include <vector>

namespace Accrue {

struct Invoice;
class Session;

// The rate of a payment in another currency than its invoice.
struct PaymentRate
{
    qint64 rateE10 = 0; // payment currency -> invoice currency; 0: none given
    bool fromBook = false; // take the book's rate on the payment date
};

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

    using Rate = PaymentRate;

    explicit PaymentService(Session &session);

    // Posts Dr Bank / Cr AR (allocated) / Cr Customer credit (rest), and
    // issues the payment's receipt (ReceiptRepository::findByPayment).
    Payment record(const Request &request);
    // Pays one invoice: up to its balance; an over-payment becomes credit.
    // A payment in another currency is refused unless `rate` gives a rate or
    // asks for the book's; see payForeign().
    Payment payInvoice(qint64 invoiceId, const Money &amount, const QDate &date,
                       const QString &method, const QString &reference, const Rate &rate = {});
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

    // 2 %: how far a converted payment may miss the open balance and still
    // settle the invoice, the difference booked as an exchange gain or loss.
    static constexpr qint64 fxToleranceBp = 200;

private:
    // A payment in another currency than the invoice, converted at rateE10:
    // in the payment's currency Dr Bank / Cr FX clearing, in the invoice's
    // Dr FX clearing (converted) / Cr AR (applied) and the difference to
    // exchange gains and losses. Within fxToleranceBp of the open balance it
    // settles the invoice; below that the converted amount is applied and
    // the rest stays open; above it is refused (see the .cpp).
    Payment payForeign(const Invoice &invoice, const Money &amount, const QDate &date,
                       const QString &method, const QString &reference, qint64 rateE10);
    static void checkRequest(const Request &request);
    // Every payment recorded gets a receipt numbered in the company's
    // receipt series (gapless: the number is taken in the payment's
    // transaction), listing what it settled.
    Receipt issueReceipt(const Payment &payment, std::vector<ReceiptLine> lines);

    Session &m_session;
};

} // namespace Accrue
