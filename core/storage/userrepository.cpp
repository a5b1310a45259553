#include "storage/userrepository.h"

#include "common/error.h"
#include "storage/database.h"
#include "storage/sqlquery.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>
#include <QSqlDriver>
#include <libpq-fe.h>

namespace Accrue {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Accrue::UserRepository", text);
}

const char *const groupRoles[] = { "accrue_viewer", "accrue_finance", "accrue_admin",
                                   "accrue_customer_viewer", "accrue_customer" };

// A customer tenant's logins get the customer roles (schema 19): its Admin
// and Finance users one that also writes My Account's edits, its Viewers
// one that reads; app_user's role tells its Admin from its Finance users.
QString groupOf(Role role, bool customer)
{
    if (customer)
        return role == Role::Viewer ? QStringLiteral("accrue_customer_viewer")
                                    : QStringLiteral("accrue_customer");
    return QStringLiteral("accrue_") + roleKey(role);
}

} // namespace

UserRepository::UserRepository(Database &db)
    : m_db(db)
{
}

bool UserRepository::isValidName(const QString &user)
{
    // Also what PostgreSQL accepts unquoted, so names look the same in psql.
    static const QRegularExpression shape(QStringLiteral("^[A-Za-z_][A-Za-z0-9_.@-]{0,62}$"));
    return shape.match(user).hasMatch();
}

Role UserRepository::roleOf(const QString &user)
{
    if (m_db.dialect() == Database::Dialect::Postgres) {
        // The owner of the tables and superusers can do everything anyway.
        SqlQuery q = m_db.query(QStringLiteral(
            "SELECT r.rolsuper OR EXISTS (SELECT 1 FROM pg_class c WHERE c.relname = 'invoice' "
            "AND c.relkind = 'r' AND c.relnamespace = 'public'::regnamespace "
            "AND c.relowner = r.oid), "
            "pg_has_role(r.oid, 'accrue_admin', 'MEMBER'), "
            "pg_has_role(r.oid, 'accrue_finance', 'MEMBER'), "
            "EXISTS (SELECT 1 FROM pg_roles g WHERE g.rolname = 'accrue_customer' "
            "AND pg_has_role(r.oid, g.oid, 'MEMBER')), "
            "(SELECT u.role FROM app_user u WHERE u.name = r.rolname) "
            "FROM pg_roles r WHERE r.rolname = ?"));
        q.bind(user).exec();
        if (!q.next())
            return Role::Viewer;
        if (q.value(0).toBool() || q.value(1).toBool())
            return Role::Admin;
        if (q.value(2).toBool())
            return Role::Finance;
        // A customer's editor: its Admin or Finance, as app_user notes.
        if (q.value(3).toBool())
            return q.text(4) == QLatin1String("admin") ? Role::Admin : Role::Finance;
        return Role::Viewer;
    }
    SqlQuery q = m_db.query(QStringLiteral(
        "SELECT (SELECT role FROM app_user WHERE name = ?), (SELECT COUNT(*) FROM app_user)"));
    q.bind(user).exec();
    q.next();
    if (q.value(1).toLongLong() == 0)
        return Role::Admin;
    return roleFromKey(q.text(0)).value_or(Role::Viewer);
}

std::vector<BookUser> UserRepository::list()
{
    std::vector<BookUser> users;
    if (m_db.dialect() == Database::Dialect::Postgres) {
        SqlQuery q = m_db.query(QStringLiteral(
            "SELECT r.rolname, CASE WHEN pg_has_role(r.oid, 'accrue_admin', 'MEMBER') THEN "
            "'admin' WHEN pg_has_role(r.oid, 'accrue_finance', 'MEMBER') THEN 'finance' "
            "WHEN g.oid IS NOT NULL AND pg_has_role(r.oid, g.oid, 'MEMBER') THEN "
            "COALESCE((SELECT u.role FROM app_user u WHERE u.name = r.rolname), 'finance') "
            "ELSE 'viewer' END, COALESCE((SELECT u.tenant_id FROM app_user u "
            "WHERE u.name = r.rolname), 0) FROM pg_roles r "
            "LEFT JOIN pg_roles g ON g.rolname = 'accrue_customer' "
            "LEFT JOIN pg_roles cv ON cv.rolname = 'accrue_customer_viewer' "
            "WHERE r.rolcanlogin AND (pg_has_role(r.oid, 'accrue_viewer', "
            "'MEMBER') OR (cv.oid IS NOT NULL AND pg_has_role(r.oid, cv.oid, 'MEMBER'))) "
            "ORDER BY r.rolname"));
        q.exec();
        while (q.next())
            users.push_back(
                { q.text(0), roleFromKey(q.text(1)).value_or(Role::Viewer), q.int64(2) });
        return users;
    }
    SqlQuery q = m_db.query(
        QStringLiteral("SELECT name, role, COALESCE(tenant_id, 0) FROM app_user ORDER BY name"));
    q.exec();
    while (q.next())
        users.push_back({ q.text(0), roleFromKey(q.text(1)).value_or(Role::Viewer), q.int64(2) });
    return users;
}

void UserRepository::setRole(const QString &user, Role role, const QString &password, bool customer)
{
    if (!isValidName(user))
        throw Error(tr("“%1” is not a valid user name (letters, digits, _ . @ -)").arg(user));
    if (m_db.dialect() != Database::Dialect::Postgres) {
        m_db.query(QStringLiteral("INSERT INTO app_user (name, role, created_at) VALUES (?, ?, ?) "
                                  "ON CONFLICT (name) DO UPDATE SET role = excluded.role"))
            .bindAll(user, roleKey(role),
                     QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))
            .exec();
        return;
    }
    const bool exists
        = m_db.query(QStringLiteral("SELECT COUNT(*) FROM pg_roles WHERE rolname = ?"))
              .bind(user)
              .scalar()
              .toLongLong()
        > 0;
    if (!exists)
        executeQuoted(QStringLiteral("CREATE ROLE %I LOGIN"), user);
    if (!password.isEmpty())
        executeQuoted(QStringLiteral("ALTER ROLE %I PASSWORD %L"), user,
                      scramVerifier(user, password));
    const QString group = groupOf(role, customer);
    for (const char *other : groupRoles)
        if (QString::fromLatin1(other) != group)
            executeQuoted(QStringLiteral("REVOKE %I FROM %I"), QString::fromLatin1(other), user);
    executeQuoted(QStringLiteral("GRANT %I TO %I"), group, user);
}

QString UserRepository::scramVerifier(const QString &user, const QString &password)
{
    // The server gets a SCRAM-SHA-256 verifier, as psql's \\password sends:
    // the plain password never travels or lands in the server's log.
    const QVariant handle = m_db.connection().driver()->handle();
    if (!QByteArray(handle.typeName()).contains("conn"))
        throw Error(QCoreApplication::translate("Accrue::UserRepository",
                                                "Setting a password needs a PostgreSQL book"));
    auto *conn = *static_cast<PGconn *const *>(handle.data());
    char *verifier = PQencryptPasswordConn(conn, password.toUtf8().constData(),
                                           user.toUtf8().constData(), "scram-sha-256");
    if (!verifier)
        throw Error(QCoreApplication::translate("Accrue::UserRepository",
                                                "Could not prepare the password for the server"),
                    QString::fromUtf8(PQerrorMessage(conn)));
    const QString result = QString::fromLatin1(verifier);
    PQfreemem(verifier);
    return result;
}

void UserRepository::remove(const QString &user)
{
    if (m_db.dialect() != Database::Dialect::Postgres) {
        m_db.query(QStringLiteral("DELETE FROM app_user WHERE name = ?")).bind(user).exec();
        return;
    }
    // The login stays (it may own other things on the server); it just
    // leaves the app's roles.
    for (const char *group : groupRoles)
        executeQuoted(QStringLiteral("REVOKE %I FROM %I"), QString::fromLatin1(group), user);
}

void UserRepository::executeQuoted(const QString &format, const QString &a, const QString &b)
{
    // Utility statements take no parameters: the server quotes the names and
    // the password itself (format's %I and %L), from bound values.
    const QString sql = m_db.query(QStringLiteral("SELECT format(?, ?::text, ?::text)"))
                            .bindAll(format, a, b)
                            .scalar()
                            .toString();
    m_db.execute(sql);
}

} // namespace Accrue
