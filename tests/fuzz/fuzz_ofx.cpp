// OFX statements, 1.x SGML and 2.x XML, also through format detection.
#include "exchange/statementreader.h"
#include "fuzzcommon.h"

using namespace Accrue;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = Fuzz::bytesOf(data, size);
    ACCRUE_FUZZ_EXPECT_ERROR(StatementReader::format({}, bytes, QStringLiteral("s.ofx")));
    ACCRUE_FUZZ_EXPECT_ERROR(StatementReader::readOfx(bytes, QStringLiteral("s.ofx")));
    return 0;
}
