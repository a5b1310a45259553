#include "storage/monthlybalancerepository.h"

#include "domain/limits.h"
#include "storage/database.h"
#include "storage/sqlquery.h"

#include <QStringList>

namespace Accrue {

namespace {

QString accountCondition(MonthlyBalanceRepository::Accounts accounts)
{
    switch (accounts) {
    case MonthlyBalanceRepository::Accounts::Revenue:
        return QStringLiteral("account_id IN (SELECT id FROM account WHERE type = 'revenue')");
    case MonthlyBalanceRepository::Accounts::Receivable:
        return QStringLiteral("account_id IN (SELECT id FROM account WHERE system_role = 'ar')");
    case MonthlyBalanceRepository::Accounts::DeferredRevenue:
        break;
    }
    return QStringLiteral(
        "account_id IN (SELECT id FROM account WHERE system_role = 'deferred_revenue')");
}

struct DateRange
{
    QDate from;
    QDate to; // from > to: empty
};

// A range cut into the whole calendar months it covers and the loose days
// before and after them.
struct MonthSplit
{
    DateRange head;
    DateRange whole;
    DateRange tail;
};

const DateRange none { QDate(2000, 1, 2), QDate(2000, 1, 1) };

MonthSplit split(const QDate &from, const QDate &to)
{
    const QDate firstWhole
        = from.day() == 1 ? from : QDate(from.year(), from.month(), 1).addMonths(1);
    const QDate lastWholeEnd
        = to.day() == to.daysInMonth() ? to : QDate(to.year(), to.month(), 1).addDays(-1);
    if (firstWhole > lastWholeEnd)
        return { { from, to }, none, none };
    return { { from, firstWhole.addDays(-1) },
             { firstWhole, lastWholeEnd },
             { lastWholeEnd.addDays(1), to } };
}

QString monthKey(const QDate &date)
{
    return date.toString(QStringLiteral("yyyy-MM"));
}

} // namespace

MonthlyBalanceRepository::MonthlyBalanceRepository(Database &db, Source source)
    : m_db(db)
    , m_source(source)
{
}

std::vector<MonthlyBalanceRepository::Movement>
MonthlyBalanceRepository::movements(Accounts accounts, const QString &currency, const QDate &from,
                                    const QDate &to)
{
    const MonthSplit parts = m_source == Source::JournalLines
        ? MonthSplit { { from, to }, none, none }
        : split(from, to);
    const QString accountsIn = accountCondition(accounts);
    const QString lines
        = QStringLiteral(" UNION ALL SELECT account_id, substr(entry_date, 1, 7), debit_minor,"
                         " credit_minor FROM journal_line WHERE ")
        + accountsIn + QStringLiteral(" AND currency = ? AND entry_date >= ? AND entry_date <= ?");
    // Each part is its own index range: an OR of ranges would scan.
    SqlQuery q = m_db.query(
        QStringLiteral("SELECT account_id, m, SUM(d), SUM(c) FROM ("
                       " SELECT account_id, month AS m, debit_minor AS d, credit_minor AS c"
                       " FROM ledger_month WHERE ")
        + accountsIn + QStringLiteral(" AND currency = ? AND month >= ? AND month <= ?") + lines
        + lines + QStringLiteral(") t GROUP BY account_id, m ORDER BY account_id, m"));
    if (parts.whole.from <= parts.whole.to)
        q.bindAll(currency, monthKey(parts.whole.from), monthKey(parts.whole.to));
    else
        q.bindAll(currency, QStringLiteral("9999-99"), QStringLiteral("0000-00"));
    q.bindAll(currency, parts.head.from, parts.head.to);
    q.bindAll(currency, parts.tail.from, parts.tail.to);
    q.exec();
    std::vector<Movement> out;
    while (q.next())
        out.push_back({ q.int64(0), q.text(1), q.int64(2), q.int64(3) });
    return out;
}

qint64 MonthlyBalanceRepository::creditBalance(Accounts accounts, const QString &currency,
                                               const QDate &from, const QDate &to)
{
    qint64 sum = 0;
    for (const Movement &m : movements(accounts, currency, from, to))
        sum = Limits::checkedAdd(sum, m.creditMinor - m.debitMinor);
    return sum;
}

qint64 MonthlyBalanceRepository::debits(Accounts accounts, const QString &currency,
                                        const QDate &from, const QDate &to)
{
    qint64 sum = 0;
    for (const Movement &m : movements(accounts, currency, from, to))
        sum = Limits::checkedAdd(sum, m.debitMinor);
    return sum;
}

QStringList MonthlyBalanceRepository::disagreements()
{
    const QString balances = QStringLiteral(
        "SELECT account_id, currency, month, debit_minor, credit_minor FROM ledger_month");
    const QString sums = QStringLiteral(
        "SELECT account_id, currency, substr(entry_date, 1, 7) AS month, SUM(debit_minor),"
        " SUM(credit_minor) FROM journal_line GROUP BY account_id, currency,"
        " substr(entry_date, 1, 7)");
    SqlQuery q = m_db.query(QStringLiteral("SELECT account_id, currency, month FROM (") + balances
                            + QStringLiteral(" EXCEPT ") + sums
                            + QStringLiteral(") a UNION SELECT * FROM (SELECT account_id, currency,"
                                             " month FROM (")
                            + sums + QStringLiteral(" EXCEPT ") + balances
                            + QStringLiteral(") b) c ORDER BY 1, 2, 3"));
    q.exec();
    QStringList out;
    while (q.next())
        out << QStringLiteral("%1 %2 %3").arg(q.int64(0)).arg(q.text(1), q.text(2));
    return out;
}

} // namespace Accrue
