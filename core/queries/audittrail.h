#pragma once

#include "domain/auditlist.h"
#include "domain/listwindow.h"

#include <QStringList>
#include <functional>
#include <vector>

namespace Accrue {

class Database;

// The Audit Log viewer's query API: the records a filter selects, a window
// at a time (the viewer never holds the whole trail), and the users and
// entities its filter offers. The trail spans every tenant, so each read
// refuses a connection scoped below the root (Error, PermissionDenied), on
// the GUI's connection and a worker's alike. Who may open the viewer at all
// is AuditAccess's (it needs the session's role).
class AuditTrail final
{
public:
    explicit AuditTrail(Database &db);

    qint64 count(const AuditListFilter &filter);
    // In sequence order: newest first unless the filter says oldestFirst.
    std::vector<AuditListRow> records(const AuditListFilter &filter,
                                      const ListWindow<AuditListRow> &window);
    // Every selected record in list order, one at a time (exports); stop by
    // returning false.
    void forEach(const AuditListFilter &filter,
                 const std::function<bool(const AuditListRow &)> &visit);
    // Where record `seq` stands in the filtered list (0 = the top), or -1
    // when the filter leaves it out.
    qint64 rowOf(const AuditListFilter &filter, qint64 seq);
    QStringList userNames();
    QStringList entities();
    // What each read checks first: throws below the root.
    void requireWholeBook();

private:
    Database &m_db;
};

} // namespace Accrue
