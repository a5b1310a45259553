#pragma once

#include "domain/accountingexport.h"
#include "ledger/account.h"

#include <QHash>
#include <QStringList>
#include <functional>
#include <vector>

namespace Accrue {

class Database;

// The journal as every export reads it: the chart of accounts, and the
// range's entries in a stable order (date, entry id, line id), each checked
// to balance before a writer sees it. Shared by the IIF, NetSuite and
// ledger writers; the Xero writer uses its chart and mapping checks.
class JournalReader final
{
public:
    // Called every 1,000 entries with how many were read of how many; false
    // cancels the export (forEachEntry() throws Error).
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    JournalReader(Database &db, ExportRange range);

    const ExportRange &range() const { return m_range; }
    // Every account of the book, by code.
    const std::vector<Account> &accounts() const { return m_chart; }
    const Account &account(qint64 id) const;
    // Accounts by system role ("bank"); nullptr when the book has none.
    const Account *accountWithRole(const QString &role) const;
    // The accounts the range posts to, by code.
    std::vector<const Account *> accountsUsed();
    QStringList currencies();
    qint64 entryCount();

    // Throws Error naming every account the range uses that `mapped` says
    // has no value in `format`, and how to set it. forEachEntry() then
    // holds every line it reads to the same rule.
    void requireMapped(ExportFormat format, const std::function<bool(const Account &)> &mapped);
    // Throws Error unless the range holds one currency (IIF has no field for it).
    QString requireOneCurrency(ExportFormat format);

    void setProgress(Progress progress) { m_progress = std::move(progress); }
    // Each entry, after checking that it balances (Error names it if not).
    void forEachEntry(const std::function<void(const ExportedEntry &)> &visit);

    // What an entry is about, for a memo: its own memo unless that only
    // repeats the document number, else its kind in words ("invoice issued").
    static QString memoOf(const ExportedEntry &entry);
    // "account 4100 Core Platform has no NetSuite account: set it in ..."
    static QString missingAccountMessage(ExportFormat format, const Account &account);
    static QString whereToSet();
    static QString cancelledMessage();

private:
    void requireLineMapped(qint64 accountId);

    Database &m_db;
    ExportRange m_range;
    std::vector<Account> m_chart;
    QHash<qint64, qsizetype> m_byId;
    Progress m_progress;
    ExportFormat m_format = ExportFormat::Ledger;
    std::function<bool(const Account &)> m_mapped;
    QHash<qint64, bool> m_checked;
};

} // namespace Accrue
