#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <memory>

namespace Accrue {

class SqlQuery;

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
    // Does not migrate; call migrate() or checkSchema(). Throws Error.
    static std::unique_ptr<Database> open(const QString &location, OpenMode mode);
    static QString defaultLocation();
    static bool isPostgresUrl(const QString &location);
    // The location as it may be shown or stored: a URL loses its password.
    static QString withoutPassword(const QString &location);

    Dialect dialect() const { return m_dialect; }
    QString displayName() const { return m_displayName; }
    // What open() was given: lets a worker thread open its own connection.
    QString location() const { return m_location; }
    QSqlDatabase connection() const { return QSqlDatabase::database(m_connectionName, false); }

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

    // Runs a statement without parameters (DDL, PRAGMA).
    void execute(const QString &sql);

    // Nested transactions collapse into the outermost one; an inner failure
    // makes the whole unit roll back (see Transaction).
    void begin();
    void commit();
    void rollback();
    bool inTransaction() const { return m_depth > 0; }

    // The raw sqlite3* for bulk loading; nullptr for other dialects.
    void *sqliteHandle() const;

private:
    Database(Dialect dialect, QString connectionName, QString displayName);
    void configureSqlite();
    friend class SqlQuery;
    void release(const QString &sql);

    Dialect m_dialect;
    QString m_connectionName;
    QString m_displayName;
    QString m_location;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_statements;
    QHash<QString, bool> m_inUse;
    int m_depth = 0;
    bool m_rollbackOnly = false;
};

} // namespace Accrue
