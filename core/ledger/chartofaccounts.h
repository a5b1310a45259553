#pragma once

#include "ledger/account.h"

#include <QHash>
#include <QString>

namespace Accrue {

// The accounts the posting rules need by role, loaded once per service.
class ChartOfAccounts final
{
public:
    enum class Role {
        Bank,
        Receivable,
        UnbilledRevenue,
        TaxPayable,
        CustomerCredit,
        DeferredRevenue,
        Revenue,
        FxClearing, // where a payment in one currency turns into another
        FxGainLoss,
        BadDebt, // the expense a write-off posts to
    };

    static QString roleKey(Role role);
    void add(const Account &account);
    // Throws Error if the book lacks an account for the role.
    qint64 id(Role role) const;

private:
    QHash<QString, qint64> m_byRole;
};

} // namespace Accrue
