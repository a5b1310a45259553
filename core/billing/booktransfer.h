#pragma once

#include "storage/bookcopier.h"

namespace Accrue {

// A whole book copied to a new one (SQLite to PostgreSQL when a team starts,
// and back) and proven: BookCopier's row counts, money sums and balanced
// journal, then the audit trail's hash chain verified on the copy.
class BookTransfer final
{
public:
    struct Result
    {
        BookCopier::Result copy;
        qint64 auditRecords = 0; // records whose chain verified on the target
    };

    // Progress: the table being copied and rows done so far in it.
    static Result run(Database &from, Database &to,
                      const std::function<void(const QString &, qint64)> &progress = {});
};

} // namespace Accrue
