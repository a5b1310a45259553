#include "reports/audittrailreport.h"

#include "reports/reporttable.h"
#include "storage/auditrepository.h"
#include "storage/tenantrepository.h"

#include <QCoreApplication>

namespace Accrue {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Accrue::AuditTrailReport", text);
}
} // namespace

AuditTrailReport::AuditTrailReport(Database &db)
    : m_db(db)
{
}

void AuditTrailReport::run(const AuditListFilter &filter, ReportSink &sink)
{
    using Type = ReportColumn::Type;
    // Before the header goes out: a refused user gets no empty file.
    TenantRepository(m_db).requireWholeBook(tr("the audit trail"));
    sink.begin(tr("Audit trail"),
               { { QStringLiteral("seq"), tr("Record"), Type::Integer },
                 { QStringLiteral("at"), tr("At (UTC)"), Type::Text },
                 { QStringLiteral("user"), tr("User"), Type::Text },
                 { QStringLiteral("os_user"), tr("OS login"), Type::Text },
                 { QStringLiteral("action"), tr("Action"), Type::Text },
                 { QStringLiteral("entity"), tr("Entity"), Type::Text },
                 { QStringLiteral("entity_id"), tr("Record id"), Type::Text },
                 { QStringLiteral("before"), tr("Before"), Type::Text },
                 { QStringLiteral("after"), tr("After"), Type::Text } });
    AuditRepository(m_db).forEach(filter, [&sink](const AuditListRow &r) {
        sink.row({ r.id, r.at, r.userName, r.osUser, r.action, r.entity, r.entityId, r.beforeJson,
                   r.afterJson });
        return true;
    });
    sink.end();
}

} // namespace Accrue
