#pragma once

#include "ledger/journalentry.h"

#include <QDate>
#include <vector>

namespace Accrue {

class Database;
class SqlQuery;

class JournalRepository final
{
public:
    struct AccountTotal
    {
        qint64 accountId = 0;
        QString code;
        QString name;
        QString type;
        QString currency;
        qint64 debitMinor = 0;
        qint64 creditMinor = 0;
    };

    explicit JournalRepository(Database &db);

    // Posts the entry (it must balance) and moves the month's balances. An
    // entry dated inside a closed month is posted on the first open day
    // instead: entry.date changes, entry.originalDate keeps the event's date
    // and Database::addNotice says so (March 2026 is closed: the payment of
    // 2026-03-15 is posted on 2026-04-01).
    qint64 insert(JournalEntry &entry);
    // Sum of debits and credits per account and currency up to and including asOf.
    std::vector<AccountTotal> totals(const QDate &asOf);
    // Recomputes ledger_month from the lines: after a bulk load wrote lines
    // without going through insert().
    void rebuildMonthlyBalances();
    // Rows (account_id, currency, debit, credit) whose sums are each
    // account's totals before a date; bind with bindBalancesBefore().
    static QString balancesBeforeSql();
    static void bindBalancesBefore(SqlQuery &query, const QDate &before);
    // Debit minus credit of one account (by system role) in a currency.
    qint64 balanceOfRole(const QString &role, const QString &currency);
    // Entries whose lines do not net to zero: must always be empty.
    std::vector<qint64> unbalancedEntries();

private:
    void moveOutOfClosedPeriod(JournalEntry &entry);
    Database &m_db;
};

} // namespace Accrue
