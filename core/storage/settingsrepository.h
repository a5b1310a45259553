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
    // Settings people edit carry a version (0: not stored yet). setValueAt
    // writes only over the version the caller read and returns the new one;
    // otherwise Error Kind::Conflict says who changed `what`, and when.
    int version(const QString &key);
    int setValueAt(const QString &key, const QString &value, int expectedVersion,
                   const QString &user, const QString &what);

private:
    Database &m_db;
};

} // namespace Accrue
