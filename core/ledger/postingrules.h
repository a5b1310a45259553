#pragma once

#include "ledger/chartofaccounts.h"
#include "ledger/journalentry.h"

#include <map>

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

    // Amounts by account (revenue accounts, in the entry's currency).
    using ByAccount = std::map<qint64, Money>;

    // Dr Receivable (total) / Cr Tax payable / per line: Cr Revenue for what
    // its recognition schedule earns by the issue date, Cr Unbilled revenue
    // for the usage already accrued that it bills (accruedByLine, by invoice
    // line id), Cr Deferred revenue for the rest (RecognitionSchedule).
    JournalEntry invoiceIssued(const Invoice &invoice,
                               const std::map<qint64, Money> &accruedByLine = {}) const;
    // Dr Deferred revenue / Cr Revenue per account: schedule rows due on
    // `date` (negative amounts, a credit note's reductions, flip sides).
    JournalEntry revenueRecognized(const Currency &currency, const QDate &date,
                                   const ByAccount &amounts) const;
    // Dr Unbilled revenue / Cr Revenue per account: usage delivered and not
    // yet invoiced.
    JournalEntry usageAccrued(const Currency &currency, const QDate &date,
                              const ByAccount &amounts) const;
    // Dr Revenue per account / Cr Deferred revenue: the catch-up of a book
    // whose lines were all booked to revenue before schedules existed.
    JournalEntry revenueDeferred(const Currency &currency, const QDate &date,
                                 const ByAccount &amounts, qint64 invoiceId) const;
    // Dr Bank (amount) / Cr Receivable (applied) / Cr Customer credit (rest).
    JournalEntry paymentReceived(const Payment &payment, const Money &applied) const;
    // Dr Customer credit / Cr Receivable: credit already held settles an
    // invoice; the entry is in the amount's currency.
    JournalEntry creditApplied(qint64 customerId, const QDate &date, const Money &amount,
                               qint64 invoiceId) const;
    // Dr Revenue per account, Dr Tax payable / Cr Receivable (applied) /
    // Cr Customer credit (rest). deferredByLine (by invoice line id) is the
    // part of a line's credit that reverses revenue not yet recognised: it
    // is debited to Deferred revenue instead (RecognitionSchedule::credit).
    JournalEntry creditNoteIssued(const CreditNote &note, const Money &applied,
                                  const std::map<qint64, Money> &deferredByLine = {}) const;

    const ChartOfAccounts &chart() const { return m_chart; }

private:
    enum class Side { CreditRevenue, DebitRevenue };
    // Amounts moved between revenue accounts and one balance-sheet account
    // (`contra`): the three recognition entries above.
    JournalEntry moved(const QString &kind, const QString &sourceType, qint64 sourceId,
                       const Currency &currency, const QDate &date, const ByAccount &amounts,
                       ChartOfAccounts::Role contra, Side side) const;

    ChartOfAccounts m_chart;
};

} // namespace Accrue
