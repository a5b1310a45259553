// accrue-cli export journal and export mapping show|set: the journal for
// QuickBooks (IIF), Xero, NetSuite and hledger/ledger-cli (issue 16); export
// ubl and import ubl: e-invoices (issue 18).

#include "billing/journalexportservice.h"
#include "billing/session.h"
#include "cliapp.h"
#include "common/error.h"
#include "common/safetext.h"
#include "documents/invoicedocument.h"
#include "documents/reportfile.h"
#include "einvoice/einvoiceservice.h"
#include "exchange/outputfile.h"
#include "reports/reporttable.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace Accrue {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Accrue::Cli", text);
}

ExportFormat formatOption(CliApp &app, bool ledgerToo)
{
    const QString key = app.value(QStringLiteral("format"));
    const auto format = exportFormatFromKey(key);
    if (!app.isSet(QStringLiteral("format")) || !format
        || (!ledgerToo && *format == ExportFormat::Ledger))
        throw UsageError { ledgerToo
                               ? tr("--format: “%1” is not iif, xero, netsuite or ledger").arg(key)
                               : tr("--format: “%1” is not iif, xero or netsuite").arg(key) };
    return *format;
}

int exportJournal(CliApp &app)
{
    if (!app.commandArguments().isEmpty())
        throw UsageError { tr("export journal takes no arguments (use -o FILE)") };
    const ExportFormat format = formatOption(app, true);
    if (!app.isSet(QStringLiteral("output")))
        throw UsageError { tr("export journal needs -o FILE") };
    const ExportRange range { app.dateOption(QStringLiteral("from"), QDate()),
                              app.dateOption(QStringLiteral("to"), QDate()),
                              app.value(QStringLiteral("currency")).trimmed().toUpper() };
    const QString output = app.value(QStringLiteral("output"));
    app.openBook(false);
    const auto result = JournalExportService(app.session()).exportTo(format, range, output);
    if (output == QLatin1String("-") || output.startsWith(QLatin1String("/dev/")))
        return 0;
    if (result.files.size() <= 2) {
        app.err() << tr("Wrote %1 journal entries to %2")
                         .arg(result.entries)
                         .arg(result.files.join(QStringLiteral(" and ")))
                  << '\n';
        return 0;
    }
    // A large Xero export in parts: one file a line.
    app.err()
        << tr("Wrote %1 journal entries to %2 files:").arg(result.entries).arg(result.files.size())
        << '\n';
    for (const QString &file : result.files)
        app.err() << "  " << file << '\n';
    return 0;
}

// The mapping as a table on the terminal, or as the CSV `set` reads with -o.
int mappingShow(CliApp &app, ExportFormat format)
{
    app.openBook(false);
    const std::vector<ExportMapping> rows = JournalExportService(app.session()).mapping(format);
    const bool csv = app.isSet(QStringLiteral("output"));
    ReportFile::write(
        app.session(), csv ? app.value(QStringLiteral("output")) : QStringLiteral("-"),
        csv ? ReportFile::Format::Csv : ReportFile::Format::Table, [&](ReportSink &sink) {
            using Type = ReportColumn::Type;
            sink.begin(tr("%1 account mapping").arg(exportFormatName(format)),
                       { { QStringLiteral("kind"), tr("Kind"), Type::Text },
                         { QStringLiteral("source_key"), tr("Accrue"), Type::Text },
                         { QStringLiteral("target_code"), tr("Code"), Type::Text },
                         { QStringLiteral("target_name"), tr("Name"), Type::Text },
                         { QStringLiteral("accrue_name"), tr("Accrue name"), Type::Text } });
            for (const ExportMapping &m : rows)
                sink.row({ m.kind, m.sourceKey, m.targetCode, m.targetName, m.sourceName });
            sink.end();
        });
    return 0;
}

int mappingSet(CliApp &app, ExportFormat format)
{
    const QStringList args = app.commandArguments();
    if (args.size() != 2)
        throw UsageError { tr("export mapping set needs one FILE.csv "
                              "(kind,source_key,target_code,target_name)") };
    const QByteArray bytes = CliApp::readFile(args.at(1));
    app.openBook(false);
    const int changed = JournalExportService(app.session())
                            .importMappingCsv(format, bytes, QFileInfo(args.at(1)).fileName());
    app.out() << QCoreApplication::translate("Accrue::Cli", "%n mapping(s) changed", nullptr,
                                             changed)
              << '\n';
    return 0;
}

// An issued invoice or credit note as a UBL e-invoice (EN 16931, PEPPOL BIS
// Billing 3.0), refused with the missing business terms named.
int exportUbl(CliApp &app)
{
    const QStringList args = app.commandArguments();
    if (args.size() != 1 || !app.isSet(QStringLiteral("output")))
        throw UsageError { tr("use export ubl NUMBER -o FILE.xml") };
    const QString output = app.value(QStringLiteral("output"));
    app.openBook(false);
    const EInvoice e = EInvoiceService(app.session()).exportTo(args.first(), output);
    if (!OutputFile::isStandardOutput(output) && !output.startsWith(QLatin1String("/dev/")))
        app.err() << tr("Wrote %1 %2 (%3 %4) to %5")
                         .arg(e.kind == EInvoice::Kind::Invoice ? tr("invoice") : tr("credit note"),
                              e.number, e.payable.toPlainString(), e.currency.code(), output)
                  << '\n';
    return 0;
}

} // namespace

int runImportUbl(CliApp &app)
{
    const QStringList args = app.commandArguments();
    if (args.size() != 1 || !app.isSet(QStringLiteral("pdf")))
        throw UsageError { tr("use import ubl FILE.xml --pdf OUT.pdf") };
    const QString paperName = app.value(QStringLiteral("paper"));
    if (app.isSet(QStringLiteral("paper")) && !InvoiceDocument::isKnownPaper(paperName))
        throw UsageError { tr("--paper: “%1” is not a4 or letter").arg(paperName) };
    // A received file needs no book: it is shown, not booked.
    const QString pdf = app.value(QStringLiteral("pdf"));
    const EInvoice e = EInvoiceService::importToPdf(
        CliApp::readFile(args.first()), QFileInfo(args.first()).fileName(), pdf,
        InvoiceDocument::paperFor(paperName, QLocale()), QLocale());
    if (!OutputFile::isStandardOutput(pdf) && !pdf.startsWith(QLatin1String("/dev/")))
        app.out() << tr("Wrote %1 %2 from %3 to %4")
                         .arg(e.kind == EInvoice::Kind::Invoice ? tr("invoice") : tr("credit note"),
                              safeText(e.number, 80), safeText(e.seller.name, 120), pdf)
                  << '\n';
    return 0;
}

int runExport(CliApp &app, const QString &sub)
{
    if (sub == QLatin1String("journal"))
        return exportJournal(app);
    if (sub == QLatin1String("ubl"))
        return exportUbl(app);
    const QString action = app.commandArguments().value(0);
    if (action == QLatin1String("show") && app.commandArguments().size() == 1)
        return mappingShow(app, formatOption(app, false));
    if (action == QLatin1String("set"))
        return mappingSet(app, formatOption(app, false));
    throw UsageError { tr("export mapping show|set --format iif|xero|netsuite [FILE.csv]") };
}

} // namespace Accrue
