#pragma once

#include "domain/accountingexport.h"
#include "exchange/journalreader.h"

#include <QByteArray>
#include <QStringList>
#include <vector>

namespace Accrue {

class Session;

// Exports the book's journal to QuickBooks (IIF), Xero, NetSuite and
// hledger/ledger-cli, and keeps the account mapping those need. Each export
// is checked before anything is written (every entry balances, every
// account and tax rate used is mapped) and written whole or not at all
// (OutputFile); the same range of a closed period gives the same bytes.
// Reading the mapping needs Read, exporting Export, changing the mapping
// Administer (one transaction, an audit record per changed row).
class JournalExportService final
{
public:
    struct Result
    {
        QStringList files;
        qint64 entries = 0;
    };

    explicit JournalExportService(Session &session);

    // Every account of the chart (kind "account", by code) and, for Xero,
    // every tax category and rate the book's lines use (kind "tax"), with
    // what the format maps them to: empty targets where nothing is set.
    std::vector<ExportMapping> mapping(ExportFormat format);
    // Saves the rows (a row with both targets empty removes its mapping);
    // unknown accounts and malformed tax keys are refused naming them.
    // Returns how many rows changed.
    int setMapping(ExportFormat format, const std::vector<ExportMapping> &rows);
    // The same from CSV with the header kind,source_key,target_code,target_name
    // (what `accrue-cli export mapping show --format csv` writes).
    int importMappingCsv(ExportFormat format, const QByteArray &bytes, const QString &fileName);

    // Writes the export to `path` ("-" for standard output), except Xero,
    // which writes FILE-invoices.csv and FILE-payments.csv beside it, each
    // in numbered parts when it holds more than Xero imports from one file
    // (XeroWriter). Result::files lists the files written.
    Result exportTo(ExportFormat format, const ExportRange &range, const QString &path,
                    const JournalReader::Progress &progress = {});

private:
    void checkRow(const ExportMapping &row, const QStringList &accountCodes) const;

    Session &m_session;
};

} // namespace Accrue
