// accrue-cli recognize | usage add | milestone define|done|list: revenue
// recognition (issue 16). Revenue is recognised through a day that has
// passed; the month-end close runs the same RecognitionService.

#include "billing/catalogservice.h"
#include "billing/customerservice.h"
#include "billing/invoiceservice.h"
#include "billing/recognitionservice.h"
#include "billing/session.h"
#include "cliapp.h"
#include "common/error.h"
#include "money/decimal.h"
#include "reports/reporttable.h"

#include <QCoreApplication>

namespace Accrue {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Accrue::Cli", text);
}

QString amounts(const std::map<QString, qint64> &byCurrency)
{
    QStringList parts;
    for (const auto &[code, minor] : byCurrency)
        parts << code + u' ' + Money(minor, Currency::require(code)).toPlainString();
    return parts.isEmpty() ? QStringLiteral("0") : parts.join(QStringLiteral(", "));
}

int lineOption(CliApp &app)
{
    return int(app.integerOption(QStringLiteral("line"), 1, 1, 100000));
}

Invoice invoiceArgument(CliApp &app, const QString &usage)
{
    const QStringList args = app.commandArguments();
    if (args.size() != 1)
        throw UsageError { usage };
    return InvoiceService(app.session()).loadByNumber(args.first());
}

// "Design:30,Build:40,Launch:30" (percent, up to two decimals).
std::vector<std::pair<QString, int>> parseMilestones(const QString &text)
{
    std::vector<std::pair<QString, int>> out;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const qsizetype colon = part.lastIndexOf(u':');
        if (colon <= 0)
            throw UsageError { tr("--milestones: “%1” is not NAME:PERCENT").arg(part) };
        const QString share = part.mid(colon + 1).trimmed();
        // A dot for decimals, as every amount on this command line.
        const qint64 bp = Decimal::parse(share, 2, QLocale::c());
        if (bp <= 0 || bp > 10000)
            throw UsageError {
                tr("--milestones: “%1” is not a percentage from 0 to 100").arg(share)
            };
        out.emplace_back(part.left(colon).trimmed(), int(bp));
    }
    return out;
}

void writeMilestones(CliApp &app, const Invoice &inv, int line,
                     const std::vector<RecognitionMilestone> &stages)
{
    app.writeReport([&](ReportSink &sink) {
        using Type = ReportColumn::Type;
        sink.begin(tr("Milestones of %1, line %2").arg(inv.number).arg(line),
                   { { QStringLiteral("milestone"), tr("No."), Type::Integer },
                     { QStringLiteral("name"), tr("Milestone"), Type::Text },
                     { QStringLiteral("share_bp"), tr("Share (bp)"), Type::Integer },
                     { QStringLiteral("done_on"), tr("Done"), Type::Date },
                     { QStringLiteral("done_by"), tr("By"), Type::Text } });
        for (const RecognitionMilestone &m : stages)
            sink.row({ m.position, m.name, m.shareBp, m.doneOn, m.doneBy });
        sink.end();
    });
}

int milestoneCommand(CliApp &app, const QString &sub)
{
    app.openBook(false);
    RecognitionService recognition(app.session());
    const int line = lineOption(app);
    if (sub == QLatin1String("define")) {
        const Invoice inv = invoiceArgument(
            app, tr("milestone define NUMBER --line N --milestones NAME:PCT,NAME:PCT,..."));
        if (!app.isSet(QStringLiteral("milestones")))
            throw UsageError { tr("milestone define needs --milestones NAME:PCT,...") };
        writeMilestones(
            app, inv, line,
            recognition.defineMilestones(inv.id, line,
                                         parseMilestones(app.value(QStringLiteral("milestones")))));
        return 0;
    }
    if (sub == QLatin1String("done")) {
        const Invoice inv
            = invoiceArgument(app, tr("milestone done NUMBER --line N --milestone K [--date D]"));
        const int which = int(app.integerOption(QStringLiteral("milestone"), 1, 1, 1000));
        const QDate date = app.dateOption(QStringLiteral("date"), app.session().today());
        const RecognitionMilestone m = recognition.completeMilestone(inv.id, line, which, date);
        app.out() << tr("%1, line %2: milestone %3 “%4” done on %5; revenue recognition "
                        "posts it")
                         .arg(inv.number)
                         .arg(line)
                         .arg(m.position)
                         .arg(m.name, m.doneOn.toString(Qt::ISODate))
                  << '\n';
        return 0;
    }
    if (sub == QLatin1String("list")) {
        const Invoice inv = invoiceArgument(app, tr("milestone list NUMBER --line N"));
        writeMilestones(app, inv, line, recognition.milestones(inv.id, line));
        return 0;
    }
    throw UsageError { tr("milestone define|done|list") };
}

} // namespace

int runRecognize(CliApp &app)
{
    if (!app.commandArguments().isEmpty() || !app.isSet(QStringLiteral("through")))
        throw UsageError { tr("recognize --through YYYY-MM-DD [--dry-run]") };
    app.openBook(false);
    const QDate through = app.dateOption(QStringLiteral("through"), QDate());
    RecognitionService recognition(app.session());
    const bool dryRun = app.isSet(QStringLiteral("dry-run"));
    const RecognitionService::Summary s
        = dryRun ? recognition.preview(through) : recognition.run(through);
    app.out() << (dryRun ? tr("Would recognise through %1: %2 journal entries, %3 schedule "
                              "rows (%4), %5 usage records accrued (%6)")
                         : tr("Recognised through %1: %2 journal entries, %3 schedule rows "
                              "(%4), %5 usage records accrued (%6)"))
                     .arg(through.toString(Qt::ISODate))
                     .arg(s.entries)
                     .arg(s.rows)
                     .arg(amounts(s.recognisedMinor))
                     .arg(s.usageRecords)
                     .arg(amounts(s.accruedMinor))
              << '\n';
    return 0;
}

int runUsage(CliApp &app, const QString &sub)
{
    if (sub != QLatin1String("add") || !app.commandArguments().isEmpty())
        throw UsageError { tr("usage add --customer CODE --product CODE --quantity Q [--date D]") };
    for (const char *option : { "customer", "product", "quantity" })
        if (!app.isSet(QString::fromLatin1(option)))
            throw UsageError { tr("usage add needs --%1").arg(QString::fromLatin1(option)) };
    app.openBook(false);
    const auto customer
        = CustomerService(app.session()).findByCode(app.value(QStringLiteral("customer")));
    if (!customer)
        throw Error(
            tr("No customer with the code “%1”").arg(app.value(QStringLiteral("customer"))));
    const auto product
        = CatalogService(app.session()).findProductByCode(app.value(QStringLiteral("product")));
    if (!product)
        throw Error(tr("No product with the code “%1”").arg(app.value(QStringLiteral("product"))));
    const qint64 quantity = Decimal::parse(app.value(QStringLiteral("quantity")), 3, QLocale::c());
    const QDate date = app.dateOption(QStringLiteral("date"), app.session().today());
    const UsageRecord u
        = RecognitionService(app.session()).recordUsage(customer->id, product->id, date, quantity);
    app.out() << tr("Usage %1: %2 x %3 delivered to %4 on %5, %6 %7")
                     .arg(u.id)
                     .arg(app.value(QStringLiteral("quantity")), product->code, customer->code,
                          date.toString(Qt::ISODate), u.amount.currency().code(),
                          u.amount.toPlainString())
              << '\n';
    return 0;
}

int runMilestone(CliApp &app, const QString &sub)
{
    return milestoneCommand(app, sub);
}

} // namespace Accrue
