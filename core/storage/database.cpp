#include "storage/database.h"

#include "common/error.h"
#include "storage/migrations.h"
#include "storage/sqlitesharing.h"
#include "storage/sqlquery.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>
#include <libpq-fe.h>
#include <sqlite3.h>

namespace Accrue {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Accrue::Database", text);
}

// Passwords typed in or read from the keychain this session, by keychain key,
// so worker threads can open their own connections without asking again.
// Memory only: never written anywhere.
QMutex passwordMutex;
QHash<QString, QString> &sessionPasswords()
{
    static QHash<QString, QString> passwords;
    return passwords;
}

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("accrue-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

Database::Database(Dialect dialect, QString connectionName, QString displayName)
    : m_dialect(dialect)
    , m_connectionName(std::move(connectionName))
    , m_displayName(std::move(displayName))
{
}

Database::~Database()
{
    if (m_pgCancel)
        PQfreeCancel(static_cast<PGcancel *>(m_pgCancel));
    m_statements.clear();
    // Only the last connection anywhere checkpoints and removes the WAL on
    // closing (see SqliteSharing); the others leave it to that one.
    if (m_sharing && m_sharing->becomeLastOneOut())
        setCheckpointOnClose(true);
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

void Database::setCheckpointOnClose(bool on)
{
    if (auto *handle = static_cast<sqlite3 *>(sqliteHandle()))
        sqlite3_db_config(handle, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, on ? 0 : 1, nullptr);
}

bool Database::isPostgresUrl(const QString &location)
{
    // URL schemes are case-insensitive (RFC 3986): POSTGRESQL:// is a server
    // address too, never a file name that slips past the password check.
    return location.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || location.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

QString Database::defaultLocation()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("accrue.sqlite"));
}

void Database::refusePasswordInArguments(const QString &location)
{
    // Tolerant: an address that is otherwise malformed still must not carry one.
    if (isPostgresUrl(location) && !QUrl(location, QUrl::TolerantMode).password().isEmpty())
        throw Error(tr("Leave the password out of %1: anyone on this computer can read a "
                       "program's command line. Use PGPASSWORD, ~/.pgpass or the keychain "
                       "(accrue-cli password set --password-stdin).")
                        .arg(withoutPassword(location)));
}

QString Database::withoutPassword(const QString &location)
{
    return isPostgresUrl(location) ? QUrl(location).toString(QUrl::RemovePassword) : location;
}

std::unique_ptr<Database> Database::open(const QString &location, OpenMode mode,
                                         const QString &password)
{
    if (isPostgresUrl(location))
        return openPostgres(location, password);
    return openSqlite(location, mode);
}

std::unique_ptr<Database> Database::openPostgres(const QString &location, const QString &password)
{
    const PostgresAddress address = PostgresAddress::parse(location);
    if (!address.unknownOption.isEmpty())
        throw Error(tr("Unknown connection option “%1” in %2 (known: sslmode, sslrootcert, "
                       "connect_timeout, application_name, options, host, port)")
                        .arg(address.unknownOption, withoutPassword(location)));
    if (!address.valid)
        throw Error(tr("Not a valid PostgreSQL address: %1 (expected "
                       "postgresql://user@host:port/database?sslmode=…)")
                        .arg(withoutPassword(location)));
    std::unique_ptr<Database> result(
        new Database(Dialect::Postgres, nextConnectionName(), withoutPassword(location)));
    result->m_location = location;
    QString secret = password.isEmpty() ? address.password : password;
    if (secret.isEmpty()) {
        QMutexLocker lock(&passwordMutex);
        secret = sessionPasswords().value(address.keychainKey());
    }
    result->m_address = address;
    QString error;
    {
        // The handle goes out of scope before an error unwinds, so
        // removing the connection never warns "still in use".
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), result->m_connectionName);
        db.setHostName(address.host);
        db.setPort(address.port);
        db.setUserName(address.user);
        // Empty: libpq falls back to PGPASSWORD and ~/.pgpass on its own.
        db.setPassword(secret);
        db.setDatabaseName(address.database);
        QStringList options;
        auto opts = address.options;
        if (!opts.contains(QStringLiteral("application_name")))
            opts.insert(QStringLiteral("application_name"), QStringLiteral("accrue"));
        for (auto it = opts.cbegin(); it != opts.cend(); ++it)
            options << it.key() + u'=' + it.value();
        db.setConnectOptions(options.join(u';'));
        if (!db.open())
            error = db.lastError().text();
    }
    if (!error.isNull()) {
        const bool needsPassword = error.contains(QLatin1String("password"), Qt::CaseInsensitive);
        throw Error(needsPassword ? tr("%1 needs a password (none given, or it was refused)")
                                        .arg(result->displayName())
                                  : tr("Cannot connect to %1").arg(result->displayName()),
                    error, needsPassword ? Error::Kind::PasswordRequired : Error::Kind::General);
    }
    if (!secret.isEmpty()) {
        QMutexLocker lock(&passwordMutex);
        sessionPasswords().insert(address.keychainKey(), secret);
    }
    // libpq prints server NOTICEs on stderr; a desktop app and a CLI whose
    // output is parsed want warnings and errors only.
    result->execute(QStringLiteral("SET client_min_messages TO warning"));
    const QVariant handle = result->connection().driver()->handle();
    if (QByteArray(handle.typeName()).contains("conn"))
        result->m_pgCancel = PQgetCancel(*static_cast<PGconn *const *>(handle.data()));
    result->m_dbUser = result->queryCurrentUser();
    return result;
}

std::unique_ptr<Database> Database::openSqlite(const QString &location, OpenMode mode)
{
    const QString name = nextConnectionName();
    const QFileInfo info(location);
    if (mode == OpenMode::MustExist && !info.exists())
        throw Error(tr("Book not found: %1 (create it with accrue-cli init)")
                        .arg(QDir::toNativeSeparators(location)));
    if (info.exists() && !info.isFile())
        throw Error(tr("Not a book file: %1").arg(QDir::toNativeSeparators(location)));
    if (!info.exists() && !QDir().mkpath(info.absolutePath()))
        throw Error(
            tr("Cannot create the folder %1").arg(QDir::toNativeSeparators(info.absolutePath())));
    // SQLite needs to write the book and, beside it, its write-ahead log.
    if (info.exists() && (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable()))
        throw Error(tr("%1 is read-only: Accrue needs to write to the book and to its folder "
                       "(check their permissions, or copy the book somewhere writable)")
                        .arg(QDir::toNativeSeparators(info.absoluteFilePath())));

    std::unique_ptr<Database> result(
        new Database(Dialect::Sqlite, name, QDir::toNativeSeparators(info.absoluteFilePath())));
    result->m_location = location;
    // Before SQLite opens the file, so that a process closing it meanwhile
    // finishes its checkpoint first.
    result->m_sharing = std::make_unique<SqliteSharing>(info.absoluteFilePath());
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(location);
        // A writer waits this long for another one to finish before it says
        // the book is busy (ACCRUE_BUSY_TIMEOUT_MS for scripts and tests).
        bool set = false;
        const int busyMs = qEnvironmentVariableIntValue("ACCRUE_BUSY_TIMEOUT_MS", &set);
        db.setConnectOptions(
            QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(set && busyMs >= 0 ? busyMs : 10000));
        if (!db.open())
            error = db.lastError().text();
    }
    if (!error.isNull())
        throw Error(tr("Cannot open %1").arg(result->displayName()), error);
    result->m_sqlite = result->sqliteHandle();
    result->setCheckpointOnClose(false);
    try {
        result->configureSqlite(mode);
    } catch (const Error &) {
        result->m_sharing->removeIfCreated();
        throw;
    }
    return result;
}

QString Database::queryCurrentUser()
{
    QSqlQuery q(connection());
    if (q.exec(QStringLiteral("SELECT current_user")) && q.next())
        return q.value(0).toString();
    return {};
}

QString Database::containsText(const QString &column) const
{
    // SQLite's LIKE already ignores ASCII case and LOWER() folds only ASCII;
    // PostgreSQL's ILIKE folds every script.
    return column
        + (m_dialect == Dialect::Postgres ? QStringLiteral(" ILIKE ?") : QStringLiteral(" LIKE ?"));
}

void Database::setTenantScope(const TenantScope &scope, ScopeFilter filter)
{
    m_tenantScope = scope;
    m_scopeInCore = m_dialect == Dialect::Sqlite || filter == ScopeFilter::InCore;
    // Unrestricted: customerScope() adds nothing, whatever the table holds.
    if (!m_scopeInCore || !scope.isRestricted())
        return;
    // TEMP: this connection's alone, gone when it closes.
    execute(
        QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS accrue_scope (tenant_id BIGINT NOT NULL)"));
    query(QStringLiteral("DELETE FROM %1").arg(scopeTable())).exec();
    query(QStringLiteral("INSERT INTO %1 (tenant_id) VALUES (?)").arg(scopeTable()))
        .bind(scope.tenantId)
        .exec();
}

QString Database::scopeTable() const
{
    return m_dialect == Dialect::Sqlite ? QStringLiteral("temp.accrue_scope")
                                        : QStringLiteral("pg_temp.accrue_scope");
}

QString Database::customerScope(const QString &customerColumn) const
{
    if (!m_tenantScope.isRestricted() || !m_scopeInCore)
        return {};
    return QStringLiteral(" AND ") + customerColumn
        + QStringLiteral(" IN (SELECT sc.id FROM customer sc JOIN tenant_path sp"
                         " ON sp.descendant_id = sc.tenant_id"
                         " WHERE sp.ancestor_id = (SELECT tenant_id FROM %1))")
              .arg(scopeTable());
}

QString Database::containsPattern(QString text)
{
    text.remove(QLatin1Char('%')).remove(QLatin1Char('_'));
    return u'%' + text.trimmed() + u'%';
}

void Database::configureSqlite(OpenMode mode)
{
    // Look before changing anything: a file that is not SQLite, someone
    // else's SQLite database, or an empty file where a book should be is
    // refused as it was found, not switched to WAL first.
    int tables = 0;
    bool accrue = false;
    try {
        tables = query(QStringLiteral("SELECT COUNT(*) FROM sqlite_master")).scalar().toInt();
        accrue = query(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' "
                                      "AND name = 'schema_version'"))
                     .scalar()
                     .toInt()
            > 0;
    } catch (const Error &e) {
        throw Error(tr("%1 is not an Accrue book (or it is damaged)").arg(m_displayName),
                    e.detail());
    }
    if (tables > 0 && !accrue)
        throw Error(tr("%1 is not an Accrue book").arg(m_displayName));
    if (tables == 0 && mode == OpenMode::MustExist)
        throw Error(tr("%1 is empty, not an Accrue book (create one with accrue-cli init)")
                        .arg(m_displayName));
    execute(QStringLiteral("PRAGMA journal_mode=WAL"));
    execute(QStringLiteral("PRAGMA foreign_keys=ON"));
    execute(QStringLiteral("PRAGMA synchronous=NORMAL"));
}

void *Database::sqliteHandle() const
{
    if (m_dialect != Dialect::Sqlite)
        return nullptr;
    const QVariant handle = connection().driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<void *const *>(handle.data());
}

void Database::interrupt()
{
    if (m_sqlite)
        sqlite3_interrupt(static_cast<sqlite3 *>(m_sqlite));
    if (m_pgCancel) {
        char error[256];
        PQcancel(static_cast<PGcancel *>(m_pgCancel), error, int(sizeof error));
    }
}

SqlQuery Database::query(const QString &sql)
{
    auto it = m_statements.constFind(sql);
    if (it != m_statements.constEnd() && !m_inUse.value(sql)) {
        m_inUse.insert(sql, true);
        return SqlQuery(this, it.value(), sql, true);
    }
    auto q = std::make_shared<QSqlQuery>(connection());
    q->setForwardOnly(true);
    // SUM() over BIGINT is NUMERIC in PostgreSQL; read it as int64, never double.
    q->setNumericalPrecisionPolicy(QSql::LowPrecisionInt64);
    if (!q->prepare(sql))
        throw Error(tr("The book refused a change"), q->lastError().text() % u"\n" % sql);
    if (it != m_statements.constEnd()) // same SQL already running (nested use): a one-off
        return SqlQuery(this, q, sql, false);
    m_statements.insert(sql, q);
    m_inUse.insert(sql, true);
    return SqlQuery(this, q, sql, true);
}

void Database::release(const QString &sql)
{
    m_inUse.insert(sql, false);
}

void Database::execute(const QString &sql)
{
    QSqlQuery q(connection());
    if (!q.exec(sql))
        throwStatementError(q.lastError(), sql);
}

void Database::throwStatementError(const QSqlError &error, const QString &sql) const
{
    const QString detail = error.text() % u"\n" % sql;
    const QString code = error.nativeErrorCode();
    const int sqliteCode = m_dialect == Dialect::Sqlite ? code.toInt() & 0xff : 0;
    // SQLITE_BUSY/LOCKED after the busy timeout; PostgreSQL lock_not_available,
    // deadlock_detected.
    if (sqliteCode == SQLITE_BUSY || sqliteCode == SQLITE_LOCKED || code == QLatin1String("55P03")
        || code == QLatin1String("40P01")) {
        const QString who = m_dialect == Dialect::Sqlite
            ? SqliteSharing::writerDescription(m_location)
            : QString();
        throw Error(who.isEmpty() ? tr("The book %1 is busy: someone else is writing to it. "
                                       "Try again when they have finished.")
                                        .arg(m_displayName)
                                  : tr("The book %1 is in use by %2, which is writing to it. "
                                       "Try again when it has finished.")
                                        .arg(m_displayName, who),
                    detail, Error::Kind::Busy);
    }
    if (sqliteCode == SQLITE_READONLY)
        throw Error(tr("The book %1 is read-only: check the permissions of the file and its "
                       "folder.")
                        .arg(m_displayName),
                    detail);
    if (sqliteCode == SQLITE_FULL || code == QLatin1String("53100"))
        throw Error(tr("The disk holding %1 is full.").arg(m_displayName), detail);
    if (sqliteCode == SQLITE_CONSTRAINT || code.startsWith(QLatin1String("23")))
        throw Error(tr("The book refused the change because it breaks one of its rules "
                       "(a required value is missing, a value is out of range or already "
                       "used)."),
                    detail);
    if (sqliteCode == SQLITE_CORRUPT || sqliteCode == SQLITE_NOTADB)
        throw Error(tr("%1 is damaged or is not an Accrue book.").arg(m_displayName), detail);
    throw Error(tr("The book %1 could not carry out a request.").arg(m_displayName), detail);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

void Database::begin()
{
    if (m_depth++ > 0)
        return;
    ++m_transactionSerial;
    m_rollbackOnly = false;
    // IMMEDIATE takes SQLite's write lock up front, so two processes never
    // deadlock upgrading read locks; PostgreSQL locks rows as it goes.
    try {
        execute(m_dialect == Dialect::Sqlite ? QStringLiteral("BEGIN IMMEDIATE")
                                             : QStringLiteral("BEGIN"));
    } catch (...) {
        m_depth = 0;
        throw;
    }
}

void Database::commit()
{
    Q_ASSERT(m_depth > 0);
    if (m_rollbackOnly) {
        rollback();
        throw Error(tr("The change was rolled back because part of it failed"));
    }
    if (m_depth > 1) {
        --m_depth;
        return;
    }
    try {
        // Still inside the transaction (depth 1) while the work runs.
        for (auto work = std::exchange(m_beforeCommit, {}); auto &step : work)
            step();
    } catch (...) {
        rollback();
        throw;
    }
    --m_depth;
    try {
        execute(QStringLiteral("COMMIT"));
    } catch (...) {
        m_afterCommit.clear();
        m_pendingNotices.clear();
        QSqlQuery q(connection());
        q.exec(QStringLiteral("ROLLBACK"));
        throw;
    }
    for (const QString &notice : std::exchange(m_pendingNotices, {}))
        if (!m_notices.contains(notice))
            m_notices << notice;
    for (auto work = std::exchange(m_afterCommit, {}); auto &step : work)
        step();
}

void Database::rollback()
{
    Q_ASSERT(m_depth > 0);
    if (--m_depth > 0) {
        m_rollbackOnly = true;
        return;
    }
    m_rollbackOnly = false;
    m_beforeCommit.clear();
    m_afterCommit.clear();
    m_pendingNotices.clear();
    QSqlQuery q(connection());
    q.exec(QStringLiteral("ROLLBACK")); // best effort: the error we are unwinding matters more
}

void Database::beforeCommit(std::function<void()> work)
{
    Q_ASSERT(m_depth > 0);
    m_beforeCommit.push_back(std::move(work));
}

void Database::addNotice(const QString &text)
{
    // Only postings raise notices, and a posting is always part of a unit of
    // work (JournalRepository::insert requires one): the notice lives and
    // dies with it.
    Q_ASSERT(m_depth > 0);
    if (!m_pendingNotices.contains(text))
        m_pendingNotices << text;
}

void Database::afterCommit(std::function<void()> work)
{
    Q_ASSERT(m_depth > 0);
    m_afterCommit.push_back(std::move(work));
}

int Database::latestSchemaVersion()
{
    return Migrations::latestVersion();
}

int Database::schemaVersion()
{
    return Migrations::currentVersion(*this);
}

void Database::checkSchema()
{
    const int current = schemaVersion();
    if (current > latestSchemaVersion())
        throw Error(tr("%1 was written by a newer Accrue (schema %2; this version knows up to %3)")
                        .arg(m_displayName)
                        .arg(current)
                        .arg(latestSchemaVersion()));
    if (current < 1)
        throw Error(
            tr("%1 is not an initialised Accrue book (run accrue-cli init)").arg(m_displayName));
    if (current < latestSchemaVersion())
        throw Error(tr("%1 needs an upgrade from schema %2 to %3 (run accrue-cli init)")
                        .arg(m_displayName)
                        .arg(current)
                        .arg(latestSchemaVersion()));
}

void Database::migrate()
{
    Migrations::apply(*this);
}

} // namespace Accrue
