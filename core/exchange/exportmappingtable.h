#pragma once

#include "domain/accountingexport.h"

#include <QHash>
#include <vector>

namespace Accrue {

// One target's mapping (ExportMapping rows) looked up by account code or by
// tax category and rate.
class ExportMappingTable final
{
public:
    ExportMappingTable() = default;
    explicit ExportMappingTable(const std::vector<ExportMapping> &rows);

    // nullptr when the account has no row, or an empty one.
    const ExportMapping *account(const QString &code) const;
    // "standard:19" first, then "standard"; nullptr when neither is set.
    const ExportMapping *tax(const QString &category, int ratePpm) const;
    // The same for a tax row's own key ("standard:19" or "standard"): the
    // row that serves it, maybe its category's.
    const ExportMapping *taxForKey(const QString &key) const;

    // The category a line is taxed in for the mapping: its own, else (lines
    // from before the book had tax places) standard when taxed, else zero.
    static QString categoryOf(const QString &category, int ratePpm);
    // "standard:19", "standard:8.875": the key of a category at a rate.
    static QString taxKey(const QString &category, int ratePpm);
    // The rate in percent without trailing zeros: 190000 -> "19".
    static QString percentText(qint64 ppm);

private:
    QHash<QString, ExportMapping> m_accounts;
    QHash<QString, ExportMapping> m_tax;
};

} // namespace Accrue
