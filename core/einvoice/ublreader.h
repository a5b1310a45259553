#pragma once

#include "einvoice/einvoice.h"

#include <QByteArray>
#include <QString>

namespace Accrue {

// Reads a UBL 2.1 Invoice or CreditNote (EN 16931, as PEPPOL sends them)
// into an EInvoice: the receiving side. The file is someone else's: it is
// read with QXmlStreamReader (no external entities, no DTD fetched), amounts
// are parsed exactly in the document's currency, and anything malformed is
// an Error naming the line of the file. Elements Accrue does not show are
// skipped.
class UblReader final
{
public:
    // `fileName` only names the file in messages.
    static EInvoice read(const QByteArray &xml, const QString &fileName);
};

} // namespace Accrue
