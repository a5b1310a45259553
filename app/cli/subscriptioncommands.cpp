// accrue-cli subscription ... and billing run.
#include "billing/billingrun.h"
#include "billing/customerservice.h"
#include "billing/session.h"
#include "billing/subscriptionservice.h"
#include "cliapp.h"
#include "common/error.h"
#include "common/isodate.h"
#include "exchange/subscriptioncsv.h"
#include "reports/reporttable.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>

namespace Accrue {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Accrue::Cli", text);
}

qint64 idArgument(CliApp &app, const char *usage)
{
    const QStringList args = app.commandArguments();
    bool ok = false;
    const qint64 id = args.size() == 1 ? args.first().toLongLong(&ok) : 0;
    if (!ok || id <= 0)
        throw UsageError { tr(usage) };
    return id;
}

Customer requireCustomer(CliApp &app, const QString &code)
{
    const std::optional<Customer> c = CustomerService(app.session()).findByCode(code);
    if (!c)
        throw Error(tr("No customer with the code “%1”").arg(code));
    return *c;
}

Plan requirePlan(CliApp &app, const QString &code)
{
    for (Plan &plan : CustomerService(app.session()).plans())
        if (plan.code.compare(code, Qt::CaseInsensitive) == 0)
            return std::move(plan);
    throw Error(tr("No plan with the code “%1”").arg(code));
}

QDate requiredDate(CliApp &app)
{
    if (!app.isSet(QStringLiteral("date")))
        throw UsageError { tr("--date: give the date the change takes effect (YYYY-MM-DD)") };
    return app.dateOption(QStringLiteral("date"), {});
}

// Codes instead of ids in lists: what people type.
struct Names
{
    QHash<qint64, QString> customers;
    QHash<qint64, QString> plans;

    explicit Names(CliApp &app)
    {
        CustomerService service(app.session());
        for (const Customer &c : service.list())
            customers.insert(c.id, c.code);
        for (const Plan &p : service.plans())
            plans.insert(p.id, p.code);
    }
    QString customer(qint64 id) const { return customers.value(id, QString::number(id)); }
    QString plan(qint64 id) const { return plans.value(id, QString::number(id)); }
};

int add(CliApp &app)
{
    if (!app.commandArguments().isEmpty() || !app.isSet(QStringLiteral("customer"))
        || !app.isSet(QStringLiteral("plan")))
        throw UsageError { tr("subscription add --customer CODE --plan CODE [--licenses N] "
                              "[--start DATE] [...]") };
    Subscription s;
    s.licenses = int(app.integerOption(QStringLiteral("licenses"), 1, 1, 1'000'000));
    s.startDate = app.dateOption(QStringLiteral("start"), {});
    s.name = app.value(QStringLiteral("name"));
    s.region = app.value(QStringLiteral("region"));
    s.stateProvince = app.value(QStringLiteral("state-province"));
    s.billingProfileId
        = app.integerOption(QStringLiteral("profile"), 0, 1, std::numeric_limits<qint64>::max());
    app.openBook(false);
    const Customer customer = requireCustomer(app, app.value(QStringLiteral("customer")));
    const Plan plan = requirePlan(app, app.value(QStringLiteral("plan")));
    s.customerId = customer.id;
    s.planId = plan.id;
    SubscriptionService(app.session()).add(s);
    app.out() << tr("Added subscription %1: %2 on %3, %4 license(s), %5; first billed on %6")
                     .arg(s.id)
                     .arg(customer.code, plan.code)
                     .arg(s.licenses)
                     .arg(s.status, isoDate(s.renewalDate))
              << '\n';
    return 0;
}

int change(CliApp &app)
{
    const qint64 id
        = idArgument(app, "subscription change ID [--plan CODE] [--licenses N] --date D");
    if (!app.isSet(QStringLiteral("plan")) && !app.isSet(QStringLiteral("licenses")))
        throw UsageError { tr("subscription change: give --plan, --licenses or both") };
    const QDate date = requiredDate(app);
    const int licenses = int(app.integerOption(QStringLiteral("licenses"), 0, 1, 1'000'000));
    app.openBook(false);
    SubscriptionService service(app.session());
    const qint64 plan = app.isSet(QStringLiteral("plan"))
        ? requirePlan(app, app.value(QStringLiteral("plan"))).id
        : 0;
    service.change(id, plan, licenses, date); // both or neither

    app.out() << tr("Changed subscription %1 from %2; the next billing run prorates it")
                     .arg(id)
                     .arg(isoDate(date))
              << '\n';
    return 0;
}

int state(CliApp &app, const QString &action)
{
    const qint64 id = idArgument(app, "subscription pause|resume|cancel ID --date D");
    const QDate date = requiredDate(app);
    app.openBook(false);
    SubscriptionService service(app.session());
    if (action == QLatin1String("pause"))
        service.pause(id, date);
    else if (action == QLatin1String("resume"))
        service.resume(id, date);
    else
        service.cancel(id, date, app.isSet(QStringLiteral("at-period-end")));
    const Subscription s = service.load(id);
    app.out() << tr("Subscription %1 is %2").arg(id).arg(s.status)
              << (s.endDate.isValid() ? tr("; served through %1").arg(isoDate(s.endDate))
                                      : QString())
              << '\n';
    return 0;
}

int list(CliApp &app)
{
    const QString status = app.value(QStringLiteral("status"));
    if (!status.isEmpty() && !SubscriptionService::isStatus(status))
        throw UsageError {
            tr("--status: “%1” is not trial, active, paused or cancelled").arg(status)
        };
    app.openBook(false);
    qint64 customerId = 0;
    if (app.isSet(QStringLiteral("customer")))
        customerId = requireCustomer(app, app.value(QStringLiteral("customer"))).id;
    const Names names(app);
    app.writeReport([&](ReportSink &sink) {
        using Type = ReportColumn::Type;
        sink.begin(tr("Subscriptions"),
                   { { QStringLiteral("id"), tr("ID"), Type::Integer },
                     { QStringLiteral("customer"), tr("Customer"), Type::Text },
                     { QStringLiteral("plan"), tr("Plan"), Type::Text },
                     { QStringLiteral("name"), tr("Name"), Type::Text },
                     { QStringLiteral("licenses"), tr("Licenses"), Type::Integer },
                     { QStringLiteral("status"), tr("Status"), Type::Text },
                     { QStringLiteral("start"), tr("Start"), Type::Date },
                     { QStringLiteral("renewal"), tr("Next period"), Type::Date },
                     { QStringLiteral("billed_through"), tr("Billed through"), Type::Date },
                     { QStringLiteral("end"), tr("End"), Type::Date } });
        for (const Subscription &s : SubscriptionService(app.session()).list(customerId, status))
            sink.row({ s.id, names.customer(s.customerId), names.plan(s.planId), s.name,
                       qint64(s.licenses), s.status, s.startDate, s.renewalDate, s.billedThrough,
                       s.endDate });
        sink.end();
    });
    return 0;
}

int show(CliApp &app)
{
    const qint64 id = idArgument(app, "subscription show ID");
    app.openBook(false);
    SubscriptionService service(app.session());
    const Subscription s = service.load(id);
    const Names names(app);
    app.writeReport([&](ReportSink &sink) {
        using Type = ReportColumn::Type;
        sink.begin(tr("Subscription %1").arg(id),
                   { { QStringLiteral("field"), tr("Field"), Type::Text },
                     { QStringLiteral("value"), tr("Value"), Type::Text } });
        const std::pair<QString, QString> fields[] = {
            { tr("Customer"), names.customer(s.customerId) },
            { tr("Plan"), names.plan(s.planId) },
            { tr("Name"), s.name },
            { tr("Licenses"), QString::number(s.licenses) },
            { tr("Status"), s.status },
            { tr("Start"), isoDate(s.startDate) },
            { tr("Trial ends"), isoDate(s.trialEnd) },
            { tr("Next period"), isoDate(s.renewalDate) },
            { tr("Billed through"), isoDate(s.billedThrough) },
            { tr("Paused on"), isoDate(s.pausedAt) },
            { tr("Cancelled on"), isoDate(s.cancelledAt) },
            { tr("End"), isoDate(s.endDate) },
            { tr("Region"), s.region },
            { tr("State/province"), s.stateProvince },
        };
        for (const auto &[field, value] : fields)
            sink.row({ field, value });
        for (const SubscriptionChange &c : service.changes(id)) {
            QString what = c.kind;
            if (c.kind == SubscriptionChangeKind::Plan)
                what += u' ' + names.plan(c.oldPlanId) + QStringLiteral(" → ")
                    + names.plan(c.newPlanId);
            else if (c.kind == SubscriptionChangeKind::Quantity)
                what += QStringLiteral(" %1 → %2").arg(c.oldLicenses).arg(c.newLicenses);
            what += QStringLiteral(", %1, %2")
                        .arg(c.userName, c.billed ? tr("billed") : tr("not billed yet"));
            sink.row({ tr("Change %1").arg(isoDate(c.effectiveDate)), what });
        }
        sink.end();
    });
    return 0;
}

int import(CliApp &app)
{
    const QStringList args = app.commandArguments();
    if (args.size() != 1)
        throw UsageError { tr("subscription import FILE.csv") };
    const QByteArray bytes = app.readImport(args.first(), SubscriptionCsv::columns());
    app.openBook(false);
    const int created
        = SubscriptionService(app.session()).importCsv(bytes, QFileInfo(args.first()).fileName());
    app.out() << QCoreApplication::translate("Accrue::Cli", "Imported %n subscription(s)", nullptr,
                                             created)
              << '\n';
    return 0;
}

void itemColumns(ReportSink &sink, const QString &title)
{
    using Type = ReportColumn::Type;
    sink.begin(title,
               { { QStringLiteral("kind"), tr("Kind"), Type::Text },
                 { QStringLiteral("key"), tr("Billing key"), Type::Text },
                 { QStringLiteral("subscription"), tr("Subscription"), Type::Integer },
                 { QStringLiteral("customer"), tr("Customer"), Type::Text },
                 { QStringLiteral("from"), tr("From"), Type::Date },
                 { QStringLiteral("to"), tr("To"), Type::Date },
                 { QStringLiteral("description"), tr("Description"), Type::Text },
                 { QStringLiteral("net"), tr("Net"), Type::Money } });
}

void itemRow(ReportSink &sink, const BillingItem &item)
{
    QStringList lines;
    for (const BillingLine &l : item.lines)
        lines << l.description;
    const bool note = item.kind == BillingItem::Kind::CreditNote;
    sink.row({ note ? tr("credit note") : tr("invoice"), item.billingKey, item.subscriptionId,
               item.customerCode, item.periodStart, item.periodEnd,
               lines.join(QStringLiteral("; ")),
               QVariant::fromValue(note ? -item.net : item.net) });
}

} // namespace

int runSubscription(CliApp &app, const QString &action)
{
    if (action == QLatin1String("add"))
        return add(app);
    if (action == QLatin1String("change"))
        return change(app);
    if (action == QLatin1String("pause") || action == QLatin1String("resume")
        || action == QLatin1String("cancel"))
        return state(app, action);
    if (action == QLatin1String("list"))
        return list(app);
    if (action == QLatin1String("show"))
        return show(app);
    if (action == QLatin1String("import"))
        return import(app);
    throw UsageError { tr("Unknown command “subscription %1”").arg(action) };
}

int runBillingRun(CliApp &app)
{
    if (app.isSet(QStringLiteral("issue")) && app.isSet(QStringLiteral("draft")))
        throw UsageError { tr("--issue and --draft exclude each other") };
    if (!app.isSet(QStringLiteral("date")))
        throw UsageError { tr("billing run --date D: give the date to bill up to") };
    const QDate date = app.dateOption(QStringLiteral("date"), {});
    std::optional<bool> issue;
    if (app.isSet(QStringLiteral("issue")) || app.isSet(QStringLiteral("draft")))
        issue = app.isSet(QStringLiteral("issue"));
    app.openBook(false);
    BillingRun billing(app.session());
    if (app.isSet(QStringLiteral("preview"))) {
        app.writeReport([&](ReportSink &sink) {
            itemColumns(sink, tr("Billing run preview for %1").arg(isoDate(date)));
            billing.preview(date, issue, [&sink](const BillingItem &item) { itemRow(sink, item); });
            sink.end();
        });
        return 0;
    }
    // What was made is listed only when a format is asked for: a run over
    // a large book makes a long list.
    std::vector<BillingItem> made;
    const bool listMade = app.isSet(QStringLiteral("format"));
    QElapsedTimer timer;
    timer.start();
    const BillingRun::Result result = billing.run(date, issue, [&](const BillingItem &item) {
        if (listMade)
            made.push_back(item);
    });
    const double seconds = std::max(1e-3, double(timer.nsecsElapsed()) / 1e9);
    if (listMade) {
        app.writeReport([&](ReportSink &sink) {
            itemColumns(sink, tr("Billing run %1 for %2").arg(result.runId).arg(isoDate(date)));
            for (const BillingItem &item : made)
                itemRow(sink, item);
            sink.end();
        });
        return 0;
    }
    app.out() << tr("Billing run %1 for %2: %3 invoice(s) %4, %5 credit note(s), %6 "
                    "subscription(s) in %7 s (%8 invoices/s)")
                     .arg(result.runId)
                     .arg(isoDate(date))
                     .arg(result.invoices)
                     .arg(result.issued ? tr("issued") : tr("left as drafts"))
                     .arg(result.creditNotes)
                     .arg(result.subscriptions)
                     .arg(seconds, 0, 'f', 2)
                     .arg(double(result.invoices) / seconds, 0, 'f', 0)
              << '\n';
    return 0;
}

} // namespace Accrue
