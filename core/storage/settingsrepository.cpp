#include "storage/settingsrepository.h"

#include "storage/database.h"
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

} // namespace Accrue
