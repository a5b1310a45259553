#pragma once

#include "domain/periodclose.h"

#include <QDate>
#include <vector>

namespace Accrue {

class Database;

// The lock date of month-end close, its history, and the figures of the
// month-end checklist (all read per currency).
class PeriodRepository final
{
public:
    // A number of documents and their amounts per currency.
    struct Tally
    {
        qint64 count = 0;
        std::vector<Money> amounts;
    };

    explicit PeriodRepository(Database &db);

    PeriodLock lock();
    // PostgreSQL: locks the row for the rest of the transaction, so a close
    // or reopen waits for postings under way and they see its lock date.
    PeriodLock lockForUpdate();
    // The lock date a posting must respect. PostgreSQL: a shared lock on the
    // row, so a close cannot move it until this transaction ends.
    QDate closedThroughForPosting();
    void setLock(const PeriodLock &lock, const QString &userName);
    qint64 insertEvent(PeriodEvent &event);
    // Every close and reopen, oldest first.
    std::vector<PeriodEvent> history();

    // Checklist figures. Balances at a month's end come from ledger_month.
    // Debit minus credit of the accounts with a system role, through the month.
    std::vector<Money> roleBalanceThrough(const QString &role, const QDate &month);
    // Credits to revenue accounts dated in the month.
    std::vector<Money> revenueCredits(const QDate &month);
    // Net (before tax) of the invoices issued from..to (not drafts, not void).
    Tally invoicedNet(const QDate &from, const QDate &to);
    // Statement lines booked up to `through` still unmatched or only proposed.
    Tally unmatchedBankLines(const QDate &through);
    // Drafts dated from..to, with their totals.
    Tally drafts(const QDate &from, const QDate &to);
    // Invoices overdue on asOf (due before it, balance on it > 0) that had
    // no dunning step up to it, with those balances.
    Tally overdueWithoutDunning(const QDate &asOf);

private:
    Database &m_db;
};

} // namespace Accrue
