#include "core/testdatabase.h"
#include "security/secretstore.h"
#include "storage/database.h"
#include "storage/userrepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QTest>
#include <QUuid>

using namespace Accrue;
using namespace std::chrono_literals;

// Runs under tests/keychain/run-with-keyring.sh, which gives the process a
// throw-away HOME, its own D-Bus session and an unlocked gnome-keyring and sets
// ACCRUE_TEST_KEYRING=1. Run bare, the round trip skips instead of touching a
// developer's real keyring through an unknown bus.
class TestKeychain : public QObject
{
    Q_OBJECT

private slots:
    void keyForNamesTheLogin();
    void roundTripThroughSecretService();
    void noSessionBusMeansUnavailableAndNothingWritten();
    void cliKeepsTheServerPasswordInTheKeychain();

private:
    static bool underKeyringWrapper();
    static QStringList filesContaining(const QString &root, const QByteArray &needle);
};

bool TestKeychain::underKeyringWrapper()
{
    return qgetenv("ACCRUE_TEST_KEYRING") == "1";
}

QStringList TestKeychain::filesContaining(const QString &root, const QByteArray &needle)
{
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            hits << file.fileName();
    }
    return hits;
}

void TestKeychain::keyForNamesTheLogin()
{
    QCOMPARE(SecretStore::keyFor(QStringLiteral("billing"), QStringLiteral("db.example.org"), 5432,
                                 QStringLiteral("accrue")),
             QStringLiteral("postgresql://billing@db.example.org:5432/accrue"));
}

void TestKeychain::roundTripThroughSecretService()
{
    SecretStore store(30s);
    // A fresh key per run: a previous crashed run must not make this one pass.
    const QString key = SecretStore::keyFor(
        QStringLiteral("tester"), QStringLiteral("localhost"), 5432,
        QStringLiteral("tst_keychain_") + QUuid::createUuid().toString(QUuid::Id128));
    const QString first = QStringLiteral("first-\u00e9-%1").arg(QUuid::createUuid().toString());
    const QString second = QStringLiteral("second-%1").arg(QUuid::createUuid().toString());

    SecretStore::Result r = store.write(key, first);
    if (!r.ok) {
        const QByteArray why = "keyring not reachable: " + r.error.toUtf8();
        // Under the wrapper a missing keyring is a broken setup, not a reason to skip.
        if (underKeyringWrapper())
            QFAIL(why.constData());
        QSKIP(why.constData());
    }
    QVERIFY(!r.keychainUnavailable);

    r = store.read(key);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.password, first);

    r = store.write(key, second);
    QVERIFY2(r.ok, qPrintable(r.error));
    r = store.read(key);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.password, second);

    // The keyring file is encrypted; a plain-text copy would mean a fallback.
    if (underKeyringWrapper())
        QCOMPARE(filesContaining(QDir::homePath(), second.toUtf8()), QStringList());

    r = store.remove(key);
    QVERIFY2(r.ok, qPrintable(r.error));
    r = store.read(key);
    QVERIFY(!r.ok);
    QVERIFY(!r.keychainUnavailable);
    QVERIFY(r.password.isEmpty());
    QCOMPARE(r.error, QStringLiteral("no password stored"));

    // Removing again is not an error: the entry is gone either way.
    r = store.remove(key);
    QVERIFY2(r.ok, qPrintable(r.error));
}

void TestKeychain::noSessionBusMeansUnavailableAndNothingWritten()
{
    const bool hadBus = qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS");
    const QByteArray bus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    auto restore = qScopeGuard([&] {
        if (hadBus)
            qputenv("DBUS_SESSION_BUS_ADDRESS", bus);
    });

    SecretStore store(30s);
    const QString key = SecretStore::keyFor(QStringLiteral("tester"), QStringLiteral("localhost"),
                                            5432, QStringLiteral("nobus"));
    const QString password = QStringLiteral("nobus-%1").arg(QUuid::createUuid().toString());

    SecretStore::Result r = store.write(key, password);
    QVERIFY(!r.ok);
    QVERIFY(r.keychainUnavailable);
    QVERIFY(!r.error.isEmpty());

    r = store.read(key);
    QVERIFY(!r.ok);
    QVERIFY(r.keychainUnavailable);
    QVERIFY(r.password.isEmpty());

    r = store.remove(key);
    QVERIFY(!r.ok);
    QVERIFY(r.keychainUnavailable);

    // Only the wrapper's throw-away HOME, which also holds the XDG dirs, is small
    // and private enough to scan.
    if (!underKeyringWrapper())
        QSKIP("HOME is not the wrapper's temp dir; not scanning it for the password");
    QCOMPARE(filesContaining(QDir::homePath(), password.toUtf8()), QStringList());
}

// End to end: accrue-cli asks the keychain for a server password that libpq
// does not have, and says how to store one when there is none. Runs as
// tst_keychain_pg (keyring wrapper plus the PostgreSQL test cluster).
void TestKeychain::cliKeepsTheServerPasswordInTheKeychain()
{
    if (qEnvironmentVariableIsEmpty("ACCRUE_TEST_PG_FILE"))
        QSKIP("needs the PostgreSQL test cluster: runs in tst_keychain_pg");
    QVERIFY(underKeyringWrapper());
    Testing::TestDatabase where;
    const QString user = QStringLiteral("kc_%1").arg(QCoreApplication::applicationPid());
    const QString password
        = QStringLiteral("kc-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    {
        auto db = Database::open(where.location(), Database::OpenMode::CreateIfMissing);
        db->migrate();
        UserRepository(*db).setRole(user, Role::Finance, password);
    }
    const QString location = where.tcpLocation(user);
    QVERIFY(!location.isEmpty());

    auto cli = [&](const QStringList &args, const QByteArray &input = {}) {
        QProcess p;
        p.start(QStringLiteral(ACCRUE_CLI_PATH),
                args + QStringList { QStringLiteral("--db"), location });
        p.write(input);
        p.closeWriteChannel();
        p.waitForFinished(60000);
        return std::pair { p.exitCode(), p.readAllStandardError() };
    };
    const QStringList report { QStringLiteral("report"), QStringLiteral("invoice-summary") };
    auto [refused, why] = cli(report);
    QCOMPARE(refused, 1);
    QVERIFY2(why.contains("password set"), why.constData());
    QVERIFY(!why.contains(password.toUtf8()));

    auto [stored, storeErr] = cli(
        { QStringLiteral("password"), QStringLiteral("set"), QStringLiteral("--password-stdin") },
        password.toUtf8() + '\n');
    QVERIFY2(stored == 0, storeErr.constData());
    auto [ok, okErr] = cli(report);
    QVERIFY2(ok == 0, okErr.constData());
    // In the keyring (encrypted), in no file as plain text.
    QVERIFY(filesContaining(qEnvironmentVariable("HOME"), password.toUtf8()).isEmpty());

    QCOMPARE(cli({ QStringLiteral("password"), QStringLiteral("forget") }).first, 0);
    QCOMPARE(cli(report).first, 1);
}

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
