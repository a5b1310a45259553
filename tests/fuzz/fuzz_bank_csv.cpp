// Bank CSV statements. The input's first line is the mapping as JSON (as saved
// per bank, e.g. {"date":"Date","amount":"Amount","currency":"EUR"}), the rest
// is the statement. Mappings with problems() are skipped: the importer refuses
// them before reading.
#include "exchange/bankcsvmapping.h"
#include "exchange/statementreader.h"
#include "fuzzcommon.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Accrue;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = Fuzz::bytesOf(data, size);
    const qsizetype newline = input.indexOf('\n');
    if (newline < 0)
        return 0;
    const QJsonDocument json = QJsonDocument::fromJson(input.left(newline));
    if (!json.isObject())
        return -1; // not worth keeping in the corpus
    const BankCsvMapping mapping = BankCsvMapping::fromJson(json.object());
    if (!mapping.problems().isEmpty())
        return -1;
    const QByteArray csv = input.mid(newline + 1);
    ACCRUE_FUZZ_EXPECT_ERROR(StatementReader::readCsv(csv, QStringLiteral("s.csv"), mapping));
    return 0;
}
