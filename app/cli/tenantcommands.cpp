// accrue-cli tenant add|list|move: the Distributor → Partner → Customer tree
// (TenantService); `user add --tenant` is in teamcommands.cpp.
#include "billing/session.h"
#include "billing/tenantservice.h"
#include "cliapp.h"
#include "common/error.h"
#include "reports/reporttable.h"
#include "storage/customerrepository.h"

#include <QCoreApplication>

namespace Accrue {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Accrue::Cli", text);
}

qint64 customerIdOf(CliApp &app, const QString &code)
{
    // Outside the user's scope a customer is not found (CustomerRepository).
    const std::optional<Customer> c = CustomerRepository(app.session().db()).findByCode(code);
    if (!c)
        throw Error(tr("There is no customer with the code “%1”").arg(code));
    return c->id;
}

int tenantAdd(CliApp &app)
{
    if (!app.commandArguments().isEmpty())
        throw UsageError { tr("tenant add takes no arguments (--kind, --parent, --name)") };
    const auto kind = tenantKindFromKey(app.value(QStringLiteral("kind")));
    if (!kind || *kind == TenantKind::Distributor)
        throw UsageError { tr("--kind: partner or customer") };
    if (!app.isSet(QStringLiteral("parent")) || !app.isSet(QStringLiteral("name")))
        throw UsageError { tr("tenant add needs --parent ID|NAME and --name NAME") };
    if ((*kind == TenantKind::Customer) != app.isSet(QStringLiteral("customer")))
        throw UsageError { tr("--customer CODE goes with --kind customer, and only with it") };
    app.openBook(false);
    TenantService service(app.session());
    const Tenant parent = service.resolve(app.value(QStringLiteral("parent")));
    const qint64 customerId = *kind == TenantKind::Customer
        ? customerIdOf(app, app.value(QStringLiteral("customer")))
        : 0;
    const Tenant t = service.add(*kind, parent.id, app.value(QStringLiteral("name")), customerId);
    app.out() << tr("Tenant %1 “%2” (%3) added under “%4”")
                     .arg(t.id)
                     .arg(t.name, tenantKindKey(t.kind), parent.name)
              << '\n';
    return 0;
}

int tenantList(CliApp &app)
{
    if (!app.commandArguments().isEmpty())
        throw UsageError { tr("tenant list takes no arguments") };
    app.openBook(false);
    const std::vector<Tenant> tree = TenantService(app.session()).subtree();
    const bool table = !app.isSet(QStringLiteral("format"))
        || app.value(QStringLiteral("format")) == QLatin1String("table");
    CustomerRepository customers(app.session().db());
    app.writeReport([&](ReportSink &sink) {
        using Type = ReportColumn::Type;
        sink.begin(tr("Tenants"),
                   { { QStringLiteral("id"), tr("Id"), Type::Integer },
                     { QStringLiteral("tenant"), tr("Tenant"), Type::Text },
                     { QStringLiteral("kind"), tr("Kind"), Type::Text },
                     { QStringLiteral("parent_id"), tr("Parent"), Type::Integer },
                     { QStringLiteral("depth"), tr("Depth"), Type::Integer },
                     { QStringLiteral("customer"), tr("Customer"), Type::Text } });
        for (const Tenant &t : tree) {
            // The table shows the tree by indentation; CSV and JSON keep
            // the name as it is and give the depth and parent apart.
            const QString name = table ? QString(t.depth * 2, u' ') + t.name : t.name;
            QString customer;
            if (t.customerId > 0)
                if (const std::optional<Customer> c = customers.find(t.customerId))
                    customer = c->code;
            sink.row({ t.id, name, tenantKindKey(t.kind), t.parentId, t.depth, customer });
        }
        sink.end();
    });
    return 0;
}

int tenantMove(CliApp &app)
{
    const QStringList args = app.commandArguments();
    if (args.size() != 1 || !app.isSet(QStringLiteral("to")))
        throw UsageError { tr("use tenant move CUSTOMER --to TENANT") };
    app.openBook(false);
    TenantService service(app.session());
    const Tenant target = service.resolve(app.value(QStringLiteral("to")));
    service.moveCustomer(customerIdOf(app, args.first()), target.id);
    app.out() << tr("Customer %1 now belongs to “%2”").arg(args.first(), target.name) << '\n';
    return 0;
}

} // namespace

int runTenant(CliApp &app, const QString &action)
{
    if (action == QLatin1String("add"))
        return tenantAdd(app);
    if (action == QLatin1String("list"))
        return tenantList(app);
    if (action == QLatin1String("move"))
        return tenantMove(app);
    throw UsageError { tr("Unknown command “tenant %1” (add, list, move)").arg(action) };
}

} // namespace Accrue
