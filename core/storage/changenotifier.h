#pragma once

#include <QObject>
#include <QSet>
#include <QString>

namespace Accrue {

class Database;

// Tells an open client that another one changed the book. On PostgreSQL the
// triggers from migration 4 send "table:id" on the accrue_changes channel at
// commit and the driver delivers them through the event loop (LISTEN via
// QSqlDriver::subscribeToNotification). SQLite has no such channel; its
// PRAGMA data_version moves when another connection commits, which is cheap
// enough to poll whenever the window regains focus.
class ChangeNotifier final : public QObject
{
    Q_OBJECT

public:
    explicit ChangeNotifier(Database &db, QObject *parent = nullptr);
    ~ChangeNotifier() override;

    // SQLite: compares data_version with the last poll and emits
    // changedElsewhere() when another connection committed since. A no-op
    // on PostgreSQL, where notifications arrive by themselves.
    void poll();
    bool listening() const { return m_listening; }

signals:
    // A row another client changed ("invoice", 42). Own changes are not
    // reported: the page that made them has refreshed already.
    void rowChanged(const QString &table, qint64 id);
    // Something changed, we cannot tell what (SQLite).
    void changedElsewhere();

private:
    qint64 dataVersion();

    Database &m_db;
    bool m_listening = false;
    qint64 m_lastVersion = -1;
};

} // namespace Accrue
