#pragma once

#include <QString>

namespace Accrue {

struct Account
{
    qint64 id = 0;
    QString code;
    QString name;
    QString type; // asset, liability, equity, revenue, expense
    QString systemRole;

    // Assets and expenses grow on the debit side; the rest on the credit side.
    bool isDebitNormal() const
    {
        return type == QLatin1String("asset") || type == QLatin1String("expense");
    }
};

} // namespace Accrue
