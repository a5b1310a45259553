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

    // The users of the admin's own subtree (the root's admins: everyone).
    std::vector<BookUser> list();
    // `password` (PostgreSQL only) sets the login's password; never logged.
    // `tenantId` (when > 0) puts the user in that tenant, which must lie in
    // the admin's subtree; a user already elsewhere in the tree is out of
    // an admin's reach unless the admin's tenant is above it.
    void setRole(const QString &user, Role role, const QString &password = {}, qint64 tenantId = 0);
    void remove(const QString &user);

private:
    static void keepAnAdmin(UserRepository &users, const QString &leaving);
    // Throws unless the user is new or in the admin's subtree.
    void requireReach(UserRepository &users, const QString &user) const;

    Session &m_session;
};

} // namespace Accrue
