#pragma once

#include "security/auditlog.h"
#include "security/bookproof.h"

#include <functional>

namespace Accrue {

class Database;

// `audit verify` whole, for the CLI and Edit > Audit Log > Verify: the hash
// chain (AuditLog::verify), then the books against it (BookProof), which runs
// only on an intact chain.
struct BookVerification
{
    AuditVerification chain;
    BookProofResult proof;
    bool ok() const { return chain.ok && proof.ok(); }
    bool cancelled() const { return chain.cancelled || proof.cancelled; }
};

// `progress` hears per mille done (the chain is the first third or so of the
// work on a large book); returning false cancels.
BookVerification verifyBook(Database &db, const QString &userName,
                            const std::function<bool(int perMille)> &progress = {});

} // namespace Accrue
