#include "security/bookverification.h"

#include "common/error.h"
#include "storage/auditrepository.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <atomic>
#include <chrono>
#include <optional>
#include <thread>

namespace Accrue {

namespace {
// Share of the work the chain takes when it runs alone: measured on the 1M
// demo book (about a third; README, Benchmarks).
constexpr int chainShare = 350;
} // namespace

BookVerification verifyBook(Database &db, const QString &userName,
                            const std::function<bool(int perMille)> &progress)
{
    // One state of the book for every pass of the proof: a payment committed
    // meanwhile is neither half seen nor taken for a fault. The proof goes up
    // to the head this snapshot sees.
    ReadSnapshot snapshot(db);
    const qint64 head = AuditRepository(db).head().seq;

    // The chain is hashed on a second connection of its own meanwhile (a
    // connection belongs to the thread that opened it): the two halves take
    // about as long, and a book's verification is waited for.
    std::atomic_bool cancel { false };
    std::atomic_bool chainDone { false };
    std::atomic<int> chainPerMille { 0 };
    std::optional<AuditVerification> chain;
    const QString location = db.location();
    std::jthread chainThread([&] {
        try {
            const auto own = Database::open(location, Database::OpenMode::MustExist);
            chain = AuditLog(*own, userName).verify([&](qint64 done, qint64 total) {
                chainPerMille = total > 0 ? int(done * 1000 / total) : 1000;
                return !cancel.load();
            });
        } catch (const Error &) {
            chain.reset(); // no second connection: the chain follows on this one
        }
        chainDone = true;
    });
    int proofPerMille = 0;
    auto report = [&] {
        const int value
            = (chainPerMille.load() * chainShare + proofPerMille * (1000 - chainShare)) / 1000;
        if (progress && !progress(value))
            cancel = true;
        return !cancel.load();
    };
    BookVerification out;
    try {
        out.proof = BookProof(db).run(head, [&](int step, const QString &) {
            proofPerMille = step * 1000 / BookProof::steps;
            return report();
        });
    } catch (...) {
        cancel = true;
        throw; // the thread is joined on the way out
    }
    while (!chainDone.load()) {
        report();
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
    }
    chainThread.join();
    if (chain) {
        out.chain = *chain;
    } else {
        out.chain = AuditLog(db, userName).verify([&](qint64 done, qint64 total) {
            chainPerMille = total > 0 ? int(done * 1000 / total) : 1000;
            return report();
        });
    }
    return out;
}

} // namespace Accrue
