#pragma once

#include "money/money.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <vector>

namespace Accrue {

struct CreditNoteLine
{
    qint64 id = 0;
    int position = 0;
    qint64 invoiceLineId = 0;
    QString description;
    Money net;
    int taxRatePpm = 0;
    Money tax;
    qint64 revenueAccountId = 0;
};

struct CreditNote
{
    qint64 id = 0;
    QString number;
    qint64 invoiceId = 0;
    qint64 customerId = 0;
    QDate issueDate;
    Currency currency;
    QString reason;
    Money subtotal;
    Money tax;
    Money total;
    Money unapplied; // kept as customer credit
    QDateTime createdAt;
    std::vector<CreditNoteLine> lines;
};

} // namespace Accrue
