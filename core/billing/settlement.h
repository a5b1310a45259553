#pragma once

namespace Accrue {

struct Invoice;

// After a payment or credit changes what is owed, recompute the balance and
// the stored status: void once credit notes cover the whole total, paid at a
// zero balance, open otherwise.
void settleInvoice(Invoice &invoice, bool fullyCreditNoted);

} // namespace Accrue
