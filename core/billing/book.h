#pragma once

#include <QDate>
#include <QString>
#include <memory>

namespace Accrue {

class ChangeNotifier;
class Database;
class Session;

// An open book as a front end holds it: the connection, the session of the
// person working in it, and the watch on other clients' changes, announced
// on the session's change bus beside the session's own commits. The window
// keeps one Book and hands its Session to the pages; nothing above core
// touches the connection itself.
class Book final
{
public:
    enum class OpenMode { MustExist, CreateIfMissing };

    // A SQLite file or a postgresql:// address. Does not migrate. Throws
    // Error (Kind::PasswordRequired when the server wants a password).
    static std::unique_ptr<Book> open(const QString &location, OpenMode mode,
                                      const QString &password = {});
    // A server book with libpq's own password sources (PGPASSWORD,
    // ~/.pgpass), then the keychain's: Kind::PasswordRequired when neither
    // has one the server takes, so the caller may ask.
    static std::unique_ptr<Book> openWithKeychain(const QString &location);
    explicit Book(std::unique_ptr<Database> db);
    ~Book();
    Q_DISABLE_COPY_MOVE(Book)

    // Sets a new book up, or brings an older one's schema up to date.
    void migrate();
    // Throws Error unless the schema is the one this version works with.
    void checkSchema();
    int schemaVersion();
    static int latestSchemaVersion();
    // No customers yet: a demo may fill it.
    bool isEmpty();

    bool isServer() const;
    QString location() const;
    QString displayName() const; // never with a password
    QString serverUser() const; // who the server let in (PostgreSQL)

    // The session for this user, replacing any earlier one (and its watch).
    Session &startSession(const QString &userName, const QDate &today);
    // Brings other clients' changes onto the session's bus from now on.
    // Start it once the pages have made their first reads: a PostgreSQL
    // LISTEN made before them was seen never to deliver (QPSQL).
    void watchOthers();
    Session &session() const { return *m_session; }
    // SQLite cannot notify: asks whether another connection committed since
    // the last time (when the window comes back to the front).
    void pollForChanges();

    static QString defaultLocation();
    static bool isServerLocation(const QString &location);
    static QString withoutPassword(const QString &location);
    // Throws Error for a password typed into a command line or address.
    static void refusePasswordInArguments(const QString &location);

private:
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ChangeNotifier> m_notifier; // before the session: it feeds its bus
    std::unique_ptr<Session> m_session;
};

} // namespace Accrue
