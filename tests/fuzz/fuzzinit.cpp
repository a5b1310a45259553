// libFuzzer calls this once before the first input: every target needs the
// same Qt application and quiet message handler (fuzzcommon.h).
#include "fuzzcommon.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Accrue::Fuzz::setUp();
    return 0;
}
