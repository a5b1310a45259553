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
        LateFees, // the revenue of dunning's late-fee invoices
    };

    static QString roleKey(Role role);
    void add(const Account &account);
    // Throws Error if the book lacks an account for the role.
    qint64 id(Role role) const;
    // 0 when the book lacks the role's account.
    qint64 find(Role role) const { return m_byRole.value(roleKey(role)); }

private:
    QHash<QString, qint64> m_byRole;
};

} // namespace Accrue
