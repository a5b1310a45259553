#pragma once

#include "storage/userrepository.h"

#include <vector>

namespace Accrue {

class Session;

// Who works on the book and in which role; Admins only, audited.
class UserService final
{
public:
    explicit UserService(Session &session);

    std::vector<BookUser> list();
    // `password` (PostgreSQL only) sets the login's password; never logged.
    void setRole(const QString &user, Role role, const QString &password = {});
    void remove(const QString &user);

private:
    static void keepAnAdmin(UserRepository &users, const QString &leaving);

    Session &m_session;
};

} // namespace Accrue
