#pragma once

#include "domain/role.h"

#include <QString>
#include <vector>

namespace Accrue {

class Database;

struct BookUser
{
    QString name;
    Role role = Role::Viewer;
    qint64 tenantId = 0; // 0: not listed in app_user, so the root's
};

// Who may work on a book and in which role. On PostgreSQL users are the
// server's login roles, members of accrue_admin, accrue_finance or
// accrue_viewer, so the server enforces the role on every connection (psql
// included). On SQLite the app_user table names OS users; a book with no
// entries belongs to whoever opens it (one person, one file).
class UserRepository final
{
public:
    explicit UserRepository(Database &db);

    Role roleOf(const QString &user);
    std::vector<BookUser> list();
    // PostgreSQL: creates the login role when it does not exist (with the
    // password, if given) and makes it a member of exactly one app role;
    // needs a connection with CREATEROLE. SQLite: records the OS user.
    // `customer`: the user belongs to a customer tenant, whose logins get
    // accrue_customer or accrue_customer_viewer instead (schema 19).
    void setRole(const QString &user, Role role, const QString &password = {},
                 bool customer = false);
    void remove(const QString &user);

    static bool isValidName(const QString &user);

private:
    // PostgreSQL: runs `format` (format()'s %I and %L) filled in by the server.
    void executeQuoted(const QString &format, const QString &a, const QString &b = {});
    QString scramVerifier(const QString &user, const QString &password);

    Database &m_db;
};

} // namespace Accrue
