#pragma once

#include "money/money.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace Accrue {

// Which payments the Transactions page lists (newest first).
struct PaymentListFilter
{
    QString search; // customer name/code or reference
    bool unappliedOnly = false;
    qint64 customerId = 0; // one customer's payments only
};

// One payment received, with the invoices it settles.
struct PaymentListRow
{
    qint64 id = 0;
    QDate date;
    QString customer;
    Currency currency;
    Money amount; // in `currency`
    Money unapplied;
    QString method;
    QString reference;
    QStringList invoices; // numbers this payment is applied to
    QString receiptNumber; // empty for a payment without a receipt (loaded in bulk)
};

} // namespace Accrue
