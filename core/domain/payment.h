#pragma once

#include "money/money.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace Accrue {

namespace PaymentMethodKind {
inline const QString BankTransfer = QStringLiteral("bank_transfer");
inline const QString Cheque = QStringLiteral("cheque");
inline const QString Cash = QStringLiteral("cash");
inline const QString Card = QStringLiteral("card");
inline const QString DirectDebit = QStringLiteral("direct_debit");
} // namespace PaymentMethodKind

struct Payment
{
    qint64 id = 0;
    qint64 customerId = 0;
    QDate receivedDate;
    Money amount;
    Currency currency;
    QString method;
    QString reference;
    Money unapplied; // customer credit left from this payment
    QDateTime createdAt;
};

// Part of a payment or credit note settling part of an invoice. Exactly one
// of paymentId and creditNoteId is set.
struct Allocation
{
    qint64 id = 0;
    qint64 invoiceId = 0;
    qint64 paymentId = 0;
    qint64 creditNoteId = 0;
    Money amount; // in the invoice's currency
    QDate date;
};

// An allocation of a payment in another currency than its invoice: what the
// payment paid in its own currency and the rate (payment -> invoice
// currency) that turned it into the allocation's amount.
struct AllocationExchange
{
    Money paymentAmount;
    qint64 rateE10 = 0;
};

} // namespace Accrue
