#pragma once

#include <QString>
#include <chrono>

namespace Accrue {

// Database and SMTP passwords live in the OS keychain (Secret Service, macOS
// Keychain, Windows Credential Manager) instead of the settings file, so a
// copied config or backup never carries them. The calls block: callers ask for
// a password right before connecting and have nothing useful to do meanwhile.
class SecretStore final
{
public:
    struct Result
    {
        bool ok = false;
        // No keychain to talk to (no D-Bus session, no Secret Service daemon):
        // callers should ask for the password each time rather than report a
        // broken store.
        bool keychainUnavailable = false;
        // The keychain answered that it holds no such entry (not a locked
        // keychain, a timeout or a refusal).
        bool notFound = false;
        QString password;
        QString error;
    };

    // The timeout guards against a keychain that never answers; it is long by
    // default because the keychain may be waiting for the user to unlock it.
    explicit SecretStore(std::chrono::milliseconds timeout = std::chrono::minutes(2));

    Result read(const QString &key);
    Result write(const QString &key, const QString &password);
    Result remove(const QString &key);

    // The keychain entry name for a PostgreSQL login; no password in it.
    static QString keyFor(const QString &user, const QString &host, int port,
                          const QString &database);

    static QString serviceName();

private:
    std::chrono::milliseconds m_timeout;
};

} // namespace Accrue
