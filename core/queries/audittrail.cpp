#include "queries/audittrail.h"

#include "storage/auditrepository.h"
#include "storage/tenantrepository.h"

#include <QCoreApplication>

namespace Accrue {

AuditTrail::AuditTrail(Database &db)
    : m_db(db)
{
}

void AuditTrail::requireWholeBook()
{
    TenantRepository(m_db).requireWholeBook(
        QCoreApplication::translate("Accrue::AuditTrail", "the audit trail"));
}

qint64 AuditTrail::count(const AuditListFilter &filter)
{
    requireWholeBook();
    return AuditRepository(m_db).count(filter);
}

std::vector<AuditListRow> AuditTrail::records(const AuditListFilter &filter,
                                              const ListWindow<AuditListRow> &window)
{
    requireWholeBook();
    return AuditRepository(m_db).page(filter, window);
}

void AuditTrail::forEach(const AuditListFilter &filter,
                         const std::function<bool(const AuditListRow &)> &visit)
{
    requireWholeBook();
    AuditRepository(m_db).forEach(filter, visit);
}

qint64 AuditTrail::rowOf(const AuditListFilter &filter, qint64 seq)
{
    requireWholeBook();
    return AuditRepository(m_db).rowOf(filter, seq);
}

QStringList AuditTrail::userNames()
{
    requireWholeBook();
    return AuditRepository(m_db).userNames();
}

QStringList AuditTrail::entities()
{
    requireWholeBook();
    return AuditRepository(m_db).entities();
}

} // namespace Accrue
