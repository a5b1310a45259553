#pragma once

#include <QString>

namespace Accrue {

class Database;

// Book-wide settings as key/value text (JSON documents for structured ones).
class SettingsRepository final
{
public:
    explicit SettingsRepository(Database &db);

    QString value(const QString &key); // null if unset
    void setValue(const QString &key, const QString &value);

private:
    Database &m_db;
};

} // namespace Accrue
