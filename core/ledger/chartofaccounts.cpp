#include "ledger/chartofaccounts.h"

#include "common/error.h"

#include <QCoreApplication>

namespace Accrue {

QString ChartOfAccounts::roleKey(Role role)
{
    switch (role) {
    case Role::Bank:
        return QStringLiteral("bank");
    case Role::Receivable:
        return QStringLiteral("ar");
    case Role::UnbilledRevenue:
        return QStringLiteral("unbilled_revenue");
    case Role::TaxPayable:
        return QStringLiteral("tax_payable");
    case Role::CustomerCredit:
        return QStringLiteral("customer_credit");
    case Role::DeferredRevenue:
        return QStringLiteral("deferred_revenue");
    case Role::Revenue:
        return QStringLiteral("revenue");
    case Role::FxClearing:
        return QStringLiteral("fx_clearing");
    case Role::FxGainLoss:
        return QStringLiteral("fx_gain_loss");
    case Role::BadDebt:
        return QStringLiteral("bad_debt");
    case Role::LateFees:
        return QStringLiteral("late_fees");
    }
    return {};
}

void ChartOfAccounts::add(const Account &account)
{
    if (!account.systemRole.isEmpty())
        m_byRole.insert(account.systemRole, account.id);
}

qint64 ChartOfAccounts::id(Role role) const
{
    const qint64 found = m_byRole.value(roleKey(role));
    if (found == 0)
        throw Error(QCoreApplication::translate("Accrue::Ledger",
                                                "The chart of accounts has no “%1” account")
                        .arg(roleKey(role)));
    return found;
}

} // namespace Accrue
