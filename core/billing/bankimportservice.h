#pragma once

#include "exchange/bankcsvmapping.h"

#include <QString>

namespace Accrue {

class Session;

// Brings bank statements into the book: a whole file in one transaction
// (a bad line keeps all of it out, naming the line and field), lines the
// account already has are recognised and skipped, and the import is audited.
class BankImportService final
{
public:
    struct Result
    {
        int read = 0;
        int added = 0;
        int duplicates = 0;
        QString account;
        QString format;
    };

    explicit BankImportService(Session &session);

    // format: csv, ofx, camt053, or empty to tell from the file; mapping: a
    // saved CSV mapping's name (CSV only); account: the bank account's code
    // (created on first use; default "MAIN").
    Result importFile(const QString &path, const QString &format, const QString &mapping,
                      const QString &account);
    Result importBytes(const QByteArray &bytes, const QString &fileName, const QString &format,
                       const BankCsvMapping &mapping, const QString &account);

    void saveMapping(const BankCsvMapping &mapping);
    BankCsvMapping mapping(const QString &name);
    QStringList mappingNames();

private:
    Session &m_session;
};

} // namespace Accrue
