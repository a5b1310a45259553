// Invoice descriptions as JSON (InvoiceJson::parse) against a small book.
#include "exchange/invoicejson.h"
#include "fuzzbook.h"

using namespace Accrue;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = Fuzz::bytesOf(data, size);
    ACCRUE_FUZZ_EXPECT_ERROR(InvoiceJson::parse(bytes, QStringLiteral("inv.json"), Fuzz::book()));
    return 0;
}
