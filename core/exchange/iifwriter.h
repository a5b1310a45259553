#pragma once

#include <QString>

class QIODevice;

namespace Accrue {

class ExportMappingTable;
class JournalReader;

// QuickBooks Desktop IIF: one GENERAL JOURNAL transaction per journal entry,
// its first line as TRNS and the others as SPL, debits positive and credits
// negative so each block sums to zero; MM/DD/YYYY dates, tab-separated, CRLF
// lines, accounts by their mapped QuickBooks name, the line's customer as
// NAME, the document number as DOCNUM. IIF has no currency field: a range
// with several currencies is refused.
class IifWriter final
{
public:
    // Checks the mapping and the currency first; throws Error before writing
    // anything a check refuses.
    static void write(JournalReader &journal, const ExportMappingTable &mapping, QIODevice *device);
    // A text field: tabs, line breaks and quotes would break the record.
    static QString field(const QString &text);
};

} // namespace Accrue
