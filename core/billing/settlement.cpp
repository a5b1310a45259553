#include "billing/settlement.h"

#include "domain/invoice.h"

namespace Accrue {

void settleInvoice(Invoice &invoice, bool fullyCreditNoted)
{
    invoice.balanceMinor = invoice.totalMinor - invoice.paidMinor - invoice.creditedMinor;
    if (fullyCreditNoted && invoice.balanceMinor == 0)
        invoice.status = InvoiceStatus::Void;
    else if (invoice.balanceMinor == 0)
        invoice.status = InvoiceStatus::Paid;
    else
        invoice.status = InvoiceStatus::Open;
}

} // namespace Accrue
