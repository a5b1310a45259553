// ISO 20022 camt.053 statements, also through format detection.
#include "exchange/statementreader.h"
#include "fuzzcommon.h"

using namespace Accrue;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = Fuzz::bytesOf(data, size);
    ACCRUE_FUZZ_EXPECT_ERROR(StatementReader::format({}, bytes, QStringLiteral("s.xml")));
    ACCRUE_FUZZ_EXPECT_ERROR(StatementReader::readCamt053(bytes, QStringLiteral("s.xml")));
    return 0;
}
