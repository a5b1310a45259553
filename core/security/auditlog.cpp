#include "security/auditlog.h"

#include "common/error.h"
#include "storage/auditrepository.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>

#if defined(Q_OS_WIN)
#include <windows.h>
#else
#include <pwd.h>
#include <unistd.h>
#endif

namespace Accrue {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Accrue::AuditLog", text);
}

// Records between two progress reports of verify().
constexpr qint64 progressStep = 1000;

// "alice", or "alice (OS login bob)" where the record names the login.
QString byWhom(const AuditRecord &record)
{
    if (record.osUser.isEmpty())
        return record.userName;
    return tr("%1 (OS login %2)").arg(record.userName, record.osUser);
}
} // namespace

AuditLog::AuditLog(Database &db, QString userName,
                   std::function<void(const AuditEvent &event)> recorded)
    : m_db(db)
    , m_userName(std::move(userName))
    , m_recorded(std::move(recorded))
{
}

AuditLog::AuditLog(Database &db, QString userName, QString osUser,
                   std::function<void(const AuditEvent &event)> recorded)
    : m_db(db)
    , m_userName(std::move(userName))
    , m_osUser(std::move(osUser))
    , m_recorded(std::move(recorded))
{
}

// The process's account as the OS knows it.
static QString accountName()
{
#if defined(Q_OS_WIN)
    wchar_t buffer[257];
    DWORD size = 257;
    return GetUserNameW(buffer, &size) ? QString::fromWCharArray(buffer) : QString();
#else
    const passwd *entry = getpwuid(geteuid());
    return entry ? QString::fromLocal8Bit(entry->pw_name) : QString();
#endif
}

QString AuditLog::currentUserName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    if (name.isEmpty())
        name = accountName(); // cron, services and containers set neither
    return name.isEmpty() ? QStringLiteral("unknown") : name;
}

QString AuditLog::toJson(const QJsonObject &object)
{
    if (object.isEmpty())
        return {};
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

void AuditLog::append(const QString &action, const QString &entity, const QString &entityId,
                      const QJsonObject &before, const QJsonObject &after)
{
    Q_ASSERT(m_db.inTransaction());
    AuditRecord record;
    record.userName = m_userName;
    record.osUser = m_osUser;
    record.action = action;
    record.entity = entity;
    record.entityId = entityId;
    record.beforeJson = toJson(before);
    record.afterJson = toJson(after);
    // The record joins the chain when the change commits: the head's lock is
    // what serialises every writer, so it is taken as late as possible. It
    // still commits (or vanishes) with the change it describes.
    Database *db = &m_db;
    m_db.beforeCommit([db, record]() mutable {
        AuditRepository repo(*db);
        // Reading the head takes its row lock (PostgreSQL) or is already under
        // the write lock (SQLite): two writers can never extend the same link.
        const AuditRepository::Head head = repo.lockHead();
        record.seq = head.seq + 1;
        record.at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        record.prevHash = head.hash;
        record.hash = record.computeHash();
        repo.insert(record);
        repo.setHead({ record.seq, record.hash });
    });
    if (m_recorded)
        m_recorded(AuditEvent { action, entity, entityId, after });
}

AuditVerification AuditLog::verify(const std::function<bool(qint64 done, qint64 total)> &progress)
{
    AuditRepository repo(m_db);
    // The head first: records appended while we check lie beyond it and
    // are left for the next run, instead of looking like a cut-off tail.
    const AuditRepository::Head head = repo.head();
    AuditVerification result;
    QString expectedPrev = AuditRecord::genesisHash();
    qint64 expectedSeq = 1;
    repo.forEach([&](const AuditRecord &record) {
        if (record.seq > head.seq)
            return false;
        ++result.checked;
        if (!record.osUser.isEmpty())
            ++result.withOsUser;
        auto fail = [&](qint64 seq, const QString &why) {
            result.ok = false;
            result.brokenSeq = seq;
            result.problem = why;
        };
        if (record.seq != expectedSeq)
            fail(expectedSeq,
                 tr("record %1 is missing (next found is %2): a row was deleted")
                     .arg(expectedSeq)
                     .arg(record.seq));
        else if (record.prevHash != expectedPrev)
            fail(record.seq,
                 tr("record %1 does not link to record %2").arg(record.seq).arg(record.seq - 1));
        else if (record.computeHash() != record.hash)
            fail(record.seq,
                 tr("record %1 (%2 %3 %4, by %5) was altered after it was written")
                     .arg(record.seq)
                     .arg(record.action, record.entity, record.entityId, byWhom(record)));
        expectedPrev = record.hash;
        ++expectedSeq;
        // Often enough for a progress bar, rarely enough to cost nothing.
        if (result.ok && progress && result.checked % progressStep == 0
            && !progress(result.checked, head.seq)) {
            result.ok = false;
            result.cancelled = true;
            result.problem = tr("verification cancelled after %1 of %2 records")
                                 .arg(result.checked)
                                 .arg(head.seq);
        }
        return result.ok;
    });
    if (result.cancelled)
        return result;
    if (result.ok && (expectedSeq - 1 != head.seq || expectedPrev != head.hash)) {
        result.ok = false;
        result.brokenSeq = expectedSeq;
        result.problem = tr("the trail ends at record %1 but %2 records were written: "
                            "records at the end were deleted")
                             .arg(expectedSeq - 1)
                             .arg(head.seq);
    }
    if (progress && !result.cancelled)
        progress(result.checked, head.seq);
    return result;
}

} // namespace Accrue
