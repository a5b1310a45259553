#pragma once

#include "storage/database.h"

#include <memory>

namespace Accrue {

// Opens a book the way every front end should: for a server, libpq's own
// sources first (PGPASSWORD, ~/.pgpass, trusted sockets), then the password
// kept in the OS keychain for that login. Asking the user is left to the
// caller (the CLI says how to store one, the app shows ConnectDialog).
class KeychainLogin final
{
public:
    // Throws Error (Kind::PasswordRequired) when neither source has a
    // password the server takes; `keychainUnavailable`, if given, tells
    // whether no keychain answered at all.
    static std::unique_ptr<Database> open(const QString &location, Database::OpenMode mode,
                                          bool *keychainUnavailable = nullptr);
};

} // namespace Accrue
