#include "billing/auditaccess.h"

#include "billing/session.h"

#include <QCoreApplication>

namespace Accrue {

bool AuditAccess::allowed(const Session &session)
{
    return session.role() != Role::Viewer && !session.scope().isRestricted();
}

void AuditAccess::require(const Session &session)
{
    const QString what = QCoreApplication::translate("Accrue::AuditAccess", "the audit trail");
    session.requireWholeBook(what);
    // Admin and Finance: the roles that hold Billing (a customer tenant's
    // user was refused above).
    session.require(Permission::Billing, what);
}

} // namespace Accrue
