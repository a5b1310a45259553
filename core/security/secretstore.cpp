#include "security/secretstore.h"

#include "storage/database.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace Accrue {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Accrue::SecretStore", text);
}

// On freedesktop systems every backend (Secret Service, KWallet) sits behind the
// session bus. Without one, libsecret may try to autolaunch a bus or wait on
// socket timeouts, so it is quicker and more predictable not to start a job.
bool sessionBusMissing()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID)
    return qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS");
#else
    return false;
#endif
}

// QtKeychain reports an unreachable bus or an absent Secret Service daemon as
// OtherError, with only GLib's or QtDBus's message to tell it apart from a
// real failure (locked keyring, corrupt entry), which must not be hidden.
bool isMissingService(const QString &message)
{
    static const char *const markers[] = {
        "org.freedesktop.DBus.Error.ServiceUnknown",
        "org.freedesktop.DBus.Error.NoServer",
        "org.freedesktop.DBus.Error.Spawn",
        "was not provided by any .service files",
        "Cannot autolaunch D-Bus",
        "Cannot spawn a message bus",
        "Could not connect",
        "D-Bus is not running",
        "No keychain service available",
    };
    for (const char *marker : markers) {
        if (message.contains(QLatin1String(marker), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

SecretStore::Result unavailable(const QString &why)
{
    SecretStore::Result result;
    result.keychainUnavailable = true;
    result.error = why;
    return result;
}

SecretStore::Result toResult(QKeychain::Job *job)
{
    SecretStore::Result result;
    switch (job->error()) {
    case QKeychain::NoError:
        result.ok = true;
        if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(job))
            result.password = read->textData();
        return result;
    case QKeychain::EntryNotFound:
        // Removing what is not there leaves the keychain as the caller wants it.
        if (qobject_cast<QKeychain::DeletePasswordJob *>(job)) {
            result.ok = true;
            return result;
        }
        result.notFound = true;
        result.error = tr("no password stored");
        return result;
    case QKeychain::NoBackendAvailable:
        return unavailable(tr("no keychain available: %1").arg(job->errorString()));
    case QKeychain::OtherError:
        if (isMissingService(job->errorString()))
            return unavailable(tr("no keychain available: %1").arg(job->errorString()));
        break;
    default:
        break;
    }
    result.error = job->errorString();
    if (result.error.isEmpty())
        result.error = tr("keychain error %1").arg(int(job->error()));
    return result;
}

// QtKeychain jobs are asynchronous. The job deletes itself once finished, so a
// timed-out job that answers later never touches this stack frame: the
// connection dies with the local event loop.
SecretStore::Result runJob(QKeychain::Job *job, std::chrono::milliseconds timeout)
{
    if (!QCoreApplication::instance()) {
        delete job;
        SecretStore::Result result;
        result.error = tr("the keychain needs a running QCoreApplication");
        return result;
    }
    // Plain-text fallback would put the password in a QSettings file.
    job->setInsecureFallback(false);
    job->setAutoDelete(true);

    QEventLoop loop;
    bool finished = false;
    SecretStore::Result result;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&](QKeychain::Job *done) {
        finished = true;
        result = toResult(done);
        loop.quit();
    });
    QTimer::singleShot(timeout, &loop, &QEventLoop::quit);
    job->start();
    // User input stays queued so a click cannot re-enter the caller while it waits.
    if (!finished)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (!finished)
        result.error = tr("the keychain did not answer in time");
    return result;
}
} // namespace

SecretStore::SecretStore(std::chrono::milliseconds timeout)
    : m_timeout(timeout)
{
}

QString SecretStore::serviceName()
{
    return QStringLiteral("Accrue");
}

QString SecretStore::keyFor(const QString &user, const QString &host, int port,
                            const QString &database)
{
    PostgresAddress address;
    address.user = user;
    address.host = host;
    address.port = port;
    address.database = database;
    return address.keychainKey();
}

SecretStore::Result SecretStore::read(const QString &key)
{
    if (sessionBusMissing())
        return unavailable(tr("no keychain available: no D-Bus session bus"));
    auto *job = new QKeychain::ReadPasswordJob(serviceName());
    job->setKey(key);
    return runJob(job, m_timeout);
}

SecretStore::Result SecretStore::write(const QString &key, const QString &password)
{
    if (sessionBusMissing())
        return unavailable(tr("no keychain available: no D-Bus session bus"));
    auto *job = new QKeychain::WritePasswordJob(serviceName());
    job->setKey(key);
    job->setTextData(password);
    return runJob(job, m_timeout);
}

SecretStore::Result SecretStore::remove(const QString &key)
{
    if (sessionBusMissing())
        return unavailable(tr("no keychain available: no D-Bus session bus"));
    auto *job = new QKeychain::DeletePasswordJob(serviceName());
    job->setKey(key);
    return runJob(job, m_timeout);
}

} // namespace Accrue
