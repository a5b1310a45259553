#pragma once

namespace Accrue {

struct Invoice;

// After a payment or credit changes what is owed, recompute the balance and
// the stored status: void once credit notes cover the whole total,
// uncollectible when a write-off brought it to zero, paid at a zero balance,
// open otherwise.
void settleInvoice(Invoice &invoice, bool fullyCreditNoted);

} // namespace Accrue
