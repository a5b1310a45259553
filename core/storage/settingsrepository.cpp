#include "storage/settingsrepository.h"

#include "storage/database.h"
#include "storage/rowversion.h"
#include "storage/sqlquery.h"

namespace Accrue {

SettingsRepository::SettingsRepository(Database &db)
    : m_db(db)
{
}

QString SettingsRepository::value(const QString &key)
{
    SqlQuery q = m_db.query(QStringLiteral("SELECT value FROM setting WHERE key = ?"));
    q.bind(key).exec();
    return q.next() ? q.text(0) : QString();
}

void SettingsRepository::setValue(const QString &key, const QString &value)
{
    m_db.query(QStringLiteral("INSERT INTO setting (key, value) VALUES (?, ?) "
                              "ON CONFLICT (key) DO UPDATE SET value = excluded.value"))
        .bindAll(key, value)
        .exec();
}

int SettingsRepository::version(const QString &key)
{
    SqlQuery q = m_db.query(QStringLiteral("SELECT version FROM setting WHERE key = ?"));
    q.bind(key).exec();
    return q.next() ? q.value(0).toInt() : 0;
}

int SettingsRepository::setValueAt(const QString &key, const QString &value, int expectedVersion,
                                   const QString &user, const QString &what)
{
    SqlQuery q = expectedVersion == 0
        ? m_db.query(QStringLiteral("INSERT INTO setting (key, value, version, updated_by, "
                                    "updated_at) VALUES (?, ?, 1, ?, ?) ON CONFLICT DO NOTHING"))
        : m_db.query(
            QStringLiteral("UPDATE setting SET value = ?, version = version + 1, "
                           "updated_by = ?, updated_at = ? WHERE key = ? AND version = ?"));
    if (expectedVersion == 0)
        q.bindAll(key, value, user, RowVersion::now()).exec();
    else
        q.bindAll(value, user, RowVersion::now(), key, expectedVersion).exec();
    if (q.rowsAffected() != 1)
        RowVersion::throwStale(m_db, QStringLiteral("setting"), QStringLiteral("key"), key, what);
    return expectedVersion + 1;
}

} // namespace Accrue
