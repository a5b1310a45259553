#include "storage/auditrepository.h"

#include "storage/database.h"
#include "storage/documentrows.h"
#include "storage/sqlquery.h"

namespace Accrue {

AuditRepository::AuditRepository(Database &db)
    : m_db(db)
{
}

AuditRepository::Head AuditRepository::head()
{
    SqlQuery q = m_db.query(QStringLiteral("SELECT seq, hash FROM audit_head WHERE id = 1"));
    q.exec();
    if (!q.next())
        return { 0, AuditRecord::genesisHash() };
    return { q.int64(0), q.text(1) };
}

AuditRepository::Head AuditRepository::lockHead()
{
    if (m_db.dialect() == Database::Dialect::Sqlite)
        return head();
    SqlQuery q
        = m_db.query(QStringLiteral("SELECT seq, hash FROM audit_head WHERE id = 1 FOR UPDATE"));
    q.exec();
    q.next();
    return { q.int64(0), q.text(1) };
}

void AuditRepository::setHead(const Head &head)
{
    m_db.query(QStringLiteral("UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1"))
        .bindAll(head.seq, head.hash)
        .exec();
}

void AuditRepository::insert(const AuditRecord &r)
{
    SqlQuery q = m_db.query(DocumentRows::auditLog().insertSql(false));
    BoundRow row(q);
    DocumentRows::auditRecord(row, r);
    q.exec();
}

void AuditRepository::forEach(const std::function<bool(const AuditRecord &)> &visit)
{
    SqlQuery q = m_db.query(QStringLiteral(
        "SELECT seq, at, user_name, action, entity, entity_id, before_json, after_json, "
        "prev_hash, hash, os_user FROM audit_log ORDER BY seq"));
    q.exec();
    AuditRecord r;
    while (q.next()) {
        r.seq = q.int64(0);
        r.at = q.text(1);
        r.userName = q.text(2);
        r.action = q.text(3);
        r.entity = q.text(4);
        r.entityId = q.text(5);
        r.beforeJson = q.text(6);
        r.afterJson = q.text(7);
        r.prevHash = q.text(8);
        r.hash = q.text(9);
        r.osUser = q.text(10);
        if (!visit(r))
            break;
    }
}

qint64 AuditRepository::count()
{
    return m_db.query(QStringLiteral("SELECT COUNT(*) FROM audit_log")).scalar().toLongLong();
}

} // namespace Accrue
