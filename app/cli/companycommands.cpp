// accrue-cli company show|set: the issuing company, as the first-run
// assistant sets it up.
#include "billing/booksetup.h"
#include "billing/session.h"
#include "billing/settingsservice.h"
#include "cliapp.h"
#include "common/error.h"
#include "reports/reporttable.h"

#include <QCoreApplication>
#include <algorithm>

namespace Accrue {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Accrue::Cli", text);
}

// --option yes|no into `field`, when given.
void takeYesNo(CliApp &app, const char *option, bool &field)
{
    const QString name = QString::fromLatin1(option);
    if (!app.isSet(name))
        return;
    const QString value = app.value(name).trimmed().toLower();
    if (value != QLatin1String("yes") && value != QLatin1String("no"))
        throw UsageError { tr("--%1: yes or no, not “%2”").arg(name, value) };
    field = value == QLatin1String("yes");
}

int runCompanyShow(CliApp &app)
{
    app.openBook(false);
    const CompanySettings c = SettingsService(app.session()).company();
    app.writeReport([&](ReportSink &sink) {
        using Type = ReportColumn::Type;
        sink.begin(tr("Company"),
                   { { QStringLiteral("field"), tr("Field"), Type::Text },
                     { QStringLiteral("value"), tr("Value"), Type::Text } });
        const std::pair<QString, QString> fields[] = {
            { tr("Legal name"), c.legalName },
            { tr("Address"), c.address },
            { tr("Tax ID"), c.taxId },
            { tr("Currency"), c.currency },
            { tr("Tax country"), c.taxCountry },
            { tr("Terms (days)"), QString::number(c.defaultTermsDays) },
            { tr("Invoice prefix"), c.invoicePrefix },
            { tr("Credit note prefix"), c.creditNotePrefix },
            { tr("Receipt prefix"), c.receiptPrefix },
            { tr("Billing runs"), c.billingRunIssues ? tr("issue invoices") : tr("leave drafts") },
            { tr("IBAN"), c.iban },
            { tr("BIC"), c.bic },
            { tr("Bank"), c.bankName },
            { tr("Account number"), c.accountNumber },
            { tr("Routing number"), c.routingNumber },
            { tr("Registration number"), c.registrationNumber },
            { tr("Electronic address"), c.electronicAddress().text() },
            { tr("Accent colour"), c.accent() },
            { tr("Show customer code"), c.showCustomerCode ? tr("yes") : tr("no") },
            { tr("Show status stamp"), c.showStatusStamp ? tr("yes") : tr("no") },
        };
        for (const auto &[field, value] : fields)
            sink.row({ field, value });
        sink.end();
    });
    return 0;
}

// Changes only what is given; the first time (an empty book), the company's
// currency is required, as the assistant asks for it.
int runCompanySet(CliApp &app)
{
    app.openBook(false);
    SettingsService settings(app.session());
    // The book's rule for customer tenants (My Account), apart from the
    // company: given alone, it is all that changes.
    const QString quantityOption = QStringLiteral("customers-change-quantity");
    if (app.isSet(quantityOption)) {
        bool allowed = settings.customersMayChangeQuantity();
        takeYesNo(app, "customers-change-quantity", allowed);
        settings.setCustomersMayChangeQuantity(allowed);
        app.out() << (allowed ? tr("Customers may change their subscriptions' quantities")
                              : tr("Customers may not change their subscriptions' quantities"))
                  << '\n';
        static const char *const companyOptions[] = { "name",
                                                      "address",
                                                      "tax-id",
                                                      "currency",
                                                      "tax-country",
                                                      "iban",
                                                      "terms",
                                                      "invoice-prefix",
                                                      "credit-note-prefix",
                                                      "billing-run",
                                                      "bic",
                                                      "bank-name",
                                                      "account-number",
                                                      "routing-number",
                                                      "registration-number",
                                                      "accent-color",
                                                      "show-customer-code",
                                                      "show-status-stamp",
                                                      "receipt-prefix",
                                                      "endpoint" };
        if (std::none_of(
                std::begin(companyOptions), std::end(companyOptions),
                [&](const char *option) { return app.isSet(QString::fromLatin1(option)); }))
            return 0;
    }
    CompanySettings c = settings.company();
    auto take = [&app](const char *option, QString &field) {
        if (app.isSet(QString::fromLatin1(option)))
            field = app.value(QString::fromLatin1(option)).trimmed();
    };
    take("name", c.legalName);
    take("address", c.address);
    take("tax-id", c.taxId);
    take("currency", c.currency);
    take("tax-country", c.taxCountry);
    take("iban", c.iban);
    take("invoice-prefix", c.invoicePrefix);
    take("credit-note-prefix", c.creditNotePrefix);
    take("receipt-prefix", c.receiptPrefix);
    take("bic", c.bic);
    take("bank-name", c.bankName);
    take("account-number", c.accountNumber);
    take("routing-number", c.routingNumber);
    take("registration-number", c.registrationNumber);
    take("accent-color", c.accentColor);
    if (app.isSet(QStringLiteral("endpoint"))) {
        try {
            const ElectronicAddress address
                = ElectronicAddress::parse(app.value(QStringLiteral("endpoint")));
            c.endpointScheme = address.scheme;
            c.endpointId = address.id;
        } catch (const Error &e) {
            throw UsageError { QStringLiteral("--endpoint: ") + e.userMessage() };
        }
    }
    c.bic = c.bic.toUpper();
    c.accentColor = c.accentColor.toUpper();
    takeYesNo(app, "show-customer-code", c.showCustomerCode);
    takeYesNo(app, "show-status-stamp", c.showStatusStamp);
    if (app.isSet(QStringLiteral("billing-run"))) {
        const QString mode = app.value(QStringLiteral("billing-run"));
        if (mode != QLatin1String("issue") && mode != QLatin1String("draft"))
            throw UsageError { tr("--billing-run: issue or draft, not “%1”").arg(mode) };
        c.billingRunIssues = mode == QLatin1String("issue");
    }
    c.address.replace(QLatin1String("\\n"), QLatin1String("\n"));
    c.currency = c.currency.toUpper();
    c.taxCountry = c.taxCountry.toUpper();
    c.defaultTermsDays
        = int(app.integerOption(QStringLiteral("terms"), c.defaultTermsDays, 0, 365));
    if (BookSetup(app.session()).needsSetup())
        BookSetup(app.session()).apply(c, std::nullopt);
    else
        settings.saveCompany(c);
    app.out() << tr("Saved the company %1").arg(c.legalName) << '\n';
    return 0;
}

} // namespace

int runCompany(CliApp &app, const QString &action)
{
    if (action == QLatin1String("show"))
        return runCompanyShow(app);
    if (action == QLatin1String("set"))
        return runCompanySet(app);
    throw UsageError { tr("company show | company set --name … --currency … --tax-country …") };
}

} // namespace Accrue
