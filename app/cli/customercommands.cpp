// accrue-cli customer ... and payment-method ...
#include "billing/customerservice.h"
#include "billing/session.h"
#include "cliapp.h"
#include "common/error.h"
#include "domain/paymentmethodrules.h"
#include "exchange/customercsv.h"
#include "queries/booklists.h"
#include "reports/reporttable.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace Accrue {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Accrue::Cli", text);
}

QString codeArgument(CliApp &app, const char *usage)
{
    const QStringList args = app.commandArguments();
    if (args.size() != 1)
        throw UsageError { tr(usage) };
    return args.first();
}

Customer requireCustomer(CliApp &app, const QString &code)
{
    const std::optional<Customer> c = CustomerService(app.session()).findByCode(code);
    if (!c)
        throw Error(tr("No customer with the code “%1”").arg(code));
    return *c;
}

// The options a person gave, onto the customer and its first profile.
void applyOptions(CliApp &app, Customer &c, BillingProfile *profile)
{
    auto take = [&app](const char *option, QString &field) {
        if (app.isSet(QString::fromLatin1(option)))
            field = app.value(QString::fromLatin1(option));
    };
    take("name", c.name);
    if (app.isSet(QStringLiteral("currency"))) {
        const QString code = app.value(QStringLiteral("currency"));
        const std::optional<Currency> currency = Currency::fromCode(code);
        if (!currency)
            throw UsageError { tr("--currency: “%1” is not an ISO 4217 currency code").arg(code) };
        c.currency = *currency;
    }
    take("tax-id", c.taxId);
    take("email", c.email);
    take("language", c.language);
    take("notes", c.notes);
    if (app.isSet(QStringLiteral("terms")))
        c.paymentTermsDays = int(app.integerOption(QStringLiteral("terms"), 30, 0, 365));
    if (!profile)
        return;
    if (app.isSet(QStringLiteral("endpoint"))) {
        try {
            const ElectronicAddress address
                = ElectronicAddress::parse(app.value(QStringLiteral("endpoint")));
            profile->endpointScheme = address.scheme;
            profile->endpointId = address.id;
        } catch (const Error &e) {
            throw UsageError { QStringLiteral("--endpoint: ") + e.userMessage() };
        }
    }
    take("address", profile->addressLine1);
    take("city", profile->city);
    take("postal-code", profile->postalCode);
    take("country", profile->country);
    take("region", profile->region);
    take("state-province", profile->stateProvince);
    take("contact", profile->contactName);
    take("contact-email", profile->contactEmail);
    if (profile->contactEmail.isEmpty())
        profile->contactEmail = c.email;
}

void customerColumns(ReportSink &sink, const QString &title)
{
    using Type = ReportColumn::Type;
    sink.begin(title,
               { { QStringLiteral("code"), tr("Code"), Type::Text },
                 { QStringLiteral("name"), tr("Name"), Type::Text },
                 { QStringLiteral("currency"), tr("Currency"), Type::Text },
                 { QStringLiteral("terms_days"), tr("Terms"), Type::Integer },
                 { QStringLiteral("email"), tr("E-mail"), Type::Text },
                 { QStringLiteral("balance"), tr("Balance"), Type::Money },
                 { QStringLiteral("overdue"), tr("Overdue"), Type::Money },
                 { QStringLiteral("credit"), tr("Credit"), Type::Money },
                 { QStringLiteral("archived"), tr("Archived"), Type::Text } });
}

} // namespace

int runCustomerAdd(CliApp &app)
{
    Customer c;
    c.code = codeArgument(app, "customer add CODE --name NAME --currency CODE [...]");
    BillingProfile profile;
    applyOptions(app, c, &profile);
    app.openBook(false);
    CustomerService(app.session()).create(c, profile);
    app.out() << tr("Added customer %1 (%2)").arg(c.code, c.name) << '\n';
    return 0;
}

int runCustomerEdit(CliApp &app)
{
    const QString code = codeArgument(app, "customer edit CODE [--name ...]");
    app.openBook(false);
    Customer c = requireCustomer(app, code);
    CustomerService service(app.session());
    // The electronic address is the default billing profile's: an edit of
    // the customer sets it there, beside the customer's own fields.
    std::optional<BillingProfile> profile;
    if (app.isSet(QStringLiteral("endpoint"))) {
        const std::vector<BillingProfile> profiles = service.profiles(c.id);
        if (profiles.empty())
            throw Error(
                tr("Customer %1 has no billing profile for the electronic address").arg(c.code));
        profile = profiles.front(); // the default first
    }
    applyOptions(app, c, profile ? &*profile : nullptr);
    service.update(c);
    if (profile)
        service.updateProfile(*profile, profile->isDefault);
    app.out() << tr("Saved customer %1").arg(c.code) << '\n';
    return 0;
}

int runCustomerList(CliApp &app)
{
    app.openBook(false);
    CustomerListFilter filter;
    filter.search = app.value(QStringLiteral("customer"));
    filter.archived = app.isSet(QStringLiteral("archived"));
    filter.today = app.session().today();
    app.writeReport([&](ReportSink &sink) {
        customerColumns(sink, filter.archived ? tr("Archived customers") : tr("Customers"));
        BookLists lists(app.session().db());
        // A window at a time, each sought from the last row of the one before.
        auto window = ListWindow<CustomerListRow>::top(0, 1000);
        for (;;) {
            const std::vector<CustomerListRow> rows = lists.customers(filter, window);
            for (const CustomerListRow &r : rows)
                sink.row({ r.code, r.name, r.currency.code(), qint64(r.paymentTermsDays), r.email,
                           QVariant::fromValue(r.balance), QVariant::fromValue(r.overdue),
                           QVariant::fromValue(r.credit), r.archived ? tr("yes") : QString() });
            if (rows.size() < std::size_t(window.limit))
                break;
            window = { rows.back(), ListWindow<CustomerListRow>::Direction::Forward, 0, 1000 };
        }
        sink.end();
    });
    return 0;
}

int runCustomerShow(CliApp &app)
{
    const QString code = codeArgument(app, "customer show CODE");
    app.openBook(false);
    const Customer c = requireCustomer(app, code);
    CustomerService customers(app.session());
    app.writeReport([&](ReportSink &sink) {
        using Type = ReportColumn::Type;
        sink.begin(tr("Customer %1").arg(c.code),
                   { { QStringLiteral("field"), tr("Field"), Type::Text },
                     { QStringLiteral("value"), tr("Value"), Type::Text } });
        const std::pair<QString, QString> fields[] = {
            { tr("Code"), c.code },
            { tr("Name"), c.name },
            { tr("Currency"), c.currency.code() },
            { tr("Terms (days)"), QString::number(c.paymentTermsDays) },
            { tr("Tax ID"), c.taxId },
            { tr("E-mail"), c.email },
            { tr("Language"), c.language },
            { tr("Notes"), c.notes },
            { tr("Archived"),
              c.archivedAt.isValid() ? c.archivedAt.toString(Qt::ISODate) : QString() },
        };
        for (const auto &[field, value] : fields)
            sink.row({ field, value });
        for (const BillingProfile &p : customers.profiles(c.id))
            sink.row({ p.isDefault ? tr("Billing profile (default)") : tr("Billing profile"),
                       QStringList { p.name, p.addressLine1, p.postalCode, p.city, p.region,
                                     p.stateProvince, p.country, p.contactEmail }
                           .filter(QRegularExpression(QStringLiteral(".")))
                           .join(QStringLiteral(", ")) });
        for (const PaymentMethod &m : customers.paymentMethods(c.id))
            sink.row({ tr("Payment method"),
                       QStringList { PaymentMethodRules::kindName(m.kind), m.label,
                                     m.last4.isEmpty() ? QString() : QStringLiteral("…") + m.last4,
                                     m.expiry, m.mandateReference, m.account }
                           .filter(QRegularExpression(QStringLiteral(".")))
                           .join(QStringLiteral(", ")) });
        sink.end();
    });
    return 0;
}

int runCustomerImport(CliApp &app)
{
    const QString path = codeArgument(app, "customer import FILE.csv [--mapping MAP.json]");
    const QByteArray bytes = app.readImport(path, CustomerCsv::columns());
    app.openBook(false);
    const int created = CustomerService(app.session()).importCsv(bytes, QFileInfo(path).fileName());
    app.out() << QCoreApplication::translate("Accrue::Cli", "Imported %n customer(s)", nullptr,
                                             created)
              << '\n';
    return 0;
}

int runCustomerState(CliApp &app, const QString &action)
{
    const QString code = codeArgument(app, "customer archive|restore|delete CODE");
    app.openBook(false);
    const Customer c = requireCustomer(app, code);
    CustomerService customers(app.session());
    if (action == QLatin1String("archive")) {
        customers.archive(c.id);
        app.out() << tr("Archived customer %1; its history stays").arg(c.code) << '\n';
    } else if (action == QLatin1String("restore")) {
        customers.restore(c.id);
        app.out() << tr("Restored customer %1").arg(c.code) << '\n';
    } else if (action == QLatin1String("delete")) {
        customers.remove(c.id);
        app.out() << tr("Deleted customer %1").arg(c.code) << '\n';
    } else {
        throw UsageError { tr("Unknown command “customer %1”").arg(action) };
    }
    return 0;
}

int runPaymentMethod(CliApp &app, const QString &action)
{
    // Refused before anything is opened: these never travel further.
    if (app.isSet(QStringLiteral("cvc")))
        PaymentMethodRules::refuseSecurityCode();
    if (app.isSet(QStringLiteral("card-number")))
        throw Error(tr("--card-number: Accrue never stores a full card number; give --last4 "
                       "and the gateway's reference in --label"));
    const QString code = codeArgument(app, "payment-method add|list CUSTOMER [...]");
    app.openBook(false);
    const Customer c = requireCustomer(app, code);
    CustomerService customers(app.session());
    if (action == QLatin1String("add")) {
        PaymentMethod m;
        m.kind = app.value(QStringLiteral("kind"));
        m.label = app.value(QStringLiteral("label"));
        m.last4 = app.value(QStringLiteral("last4"));
        m.expiry = app.value(QStringLiteral("expiry"));
        m.mandateReference = app.value(QStringLiteral("mandate"));
        m.account = app.value(QStringLiteral("iban"));
        customers.addPaymentMethod(c.id, m);
        app.out() << tr("Added %1 for %2").arg(PaymentMethodRules::kindName(m.kind), c.code)
                  << (m.account.isEmpty() ? QString() : QStringLiteral(" (") + m.account + u')')
                  << '\n';
        return 0;
    }
    app.writeReport([&](ReportSink &sink) {
        using Type = ReportColumn::Type;
        sink.begin(tr("Payment methods of %1").arg(c.code),
                   { { QStringLiteral("kind"), tr("Kind"), Type::Text },
                     { QStringLiteral("label"), tr("Label"), Type::Text },
                     { QStringLiteral("last4"), tr("Last four"), Type::Text },
                     { QStringLiteral("expiry"), tr("Expiry"), Type::Text },
                     { QStringLiteral("mandate"), tr("Mandate"), Type::Text },
                     { QStringLiteral("account"), tr("Account"), Type::Text } });
        for (const PaymentMethod &m : customers.paymentMethods(c.id))
            sink.row({ m.kind, m.label, m.last4, m.expiry, m.mandateReference, m.account });
        sink.end();
    });
    return 0;
}

} // namespace Accrue
