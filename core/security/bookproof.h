#pragma once

#include <QString>
#include <functional>
#include <vector>

namespace Accrue {

class Database;

// One stored fact that does not agree with what it is derived from or with
// what the audit trail recorded: "invoice 42 (INV-2026-000042) total_minor:
// expected 12345 (audit record 812), found 12346".
struct ProofFinding
{
    QString table;
    qint64 rowId = 0;
    QString label; // the document's number, or the row's key
    QString field;
    QString expected;
    QString found;
    QString basis; // where the expected value comes from
    QString text() const;
};

struct BookProofResult
{
    qint64 rowsProved = 0;
    qint64 findingCount = 0;
    std::vector<ProofFinding> findings; // the first ones (maxFindings)
    bool cancelled = false;
    bool ok() const { return findingCount == 0 && !cancelled; }
};

// The second half of `audit verify`: proves the books against themselves and
// against the audit trail, which AuditLog::verify proves by its hash chain.
//  - every issued invoice's and credit note's totals from its lines, and its
//    number, customer, currency, totals and lines against its last audit
//    record that carries them;
//  - every invoice's paid, credited, written-off and open amounts from its
//    allocations, reversals and write-offs; every payment's and credit
//    note's unapplied amount from its allocations; each payment's amount,
//    currency and customer against its audit record;
//  - each journal entry's balance, and the entry a document posted on issue
//    or receipt against the document's total;
//  - the monthly balances (what the trial balance reads) from the lines.
// One pass per table, so a large book is read, not held.
class BookProof final
{
public:
    static constexpr int steps = 8;
    static constexpr std::size_t maxFindings = 100;
    // Called before each step (0..steps-1) and at the end; false cancels.
    using Progress = std::function<bool(int step, const QString &what)>;

    explicit BookProof(Database &db);
    // Proves the documents against the audit records up to `lastSeq` (the
    // head the chain was verified to).
    BookProofResult run(qint64 lastSeq, const Progress &progress = {});

private:
    Database &m_db;
};

} // namespace Accrue
