// accrue-cli commands for books shared by a team: copy a book between SQLite
// and PostgreSQL, manage users and roles, keep a server password in the OS
// keychain.
#include "billing/booktransfer.h"
#include "billing/session.h"
#include "billing/tenantservice.h"
#include "billing/userservice.h"
#include "cliapp.h"
#include "common/error.h"
#include "security/secretstore.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace Accrue {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Accrue::Cli", text);
}

} // namespace

int runCopy(CliApp &app)
{
    if (!app.isSet(QStringLiteral("from")) || !app.isSet(QStringLiteral("to")))
        throw UsageError { tr("copy needs --from BOOK and --to BOOK (a file or a "
                              "postgresql:// address)") };
    if (!app.commandArguments().isEmpty())
        throw UsageError { tr("copy takes no other arguments") };
    Database::refusePasswordInArguments(app.value(QStringLiteral("from")));
    Database::refusePasswordInArguments(app.value(QStringLiteral("to")));
    auto from
        = CliApp::connect(app.value(QStringLiteral("from")), int(Database::OpenMode::MustExist));
    from->checkSchema();
    auto to = CliApp::connect(app.value(QStringLiteral("to")),
                              int(Database::OpenMode::CreateIfMissing));
    to->migrate();
    QElapsedTimer timer;
    timer.start();
    const BookTransfer::Result transfer
        = BookTransfer::run(*from, *to, [&app](const QString &table, qint64 rows) {
              // A sign of life on big books, not a line per page.
              if (rows > 0 && rows % 1'000'000 == 0) {
                  app.err() << tr("  %1: %2 rows so far").arg(table).arg(rows) << '\n';
                  app.err().flush();
              }
          });
    const BookCopier::Result &result = transfer.copy;
    for (const BookCopier::TableCheck &t : result.tables) {
        if (t.rows == 0)
            continue;
        app.out() << QStringLiteral("  %1 %2").arg(t.table, -20).arg(t.rows, 10);
        if (!t.sums.isEmpty())
            app.out() << "  " << t.sums.join(QStringLiteral("  "));
        app.out() << '\n';
    }
    app.out() << tr("Copied %1 rows from %2 to %3 in %4 s; counts and money totals match, audit "
                    "trail verified (%5 records)")
                     .arg(result.rows)
                     .arg(from->displayName(), to->displayName())
                     .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
                     .arg(transfer.auditRecords)
              << '\n';
    return 0;
}

int runUser(CliApp &app, const QString &action)
{
    const QStringList args = app.commandArguments();
    if (action == QLatin1String("list")) {
        app.openBook(false);
        for (const BookUser &u : UserService(app.session()).list())
            app.out() << QStringLiteral("%1  %2  %3")
                             .arg(u.name, -24)
                             .arg(Session::roleName(u.role), -8)
                             .arg(u.tenantId > 0 ? QString::number(u.tenantId) : QString())
                      << '\n';
        return 0;
    }
    if (args.size() != 1)
        throw UsageError { tr("user %1 needs one user name").arg(action) };
    if (action == QLatin1String("add")) {
        const auto role = roleFromKey(app.value(QStringLiteral("role")));
        if (!role)
            throw UsageError { tr("--role: admin, finance or viewer") };
        const QString password = app.isSet(QStringLiteral("password-stdin"))
            ? CliApp::readSecretFromStdin()
            : QString();
        app.openBook(false);
        const qint64 tenantId = app.isSet(QStringLiteral("tenant"))
            ? TenantService(app.session()).resolve(app.value(QStringLiteral("tenant"))).id
            : 0;
        UserService(app.session()).setRole(args.first(), *role, password, tenantId);
        app.out() << tr("%1 works as %2").arg(args.first(), Session::roleName(*role)) << '\n';
        return 0;
    }
    if (action == QLatin1String("remove")) {
        app.openBook(false);
        UserService(app.session()).remove(args.first());
        app.out() << tr("%1 no longer has a role in this book").arg(args.first()) << '\n';
        return 0;
    }
    throw UsageError { tr("Unknown command “user %1” (list, add, remove)").arg(action) };
}

int runPassword(CliApp &app, const QString &action)
{
    const QString location = app.location();
    Database::refusePasswordInArguments(location);
    if (!Database::isPostgresUrl(location))
        throw UsageError {
            tr("password %1 is for server books: --db postgresql://user@host/db").arg(action)
        };
    const QString key = PostgresAddress::parse(location).keychainKey();
    SecretStore store;
    if (action == QLatin1String("set")) {
        if (!app.isSet(QStringLiteral("password-stdin")))
            throw UsageError { tr("password set reads the password with --password-stdin") };
        const QString password = CliApp::readSecretFromStdin();
        // Prove it before keeping it.
        Database::open(location, Database::OpenMode::MustExist, password);
        const SecretStore::Result r = store.write(key, password);
        if (!r.ok)
            throw Error(r.keychainUnavailable
                            ? tr("No keychain is reachable (no Secret Service on the session bus); "
                                 "nothing was stored. Use ~/.pgpass or PGPASSWORD instead.")
                            : tr("The keychain refused the password: %1").arg(r.error));
        app.out() << tr("Password for %1 is in the OS keychain").arg(key) << '\n';
        return 0;
    }
    if (action == QLatin1String("forget")) {
        const SecretStore::Result r = store.remove(key);
        if (!r.ok)
            throw Error(tr("The keychain could not forget the password: %1").arg(r.error));
        app.out() << tr("Password for %1 removed from the OS keychain").arg(key) << '\n';
        return 0;
    }
    throw UsageError { tr("Unknown command “password %1” (set, forget)").arg(action) };
}

} // namespace Accrue
