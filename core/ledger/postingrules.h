#pragma once

#include "ledger/chartofaccounts.h"
#include "ledger/journalentry.h"

namespace Accrue {

struct CreditNote;
struct Invoice;
struct Payment;

// Turns billing events into balanced journal entries. Pure: no storage, so
// the services and the demo generator book exactly the same way.
class PostingRules final
{
public:
    explicit PostingRules(ChartOfAccounts chart);

    // Dr Receivable (total) / Cr Revenue per account (net) / Cr Tax payable.
    JournalEntry invoiceIssued(const Invoice &invoice) const;
    // Dr Bank (amount) / Cr Receivable (applied) / Cr Customer credit (rest).
    JournalEntry paymentReceived(const Payment &payment, const Money &applied) const;
    // Dr Customer credit / Cr Receivable: credit already held settles an
    // invoice; the entry is in the amount's currency.
    JournalEntry creditApplied(qint64 customerId, const QDate &date, const Money &amount,
                               qint64 invoiceId) const;
    // Dr Revenue per account, Dr Tax payable / Cr Receivable (applied) /
    // Cr Customer credit (rest).
    JournalEntry creditNoteIssued(const CreditNote &note, const Money &applied) const;

    const ChartOfAccounts &chart() const { return m_chart; }

private:
    ChartOfAccounts m_chart;
};

} // namespace Accrue
