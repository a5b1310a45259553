// accrue-cli commands that act on the book as a whole: init, demo, audit verify|list.
#include "billing/session.h"
#include "cliapp.h"
#include "demo/demogenerator.h"
#include "money/currency.h"
#include "reports/reporttable.h"
#include "security/auditlog.h"
#include "storage/auditrepository.h"
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

int runInit(CliApp &app)
{
    Database &db = app.openBook(true);
    app.out() << tr("%1 is ready (schema version %2)").arg(db.displayName()).arg(db.schemaVersion())
              << '\n';
    return 0;
}

int runDemo(CliApp &app)
{
    DemoGenerator::Options options;
    options.customers
        = int(app.integerOption(QStringLiteral("customers"), options.customers, 1, 1'000'000));
    options.invoices
        = app.integerOption(QStringLiteral("invoices"), options.invoices, 0, 100'000'000);
    options.seed = quint64(
        app.integerOption(QStringLiteral("seed"), 1, 0, std::numeric_limits<qint64>::max()));
    if (app.isSet(QStringLiteral("currency")))
        options.currency = app.value(QStringLiteral("currency")).toUpper();
    if (!Currency::fromCode(options.currency))
        throw UsageError {
            tr("--currency: “%1” is not an ISO 4217 currency code").arg(options.currency)
        };
    options.recognize = !app.isSet(QStringLiteral("no-recognition"));
    Database &db = app.openBook(true);
    options.endDate = app.session().today();
    QElapsedTimer timer;
    timer.start();
    const auto result = DemoGenerator(app.session()).generate(options);
    app.out() << tr("%1: %2 customers, %3 invoices, %4 payments, %5 credit notes, %6 journal "
                    "entries in %7 s")
                     .arg(db.displayName())
                     .arg(result.customers)
                     .arg(result.invoices)
                     .arg(result.payments)
                     .arg(result.creditNotes)
                     .arg(result.journalEntries + result.recognitionEntries)
                     .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
              << '\n';
    return 0;
}

int runAuditVerify(CliApp &app)
{
    Database &db = app.openBook(false);
    const AuditVerification result = AuditLog(db, app.session().userName()).verify();
    if (!result.ok) {
        app.err()
            << tr("audit trail BROKEN at record %1: %2").arg(result.brokenSeq).arg(result.problem)
            << '\n';
        return 1;
    }
    app.out() << tr("audit trail intact: %1 records verified").arg(result.checked);
    // Records from before schema 20 (and a server's) name no OS login.
    if (result.withOsUser > 0)
        app.out() << tr(" (%1 of them with the OS login beside the user)").arg(result.withOsUser);
    app.out() << '\n';
    return 0;
}

int runAuditList(CliApp &app)
{
    if (!app.commandArguments().isEmpty())
        throw UsageError { tr("audit list takes no arguments") };
    app.openBook(false);
    // The trail names every tenant's customers.
    app.session().requireWholeBook(tr("the audit trail"));
    app.writeReport([&app](ReportSink &sink) {
        using Type = ReportColumn::Type;
        sink.begin(tr("Audit trail"),
                   { { QStringLiteral("seq"), tr("Record"), Type::Integer },
                     { QStringLiteral("at"), tr("At (UTC)"), Type::Text },
                     { QStringLiteral("user"), tr("User"), Type::Text },
                     { QStringLiteral("os_user"), tr("OS login"), Type::Text },
                     { QStringLiteral("action"), tr("Action"), Type::Text },
                     { QStringLiteral("entity"), tr("Entity"), Type::Text },
                     { QStringLiteral("entity_id"), tr("Id"), Type::Text } });
        AuditRepository(app.session().db()).forEach([&sink](const AuditRecord &r) {
            sink.row({ r.seq, r.at, r.userName, r.osUser, r.action, r.entity, r.entityId });
            return true;
        });
        sink.end();
    });
    return 0;
}

} // namespace Accrue
