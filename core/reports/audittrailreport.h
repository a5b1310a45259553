#pragma once

#include "domain/auditlist.h"

namespace Accrue {

class Database;
class ReportSink;

// The audit records a filter selects, in the viewer's order, with their
// before and after JSON: the Audit Log viewer's CSV export. Streamed, so a
// whole trail goes to a file without being held in memory.
class AuditTrailReport final
{
public:
    explicit AuditTrailReport(Database &db);
    // Throws Error (PermissionDenied) below the root, like every read of the
    // trail (queries/AuditTrail).
    void run(const AuditListFilter &filter, ReportSink &sink);

private:
    Database &m_db;
};

} // namespace Accrue
