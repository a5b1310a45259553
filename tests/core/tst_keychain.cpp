#include "security/secretstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
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

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
