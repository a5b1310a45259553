#include "storage/journalrepository.h"

#include "common/error.h"
#include "domain/limits.h"
#include "storage/database.h"
#include "storage/documentrows.h"
#include "storage/periodrepository.h"
#include "storage/sqlquery.h"

#include <QCoreApplication>
#include <map>

namespace Accrue {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Accrue::Ledger", text);
}

// What the user calls the event an entry records, for the closed-month notice.
QString eventName(const JournalEntry &e)
{
    const QString &kind = e.kind;
    if (kind.startsWith(QLatin1String("payment")))
        return kind.endsWith(QLatin1String("reversed")) ? tr("reversal of the payment")
                                                        : tr("payment");
    if (kind == QLatin1String("invoice_issued"))
        return tr("invoice");
    if (kind == QLatin1String("credit_note_issued"))
        return tr("credit note");
    if (kind == QLatin1String("credit_applied"))
        return tr("credit applied");
    if (kind == QLatin1String("bad_debt_written_off"))
        return tr("write-off");
    if (kind.startsWith(QLatin1String("revenue_recogni")))
        return tr("revenue recognition");
    return tr("journal entry (%1)").arg(kind);
}

} // namespace

JournalRepository::JournalRepository(Database &db)
    : m_db(db)
{
}

qint64 JournalRepository::insert(JournalEntry &e)
{
    // The entry, its lines and the month's balances move together or not at
    // all; a caller without a transaction is a programming error.
    if (!m_db.inTransaction())
        throw Error(
            QStringLiteral("JournalRepository::insert outside a transaction (%1)").arg(e.kind));
    if (!e.isBalanced())
        throw Error(QCoreApplication::translate("Accrue::Ledger",
                                                "Refusing an unbalanced journal entry (%1: debit "
                                                "%2, credit %3)")
                        .arg(e.kind)
                        .arg(e.totalDebit().minor())
                        .arg(e.totalCredit().minor()));
    moveOutOfClosedPeriod(e);
    SqlQuery q = m_db.query(DocumentRows::journalEntries().insertSql(true));
    BoundRow row(q);
    DocumentRows::journalEntry(row, e, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    e.id = q.scalar().toLongLong();
    std::map<qint64, std::pair<qint64, qint64>> byAccount; // debit, credit
    for (const JournalLine &line : e.lines) {
        SqlQuery l = m_db.query(DocumentRows::journalLines().insertSql(false));
        BoundRow lineRow(l);
        DocumentRows::journalLine(lineRow, e, line);
        l.exec();
        auto &[debit, credit] = byAccount[line.accountId];
        debit = Limits::checkedAdd(debit, line.debitMinor);
        credit = Limits::checkedAdd(credit, line.creditMinor);
    }
    // The month's balance moves in the same transaction as its lines. On
    // PostgreSQL the balances are the root's to read (row-level security,
    // migration 18): a user below it adds its entry through the owner's
    // function, which sums the lines just written.
    if (m_db.dialect() == Database::Dialect::Postgres && m_db.tenantScope().isRestricted()) {
        m_db.query(QStringLiteral("SELECT accrue_post_ledger_month(?)")).bind(e.id).exec();
        return e.id;
    }
    const QString month = e.date.toString(QStringLiteral("yyyy-MM"));
    for (const auto &[account, sums] : byAccount)
        m_db.query(QStringLiteral(
                       "INSERT INTO ledger_month (account_id, currency, month, debit_minor, "
                       "credit_minor) VALUES (?, ?, ?, ?, ?) ON CONFLICT (account_id, currency, "
                       "month) DO UPDATE SET debit_minor = ledger_month.debit_minor + "
                       "excluded.debit_minor, credit_minor = ledger_month.credit_minor + "
                       "excluded.credit_minor"))
            .bindAll(account, e.currency.code(), month, sums.first, sums.second)
            .exec();
    return e.id;
}

void JournalRepository::moveOutOfClosedPeriod(JournalEntry &e)
{
    // Every posting passes here (bulk loads of demo books excepted): a date
    // inside a closed month moves to the first open day, the event's own
    // date is kept beside it, and the user is told once the change commits.
    const QDate through = PeriodRepository(m_db).closedThroughForPosting();
    if (!through.isValid() || e.date > through)
        return;
    const QDate firstOpen = through.addDays(1);
    if (!e.originalDate.isValid())
        e.originalDate = e.date;
    m_db.addNotice(tr("%1 is closed: the %2 of %3 is posted on %4")
                       .arg(PeriodText::monthName(e.originalDate), eventName(e),
                            e.originalDate.toString(Qt::ISODate), firstOpen.toString(Qt::ISODate)));
    e.date = firstOpen;
}

void JournalRepository::rebuildMonthlyBalances()
{
    m_db.execute(QStringLiteral("DELETE FROM ledger_month"));
    m_db.execute(QStringLiteral(
        "INSERT INTO ledger_month (account_id, currency, month, debit_minor, credit_minor) "
        "SELECT account_id, currency, substr(entry_date, 1, 7), SUM(debit_minor), "
        "SUM(credit_minor) FROM journal_line GROUP BY account_id, currency, "
        "substr(entry_date, 1, 7)"));
}

QString JournalRepository::balancesBeforeSql()
{
    // Whole months from the monthly balances, the days of the last month
    // from the lines (per account through the covering index).
    return QStringLiteral(
        "SELECT account_id, currency, debit_minor AS debit, credit_minor AS credit"
        " FROM ledger_month WHERE month < ?"
        " UNION ALL SELECT account_id, currency, debit_minor, credit_minor FROM journal_line"
        " WHERE account_id IN (SELECT id FROM account) AND entry_date >= ? AND entry_date < ?");
}

void JournalRepository::bindBalancesBefore(SqlQuery &q, const QDate &before)
{
    if (before.year() > 9999) { // "the end of time": every month, no loose days
        q.bindAll(QStringLiteral("9999-99"), QStringLiteral("9999-99-99"),
                  QStringLiteral("9999-99-99"));
        return;
    }
    const QDate monthStart(before.year(), before.month(), 1);
    q.bindAll(monthStart.toString(QStringLiteral("yyyy-MM")), monthStart, before);
}

std::vector<JournalRepository::AccountTotal> JournalRepository::totals(const QDate &asOf)
{
    std::vector<AccountTotal> out;
    SqlQuery q = m_db.query(
        QStringLiteral("SELECT a.id, a.code, a.name, a.type, t.currency, t.debit, t.credit FROM ("
                       " SELECT account_id, currency, SUM(debit) AS debit, SUM(credit) AS credit"
                       " FROM (")
        + balancesBeforeSql()
        + QStringLiteral(") b GROUP BY account_id, currency) t"
                         " JOIN account a ON a.id = t.account_id ORDER BY t.currency, a.code"));
    bindBalancesBefore(q, asOf.addDays(1));
    q.exec();
    while (q.next())
        out.push_back(
            { q.int64(0), q.text(1), q.text(2), q.text(3), q.text(4), q.int64(5), q.int64(6) });
    return out;
}

qint64 JournalRepository::balanceOfRole(const QString &role, const QString &currency)
{
    return m_db
        .query(QStringLiteral(
            "SELECT COALESCE(SUM(l.debit_minor - l.credit_minor), 0) FROM journal_line l "
            "JOIN account a ON a.id = l.account_id WHERE a.system_role = ? AND l.currency = ?"))
        .bindAll(role, currency)
        .scalar()
        .toLongLong();
}

std::vector<qint64> JournalRepository::unbalancedEntries()
{
    std::vector<qint64> out;
    SqlQuery q = m_db.query(
        QStringLiteral("SELECT entry_id FROM journal_line GROUP BY entry_id "
                       "HAVING SUM(debit_minor) <> SUM(credit_minor) ORDER BY entry_id"));
    q.exec();
    while (q.next())
        out.push_back(q.int64(0));
    return out;
}

} // namespace Accrue
