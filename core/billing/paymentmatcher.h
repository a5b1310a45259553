#pragma once

#include "money/money.h"
#include "storage/bankrepository.h"
#include "storage/matchrepository.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <optional>
#include <vector>

namespace Accrue {

class Database;

// Proposes what an incoming bank line pays, with a confidence (0-100) and a
// reason a person can read. In order of strength: invoice numbers in the
// remittance text; a customer's code in the text with the amount equal to
// one or all of its open invoices; the amount equal to exactly one open
// balance (stronger when the payer's name is the customer's); the payer's
// name alone, allocating oldest first. Several invoices with the same amount
// and nothing else to tell them apart is ambiguous: a weak proposal that is
// never applied by itself.
class PaymentMatcher final
{
public:
    static constexpr int confident = 90; // applied by `reconcile auto --apply-confident`

    struct Proposal
    {
        Proposal() = default;
        Proposal(int confidence, QString reason, bool ambiguous, std::vector<BankMatch> matches,
                 std::vector<BankMatch> alternatives = {})
            : confidence(confidence)
            , reason(std::move(reason))
            , ambiguous(ambiguous)
            , matches(std::move(matches))
            , alternatives(std::move(alternatives))
        {
        }

        int confidence = 0; // 0: nothing found
        QString reason;
        bool ambiguous = false;
        std::vector<BankMatch> matches; // invoiceId 0: the rest as credit
        // Ambiguous: each invoice the line may pay (matches names the first).
        std::vector<BankMatch> alternatives;
    };

    explicit PaymentMatcher(Database &db);

    Proposal propose(const BankLine &line);
    // 0..1: how alike two company names are once legal forms and punctuation go.
    static double nameSimilarity(const QString &a, const QString &b);

private:
    // The canonical invoice numbers a remittance text may mean.
    QStringList numberCandidates(const QString &text);
    Proposal byInvoiceNumbers(const BankLine &line, const QString &text);
    Proposal byCustomerCode(const BankLine &line, const QString &text);
    Proposal byAmount(const BankLine &line);
    Proposal byName(const BankLine &line);
    // Oldest first up to the amount; the rest as customer credit.
    std::vector<BankMatch> allocate(qint64 customerId, const std::vector<OpenInvoice> &open,
                                    const Money &amount) const;
    const CustomerName *customer(qint64 id) const;
    // A customer's open invoices, read once per run: a statement names the
    // same customers again and again. Accepting re-checks every balance.
    const std::vector<OpenInvoice> &openOf(qint64 customerId, Currency currency);

    MatchRepository m_repo;
    std::optional<QStringList> m_prefixes; // read once per matcher
    std::vector<CustomerName> m_customers;
    QHash<QString, int> m_byCode; // upper-case code -> index in m_customers
    QHash<qint64, int> m_byId;
    QHash<QString, std::vector<int>> m_byNameToken;
    std::vector<QSet<QString>> m_nameTokens; // per customer, computed once
    QHash<QString, std::vector<OpenInvoice>> m_openCache;
};

} // namespace Accrue
