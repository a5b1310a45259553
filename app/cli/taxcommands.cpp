// accrue-cli tax-rate ... and tax-country
#include "billing/session.h"
#include "billing/taxservice.h"
#include "cliapp.h"
#include "common/error.h"
#include "exchange/taxratecsv.h"
#include "reports/reporttable.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Accrue {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Accrue::Cli", text);
}

QString dateText(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

int addRate(CliApp &app)
{
    if (!app.commandArguments().isEmpty())
        throw UsageError { tr("tax-rate add takes options only: --country CC [--region R] "
                              "--category C --rate PERCENT [--name TEXT] [--from D] [--to D]") };
    for (const char *required : { "country", "category", "rate" })
        if (!app.isSet(QString::fromLatin1(required)))
            throw UsageError { tr("tax-rate add needs --%1").arg(QString::fromLatin1(required)) };
    TaxRate rate;
    rate.country = app.value(QStringLiteral("country"));
    rate.region = app.value(QStringLiteral("region"));
    rate.category = app.value(QStringLiteral("category"));
    try {
        rate.ratePpm = TaxRateCsv::parsePercent(app.value(QStringLiteral("rate")));
    } catch (const Error &e) {
        throw UsageError { QStringLiteral("--rate: ") + e.userMessage() };
    }
    rate.name = app.value(QStringLiteral("name"));
    rate.validFrom = app.dateOption(QStringLiteral("from"), QDate());
    rate.validTo = app.dateOption(QStringLiteral("to"), QDate());
    rate.exemptionCode = app.value(QStringLiteral("exemption-code")).trimmed().toUpper();
    rate.exemptionReason = app.value(QStringLiteral("exemption-reason")).trimmed();
    app.openBook(false);
    TaxService(app.session()).addRate(rate);
    app.out() << tr("Added tax rate %1: %2 %").arg(rate.name, TaxService::percentText(rate.ratePpm))
              << '\n';
    return 0;
}

int listRates(CliApp &app)
{
    if (!app.commandArguments().isEmpty())
        throw UsageError { tr("tax-rate list takes options only: [--country CC] [--format F]") };
    app.openBook(false);
    const std::vector<TaxRate> rates
        = TaxService(app.session()).rates(app.value(QStringLiteral("country")));
    app.writeReport([&](ReportSink &sink) {
        using Type = ReportColumn::Type;
        sink.begin(tr("Tax rates"),
                   { { QStringLiteral("country"), tr("Country"), Type::Text },
                     { QStringLiteral("region"), tr("Region"), Type::Text },
                     { QStringLiteral("category"), tr("Category"), Type::Text },
                     { QStringLiteral("rate"), tr("Rate"), Type::Percent },
                     { QStringLiteral("name"), tr("Name"), Type::Text },
                     { QStringLiteral("valid_from"), tr("From"), Type::Date },
                     { QStringLiteral("valid_to"), tr("To"), Type::Date },
                     { QStringLiteral("id"), tr("ID"), Type::Integer },
                     { QStringLiteral("exemption"), tr("Exemption (e-invoices)"), Type::Text } });
        for (const TaxRate &r : rates)
            sink.row({ r.country, r.region, r.category,
                       QVariant::fromValue(FixedPoint { r.ratePpm, TaxPercent::Decimals, 2 }),
                       r.name, dateText(r.validFrom), dateText(r.validTo), r.id,
                       QStringList { r.exemptionCode, r.exemptionReason }.join(u' ').trimmed() });
        sink.end();
    });
    return 0;
}

// A rate changes by ending the old one and adding the new from the day after.
int endRate(CliApp &app)
{
    const QStringList args = app.commandArguments();
    bool ok = false;
    const qint64 id = args.size() == 1 ? args.first().toLongLong(&ok) : 0;
    if (!ok || !app.isSet(QStringLiteral("to")))
        throw UsageError { tr("tax-rate end ID --to YYYY-MM-DD (the ID from tax-rate list)") };
    const QDate to = app.dateOption(QStringLiteral("to"), QDate());
    app.openBook(false);
    TaxService(app.session()).endRate(id, to);
    app.out() << tr("Tax rate %1 ends on %2").arg(id).arg(to.toString(Qt::ISODate)) << '\n';
    return 0;
}

int importRates(CliApp &app)
{
    const QStringList args = app.commandArguments();
    if (args.size() != 1)
        throw UsageError { tr("tax-rate import needs one file: FILE.csv with the columns "
                              "country,region,category,rate,name,valid_from,valid_to") };
    const QByteArray bytes = app.readImport(args.first(), TaxRateCsv::columns());
    app.openBook(false);
    const int added
        = TaxService(app.session()).importCsv(bytes, QFileInfo(args.first()).fileName());
    app.out() << QCoreApplication::translate("Accrue::Cli", "Imported %n tax rate(s)", nullptr,
                                             added)
              << '\n';
    return 0;
}

} // namespace

int runTaxRate(CliApp &app, const QString &action)
{
    if (action == QLatin1String("add"))
        return addRate(app);
    if (action == QLatin1String("list"))
        return listRates(app);
    if (action == QLatin1String("import"))
        return importRates(app);
    if (action == QLatin1String("end"))
        return endRate(app);
    throw UsageError { tr("Unknown command “tax-rate %1” (add, list, end or import)").arg(action) };
}

int runTaxCountry(CliApp &app)
{
    const QStringList args = app.commandArguments();
    if (args.size() > 1)
        throw UsageError { tr("tax-country takes at most one country code: tax-country [CC]") };
    app.openBook(false);
    TaxService taxes(app.session());
    if (!args.isEmpty()) {
        taxes.setTaxCountry(args.first());
        app.out() << tr("The company's tax country is %1").arg(taxes.taxCountry()) << '\n';
        return 0;
    }
    const QString country = taxes.taxCountry();
    app.out() << (country.isEmpty() ? tr("The company has no tax country (set one with "
                                         "accrue-cli tax-country CC)")
                                    : country)
              << '\n';
    return 0;
}

} // namespace Accrue
