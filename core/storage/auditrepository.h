#pragma once

#include "domain/auditlist.h"
#include "domain/auditrecord.h"
#include "domain/listwindow.h"

#include <QStringList>
#include <functional>
#include <vector>

namespace Accrue {

class Database;
class SqlQuery;

class AuditRepository final
{
public:
    struct Head
    {
        qint64 seq = 0;
        QString hash;
    };

    explicit AuditRepository(Database &db);

    Head head();
    // Same as head(), locking the row until the transaction ends where the
    // dialect needs it (PostgreSQL: FOR UPDATE).
    Head lockHead();
    void setHead(const Head &head);
    void insert(const AuditRecord &record);
    // Records in sequence order; stop by returning false.
    void forEach(const std::function<bool(const AuditRecord &)> &visit);
    qint64 count();

    // The viewer's reads (AuditTrail): the records a filter selects, counted,
    // a window at a time in sequence order (keyset paging on seq), or all of
    // them streamed (an export); stop by returning false.
    qint64 count(const AuditListFilter &filter);
    std::vector<AuditListRow> page(const AuditListFilter &filter,
                                   const ListWindow<AuditListRow> &window);
    void forEach(const AuditListFilter &filter,
                 const std::function<bool(const AuditListRow &)> &visit);
    // Where record `seq` stands in the filtered list (0 = the top), or -1 when
    // the filter leaves it out: the rows before it are counted through the
    // seq index, so gaps (deleted records) do not mislead.
    qint64 rowOf(const AuditListFilter &filter, qint64 seq);
    // Who wrote records and what they were about, sorted: the filter's choices.
    QStringList userNames();
    QStringList entities();

private:
    QString where(const AuditListFilter &filter) const;
    static void bindFilter(SqlQuery &q, const AuditListFilter &filter);
    static AuditListRow readRow(const SqlQuery &q);

    Database &m_db;
};

} // namespace Accrue
