#pragma once

#include <QString>

namespace Accrue {

class Session;

// Who may read the audit trail in the viewer: Admin and Finance users of the
// book's root tenant. The trail names every tenant's customers (so a user
// below the root is refused, as by `accrue-cli audit list`), and it is the
// record of who did what, which a Viewer has no business browsing.
class AuditAccess final
{
public:
    static bool allowed(const Session &session);
    // Throws Error (PermissionDenied) naming what was refused.
    static void require(const Session &session);
};

} // namespace Accrue
