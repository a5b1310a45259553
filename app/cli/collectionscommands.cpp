// accrue-cli receipt list|show|pdf, invoice dispute|resolve-dispute|write-off
// and write-off --older-than: getting paid (issue 15).

#include "billing/collectionsservice.h"
#include "billing/customerservice.h"
#include "billing/invoiceservice.h"
#include "billing/receiptservice.h"
#include "billing/session.h"
#include "cliapp.h"
#include "common/error.h"
#include "documents/invoicedocument.h"
#include "documents/receiptdocument.h"
#include "reports/reporttable.h"

#include <QCoreApplication>
#include <QLocale>

namespace Accrue {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Accrue::Cli", text);
}

QString oneArgument(CliApp &app, const QString &usage)
{
    const QStringList args = app.commandArguments();
    if (args.size() != 1)
        throw UsageError { usage };
    return args.first();
}

QString requiredText(CliApp &app, const QString &option, const QString &command)
{
    if (!app.isSet(option) || app.value(option).trimmed().isEmpty())
        throw UsageError { tr("%1 needs --%2").arg(command, option) };
    return app.value(option);
}

int receiptList(CliApp &app)
{
    if (!app.commandArguments().isEmpty())
        throw UsageError { tr("receipt list takes no arguments (use --customer CODE)") };
    app.openBook(false);
    qint64 customerId = 0;
    if (app.isSet(QStringLiteral("customer"))) {
        const QString code = app.value(QStringLiteral("customer"));
        const auto customer = CustomerService(app.session()).findByCode(code);
        if (!customer)
            throw Error(tr("No customer %1").arg(code));
        customerId = customer->id;
    }
    const std::vector<ReceiptListRow> rows = ReceiptService(app.session()).list(customerId);
    app.writeReport([&](ReportSink &sink) {
        using Type = ReportColumn::Type;
        sink.begin(tr("Receipts"),
                   { { QStringLiteral("number"), tr("Receipt"), Type::Text },
                     { QStringLiteral("date"), tr("Date"), Type::Date },
                     { QStringLiteral("customer_code"), tr("Code"), Type::Text },
                     { QStringLiteral("customer"), tr("Customer"), Type::Text },
                     { QStringLiteral("currency"), tr("Currency"), Type::Text },
                     { QStringLiteral("amount"), tr("Amount"), Type::Money },
                     { QStringLiteral("method"), tr("Method"), Type::Text },
                     { QStringLiteral("reference"), tr("Reference"), Type::Text } });
        for (const ReceiptListRow &r : rows)
            sink.row({ r.number, r.issueDate, r.customerCode, r.customerName,
                       r.amount.currency().code(), QVariant::fromValue(r.amount), r.method,
                       r.reference });
        sink.end();
    });
    return 0;
}

int receiptShow(CliApp &app)
{
    const QString number = oneArgument(app, tr("receipt show needs one receipt number"));
    app.openBook(false);
    const ReceiptDocumentData d = ReceiptService(app.session()).documentData(number);
    app.writeReport([&](ReportSink &sink) {
        using Type = ReportColumn::Type;
        sink.begin(tr("Receipt %1").arg(d.receipt.number),
                   { { QStringLiteral("field"), tr("Field"), Type::Text },
                     { QStringLiteral("value"), tr("Value"), Type::Text } });
        sink.row({ tr("Number"), d.receipt.number });
        sink.row({ tr("Date"), d.receipt.issueDate.toString(Qt::ISODate) });
        sink.row({ tr("Customer"), QString(d.customer.code + u' ' + d.customer.name) });
        sink.row({ tr("Amount"),
                   QString(d.payment.amount.toPlainString() + u' ' + d.payment.currency.code()) });
        sink.row({ tr("Method"), d.payment.method });
        sink.row({ tr("Reference"), d.payment.reference });
        sink.row({ tr("Unapplied"), d.payment.unapplied.toPlainString() });
        for (const ReceiptLine &l : d.receipt.lines)
            sink.row({ tr("Invoice %1").arg(l.invoiceNumber),
                       tr("applied %1, balance after %2 %3")
                           .arg(l.applied.toPlainString(), l.balanceAfter.toPlainString(),
                                l.applied.currency().code()) });
        sink.end();
    });
    return 0;
}

int receiptPdf(CliApp &app)
{
    const QString number = oneArgument(app, tr("receipt pdf needs one receipt number"));
    const QString output = app.isSet(QStringLiteral("out")) ? app.value(QStringLiteral("out"))
                                                            : app.value(QStringLiteral("output"));
    if (output.isEmpty())
        throw UsageError { tr("receipt pdf needs --out FILE.pdf") };
    app.openBook(false);
    const ReceiptDocumentData d = ReceiptService(app.session()).documentData(number);
    ReceiptDocument::writePdf(d, output, InvoiceDocument::paperFor(d.company), QLocale());
    if (output != QLatin1String("-") && !output.startsWith(QLatin1String("/dev/")))
        app.out() << tr("Wrote %1").arg(output) << '\n';
    return 0;
}

} // namespace

int runReceipt(CliApp &app, const QString &action)
{
    if (action == QLatin1String("list"))
        return receiptList(app);
    if (action == QLatin1String("show"))
        return receiptShow(app);
    if (action == QLatin1String("pdf"))
        return receiptPdf(app);
    throw UsageError { tr("receipt takes list, show or pdf") };
}

int runInvoiceDispute(CliApp &app)
{
    const QString number = oneArgument(app, tr("invoice dispute needs one invoice number"));
    const QString reason = requiredText(app, QStringLiteral("reason"), tr("invoice dispute"));
    const QDate date = app.dateOption(QStringLiteral("date"), QDate());
    app.openBook(false);
    const Invoice inv = InvoiceService(app.session()).loadByNumber(number);
    CollectionsService(app.session())
        .openDispute(inv.id, reason, app.value(QStringLiteral("note")), date);
    app.out() << tr("Invoice %1 is in dispute").arg(inv.number) << '\n';
    return 0;
}

int runInvoiceDisputeNote(CliApp &app)
{
    const QString number = oneArgument(app, tr("invoice dispute-note needs one invoice number"));
    const QString note = requiredText(app, QStringLiteral("note"), tr("invoice dispute-note"));
    app.openBook(false);
    const Invoice inv = InvoiceService(app.session()).loadByNumber(number);
    CollectionsService(app.session()).addNote(inv.id, note);
    app.out() << tr("Noted on the dispute of %1").arg(inv.number) << '\n';
    return 0;
}

int runInvoiceResolveDispute(CliApp &app)
{
    const QString number = oneArgument(app, tr("invoice resolve-dispute needs one invoice number"));
    const QString by = requiredText(app, QStringLiteral("by"), tr("invoice resolve-dispute"));
    const auto how = disputeResolutionFromString(by);
    if (!how)
        throw UsageError { tr("--by: “%1” is not credit-note, write-off or withdrawn").arg(by) };
    const QDate date = app.dateOption(QStringLiteral("date"), QDate());
    app.openBook(false);
    const Invoice inv = InvoiceService(app.session()).loadByNumber(number);
    CollectionsService service(app.session());
    if (*how == DisputeResolution::WriteOff) {
        const QString reason = requiredText(app, QStringLiteral("reason"),
                                            tr("invoice resolve-dispute --by write-off"));
        const WriteOff w = service.writeOff(inv.id, reason, date);
        app.out() << tr("Wrote off %1 %2 of %3; its dispute is resolved")
                         .arg(w.amount.toPlainString(), w.amount.currency().code(), inv.number)
                  << '\n';
        return 0;
    }
    service.resolveDispute(inv.id, *how, date);
    app.out() << tr("The dispute of %1 is resolved (%2)").arg(inv.number, toString(*how)) << '\n';
    return 0;
}

int runInvoiceWriteOff(CliApp &app)
{
    const QString number = oneArgument(app, tr("invoice write-off needs one invoice number"));
    const QString reason = requiredText(app, QStringLiteral("reason"), tr("invoice write-off"));
    const QDate date = app.dateOption(QStringLiteral("date"), QDate());
    app.openBook(false);
    const Invoice inv = InvoiceService(app.session()).loadByNumber(number);
    const WriteOff w = CollectionsService(app.session()).writeOff(inv.id, reason, date);
    app.out() << tr("Wrote off %1 %2 of %3 to bad debts")
                     .arg(w.amount.toPlainString(), w.amount.currency().code(), inv.number)
              << '\n';
    return 0;
}

int runWriteOff(CliApp &app)
{
    if (!app.commandArguments().isEmpty())
        throw UsageError { tr("write-off takes no arguments (write-off --older-than 90 --as-of D "
                              "--reason R [--dry-run])") };
    const int days = int(app.integerOption(QStringLiteral("older-than"), 90, 0, 36500));
    const bool dryRun = app.isSet(QStringLiteral("dry-run"));
    if (!dryRun)
        requiredText(app, QStringLiteral("reason"), tr("write-off"));
    app.openBook(false);
    const QDate asOf = app.dateOption(QStringLiteral("as-of"), app.session().today());
    CollectionsService service(app.session());
    std::vector<CollectionsService::OverdueInvoice> rows = service.overdue(asOf, days);
    if (!dryRun) {
        const std::vector<WriteOff> done
            = service.writeOffOverdue(asOf, days, app.value(QStringLiteral("reason")));
        // What was written off, in the same order as listed (one transaction).
        rows.resize(done.size());
    }
    app.writeReport([&](ReportSink &sink) {
        using Type = ReportColumn::Type;
        sink.begin(dryRun ? tr("Would write off (more than %1 days past due on %2)")
                                .arg(days)
                                .arg(asOf.toString(Qt::ISODate))
                          : tr("Written off (more than %1 days past due on %2)")
                                .arg(days)
                                .arg(asOf.toString(Qt::ISODate)),
                   { { QStringLiteral("invoice"), tr("Invoice"), Type::Text },
                     { QStringLiteral("customer_code"), tr("Code"), Type::Text },
                     { QStringLiteral("due_date"), tr("Due"), Type::Date },
                     { QStringLiteral("currency"), tr("Currency"), Type::Text },
                     { QStringLiteral("amount"), tr("Amount"), Type::Money } });
        for (const auto &r : rows)
            sink.row({ r.number, r.customerCode, r.dueDate, r.balance.currency().code(),
                       QVariant::fromValue(r.balance) });
        sink.end();
    });
    return 0;
}

} // namespace Accrue
