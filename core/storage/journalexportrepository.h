#pragma once

#include "domain/accountingexport.h"

#include <QStringList>
#include <functional>
#include <vector>

namespace Accrue {

class Database;

// What the accounting exports read: the journal entry by entry in a stable
// order (date, entry id, line id), the accounts and currencies a range uses,
// and the export_mapping table (migration 16).
class JournalExportRepository final
{
public:
    explicit JournalExportRepository(Database &db);

    // Each entry of the range whole, by date then id; lines in posting order.
    void forEachEntry(const ExportRange &range,
                      const std::function<void(const ExportedEntry &)> &visit);
    qint64 countEntries(const ExportRange &range);
    // The accounts (ids) the range's lines post to, in code order.
    std::vector<qint64> accountsUsed(const ExportRange &range);
    QStringList currenciesUsed(const ExportRange &range);

    // target: "iif", "xero" or "netsuite"; ordered by kind and key.
    std::vector<ExportMapping> mappings(const QString &target);
    // Inserts or replaces the row of (target, kind, key).
    void saveMapping(const QString &target, const ExportMapping &mapping);
    void removeMapping(const QString &target, const QString &kind, const QString &sourceKey);

    // The first and last day a range's open ends stand for.
    static QDate firstDay(const ExportRange &range);
    static QDate lastDay(const ExportRange &range);

private:
    Database &m_db;
};

} // namespace Accrue
