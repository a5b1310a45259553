// Invoice descriptions as CSV (InvoiceCsv::parse) against a small book.
#include "exchange/invoicecsv.h"
#include "fuzzbook.h"

using namespace Accrue;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = Fuzz::bytesOf(data, size);
    ACCRUE_FUZZ_EXPECT_ERROR(
        InvoiceCsv::parse(bytes, QStringLiteral("invoices.csv"), Fuzz::book()));
    return 0;
}
