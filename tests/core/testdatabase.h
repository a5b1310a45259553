#pragma once

// Where a test's book lives. By default a fresh SQLite file in a temporary
// folder. When ACCRUE_TEST_PG_FILE names a file holding a PostgreSQL address
// (written by tests/pg/pg-cluster.sh), a fresh database on that server
// instead, dropped again afterwards: the same tests then prove every
// migration, repository and report on both backends. A missing or unusable
// server fails the test; it never quietly falls back to SQLite.
//
// Building a schema takes PostgreSQL far longer than copying one, so a test
// that wants a migrated book passes a Template: the first process on the
// cluster builds it once (under an advisory lock), and every database after
// that is a CREATE DATABASE ... TEMPLATE copy.

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>
#include <functional>

namespace Accrue::Testing {

class TestDatabase
{
public:
    struct Template
    {
        QString name; // unique per schema, e.g. "accrue_tmpl_v16"
        std::function<void(const QString &location)> build;
    };

    explicit TestDatabase(const Template &from = {})
    {
        QVERIFY2(m_dir.isValid(), "temporary folder");
        const QByteArray urlFile = qgetenv("ACCRUE_TEST_PG_FILE");
        if (urlFile.isEmpty()) {
            m_location = m_dir.filePath(QStringLiteral("book.sqlite"));
            return;
        }
        QFile file(QString::fromLocal8Bit(urlFile));
        QVERIFY2(file.open(QIODevice::ReadOnly),
                 qPrintable(QStringLiteral("ACCRUE_TEST_PG_FILE=%1: %2 (is the test cluster "
                                           "running? tests/pg/pg-cluster.sh start)")
                                .arg(file.fileName(), file.errorString())));
        m_serverUrl = QString::fromUtf8(file.readAll()).trimmed();
        static QAtomicInteger<int> counter;
        m_pgName = QStringLiteral("accrue_t%1_%2")
                       .arg(QCoreApplication::applicationPid())
                       .arg(counter.fetchAndAddRelaxed(1));
        admin(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(m_pgName));
        if (from.name.isEmpty()) {
            admin(QStringLiteral("CREATE DATABASE %1").arg(m_pgName));
        } else {
            ensureTemplate(from);
            // FILE_COPY: a small template copies in a tenth of the WAL_LOG time.
            admin(QStringLiteral("CREATE DATABASE %1 TEMPLATE %2 STRATEGY FILE_COPY")
                      .arg(m_pgName, from.name));
        }
        m_location = withDatabase(m_serverUrl, m_pgName);
    }

    ~TestDatabase()
    {
        if (!m_pgName.isEmpty())
            admin(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_pgName));
    }

    static bool onPostgres() { return !qgetenv("ACCRUE_TEST_PG_FILE").isEmpty(); }

    // A file path or a postgresql:// address; Database::open takes either.
    const QString &location() const { return m_location; }
    QString dir() const { return m_dir.path(); }
    // The server's superuser address (PostgreSQL runs only).
    const QString &serverUrl() const { return m_serverUrl; }

    // This database over TCP on 127.0.0.1 as `user`, where the server asks for
    // a password (scram-sha-256); empty when the cluster's tcp-url is missing.
    QString tcpLocation(const QString &user) const
    {
        QFile file(QFileInfo(QString::fromLocal8Bit(qgetenv("ACCRUE_TEST_PG_FILE")))
                       .dir()
                       .filePath(QStringLiteral("tcp-url")));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QUrl url(QString::fromUtf8(file.readAll()).trimmed());
        url.setUserName(user);
        url.setPath(QUrl(m_location).path());
        return url.toString();
    }

    // Runs one statement as the server's superuser, on the maintenance database.
    void admin(const QString &sql) const { adminOn(m_serverUrl, sql); }

    static void adminOn(const QString &url, const QString &sql)
    {
        QSqlQuery query(adminConnection(url));
        QVERIFY2(query.exec(sql), qPrintable(query.lastError().text() + u'\n' + sql));
    }

    // Whether an admin query returns a row.
    static bool adminHasRow(const QString &url, const QString &sql)
    {
        QSqlQuery query(adminConnection(url));
        return query.exec(sql) && query.next();
    }

    // The superuser's connection to the maintenance database, opened once.
    static QSqlDatabase adminConnection(const QString &url)
    {
        const QString name = QStringLiteral("accrue-test-admin");
        QSqlDatabase db = QSqlDatabase::contains(name)
            ? QSqlDatabase::database(name)
            : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        if (!db.isOpen()) {
            const QUrl u(url);
            const QUrlQuery q(u);
            db.setHostName(q.queryItemValue(QStringLiteral("host")));
            db.setPort(q.queryItemValue(QStringLiteral("port")).toInt());
            db.setUserName(u.userName());
            db.setDatabaseName(u.path().mid(1));
            if (!db.open())
                qFatal("PostgreSQL test server: %s", qPrintable(db.lastError().text()));
            QSqlQuery(db).exec(QStringLiteral("SET client_min_messages TO warning"));
        }
        return db;
    }

    static QString withDatabase(const QString &url, const QString &database)
    {
        QUrl u(url);
        u.setPath(u'/' + database);
        return u.toString();
    }

private:
    // Builds the template once per cluster; other processes wait on the lock.
    void ensureTemplate(const Template &from) const
    {
        admin(QStringLiteral("SELECT pg_advisory_lock(7420099)"));
        const bool exists = adminHasRow(
            m_serverUrl,
            QStringLiteral("SELECT 1 FROM pg_database WHERE datname = '%1'").arg(from.name));
        if (!exists) {
            const QString building = from.name + QStringLiteral("_build");
            admin(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(building));
            admin(QStringLiteral("CREATE DATABASE %1").arg(building));
            from.build(withDatabase(m_serverUrl, building));
            admin(QStringLiteral("ALTER DATABASE %1 RENAME TO %2").arg(building, from.name));
        }
        admin(QStringLiteral("SELECT pg_advisory_unlock(7420099)"));
    }

    QTemporaryDir m_dir;
    QString m_location;
    QString m_serverUrl;
    QString m_pgName;
};

} // namespace Accrue::Testing
