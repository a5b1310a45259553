#pragma once

#include "einvoice/einvoice.h"

#include <QByteArray>

class QIODevice;

namespace Accrue {

// Writes an EInvoice as a UBL 2.1 Invoice or CreditNote document following
// PEPPOL BIS Billing 3.0 (EN 16931): the elements in the order the UBL 2.1
// schema requires, amounts as exact decimals of the document's currency
// from their minor units. It writes what it is given; UblValidator::check
// decides first whether that can be valid.
class UblWriter final
{
public:
    static QByteArray write(const EInvoice &invoice);
    static void write(const EInvoice &invoice, QIODevice &device);
};

} // namespace Accrue
