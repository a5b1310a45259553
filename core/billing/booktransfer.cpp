#include "billing/booktransfer.h"

#include "common/error.h"
#include "security/auditlog.h"

#include <QCoreApplication>

namespace Accrue {

BookTransfer::Result BookTransfer::run(Database &from, Database &to,
                                       const std::function<void(const QString &, qint64)> &progress)
{
    Result result;
    result.copy = BookCopier(from, to).copy(progress);
    const AuditVerification audit = AuditLog(to, QString()).verify();
    if (!audit.ok)
        throw Error(QCoreApplication::translate("Accrue::BookCopier",
                                                "The copied audit trail does not verify at "
                                                "record %1: %2")
                        .arg(audit.brokenSeq)
                        .arg(audit.problem));
    result.auditRecords = audit.checked;
    return result;
}

} // namespace Accrue
