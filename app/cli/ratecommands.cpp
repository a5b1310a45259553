// accrue-cli rate ...: exchange rates typed in, listed and imported.
#include "billing/exchangerateservice.h"
#include "billing/session.h"
#include "cliapp.h"
#include "common/error.h"
#include "exchange/exchangeratecsv.h"
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

int runRateAdd(CliApp &app)
{
    const QStringList args = app.commandArguments();
    if (args.size() != 3)
        throw UsageError { tr("rate add needs BASE QUOTE RATE (rate add EUR USD 1.0823 --date "
                              "2026-05-04)") };
    const QDate date = app.dateOption(QStringLiteral("date"), QDate());
    app.openBook(false);
    const QDate day = date.isValid() ? date : app.session().today();
    const ExchangeRate r
        = ExchangeRateService(app.session())
              .add(args.at(0), args.at(1), args.at(2), day, app.isSet(QStringLiteral("replace")));
    app.out() << tr("%1/%2 on %3: %4")
                     .arg(r.base.code(), r.quote.code(), r.date.toString(Qt::ISODate),
                          RateE10::format(r.rateE10))
              << '\n';
    return 0;
}

int runRateList(CliApp &app)
{
    if (!app.commandArguments().isEmpty())
        throw UsageError { tr("rate list takes no arguments (use --base, --quote, --from, --to)") };
    ExchangeRateService::Filter filter;
    filter.base = app.value(QStringLiteral("base"));
    filter.quote = app.value(QStringLiteral("quote"));
    filter.from = app.dateOption(QStringLiteral("from"), QDate());
    filter.to = app.dateOption(QStringLiteral("to"), QDate());
    app.openBook(false);
    const std::vector<ExchangeRate> rates = ExchangeRateService(app.session()).list(filter);
    app.writeReport([&](ReportSink &sink) {
        using Type = ReportColumn::Type;
        sink.begin(tr("Exchange rates"),
                   { { QStringLiteral("date"), tr("Date"), Type::Date },
                     { QStringLiteral("base"), tr("Base"), Type::Text },
                     { QStringLiteral("quote"), tr("Quote"), Type::Text },
                     { QStringLiteral("rate"), tr("Rate"), Type::Text },
                     { QStringLiteral("source"), tr("Source"), Type::Text } });
        // The rate as exact text: a Decimal cell would round it for display.
        for (const ExchangeRate &r : rates)
            sink.row(
                { r.date, r.base.code(), r.quote.code(), RateE10::format(r.rateE10), r.source });
        sink.end();
    });
    return 0;
}

int runRateImport(CliApp &app)
{
    const QStringList args = app.commandArguments();
    if (args.size() != 1)
        throw UsageError { tr("rate import needs one FILE (eurofxref-hist.csv or "
                              "date,base,quote,rate)") };
    const QByteArray bytes = app.readImport(args.first(), ExchangeRateCsv::columns());
    app.openBook(false);
    const ExchangeRateService::ImportResult result
        = ExchangeRateService(app.session())
              .importCsv(bytes, QFileInfo(args.first()).fileName(),
                         app.isSet(QStringLiteral("replace")));
    app.out() << tr("Imported %1 rates (%2 format): %3 new, %4 replaced, %5 already stored")
                     .arg(result.added + result.replaced + result.unchanged)
                     .arg(result.format == QLatin1String("ecb") ? tr("ECB") : tr("long"))
                     .arg(result.added)
                     .arg(result.replaced)
                     .arg(result.unchanged)
              << '\n';
    if (!result.skippedColumns.isEmpty())
        app.out() << tr("Columns of currencies Accrue does not know were passed over: %1")
                         .arg(result.skippedColumns.join(QStringLiteral(", ")))
                  << '\n';
    return 0;
}

} // namespace

int runRate(CliApp &app, const QString &action)
{
    if (action == QLatin1String("add"))
        return runRateAdd(app);
    if (action == QLatin1String("list"))
        return runRateList(app);
    if (action == QLatin1String("import"))
        return runRateImport(app);
    throw UsageError { tr("Unknown command “rate %1” (use add, list or import)").arg(action) };
}

} // namespace Accrue
