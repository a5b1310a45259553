#pragma once

#include "domain/statementline.h"
#include "exchange/bankcsvmapping.h"
#include "money/money.h"

#include <QByteArray>
#include <QString>
#include <vector>

namespace Accrue {

// Reads a bank statement file into statement lines: CSV through a mapping,
// OFX (1.x SGML or 2.x XML) and ISO 20022 camt.053 XML. Every problem throws
// Error naming the file, the line and the field, e.g.
// "june.csv:14: amount: “12,3,4” is not an amount"; nothing is returned then.
class StatementReader final
{
public:
    enum class Format { Csv, Ofx, Camt053 };

    // From the name ("ofx", "camt053", "csv") or, for an empty name, from the
    // file's first bytes.
    static Format format(const QString &name, const QByteArray &bytes, const QString &fileName);
    static QString formatName(Format format);

    static std::vector<StatementLine> read(Format format, const QByteArray &bytes,
                                           const QString &fileName,
                                           const BankCsvMapping &mapping = {});
    static std::vector<StatementLine> readCsv(const QByteArray &bytes, const QString &fileName,
                                              const BankCsvMapping &mapping);
    static std::vector<StatementLine> readOfx(const QByteArray &bytes, const QString &fileName);
    static std::vector<StatementLine> readCamt053(const QByteArray &bytes, const QString &fileName);
    // Throws Error naming the file, line and field for a line no bank wrote.
    static void checkPlausible(const StatementLine &line, const QString &fileName);

    // "1.234,56", "-12.30", "(5.00)", "12.30-" -> Money in `currency`; throws
    // Error naming `where`.
    static Money parseAmount(QString text, QChar decimalSeparator, Currency currency,
                             const QString &where);
};

} // namespace Accrue
