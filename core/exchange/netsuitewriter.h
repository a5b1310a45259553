#pragma once

class QIODevice;

namespace Accrue {

class ExportMappingTable;
class JournalReader;

// NetSuite's journal entry CSV import: one row per journal line, the
// entry's External ID ("ACCRUE-JE-<id>", stable across exports) on each row
// so NetSuite groups them and refuses a second import; Date (MM/DD/YYYY),
// Subsidiary (empty: the import's default), Currency, Account (the mapped
// account number, else its name), Debit, Credit, Memo, Name (the customer).
class NetSuiteWriter final
{
public:
    static void write(JournalReader &journal, const ExportMappingTable &mapping, QIODevice *device);
};

} // namespace Accrue
