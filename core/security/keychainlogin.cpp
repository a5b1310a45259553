#include "security/keychainlogin.h"

#include "common/error.h"
#include "security/secretstore.h"

namespace Accrue {

std::unique_ptr<Database> KeychainLogin::open(const QString &location, Database::OpenMode mode,
                                              bool *keychainUnavailable)
{
    if (keychainUnavailable)
        *keychainUnavailable = false;
    SecretStore::Result stored;
    try {
        return Database::open(location, mode);
    } catch (const Error &e) {
        if (e.kind() != Error::Kind::PasswordRequired)
            throw;
        stored = SecretStore().read(PostgresAddress::parse(location).keychainKey());
        if (keychainUnavailable)
            *keychainUnavailable = stored.keychainUnavailable;
        if (!stored.ok)
            throw;
    }
    // A stored password the server no longer takes throws PasswordRequired too.
    return Database::open(location, mode, stored.password);
}

} // namespace Accrue
