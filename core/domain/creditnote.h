#pragma once

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
    qint64 netMinor = 0;
    int taxRateBp = 0;
    qint64 taxMinor = 0;
    qint64 revenueAccountId = 0;
};

struct CreditNote
{
    qint64 id = 0;
    QString number;
    qint64 invoiceId = 0;
    qint64 customerId = 0;
    QDate issueDate;
    QString currency;
    QString reason;
    qint64 subtotalMinor = 0;
    qint64 taxMinor = 0;
    qint64 totalMinor = 0;
    qint64 unappliedMinor = 0; // kept as customer credit
    QDateTime createdAt;
    std::vector<CreditNoteLine> lines;
};

} // namespace Accrue
