#pragma once

#include "billing/paymentmatcher.h"
#include "storage/bankrepository.h"
#include "storage/matchrepository.h"

#include <QString>
#include <functional>
#include <vector>

namespace Accrue {

class Session;

// Bank lines against invoices. Proposals come from the PaymentMatcher; a
// person (or --apply-confident for strong, unambiguous ones) accepts them,
// which records the payment with its allocations and journal entry through
// PaymentService. Unmatching reverses that payment with a reversing entry.
// Every step is audited.
class ReconciliationService final
{
public:
    struct Split
    {
        qint64 invoiceId = 0; // 0: customer credit
        Money amount; // in the bank line's currency
    };
    struct Summary
    {
        int examined = 0;
        int proposed = 0;
        int ambiguous = 0;
        int applied = 0;
    };
    using Visit = std::function<void(const BankLine &, int confidence, const QString &reason,
                                     bool applied)>;

    explicit ReconciliationService(Session &session);

    Summary autoMatch(bool applyConfident, const Visit &visit = {});
    // Records the proposed payment; throws Error if the invoices changed
    // since, or if the proposal is ambiguous (choices() is not empty): money
    // goes only where a person chose.
    qint64 accept(qint64 transactionId);
    // Accepts an ambiguous proposal for the invoice chosen among choices(),
    // by id (the GUI) or number (the CLI); any other invoice is refused with
    // the numbers the line could pay.
    qint64 accept(qint64 transactionId, qint64 chosenInvoiceId);
    qint64 accept(qint64 transactionId, const QString &chosenInvoiceNumber);
    // The invoices an ambiguous proposal could pay (several open invoices
    // with the line's amount and nothing to tell them apart); empty otherwise.
    std::vector<BankMatch> choices(qint64 transactionId);
    // What matching by hand starts from: the matcher's reading of the line
    // now (the referenced invoices, the exact-amount one, the payer).
    PaymentMatcher::Proposal suggestion(qint64 transactionId);
    void reject(qint64 transactionId);
    // By hand: the payment split across invoices of one customer; what the
    // splits leave is that customer's credit.
    qint64 matchManually(qint64 transactionId, qint64 customerId, const std::vector<Split> &splits);
    void ignore(qint64 transactionId, const QString &why);
    void unmatch(qint64 transactionId);
    // For matching by hand: a customer's open invoices in a currency, oldest due first.
    std::vector<OpenInvoice> openInvoices(qint64 customerId, Currency currency);

private:
    BankLine load(qint64 transactionId);
    qint64 acceptChoice(qint64 transactionId, const std::function<bool(const BankMatch &)> &chosen,
                        const QString &chosenText);
    qint64 acceptMatches(const BankLine &line, const std::vector<BankMatch> &matches);
    Session &m_session;
};

} // namespace Accrue
