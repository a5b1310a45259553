#include "storage/bulkload.h"

#include "common/error.h"
#include "storage/database.h"
#include "storage/sqlquery.h"

#include <QSqlRecord>

namespace Accrue {

BulkLoad::BulkLoad(Database &db, const QStringList &tables, Durability durability)
    : m_db(db)
    , m_tables(tables)
{
    const bool sqlite = db.dialect() == Database::Dialect::Sqlite;
    if (sqlite) {
        db.execute(QStringLiteral("PRAGMA journal_mode=DELETE"));
        db.execute(QStringLiteral("PRAGMA cache_size=-262144")); // 256 MiB
        db.execute(QStringLiteral("PRAGMA temp_store=MEMORY")); // index sorts
        db.execute(QStringLiteral("PRAGMA threads=2")); // sorts for the index rebuilds on two cores
        if (durability == Durability::Relaxed)
            db.execute(QStringLiteral("PRAGMA synchronous=OFF"));
    }
    try {
        db.begin();
    } catch (...) {
        restoreJournal();
        throw;
    }
    if (!sqlite) {
        // PostgreSQL: the guard triggers pause for this transaction only
        // (ALTER TABLE is transactional there) and return at commit.
        for (const QString &table : tables)
            db.execute(QStringLiteral("ALTER TABLE %1 DISABLE TRIGGER USER").arg(table));
        // A superuser may also skip the row-by-row foreign-key checks for
        // this transaction, as pg_restore does: the rows come from a book
        // that was consistent, and the loaders verify what they wrote.
        if (db.query(QStringLiteral("SELECT rolsuper FROM pg_roles WHERE rolname = current_user"))
                .scalar()
                .toBool())
            db.execute(QStringLiteral("SET LOCAL session_replication_role = replica"));
        return;
    }
    try {
        QStringList drops;
        for (const QString &table : tables) {
            SqlQuery q = db.query(QStringLiteral(
                "SELECT type, name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') "
                "AND tbl_name = ? AND sql IS NOT NULL"));
            q.bind(table).exec();
            while (q.next()) {
                // Names come from the schema, not from input.
                drops << QStringLiteral("DROP %1 \"%2\"").arg(q.text(0).toUpper(), q.text(1));
                m_schemaSql << q.text(2);
            }
        }
        for (const QString &drop : drops)
            db.execute(drop);
    } catch (...) {
        db.rollback();
        restoreJournal();
        throw;
    }
}

BulkLoad::~BulkLoad()
{
    if (!m_committed) {
        m_db.rollback();
        restoreJournal();
    }
}

void BulkLoad::commit()
{
    for (const QString &sql : m_schemaSql)
        m_db.execute(sql);
    if (m_db.dialect() == Database::Dialect::Postgres) {
        // The tenant lines row-level security reads (schema 21) are set by
        // triggers this load paused: derive them for what it wrote.
        constexpr int tenantLineSchema = 21;
        const bool documents = m_tables.contains(QLatin1String("customer"))
            || m_tables.contains(QLatin1String("invoice"))
            || m_tables.contains(QLatin1String("payment"))
            || m_tables.contains(QLatin1String("credit_note"));
        if (documents && m_db.schemaVersion() >= tenantLineSchema)
            m_db.query(QStringLiteral("SELECT accrue_refresh_tenant_lines()")).exec();
        for (const QString &table : m_tables)
            m_db.execute(QStringLiteral("ALTER TABLE %1 ENABLE TRIGGER USER").arg(table));
        // Rows came with explicit ids: move each identity sequence past them.
        for (const QString &table : m_tables) {
            if (!m_db.connection().record(table).contains(QStringLiteral("id")))
                continue;
            m_db.query(QStringLiteral("SELECT setval(pg_get_serial_sequence(?, 'id'), "
                                      "COALESCE((SELECT MAX(id) FROM %1), 0) + 1, false)")
                           .arg(table))
                .bind(table)
                .scalar();
        }
    }
    m_committed = true;
    try {
        m_db.commit();
    } catch (...) {
        restoreJournal();
        throw;
    }
    restoreJournal();
}

void BulkLoad::restoreJournal()
{
    if (m_db.dialect() != Database::Dialect::Sqlite)
        return;
    try {
        m_db.execute(QStringLiteral("PRAGMA cache_size=-2000"));
        m_db.execute(QStringLiteral("PRAGMA temp_store=DEFAULT"));
        m_db.execute(QStringLiteral("PRAGMA threads=0"));
        m_db.execute(QStringLiteral("PRAGMA synchronous=NORMAL"));
        m_db.execute(QStringLiteral("PRAGMA journal_mode=WAL"));
    } catch (const Error &) {
        // Still a consistent book in rollback-journal mode; WAL returns on the next open.
    }
}

} // namespace Accrue
