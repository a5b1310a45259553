#include "storage/changenotifier.h"

#include "storage/database.h"

#include <QSqlDriver>
#include <QSqlQuery>

namespace Accrue {

namespace {
const QString channel = QStringLiteral("accrue_changes");
} // namespace

ChangeNotifier::ChangeNotifier(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{
    if (db.dialect() == Database::Dialect::Sqlite) {
        m_lastVersion = dataVersion();
        return;
    }
    QSqlDriver *driver = db.connection().driver();
    m_listening = driver->subscribeToNotification(channel);
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString &name, QSqlDriver::NotificationSource source,
                   const QVariant &payload) {
                if (name != channel || source == QSqlDriver::SelfSource)
                    return;
                const QString text = payload.toString();
                const qsizetype colon = text.indexOf(u':');
                if (colon <= 0)
                    return;
                emit rowChanged(text.left(colon), text.mid(colon + 1).toLongLong());
            });
}

ChangeNotifier::~ChangeNotifier()
{
    if (m_listening && m_db.connection().isOpen())
        m_db.connection().driver()->unsubscribeFromNotification(channel);
}

qint64 ChangeNotifier::dataVersion()
{
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral("PRAGMA data_version")) && q.next())
        return q.value(0).toLongLong();
    return -1;
}

void ChangeNotifier::poll()
{
    if (m_db.dialect() != Database::Dialect::Sqlite)
        return;
    const qint64 version = dataVersion();
    if (version != m_lastVersion) {
        m_lastVersion = version;
        emit changedElsewhere();
    }
}

} // namespace Accrue
