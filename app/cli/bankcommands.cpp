// accrue-cli import bank, bank list, bank mapping, reconcile ...
#include "billing/bankimportservice.h"
#include "billing/paymentattemptservice.h"
#include "billing/reconciliationservice.h"
#include "billing/session.h"
#include "cliapp.h"
#include "common/error.h"
#include "money/money.h"
#include "reports/reporttable.h"
#include "storage/bankrepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace Accrue {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Accrue::Cli", text);
}

qint64 lineId(CliApp &app, const QString &command)
{
    const QStringList args = app.commandArguments();
    bool ok = false;
    const qint64 id = args.size() == 1 ? QString(args.first()).remove(u'#').toLongLong(&ok) : 0;
    if (!ok || id <= 0)
        throw UsageError { tr("%1 needs the id of a bank line (see bank list)").arg(command) };
    return id;
}

} // namespace

int runImportBank(CliApp &app)
{
    const QStringList args = app.commandArguments();
    if (args.size() != 1)
        throw UsageError { tr("import bank needs one statement file") };
    app.openBook(false);
    const BankImportService::Result r
        = BankImportService(app.session())
              .importFile(args.first(), app.value(QStringLiteral("format")),
                          app.value(QStringLiteral("mapping")),
                          app.value(QStringLiteral("account")));
    app.out() << tr("%1 (%2, account %3): read %4, new %5, duplicates %6")
                     .arg(QDir::toNativeSeparators(args.first()), r.format, r.account)
                     .arg(r.read)
                     .arg(r.added)
                     .arg(r.duplicates)
              << '\n';
    return 0;
}

int runImportGateway(CliApp &app)
{
    const QStringList args = app.commandArguments();
    if (args.size() != 1)
        throw UsageError { tr("import gateway needs one card-gateway CSV export") };
    QFile file(args.first());
    if (!file.open(QIODevice::ReadOnly))
        throw Error(tr("Cannot read %1: %2")
                        .arg(QDir::toNativeSeparators(args.first()), file.errorString()));
    const QByteArray bytes = file.readAll();
    app.openBook(false);
    const auto r = PaymentAttemptService(app.session())
                       .importGateway(bytes, QFileInfo(args.first()).fileName());
    app.out() << tr("read %1, failed attempts %2, duplicates %3, invoices flagged for review %4")
                     .arg(r.read)
                     .arg(r.failed)
                     .arg(r.duplicates)
                     .arg(r.flagged)
              << '\n';
    return 0;
}

int runBankList(CliApp &app)
{
    Database &db = app.openBook(false);
    BankLineFilter filter;
    filter.account = app.value(QStringLiteral("account"));
    filter.state = app.value(QStringLiteral("state"));
    static const QStringList states { QStringLiteral("unmatched"), QStringLiteral("proposed"),
                                      QStringLiteral("matched"), QStringLiteral("ignored") };
    if (!filter.state.isEmpty() && !states.contains(filter.state))
        throw UsageError { tr("--state: use %1").arg(states.join(QStringLiteral(", "))) };
    using Type = ReportColumn::Type;
    app.writeReport([&](ReportSink &sink) {
        sink.begin(tr("Bank lines"),
                   { { QStringLiteral("id"), tr("Line"), Type::Integer },
                     { QStringLiteral("account"), tr("Account"), Type::Text },
                     { QStringLiteral("date"), tr("Date"), Type::Date },
                     { QStringLiteral("amount"), tr("Amount"), Type::Money },
                     { QStringLiteral("currency"), tr("Currency"), Type::Text },
                     { QStringLiteral("counterparty"), tr("Counterparty"), Type::Text },
                     { QStringLiteral("reference"), tr("Reference"), Type::Text },
                     { QStringLiteral("state"), tr("State"), Type::Text },
                     { QStringLiteral("confidence"), tr("Confidence"), Type::Integer },
                     { QStringLiteral("reason"), tr("Why"), Type::Text } });
        BankRepository(db).list(filter, [&](const BankLine &t) {
            sink.row({ t.id, t.accountCode, t.date, QVariant::fromValue(t.amount),
                       t.currency.code(), t.counterparty, t.reference, t.state,
                       qint64(t.confidence), t.reason });
        });
        sink.end();
    });
    return 0;
}

int runBankMapping(CliApp &app)
{
    const QStringList args = app.commandArguments();
    if (args.size() != 1)
        throw UsageError { tr(
            "bank mapping needs one JSON file describing the bank's CSV layout") };
    QFile file(args.first());
    if (!file.open(QIODevice::ReadOnly))
        throw Error(tr("Cannot read %1: %2")
                        .arg(QDir::toNativeSeparators(args.first()), file.errorString()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (!doc.isObject())
        throw Error(tr("%1: not a JSON object (%2)").arg(args.first(), error.errorString()));
    app.openBook(false);
    const BankCsvMapping mapping = BankCsvMapping::fromJson(doc.object());
    BankImportService(app.session()).saveMapping(mapping);
    app.out() << tr("Saved the CSV mapping “%1”").arg(mapping.name) << '\n';
    return 0;
}

int runReconcileAuto(CliApp &app)
{
    app.openBook(false);
    const bool apply = app.isSet(QStringLiteral("apply-confident"));
    QTextStream &out = app.out();
    const ReconciliationService::Summary s
        = ReconciliationService(app.session())
              .autoMatch(
                  apply,
                  [&out](const BankLine &t, int confidence, const QString &reason, bool applied) {
                      out << '#' << t.id << ' ' << t.date.toString(Qt::ISODate) << ' '
                          << t.amount.toPlainString() << ' ' << t.currency.code() << "  "
                          << confidence << "%  " << reason
                          << (applied ? QStringLiteral("  [applied]") : QString()) << '\n';
                  });
    out << tr("examined %1, proposed %2 (%3 ambiguous), applied %4")
               .arg(s.examined)
               .arg(s.proposed)
               .arg(s.ambiguous)
               .arg(s.applied)
        << '\n';
    return 0;
}

int runReconcileLine(CliApp &app, const QString &action)
{
    const qint64 id = lineId(app, QStringLiteral("reconcile ") + action);
    app.openBook(false);
    ReconciliationService service(app.session());
    if (action == QLatin1String("accept")) {
        const qint64 payment = app.isSet(QStringLiteral("invoice"))
            ? service.accept(id, app.value(QStringLiteral("invoice")))
            : service.accept(id);
        app.out() << tr("Bank line #%1 matched: payment #%2").arg(id).arg(payment) << '\n';
    } else if (action == QLatin1String("reject")) {
        service.reject(id);
        app.out() << tr("Bank line #%1: proposal rejected").arg(id) << '\n';
    } else if (action == QLatin1String("ignore")) {
        service.ignore(id, app.value(QStringLiteral("reason")));
        app.out() << tr("Bank line #%1 ignored").arg(id) << '\n';
    } else {
        service.unmatch(id);
        app.out() << tr("Bank line #%1 unmatched; its payment was reversed").arg(id) << '\n';
    }
    return 0;
}

} // namespace Accrue
