#pragma once

#include <QDate>
#include <QString>
#include <vector>

namespace Accrue {

class Database;

// Movements per account and month, read from the monthly balances
// (ledger_month) for the whole months of a range and from the journal lines
// only for the days at either edge. On a large book that is a few hundred rows
// instead of every journal line, with the same answer: ledger_month moves in
// the same transaction as the lines it sums. The Lines source reads the
// journal lines throughout; it is the reference the balances are checked
// against.
class MonthlyBalanceRepository final
{
public:
    enum class Source { MonthlyBalances, JournalLines };
    // Which accounts: by type (revenue) or by system role (AR, deferred
    // revenue).
    enum class Accounts { Revenue, Receivable, DeferredRevenue };

    struct Movement
    {
        qint64 accountId = 0;
        QString month; // YYYY-MM
        qint64 debitMinor = 0;
        qint64 creditMinor = 0;
    };

    explicit MonthlyBalanceRepository(Database &db, Source source = Source::MonthlyBalances);

    // Per account and month, ordered by account then month.
    std::vector<Movement> movements(Accounts accounts, const QString &currency, const QDate &from,
                                    const QDate &to);
    // Credits less debits (or debits only) over the whole range.
    qint64 creditBalance(Accounts accounts, const QString &currency, const QDate &from,
                         const QDate &to);
    qint64 debits(Accounts accounts, const QString &currency, const QDate &from, const QDate &to);
    // "account currency month" where ledger_month differs from the sum of
    // its journal lines (or one of them is missing): always empty.
    QStringList disagreements();

private:
    Database &m_db;
    Source m_source;
};

} // namespace Accrue
