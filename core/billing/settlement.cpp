#include "billing/settlement.h"

#include "domain/invoice.h"

namespace Accrue {

void settleInvoice(Invoice &invoice, bool fullyCreditNoted)
{
    invoice.balance = invoice.total - invoice.paid - invoice.credited
        - (Money::zero(invoice.currency) + invoice.writtenOff);
    if (fullyCreditNoted && invoice.balance.isZero())
        invoice.status = InvoiceStatus::Void;
    else if (invoice.balance.isZero() && invoice.writtenOff.isPositive())
        invoice.status = InvoiceStatus::Uncollectible;
    else if (invoice.balance.isZero())
        invoice.status = InvoiceStatus::Paid;
    else
        invoice.status = InvoiceStatus::Open;
}

} // namespace Accrue
