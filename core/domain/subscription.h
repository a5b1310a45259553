#pragma once

#include <QDate>
#include <QString>

namespace Accrue {

struct Subscription
{
    qint64 id = 0;
    qint64 customerId = 0;
    qint64 billingProfileId = 0;
    qint64 planId = 0;
    QString name;
    QString region;
    QString stateProvince;
    bool isDefault = false;
    int licenses = 1;
    QDate startDate;
    QDate endDate;
    QString status = QStringLiteral("active"); // active, paused, cancelled
};

} // namespace Accrue
