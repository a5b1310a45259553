#pragma once

#include "domain/postgresaddress.h"
#include "domain/tenant.h"

#include <QHash>
#include <QMap>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>
#include <utility>
#include <vector>

// QtSql stays behind this header: ui/ includes it and must not see QSql types
// (scripts/check-layers.py); storage's own files include what they use.
class QSqlDatabase;
class QSqlError;
class QSqlQuery;

namespace Accrue {

class SqlQuery;
class SqliteSharing;

// One open book: a SQLite file or a PostgreSQL database. Owns a named
// QSqlDatabase connection (one per Database object, so threads and tests can
// hold their own) and a cache of prepared statements.
class Database final
{
public:
    enum class Dialect { Sqlite, Postgres };
    enum class OpenMode { MustExist, CreateIfMissing };

    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    // Opens `location`: a file path or a postgresql://user@host:port/db URL.
    // `password` (from the keychain or a prompt) wins over one in the URL;
    // with neither, libpq uses PGPASSWORD or ~/.pgpass. Does not migrate; call
    // migrate() or checkSchema(). Throws Error (Kind::PasswordRequired when the
    // server wants a password it did not get).
    static std::unique_ptr<Database> open(const QString &location, OpenMode mode,
                                          const QString &password = {});
    static QString defaultLocation();
    static bool isPostgresUrl(const QString &location);
    // The location as it may be shown or stored: a URL loses its password.
    static QString withoutPassword(const QString &location);
    // Throws Error when a postgresql:// address given on a command line
    // carries a password (other users can read a process's arguments).
    static void refusePasswordInArguments(const QString &location);

    Dialect dialect() const { return m_dialect; }
    QString displayName() const { return m_displayName; }
    // What open() was given: lets a worker thread open its own connection.
    QString location() const { return m_location; }
    // The server's name for the connected user (PostgreSQL current_user);
    // empty for SQLite, where the OS user works on the file.
    const QString &databaseUser() const { return m_dbUser; }
    const PostgresAddress &address() const { return m_address; }
    QSqlDatabase connection() const;

    static int latestSchemaVersion();
    int schemaVersion();
    // Throws Error when the file was written by a newer Accrue or is not an Accrue book.
    void checkSchema();
    // Applies the migrations this book lacks, each in its own transaction.
    void migrate();

    // A prepared, cached statement. Prepared statements only: values always go
    // through bind(), never into the SQL text.
    SqlQuery query(const QString &sql);
    // "column LIKE ?" that ignores case in this dialect, and the pattern to
    // bind for "contains text" (wildcards in the text are dropped).
    QString containsText(const QString &column) const;
    static QString containsPattern(QString text);

    // The tenant scope of this connection's user (set by Session). On
    // PostgreSQL the server enforces it (row-level security keyed to the
    // login); on SQLite core does: the scope's tenant goes into the
    // connection's own temp table, and customerScope() names it.
    // InCore filters in core on PostgreSQL too (the owner's connection, which
    // row-level security does not narrow, acting for a tenant): what
    // tests/bench/bench_tenants measures the server's policies against.
    enum class ScopeFilter { Default, InCore };
    void setTenantScope(const TenantScope &scope, ScopeFilter filter = ScopeFilter::Default);
    const TenantScope &tenantScope() const { return m_tenantScope; }
    // " AND column IN (the scope's customers)", or nothing when the whole
    // book is visible or the server filters. No value goes into the text:
    // the tenant is read from the connection's temp table.
    QString customerScope(const QString &customerColumn) const;

    // Runs a statement without parameters (DDL, PRAGMA).
    void execute(const QString &sql);

    // Nested transactions collapse into the outermost one; an inner failure
    // makes the whole unit roll back (see Transaction).
    void begin();
    void commit();
    void rollback();
    bool inTransaction() const { return m_depth > 0; }
    // Work to do at the very end of the outermost transaction, just before
    // COMMIT (in order; a failure rolls everything back). The audit log
    // extends its hash chain here, so the chain's lock is held for the last
    // few statements instead of the whole unit of work.
    void beforeCommit(std::function<void()> work);
    // Work to run once the outermost transaction has committed (never when
    // it rolls back): telling the rest of the program what changed.
    void afterCommit(std::function<void()> work);
    // Something the user must be told about a change that went through (a
    // posting moved out of a closed month), inside a transaction. Kept once
    // the outermost transaction commits, before its afterCommit work runs;
    // dropped when it rolls back. The same text twice in one unit of work is
    // kept once.
    void addNotice(const QString &text);
    QStringList takeNotices() { return std::exchange(m_notices, {}); }
    // Counts outermost transactions begun: tells one unit of work from the next.
    quint64 transactionSerial() const { return m_transactionSerial; }

    // The raw sqlite3* for bulk loading; nullptr for other dialects.
    void *sqliteHandle() const;

    // Asks the statement running on this connection to stop; it then fails
    // with an Error. The one member safe to call from another thread: the app
    // stops its workers this way before it closes the book.
    void interrupt();

    // Throws the Error for a failed statement: the user reads what happened
    // in words (the book is busy and who holds it, a rule of the book was
    // broken); the driver's text and the SQL go to detail() only.
    [[noreturn]] void throwStatementError(const QSqlError &error, const QString &sql) const;

private:
    QString scopeTable() const; // the temp table holding the scope's tenant
    Database(Dialect dialect, QString connectionName, QString displayName);
    static std::unique_ptr<Database> openPostgres(const QString &location, const QString &password);
    static std::unique_ptr<Database> openSqlite(const QString &location, OpenMode mode);
    void configureSqlite(OpenMode mode);
    void setCheckpointOnClose(bool on);
    QString queryCurrentUser();
    friend class SqlQuery;
    void release(const QString &sql);

    Dialect m_dialect;
    QString m_connectionName;
    QString m_displayName;
    QString m_location;
    QString m_dbUser;
    PostgresAddress m_address;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_statements;
    QHash<QString, bool> m_inUse;
    int m_depth = 0;
    bool m_rollbackOnly = false;
    std::vector<std::function<void()>> m_beforeCommit;
    std::vector<std::function<void()>> m_afterCommit;
    QStringList m_pendingNotices;
    QStringList m_notices;
    quint64 m_transactionSerial = 0;
    TenantScope m_tenantScope;
    bool m_scopeInCore = false; // customerScope() filters (always on SQLite)
    std::unique_ptr<SqliteSharing> m_sharing; // SQLite: who closes the book last
    void *m_sqlite = nullptr; // sqlite3*, for interrupt() from another thread
    void *m_pgCancel = nullptr; // PGcancel*, likewise
};

} // namespace Accrue
