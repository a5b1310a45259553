#pragma once

#include "ledger/account.h"
#include "ledger/chartofaccounts.h"

#include <optional>
#include <vector>

namespace Accrue {

class Database;

class AccountRepository final
{
public:
    explicit AccountRepository(Database &db);

    ChartOfAccounts loadChart();
    std::vector<Account> list();
    std::optional<Account> findByCode(const QString &code);
    qint64 insert(Account &account);

private:
    Database &m_db;
};

} // namespace Accrue
