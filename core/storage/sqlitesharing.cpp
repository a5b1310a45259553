#include "storage/sqlitesharing.h"

#include "common/error.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QThread>
#include <limits>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <fcntl.h>
#include <pwd.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>
#endif

namespace Accrue {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Accrue::SqliteSharing", text);
}

} // namespace

QString SqliteSharing::lockPath(const QString &bookPath)
{
    return bookPath + QStringLiteral("-lock");
}

#ifdef Q_OS_UNIX

SqliteSharing::SqliteSharing(const QString &bookPath, int waitMs)
{
    const QByteArray path = QFile::encodeName(lockPath(bookPath));
    m_fd = ::open(path.constData(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (m_fd >= 0)
        m_createdPath = lockPath(bookPath);
    else if (errno == EEXIST)
        m_fd = ::open(path.constData(), O_RDWR | O_CLOEXEC);
    if (m_fd < 0 && (errno == EACCES || errno == EROFS))
        m_fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC); // read-only folder
    if (m_fd < 0)
        return; // a read-only folder without the file: nobody can write WAL there either
    // Polls rather than blocks: a closing process holds the lock exclusively
    // only while it checkpoints, and a wait without end would hang the app.
    QDeadlineTimer deadline(waitMs);
    while (::flock(m_fd, LOCK_SH | LOCK_NB) != 0) {
        if (errno != EWOULDBLOCK && errno != EINTR) {
            ::close(m_fd);
            m_fd = -1;
            return; // a file system without flock (some network mounts)
        }
        if (deadline.hasExpired()) {
            ::close(m_fd);
            m_fd = -1;
            throw Error(tr("%1 is being closed by another program; try again in a moment")
                            .arg(QDir::toNativeSeparators(bookPath)));
        }
        QThread::msleep(20);
    }
}

SqliteSharing::~SqliteSharing()
{
    if (m_fd >= 0)
        ::close(m_fd); // releases the flock
}

void SqliteSharing::removeIfCreated()
{
    if (!m_createdPath.isEmpty())
        QFile::remove(m_createdPath);
    m_createdPath.clear();
}

bool SqliteSharing::becomeLastOneOut()
{
    if (m_fd < 0)
        return false;
    return ::flock(m_fd, LOCK_EX | LOCK_NB) == 0;
}

namespace {

// The pid holding a POSIX write lock on byte `offset` of `path`, from
// /proc/locks (Linux). Never opens `path`: an open and close here would
// drop this process's own SQLite locks on it.
qint64 posixWriteLockHolder(const QString &path, qint64 offset)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return 0;
    QFile locks(QStringLiteral("/proc/locks"));
    if (!locks.open(QIODevice::ReadOnly | QIODevice::Text))
        return 0;
    const QByteArray id = QByteArray::number(quint64(major(st.st_dev)), 16).rightJustified(2, '0')
        + ':' + QByteArray::number(quint64(minor(st.st_dev)), 16).rightJustified(2, '0') + ':'
        + QByteArray::number(quint64(st.st_ino));
    // /proc files report a size of 0: read to the end, not up to a size.
    for (const QByteArray &line : locks.readAll().split('\n')) {
        // "1: POSIX  ADVISORY  WRITE 4711 08:01:1234 120 120"
        const QList<QByteArray> f = line.simplified().split(' ');
        if (f.size() < 8 || f.at(1) != "POSIX" || f.at(3) != "WRITE" || f.at(5) != id)
            continue;
        const qint64 start = f.at(6).toLongLong();
        const qint64 end
            = f.at(7) == "EOF" ? std::numeric_limits<qint64>::max() : f.at(7).toLongLong();
        if (start <= offset && offset <= end)
            return f.at(4).toLongLong();
    }
    return 0;
}

QString describeProcess(qint64 pid)
{
    QFile comm(QStringLiteral("/proc/%1/comm").arg(pid));
    QString name
        = comm.open(QIODevice::ReadOnly) ? QString::fromUtf8(comm.readAll()).trimmed() : QString();
    name.remove(QRegularExpression(QStringLiteral("[\\x00-\\x1f\\x7f]")));
    QString user;
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(QStringLiteral("/proc/%1").arg(pid)).constData(), &st) == 0)
        if (const passwd *pw = ::getpwuid(st.st_uid))
            user = QString::fromLocal8Bit(pw->pw_name);
    if (name.isEmpty())
        name = tr("another program");
    return user.isEmpty() ? tr("%1 (process %2)").arg(name).arg(pid)
                          : tr("%1 (process %2, user %3)").arg(name).arg(pid).arg(user);
}

} // namespace

QString SqliteSharing::writerDescription(const QString &bookPath)
{
    // WAL mode: the writer holds byte 120 of the -shm file (WAL_WRITE_LOCK);
    // rollback mode: the RESERVED byte just past 1 GiB of the book itself.
    qint64 pid = posixWriteLockHolder(bookPath + QStringLiteral("-shm"), 120);
    if (pid == 0)
        pid = posixWriteLockHolder(bookPath, 0x40000001);
    if (pid == 0 || pid == QCoreApplication::applicationPid())
        return {};
    return describeProcess(pid);
}

#else // Windows: locks are per handle; nothing to guard.

SqliteSharing::SqliteSharing(const QString &, int)
{
}
SqliteSharing::~SqliteSharing() = default;
void SqliteSharing::removeIfCreated()
{
}
void SqliteSharing::removeIfCreated()
{
    if (!m_createdPath.isEmpty())
        QFile::remove(m_createdPath);
    m_createdPath.clear();
}

bool SqliteSharing::becomeLastOneOut()
{
    return true;
}
QString SqliteSharing::writerDescription(const QString &)
{
    return {};
}

#endif

} // namespace Accrue
