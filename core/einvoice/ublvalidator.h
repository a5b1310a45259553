#pragma once

#include "einvoice/einvoice.h"

#include <QString>
#include <QStringList>
#include <vector>

namespace Accrue {

// The EN 16931 and PEPPOL BIS Billing 3.0 rules an e-invoice of Accrue's can
// break, checked before anything is written: what must be there (the
// parties' electronic addresses, countries and names, VAT identifiers where
// the categories need them, exemption reasons), the VAT category rules
// (BR-S, BR-Z, BR-E, BR-AE, BR-IC, BR-G, BR-O) and the calculation rules
// (BR-CO-10 to BR-CO-17, PEPPOL-EN16931-R120). Each problem names the
// business term and where in the book to fix it: "buyer's electronic
// address (BT-49) missing on customer C00042".
class UblValidator final
{
public:
    struct Problem
    {
        QString rule; // "BT-49", "BR-CO-15", ...
        QString message;
    };

    static std::vector<Problem> problems(const EInvoice &invoice);
    // Throws Error listing every problem, or returns when there is none.
    static void check(const EInvoice &invoice);
};

} // namespace Accrue
