#include "storage/auditrepository.h"

#include "storage/database.h"
#include "storage/documentrows.h"
#include "storage/keyset.h"
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

namespace {

const QString listSelect = QStringLiteral(
    "SELECT seq, at, user_name, os_user, action, entity, entity_id, before_json, after_json "
    "FROM audit_log");

// Unique, so it is its own tie-breaker.
Keyset keysetOf(const AuditListFilter &filter)
{
    return Keyset(QStringLiteral("seq"), QStringLiteral("seq"), !filter.oldestFirst);
}

// As stored (AuditLog::append): ISO-8601 UTC with milliseconds, which sorts
// as text in time order.
QString storedTime(const QDateTime &instant)
{
    return instant.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

QString AuditRepository::where(const AuditListFilter &f) const
{
    // Each condition is one the indexes of schema 23 answer: (user_name, seq),
    // (entity, entity_id, seq) and (at). The text search reads every row it
    // is given (the other conditions narrow them first).
    QString sql = QStringLiteral(" WHERE 1 = 1");
    if (!f.userName.isEmpty())
        sql += QStringLiteral(" AND user_name = ?");
    if (!f.entity.isEmpty())
        sql += QStringLiteral(" AND entity = ?");
    if (!f.entityId.isEmpty())
        sql += QStringLiteral(" AND entity_id = ?");
    if (f.from.isValid())
        sql += QStringLiteral(" AND at >= ?");
    if (f.until.isValid())
        sql += QStringLiteral(" AND at < ?");
    if (!f.search.trimmed().isEmpty())
        sql += QStringLiteral(" AND (") + m_db.containsText(QStringLiteral("action"))
            + QStringLiteral(" OR ") + m_db.containsText(QStringLiteral("entity_id"))
            + QStringLiteral(" OR ") + m_db.containsText(QStringLiteral("user_name"))
            + QStringLiteral(" OR ") + m_db.containsText(QStringLiteral("before_json"))
            + QStringLiteral(" OR ") + m_db.containsText(QStringLiteral("after_json"))
            + QStringLiteral(")");
    return sql;
}

void AuditRepository::bindFilter(SqlQuery &q, const AuditListFilter &f)
{
    if (!f.userName.isEmpty())
        q.bind(f.userName);
    if (!f.entity.isEmpty())
        q.bind(f.entity);
    if (!f.entityId.isEmpty())
        q.bind(f.entityId);
    if (f.from.isValid())
        q.bind(storedTime(f.from));
    if (f.until.isValid())
        q.bind(storedTime(f.until));
    if (!f.search.trimmed().isEmpty()) {
        const QString pattern = Database::containsPattern(f.search);
        q.bindAll(pattern, pattern, pattern, pattern, pattern);
    }
}

AuditListRow AuditRepository::readRow(const SqlQuery &q)
{
    AuditListRow row;
    row.id = q.int64(0);
    row.at = q.text(1);
    row.userName = q.text(2);
    row.osUser = q.text(3);
    row.action = q.text(4);
    row.entity = q.text(5);
    row.entityId = q.text(6);
    row.beforeJson = q.text(7);
    row.afterJson = q.text(8);
    return row;
}

qint64 AuditRepository::count(const AuditListFilter &filter)
{
    SqlQuery q = m_db.query(QStringLiteral("SELECT COUNT(*) FROM audit_log") + where(filter));
    bindFilter(q, filter);
    return q.scalar().toLongLong();
}

std::vector<AuditListRow> AuditRepository::page(const AuditListFilter &filter,
                                                const ListWindow<AuditListRow> &window)
{
    return readWindow(
        m_db, keysetOf(filter), listSelect + where(filter), window,
        window.anchor ? QVariant(window.anchor->id) : QVariant(),
        [&filter](SqlQuery &q) { bindFilter(q, filter); }, readRow);
}

void AuditRepository::forEach(const AuditListFilter &filter,
                              const std::function<bool(const AuditListRow &)> &visit)
{
    SqlQuery q = m_db.query(listSelect + where(filter) + keysetOf(filter).orderBy());
    bindFilter(q, filter);
    q.exec();
    while (q.next())
        if (!visit(readRow(q)))
            break;
}

qint64 AuditRepository::rowOf(const AuditListFilter &filter, qint64 seq)
{
    SqlQuery in = m_db.query(QStringLiteral("SELECT COUNT(*) FROM audit_log") + where(filter)
                             + QStringLiteral(" AND seq = ?"));
    bindFilter(in, filter);
    in.bind(seq);
    if (in.scalar().toLongLong() == 0)
        return -1;
    SqlQuery before = m_db.query(
        QStringLiteral("SELECT COUNT(*) FROM audit_log") + where(filter)
        + (filter.oldestFirst ? QStringLiteral(" AND seq < ?") : QStringLiteral(" AND seq > ?")));
    bindFilter(before, filter);
    before.bind(seq);
    return before.scalar().toLongLong();
}

QStringList AuditRepository::userNames()
{
    SqlQuery q
        = m_db.query(QStringLiteral("SELECT DISTINCT user_name FROM audit_log ORDER BY user_name"));
    q.exec();
    QStringList names;
    while (q.next())
        names << q.text(0);
    return names;
}

QStringList AuditRepository::entities()
{
    SqlQuery q
        = m_db.query(QStringLiteral("SELECT DISTINCT entity FROM audit_log ORDER BY entity"));
    q.exec();
    QStringList names;
    while (q.next())
        names << q.text(0);
    return names;
}

} // namespace Accrue
