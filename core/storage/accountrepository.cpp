#include "storage/accountrepository.h"

#include "storage/database.h"
#include "storage/sqlquery.h"

namespace Accrue {

namespace {
const QString selectAccounts
    = QStringLiteral("SELECT id, code, name, type, COALESCE(system_role, '') FROM account");

Account readAccount(const SqlQuery &q)
{
    return { q.int64(0), q.text(1), q.text(2), q.text(3), q.text(4) };
}
} // namespace

AccountRepository::AccountRepository(Database &db)
    : m_db(db)
{
}

ChartOfAccounts AccountRepository::loadChart()
{
    ChartOfAccounts chart;
    for (const Account &account : list())
        chart.add(account);
    return chart;
}

std::vector<Account> AccountRepository::list()
{
    std::vector<Account> out;
    SqlQuery q = m_db.query(selectAccounts + QStringLiteral(" ORDER BY code"));
    q.exec();
    while (q.next())
        out.push_back(readAccount(q));
    return out;
}

std::optional<Account> AccountRepository::findByCode(const QString &code)
{
    SqlQuery q = m_db.query(selectAccounts + QStringLiteral(" WHERE code = ?"));
    q.bind(code).exec();
    if (!q.next())
        return std::nullopt;
    return readAccount(q);
}

qint64 AccountRepository::insert(Account &account)
{
    SqlQuery q = m_db.query(QStringLiteral(
        "INSERT INTO account (code, name, type, system_role) VALUES (?, ?, ?, ?) RETURNING id"));
    account.id = q.bindAll(account.code, account.name, account.type)
                     .bindNullable(account.systemRole.isEmpty() ? QString() : account.systemRole)
                     .scalar()
                     .toLongLong();
    return account.id;
}

} // namespace Accrue
