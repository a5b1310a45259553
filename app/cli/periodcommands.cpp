// accrue-cli close-period | reopen-period | periods: month-end close with a
// lock date (issue 16). close-period is meant to run from cron: its exit
// code says what happened (CliApp's usage text lists them).

#include "billing/periodcloseservice.h"
#include "billing/session.h"
#include "cliapp.h"
#include "common/error.h"
#include "reports/reporttable.h"

#include <QCoreApplication>

namespace Accrue {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Accrue::Cli", text);
}

// close-period's exit codes besides 0 (closed), 1 (error) and 2 (usage).
constexpr int exitBlocked = 3;
constexpr int exitAlreadyClosed = 4;

QDate monthArgument(CliApp &app, const QString &usage)
{
    const QStringList args = app.commandArguments();
    if (args.size() != 1)
        throw UsageError { usage };
    const QDate month = PeriodText::parseMonth(args[0]);
    if (!month.isValid())
        throw UsageError { tr("“%1” is not a month (use YYYY-MM)").arg(args[0]) };
    return month;
}

bool machineFormat(CliApp &app)
{
    return app.isSet(QStringLiteral("format"))
        && app.value(QStringLiteral("format")) != QLatin1String("table");
}

void writeChecklist(CliApp &app, const CloseChecklist &list, const QString &title)
{
    app.writeReport([&](ReportSink &sink) {
        using Type = ReportColumn::Type;
        sink.begin(title,
                   { { QStringLiteral("check"), tr("Check"), Type::Text },
                     { QStringLiteral("status"), tr("Status"), Type::Text },
                     { QStringLiteral("figures"), tr("Figures"), Type::Text },
                     { QStringLiteral("note"), tr("Note"), Type::Text } });
        for (const CloseCheck &c : list.checks)
            sink.row({ c.key, closeStatusKey(c.status), c.figuresText(), c.note });
        sink.end();
    });
}

int closePeriod(CliApp &app)
{
    const QDate month
        = monthArgument(app, tr("use close-period YYYY-MM [--dry-run] [--format table|csv|json]"));
    app.openBook(false);
    Session &session = app.session();
    PeriodCloseService service(session, PeriodCloseService::recognizerFor(session));
    const QString name = PeriodText::monthName(month);
    const PeriodLock lock = service.lock();
    if (lock.isClosed(month)) {
        app.err() << tr("%1 is already closed: the books are closed through %2")
                         .arg(name, lock.closedThrough.toString(Qt::ISODate))
                  << '\n';
        return exitAlreadyClosed;
    }
    const CloseChecklist list = service.checklist(month);
    const bool dryRun = app.isSet(QStringLiteral("dry-run"));
    if (dryRun || list.isBlocked())
        writeChecklist(
            app, list,
            tr("Month-end checklist for %1%2").arg(name, dryRun ? tr(" (dry run)") : QString()));
    if (list.isBlocked()) {
        app.err() << tr("%1 cannot be closed: %2 blocking, %3 warnings (see the checklist)")
                         .arg(name)
                         .arg(list.count(CloseStatus::Blocking))
                         .arg(list.count(CloseStatus::Warning))
                  << '\n';
        return exitBlocked;
    }
    if (dryRun)
        return 0;
    const PeriodCloseService::Result result = service.close(month);
    writeChecklist(app, result.checklist, tr("Month-end checklist for %1").arg(name));
    // The summary: after a table on standard output, to standard error
    // after CSV or JSON (which stay machine-readable).
    QTextStream &summary = machineFormat(app) ? app.err() : app.out();
    summary << tr("Closed %1: the books are closed through %2 (%3 warnings)")
                   .arg(name, result.lock.closedThrough.toString(Qt::ISODate))
                   .arg(result.checklist.count(CloseStatus::Warning))
            << '\n';
    if (!result.recognition.isEmpty())
        summary << result.recognition << '\n';
    // Keep this line outside the book: `audit verify --checkpoint` proves
    // later that the trail still extends it.
    summary << tr("Audit checkpoint: %1").arg(result.checkpoint) << '\n';
    if (!result.checkpointWarning.isEmpty())
        summary << result.checkpointWarning << '\n';
    return 0;
}

int reopenPeriod(CliApp &app)
{
    const QDate month = monthArgument(app, tr("use reopen-period YYYY-MM --reason TEXT"));
    if (app.value(QStringLiteral("reason")).trimmed().isEmpty())
        throw UsageError { tr("reopen-period needs --reason TEXT (why the period is reopened)") };
    app.openBook(false);
    PeriodCloseService service(app.session());
    const PeriodLock before = service.lock();
    const PeriodLock after = service.reopen(month, app.value(QStringLiteral("reason")));
    const QString reopened = month.addMonths(1) > before.closedThrough
        ? PeriodText::monthName(month)
        : tr("%1 to %2")
              .arg(PeriodText::monthName(month), PeriodText::monthName(before.closedThrough));
    app.out() << (after.closedThrough.isValid()
                      ? tr("Reopened %1: the books are closed through %2")
                            .arg(reopened, after.closedThrough.toString(Qt::ISODate))
                      : tr("Reopened %1: no period is closed").arg(reopened))
              << '\n';
    return 0;
}

int periods(CliApp &app)
{
    if (!app.commandArguments().isEmpty())
        throw UsageError { tr("periods takes no arguments") };
    app.openBook(false);
    PeriodCloseService service(app.session());
    const PeriodLock lock = service.lock();
    const QString title = lock.closedThrough.isValid()
        ? tr("Books closed through %1 (closes since %2); next to close: %3")
              .arg(lock.closedThrough.toString(Qt::ISODate), PeriodText::monthKey(lock.closedFrom),
                   PeriodText::monthKey(service.nextMonthToClose()))
        : tr("No period is closed");
    const std::vector<PeriodEvent> history = service.history();
    app.writeReport([&](ReportSink &sink) {
        using Type = ReportColumn::Type;
        sink.begin(title,
                   { { QStringLiteral("period"), tr("Period"), Type::Text },
                     { QStringLiteral("action"), tr("Action"), Type::Text },
                     { QStringLiteral("closed_through"), tr("Closed through"), Type::Date },
                     { QStringLiteral("user"), tr("By"), Type::Text },
                     { QStringLiteral("at"), tr("At (UTC)"), Type::Text },
                     { QStringLiteral("reason"), tr("Reason"), Type::Text },
                     { QStringLiteral("summary"), tr("Posted"), Type::Text } });
        for (const PeriodEvent &e : history)
            sink.row({ PeriodText::monthKey(e.month), PeriodEvent::actionKey(e.action),
                       e.closedThrough, e.userName, e.at.toString(Qt::ISODate), e.reason,
                       e.summary });
        sink.end();
    });
    return 0;
}

} // namespace

int runPeriodCommand(CliApp &app, const QString &command)
{
    if (command == QLatin1String("close-period"))
        return closePeriod(app);
    if (command == QLatin1String("reopen-period"))
        return reopenPeriod(app);
    return periods(app);
}

} // namespace Accrue
