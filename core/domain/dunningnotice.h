#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace Accrue {

// One reminder step an invoice has had: the e-mail queued, the flag set or
// the stop-service notice sent on `date`, or "skipped" when a later step
// was due first (then it never fires). At most one per invoice and step.
struct DunningNotice
{
    qint64 id = 0;
    qint64 invoiceId = 0;
    QString invoiceNumber; // read only
    QString stepKey;
    int stepDay = 0; // the step's day offset when it acted
    QDate date;
    QString action; // email, review, stop_service, skipped
    int daysOverdue = 0;
    qint64 outboxId = 0; // 0: no e-mail
    qint64 lateFeeInvoiceId = 0; // 0: no fee
    QString userName;
    QDateTime createdAt;
};

} // namespace Accrue
