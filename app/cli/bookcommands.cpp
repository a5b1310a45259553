// accrue-cli commands that act on the book as a whole: init, demo, audit verify|list.
#include "billing/auditcheckpoints.h"
#include "billing/session.h"
#include "cliapp.h"
#include "common/error.h"
#include "demo/demogenerator.h"
#include "exchange/outputfile.h"
#include "money/currency.h"
#include "reports/reporttable.h"
#include "security/auditlog.h"
#include "security/bookverification.h"
#include "storage/auditrepository.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <algorithm>
#include <climits>

namespace Accrue {

namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Accrue::Cli", text, disambiguation, n);
}
// `audit verify --checkpoint FILE`: the trail still extends the head the
// checkpoint line names (and the line is the one this keychain's key signed).
bool verifyCheckpoint(CliApp &app)
{
    const QString path = app.value(QStringLiteral("checkpoint"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(tr("%1: %2").arg(path, file.errorString()));
    QString error;
    const std::optional<AuditCheckpoint> checkpoint
        = AuditCheckpoint::parse(QString::fromUtf8(file.readAll()), &error);
    if (!checkpoint)
        throw Error(tr("%1: %2").arg(path, error));
    const CheckpointCheck check = AuditCheckpoints(app.session()).check(*checkpoint);
    if (!check.ok) {
        app.err()
            << tr("audit trail BROKEN against the checkpoint in %1: %2").arg(path, check.problem)
            << '\n';
        return false;
    }
    app.out() << (check.signatureChecked
                      ? tr("checkpoint of %1 (%2 records) holds: signature valid, the trail "
                           "extends it")
                      : tr("checkpoint of %1 (%2 records) holds, but it is UNSIGNED: it "
                           "proves nothing against a rewrite of the whole book"))
                     .arg(checkpoint->at)
                     .arg(checkpoint->records)
              << '\n';
    return true;
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
    // The proof reads every tenant's documents and the book's own ledger.
    app.session().requireWholeBook(tr("verifying the audit trail and the books"));
    QElapsedTimer timer;
    timer.start();
    const BookVerification verification = verifyBook(db, app.session().userName());
    const AuditVerification &result = verification.chain;
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
    if (app.isSet(QStringLiteral("checkpoint")) && !verifyCheckpoint(app))
        return 1;

    const BookProofResult &proof = verification.proof;
    const double seconds = double(timer.elapsed()) / 1000.0;
    const qint64 rows = result.checked + proof.rowsProved;
    for (const ProofFinding &finding : proof.findings)
        app.err() << tr("MISMATCH: %1").arg(finding.text()) << '\n';
    if (!proof.ok()) {
        app.err() << tr("books BROKEN: %n stored value(s) disagree with what they derive from "
                        "or with the audit trail",
                        nullptr, int(std::min<qint64>(proof.findingCount, INT_MAX)))
                  << '\n';
        return 1;
    }
    app.out() << tr("books proved: %1 rows (documents and their lines, allocations, journal "
                    "entries and monthly balances) agree with each other and with the audit "
                    "trail; %2 rows in %3 s (%4 rows/s)")
                     .arg(proof.rowsProved)
                     .arg(rows)
                     .arg(seconds, 0, 'f', 1)
                     .arg(qint64(double(rows) / std::max(seconds, 0.001)))
              << '\n';
    return 0;
}

int runAuditCheckpoint(CliApp &app)
{
    if (!app.commandArguments().isEmpty())
        throw UsageError { tr("audit checkpoint takes no arguments") };
    app.openBook(false);
    QString warning;
    const AuditCheckpoint checkpoint
        = AuditCheckpoints(app.session()).make(tr("accrue-cli audit checkpoint"), &warning);
    const QString line = checkpoint.line() + u'\n';
    if (app.isSet(QStringLiteral("output"))) {
        OutputFile file(app.value(QStringLiteral("output")));
        file.device()->write(line.toUtf8());
        file.commit();
    } else {
        app.out() << line;
    }
    if (!warning.isEmpty())
        app.err() << warning << '\n';
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
