// accrue-cli credit-note ...
#include "billing/creditnoteservice.h"
#include "billing/invoiceservice.h"
#include "billing/session.h"
#include "billing/settingsservice.h"
#include "cliapp.h"
#include "common/error.h"
#include "documents/invoicedocument.h"
#include "documents/invoicepdfbatch.h"
#include "money/money.h"

#include <QCoreApplication>

namespace Accrue {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Accrue::Cli", text);
}

// "1,3" or "2:50.00,4": line positions, optionally with the net amount to credit.
std::vector<CreditNoteService::LineCredit> parseLines(const QString &text, const Currency &currency)
{
    std::vector<CreditNoteService::LineCredit> out;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const int position = part.section(u':', 0, 0).trimmed().toInt(&ok);
        if (!ok || position <= 0)
            throw UsageError { tr("--lines: “%1” is not a line number").arg(part) };
        Money net = Money::zero(currency);
        if (part.contains(u':'))
            net = Money::fromPlainString(part.section(u':', 1).trimmed(), currency);
        out.push_back({ position, net });
    }
    if (out.empty())
        throw UsageError { tr("--lines: name at least one line") };
    return out;
}

} // namespace

int runCreditNoteCreate(CliApp &app)
{
    if (!app.isSet(QStringLiteral("invoice")))
        throw UsageError { tr("credit-note create needs --invoice NUMBER") };
    if (app.value(QStringLiteral("reason")).trimmed().isEmpty())
        throw UsageError { tr("credit-note create needs --reason") };
    if (app.isSet(QStringLiteral("amount")) && app.isSet(QStringLiteral("lines")))
        throw UsageError { tr("give either --amount or --lines, not both") };
    const QDate date = app.dateOption(QStringLiteral("date"), QDate());
    app.openBook(false);
    Session &session = app.session();
    const Invoice inv = InvoiceService(session).loadByNumber(app.value(QStringLiteral("invoice")));

    CreditNoteService::Request req;
    req.invoiceId = inv.id;
    req.reason = app.value(QStringLiteral("reason"));
    req.date = date.isValid() ? date : session.today();
    req.applyToInvoice = !app.isSet(QStringLiteral("keep-as-credit"));
    if (app.isSet(QStringLiteral("amount"))) {
        req.mode = CreditNoteService::Mode::Amount;
        req.amount = Money::fromPlainString(app.value(QStringLiteral("amount")), inv.currency);
    } else if (app.isSet(QStringLiteral("lines"))) {
        req.mode = CreditNoteService::Mode::Lines;
        req.lines = parseLines(app.value(QStringLiteral("lines")), inv.currency);
    }
    const CreditNote note = CreditNoteService(session).issue(req);
    const Invoice after = InvoiceService(session).load(inv.id);
    app.out() << tr("Credit note %1 of %2 %3 for %4; %4 is now %5 with %6 owed")
                     .arg(note.number, note.total.toPlainString(), inv.currency.code(), inv.number,
                          displayName(after.displayStatus(session.today())),
                          after.balance.toPlainString())
              << '\n';
    return 0;
}

// credit-note pdf NUMBER --out FILE (or -o FILE): the note as its customer
// reads it, on the company's paper unless --paper says otherwise.
int runCreditNotePdf(CliApp &app)
{
    const QStringList args = app.commandArguments();
    const QString output = app.isSet(QStringLiteral("out")) ? app.value(QStringLiteral("out"))
                                                            : app.value(QStringLiteral("output"));
    if (args.size() != 1 || output.isEmpty())
        throw UsageError { tr("use credit-note pdf NUMBER --out FILE") };
    const QString paperName = app.value(QStringLiteral("paper"));
    if (app.isSet(QStringLiteral("paper")) && !InvoiceDocument::isKnownPaper(paperName))
        throw UsageError { tr("--paper: “%1” is not a4 or letter").arg(paperName) };
    app.openBook(false);
    Session &session = app.session();
    const CreditNote note = CreditNoteService(session).loadByNumber(args.first());
    const QPageSize::PageSizeId paper = InvoiceDocument::paperFor(
        app.isSet(QStringLiteral("paper")) ? paperName : SettingsService(session).company().paper,
        QLocale());
    InvoicePdfBatch(session, paper, QLocale()).writeCreditNote(note.id, output);
    // The PDF itself may have gone to standard output: say nothing there.
    if (output != QLatin1String("-") && !output.startsWith(QLatin1String("/dev/")))
        app.out() << tr("Wrote %1").arg(output) << '\n';
    return 0;
}

} // namespace Accrue
