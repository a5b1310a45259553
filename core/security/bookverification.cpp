#include "security/bookverification.h"

#include "storage/transaction.h"

namespace Accrue {

namespace {
// Share of the work the chain takes: measured on the 1M demo book (33 s of
// about 100 s; tests/bench).
constexpr int chainShare = 350;
} // namespace

BookVerification verifyBook(Database &db, const QString &userName,
                            const std::function<bool(int perMille)> &progress)
{
    // One state of the book for the chain and every pass of the proof: a
    // payment committed meanwhile is neither half seen nor taken for a fault.
    ReadSnapshot snapshot(db);
    BookVerification out;
    out.chain = AuditLog(db, userName).verify([&](qint64 done, qint64 total) {
        return !progress || progress(total > 0 ? int(done * chainShare / total) : chainShare);
    });
    if (!out.chain.ok)
        return out;
    out.proof = BookProof(db).run(out.chain.checked, [&](int step, const QString &) {
        return !progress || progress(chainShare + step * (1000 - chainShare) / BookProof::steps);
    });
    return out;
}

} // namespace Accrue
