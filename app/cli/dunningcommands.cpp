// accrue-cli dunning run|steps|flagged|clear-flag: reminders of what customers owe
// (issue 15). Queued reminders go out with `accrue-cli mail deliver`.

#include "billing/invoiceservice.h"
#include "billing/session.h"
#include "cliapp.h"
#include "common/error.h"
#include "dunning/dunningschedule.h"
#include "dunning/dunningservice.h"
#include "exchange/outputfile.h"
#include "mail/mailsettings.h"
#include "reports/reporttable.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonDocument>
#include <algorithm>

namespace Accrue {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Accrue::Cli", text);
}

QString feeText(const DunningStep &s)
{
    switch (s.fee) {
    case DunningStep::Fee::Fixed:
        return s.feeAmount;
    case DunningStep::Fee::Percent:
        return QStringLiteral("%1 bp").arg(s.feeBasisPoints);
    case DunningStep::Fee::None:
        break;
    }
    return {};
}

void writePlan(CliApp &app, const QString &title, const std::vector<DunningPlanRow> &rows)
{
    app.writeReport([&](ReportSink &sink) {
        using Type = ReportColumn::Type;
        sink.begin(title,
                   { { QStringLiteral("invoice"), tr("Invoice"), Type::Text },
                     { QStringLiteral("customer_code"), tr("Code"), Type::Text },
                     { QStringLiteral("customer"), tr("Customer"), Type::Text },
                     { QStringLiteral("step"), tr("Step"), Type::Text },
                     { QStringLiteral("action"), tr("Action"), Type::Text },
                     { QStringLiteral("days_overdue"), tr("Days"), Type::Integer },
                     { QStringLiteral("balance"), tr("Open"), Type::Money },
                     { QStringLiteral("fee"), tr("Fee"), Type::Money },
                     { QStringLiteral("recipient"), tr("Recipient"), Type::Text },
                     { QStringLiteral("problem"), tr("Problem"), Type::Text } });
        for (const DunningPlanRow &r : rows)
            sink.row({ r.invoiceNumber, r.customerCode, r.customerName, r.step.key,
                       DunningStep::actionKey(r.step.action), r.daysOverdue,
                       r.balance.currency().code(), QVariant::fromValue(r.balance),
                       QVariant::fromValue(r.fee), r.recipient, r.problem });
        sink.end();
    });
}

int dunningRun(CliApp &app)
{
    if (!app.commandArguments().isEmpty())
        throw UsageError { tr("dunning run takes no arguments (dunning run [--dry-run] "
                              "[--date D])") };
    app.openBook(false);
    const QDate date = app.dateOption(QStringLiteral("date"), app.session().today());
    const bool dryRun = app.isSet(QStringLiteral("dry-run"));
    const MailSettings mail = MailSettingsService(app.session()).load();
    DunningService service(app.session(), mail);
    const std::vector<DunningPlanRow> plan = service.plan(date);
    if (dryRun) {
        writePlan(app, tr("Dunning plan for %1 (dry run)").arg(date.toString(Qt::ISODate)), plan);
        return 0;
    }
    const bool sends = std::any_of(plan.begin(), plan.end(),
                                   [](const DunningPlanRow &r) { return r.step.sendsMail(); });
    if (sends && !mail.isConfigured())
        throw Error(tr("E-mail is not set up: accrue-cli mail settings set --smtp-host HOST "
                       "--from-address ADDRESS ..."));
    const DunningRunResult result = service.execute(date, plan);
    writePlan(app, tr("Dunning run for %1").arg(date.toString(Qt::ISODate)), plan);
    // The counts go to standard error so that CSV and JSON stay machine-readable.
    for (const QString &problem : result.problems)
        app.err() << problem << '\n';
    app.err() << tr("Queued %1 reminders, flagged %2 invoices for review, issued %3 late "
                    "fees; %4 already done, %5 no longer due, %6 with problems")
                     .arg(result.queued)
                     .arg(result.flagged)
                     .arg(result.lateFees)
                     .arg(result.alreadyDone)
                     .arg(result.noLongerDue)
                     .arg(result.problems.size())
              << '\n';
    if (result.queued > 0)
        app.err() << tr("Send them with: accrue-cli mail deliver") << '\n';
    return result.problems.isEmpty() ? 0 : 1;
}

int dunningSteps(CliApp &app)
{
    const QStringList args = app.commandArguments();
    const QString action = args.value(0);
    app.openBook(false);
    DunningSettingsService service(app.session());
    if (action == QLatin1String("show") && args.size() == 1) {
        const DunningSchedule s = service.load();
        // JSON is the schedule itself: what `dunning steps set FILE` reads.
        if (app.value(QStringLiteral("format")) == QLatin1String("json")) {
            const QByteArray json = QJsonDocument(s.toJson()).toJson(QJsonDocument::Indented);
            if (!app.isSet(QStringLiteral("output"))) {
                app.out() << QString::fromUtf8(json);
                return 0;
            }
            OutputFile file(app.value(QStringLiteral("output")));
            file.device()->write(json);
            file.commit();
            return 0;
        }
        app.writeReport([&](ReportSink &sink) {
            using Type = ReportColumn::Type;
            sink.begin(tr("Dunning steps"),
                       { { QStringLiteral("key"), tr("Key"), Type::Text },
                         { QStringLiteral("name"), tr("Name"), Type::Text },
                         { QStringLiteral("day"), tr("Day"), Type::Integer },
                         { QStringLiteral("action"), tr("Action"), Type::Text },
                         { QStringLiteral("fee"), tr("Fee"), Type::Text },
                         { QStringLiteral("subject"), tr("Subject"), Type::Text } });
            for (const DunningStep &step : s.steps)
                sink.row({ step.key, step.name, step.day, DunningStep::actionKey(step.action),
                           feeText(step), step.subject });
            sink.end();
        });
        return 0;
    }
    if (action == QLatin1String("set") && args.size() == 2) {
        QJsonParseError error {};
        const QJsonDocument doc = QJsonDocument::fromJson(CliApp::readFile(args[1]), &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            throw Error(tr("%1: not a JSON object: %2").arg(args[1], error.errorString()));
        DunningSchedule s = DunningSchedule::fromJson(doc.object());
        s.version = service.load().version; // the file replaces whatever is stored
        s = service.save(s);
        app.out() << tr("Saved %1 dunning steps (version %2)").arg(s.steps.size()).arg(s.version)
                  << '\n';
        return 0;
    }
    throw UsageError { tr("use dunning steps show, or dunning steps set FILE.json") };
}

int dunningFlagged(CliApp &app)
{
    app.openBook(false);
    const MailSettings mail = MailSettingsService(app.session()).load();
    const std::vector<DunningNotice> flagged = DunningService(app.session(), mail).flagged();
    app.writeReport([&](ReportSink &sink) {
        using Type = ReportColumn::Type;
        sink.begin(tr("Invoices flagged for review"),
                   { { QStringLiteral("invoice"), tr("Invoice"), Type::Text },
                     { QStringLiteral("step"), tr("Step"), Type::Text },
                     { QStringLiteral("date"), tr("Date"), Type::Date },
                     { QStringLiteral("days_overdue"), tr("Days"), Type::Integer },
                     { QStringLiteral("user"), tr("By"), Type::Text } });
        for (const DunningNotice &n : flagged)
            sink.row({ n.invoiceNumber, n.stepKey, n.date, n.daysOverdue, n.userName });
        sink.end();
    });
    return 0;
}

int dunningClearFlag(CliApp &app)
{
    const QStringList args = app.commandArguments();
    if (args.size() != 1)
        throw UsageError { tr("use dunning clear-flag NUMBER [--note TEXT]") };
    app.openBook(false);
    const Invoice invoice = InvoiceService(app.session()).loadByNumber(args[0]);
    const MailSettings mail = MailSettingsService(app.session()).load();
    DunningService(app.session(), mail).clearFlag(invoice.id, app.value(QStringLiteral("note")));
    app.out() << tr("Cleared the review flag of invoice %1").arg(invoice.number) << '\n';
    return 0;
}

} // namespace

int runDunning(CliApp &app, const QString &sub)
{
    if (sub == QLatin1String("run"))
        return dunningRun(app);
    if (sub == QLatin1String("steps"))
        return dunningSteps(app);
    if (sub == QLatin1String("flagged"))
        return dunningFlagged(app);
    if (sub == QLatin1String("clear-flag"))
        return dunningClearFlag(app);
    throw UsageError {
        tr("Unknown command “dunning %1” (run, steps, flagged, clear-flag)").arg(sub)
    };
}

} // namespace Accrue
