#include "billing/book.h"

#include "billing/recognitionservice.h"
#include "billing/session.h"
#include "security/auditlog.h"
#include "security/keychainlogin.h"
#include "storage/changenotifier.h"
#include "storage/customerrepository.h"
#include "storage/database.h"

namespace Accrue {

namespace {

Database::OpenMode modeOf(Book::OpenMode mode)
{
    return mode == Book::OpenMode::CreateIfMissing ? Database::OpenMode::CreateIfMissing
                                                   : Database::OpenMode::MustExist;
}

} // namespace

std::unique_ptr<Book> Book::open(const QString &location, OpenMode mode, const QString &password)
{
    return std::make_unique<Book>(Database::open(location, modeOf(mode), password));
}

std::unique_ptr<Book> Book::openWithKeychain(const QString &location)
{
    return std::make_unique<Book>(KeychainLogin::open(location, Database::OpenMode::MustExist));
}

Book::Book(std::unique_ptr<Database> db)
    : m_db(std::move(db))
{
}

Book::~Book()
{
    // The session and the watch refer to the connection: they go first.
    m_session.reset();
    m_notifier.reset();
}

void Book::migrate()
{
    const int before = m_db->schemaVersion();
    m_db->migrate();
    // A book from before revenue recognition: its lines get schedules and
    // the ledger moves what they had not yet earned to deferred revenue.
    if (RecognitionService::needsCatchUp(before)) {
        Session upgrade(*m_db, AuditLog::currentUserName());
        RecognitionService(upgrade).catchUp();
    }
}

void Book::checkSchema()
{
    m_db->checkSchema();
}

int Book::schemaVersion()
{
    return m_db->schemaVersion();
}

int Book::latestSchemaVersion()
{
    return Database::latestSchemaVersion();
}

bool Book::isEmpty()
{
    return CustomerRepository(*m_db).count() == 0;
}

bool Book::isServer() const
{
    return m_db->dialect() == Database::Dialect::Postgres;
}

QString Book::location() const
{
    return m_db->location();
}

QString Book::displayName() const
{
    return m_db->displayName();
}

QString Book::serverUser() const
{
    return m_db->databaseUser();
}

Session &Book::startSession(const QString &userName, const QDate &today)
{
    m_session.reset();
    m_notifier.reset();
    m_session = std::make_unique<Session>(*m_db, userName);
    m_session->setToday(today);
    return *m_session;
}

void Book::watchOthers()
{
    m_notifier = std::make_unique<ChangeNotifier>(*m_db);
    ChangeBus &bus = m_session->changes();
    QObject::connect(
        m_notifier.get(), &ChangeNotifier::rowChanged, &bus,
        [&bus](const QString &table) { bus.announce(ChangeBus::areasOf(table), true); });
    QObject::connect(m_notifier.get(), &ChangeNotifier::changedElsewhere, &bus,
                     [&bus] { bus.announce(ChangeBus::everything(), true); });
}

void Book::pollForChanges()
{
    if (m_notifier)
        m_notifier->poll();
}

QString Book::defaultLocation()
{
    return Database::defaultLocation();
}

bool Book::isServerLocation(const QString &location)
{
    return Database::isPostgresUrl(location);
}

QString Book::withoutPassword(const QString &location)
{
    return Database::withoutPassword(location);
}

void Book::refusePasswordInArguments(const QString &location)
{
    Database::refusePasswordInArguments(location);
}

} // namespace Accrue
