// accrue-cli invoice ...
#include "billing/invoiceservice.h"
#include "billing/paymentservice.h"
#include "billing/session.h"
#include "billing/settingsservice.h"
#include "cliapp.h"
#include "common/error.h"
#include "documents/invoicedocument.h"
#include "documents/invoicepdfbatch.h"
#include "domain/customer.h"
#include "domain/exchangerate.h"
#include "domain/taxrate.h"
#include "exchange/invoicecsv.h"
#include "exchange/invoicejson.h"
#include "reports/invoicelistreport.h"
#include "storage/customerrepository.h"
#include "storage/invoiceregister.h"
#include "storage/paymentrepository.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace Accrue {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Accrue::Cli", text);
}

QString percent(int bp)
{
    return QStringLiteral("%1.%2%").arg(bp / 100).arg(bp % 100, 2, 10, QLatin1Char('0'));
}

// "19.00%", "8.875%": a tax rate in ppm.
QString taxPercent(int ppm)
{
    return TaxPercent::text(ppm, QLocale::c()) + u'%';
}

QString quantity(qint64 milli)
{
    QString text
        = QStringLiteral("%1.%2").arg(milli / 1000).arg(milli % 1000, 3, 10, QLatin1Char('0'));
    while (text.endsWith(QLatin1Char('0')))
        text.chop(1);
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text;
}

} // namespace

int runInvoiceList(CliApp &app)
{
    // Every option is checked before the book is touched.
    InvoiceListReport::Filter filter;
    filter.status = app.value(QStringLiteral("status"));
    if (!filter.status.isEmpty()) {
        const auto status = displayStatusFromString(filter.status);
        const QString key = status ? toString(*status) : filter.status.trimmed().toLower();
        if (!InvoiceListReport::statusKeys().contains(key))
            throw UsageError {
                tr("--status: unknown status “%1” (use one of %2)")
                    .arg(filter.status, InvoiceListReport::statusKeys().join(QStringLiteral(", ")))
            };
    }
    filter.customer = app.value(QStringLiteral("customer"));
    filter.from = app.dateOption(QStringLiteral("from"), QDate());
    filter.to = app.dateOption(QStringLiteral("to"), QDate());
    if (filter.from.isValid() && filter.to.isValid() && filter.to < filter.from)
        throw UsageError { tr("--to (%1) is before --from (%2)")
                               .arg(filter.to.toString(Qt::ISODate),
                                    filter.from.toString(Qt::ISODate)) };
    Database &db = app.openBook(false);
    filter.today = app.session().today();
    app.writeReport([&](ReportSink &sink) { InvoiceListReport(db).run(filter, sink); });
    return 0;
}

int runInvoiceShow(CliApp &app)
{
    const QStringList args = app.commandArguments();
    if (args.size() != 1)
        throw UsageError { tr("invoice show needs exactly one invoice number") };
    Database &db = app.openBook(false);
    InvoiceService service(app.session());
    const Invoice inv = service.loadByNumber(args.first());
    const auto customer = CustomerRepository(db).find(inv.customerId);
    const Currency c = inv.currency;
    // In the invoice's currency; an empty (default) amount takes it.
    auto money = [&c](const Money &amount) { return (Money::zero(c) + amount).toPlainString(); };
    QTextStream &out = app.out();
    out << tr("Invoice %1").arg(inv.number) << '\n'
        << tr("Status:    %1").arg(displayName(inv.displayStatus(app.session().today()))) << '\n'
        << tr("Customer:  %1 (%2)")
               .arg(customer ? customer->name : QString(), customer ? customer->code : QString())
        << '\n'
        << tr("Issued:    %1").arg(inv.issueDate.toString(Qt::ISODate)) << '\n'
        << tr("Due:       %1").arg(inv.dueDate.toString(Qt::ISODate)) << '\n'
        << tr("Currency:  %1").arg(c.code()) << "\n\n";
    for (const InvoiceLine &l : inv.lines) {
        out << QStringLiteral("%1. %2\n   %3 x %4, discount %5, tax %6: net %7, tax %8")
                   .arg(l.position)
                   .arg(l.description, quantity(l.quantityMilli), money(l.unitPrice),
                        percent(l.discountBp), taxPercent(l.taxRatePpm), money(l.net),
                        money(l.tax));
        if (l.serviceStart.isValid())
            out << tr(", service %1 to %2")
                       .arg(l.serviceStart.toString(Qt::ISODate),
                            l.serviceEnd.toString(Qt::ISODate));
        out << '\n';
    }
    out << '\n'
        << tr("Subtotal:  %1").arg(money(inv.subtotal)) << '\n'
        << tr("Tax:       %1").arg(money(inv.tax)) << '\n'
        << tr("Total:     %1").arg(money(inv.total)) << '\n'
        << tr("Paid:      %1").arg(money(inv.paid)) << '\n'
        << tr("Credited:  %1").arg(money(inv.credited)) << '\n'
        << tr("Balance:   %1").arg(money(inv.balance)) << '\n';
    for (const Allocation &a : PaymentRepository(db).allocationsForInvoice(inv.id)) {
        out << (a.paymentId
                    ? tr("  %1 payment #%2: %3").arg(a.date.toString(Qt::ISODate)).arg(a.paymentId)
                    : tr("  %1 credit note #%2: %3")
                          .arg(a.date.toString(Qt::ISODate))
                          .arg(a.creditNoteId))
                   .arg(money(a.amount))
            << '\n';
    }
    return 0;
}

int runInvoiceCreate(CliApp &app)
{
    const QStringList args = app.commandArguments();
    if (args.size() != 1)
        throw UsageError { tr("invoice create needs one file describing the invoice(s): "
                              "FILE.json, or FILE.csv with one row per line (a line may name "
                              "its recognition: point_in_time, ratably, as_delivered or "
                              "milestone; else its product's)") };
    QFile file(args.first());
    if (!file.open(QIODevice::ReadOnly))
        throw Error(tr("Cannot read %1: %2")
                        .arg(QDir::toNativeSeparators(args.first()), file.errorString()));
    const QByteArray bytes = file.readAll();
    const QString name = QFileInfo(file).fileName();
    Database &db = app.openBook(false);
    InvoiceService service(app.session());
    const bool csv = name.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive);
    const std::vector<Invoice> drafts = csv ? InvoiceCsv::parse(bytes, name, db)
                                            : std::vector { InvoiceJson::parse(bytes, name, db) };
    const bool issue = app.isSet(QStringLiteral("issue"));
    const qint64 repeat = app.integerOption(QStringLiteral("repeat"), 1, 1, 1'000'000);
    QElapsedTimer timer;
    timer.start();
    for (qint64 round = 0; round < repeat; ++round) {
        // A file is all or nothing: one bad invoice keeps the others out too.
        // Each repetition is its own transaction, as a clerk's would be.
        Transaction tx(db);
        QStringList done;
        for (const Invoice &draft : drafts) {
            const qint64 id = service.createDraft(draft);
            if (issue) {
                const Invoice issued = service.issue(id);
                done << tr("Issued %1 (total %2 %3)")
                            .arg(issued.number, issued.total.toPlainString(),
                                 issued.currency.code());
            } else {
                done << tr("Draft %1 created (issue it with: accrue-cli invoice issue %1)").arg(id);
            }
        }
        tx.commit();
        for (const QString &line : done)
            app.out() << line << '\n';
    }
    if (repeat > 1)
        app.err() << tr("%1 invoices in %2 s (%3 per second)")
                         .arg(qint64(drafts.size()) * repeat)
                         .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 2)
                         .arg(double(drafts.size() * repeat) * 1000.0
                                  / double(std::max<qint64>(1, timer.elapsed())),
                              0, 'f', 1)
                  << '\n';
    return 0;
}

int runInvoiceIssue(CliApp &app)
{
    const QStringList args = app.commandArguments();
    bool ok = false;
    const qint64 id = args.size() == 1 ? QString(args.first()).remove(u'#').toLongLong(&ok) : 0;
    if (!ok || id <= 0)
        throw UsageError { tr(
            "invoice issue needs the id of a draft (as printed by invoice create)") };
    const QDate date = app.dateOption(QStringLiteral("date"), QDate());
    app.openBook(false);
    const Invoice issued = InvoiceService(app.session()).issue(id, date);
    app.out() << tr("Issued %1 (total %2 %3, due %4)")
                     .arg(issued.number, issued.total.toPlainString(), issued.currency.code(),
                          issued.dueDate.toString(Qt::ISODate))
              << '\n';
    return 0;
}

int runInvoicePay(CliApp &app)
{
    const QStringList args = app.commandArguments();
    if (args.size() != 1)
        throw UsageError { tr("invoice pay needs one invoice number") };
    if (!app.isSet(QStringLiteral("amount")))
        throw UsageError { tr("invoice pay needs --amount") };
    const QString method = app.isSet(QStringLiteral("method")) ? app.value(QStringLiteral("method"))
                                                               : PaymentMethodKind::BankTransfer;
    if (!PaymentService::knownMethods().contains(method))
        throw UsageError { tr("--method: “%1” is not one of %2")
                               .arg(method,
                                    PaymentService::knownMethods().join(QStringLiteral(", "))) };
    const QDate date = app.dateOption(QStringLiteral("date"), QDate());
    app.openBook(false);
    Session &session = app.session();
    const Invoice inv = InvoiceService(session).loadByNumber(args.first());
    // --currency: paid in another currency than the invoice's, with --rate
    // (payment -> invoice currency) or --rate-from-book.
    const Currency paidIn = app.isSet(QStringLiteral("currency"))
        ? Currency::require(app.value(QStringLiteral("currency")))
        : inv.currency;
    const Money amount = Money::fromPlainString(app.value(QStringLiteral("amount")), paidIn);
    PaymentService::Rate rate;
    if (app.isSet(QStringLiteral("rate")))
        rate.rateE10 = RateE10::parse(app.value(QStringLiteral("rate")));
    rate.fromBook = app.isSet(QStringLiteral("rate-from-book"));
    if (rate.rateE10 > 0 && rate.fromBook)
        throw UsageError { tr("Give --rate or --rate-from-book, not both") };
    const Payment p = PaymentService(session).payInvoice(
        inv.id, amount, date.isValid() ? date : session.today(), method,
        app.value(QStringLiteral("reference")), rate);
    const Invoice after = InvoiceService(session).load(inv.id);
    app.out() << tr("Payment #%1 of %2 %3 recorded; %4 now owes %5")
                     .arg(p.id)
                     .arg(amount.toPlainString(), amount.currency().code(), after.number,
                          after.balance.toPlainString());
    if (p.unapplied.isPositive())
        app.out() << tr(" (%1 kept as customer credit)").arg(p.unapplied.toPlainString());
    app.out() << '\n';
    return 0;
}

namespace {

// --paper, else the company's setting, else the locale's custom.
QPageSize::PageSizeId paperOption(CliApp &app, const QString &companyPaper)
{
    if (!app.isSet(QStringLiteral("paper")))
        return InvoiceDocument::paperFor(companyPaper, QLocale());
    const QString paper = app.value(QStringLiteral("paper"));
    if (!InvoiceDocument::isKnownPaper(paper))
        throw UsageError { tr("--paper: “%1” is not a4 or letter").arg(paper) };
    return InvoiceDocument::paperFor(paper, QLocale());
}

} // namespace

int runInvoicePdf(CliApp &app)
{
    const QStringList args = app.commandArguments();
    paperOption(app, QString()); // a bad --paper fails before the book is opened
    const bool batch = app.isSet(QStringLiteral("out-dir"));
    if (batch == (args.size() == 1) || (!batch && !app.isSet(QStringLiteral("output"))))
        throw UsageError { tr(
            "use invoice pdf NUMBER -o FILE, or invoice pdf --status S --out-dir DIR") };
    Database &db = app.openBook(false);
    InvoiceService service(app.session());
    const QPageSize::PageSizeId paper
        = paperOption(app, SettingsService(app.session()).company().paper);
    if (!batch) {
        const Invoice inv = service.loadByNumber(args.first());
        const QString output = app.value(QStringLiteral("output"));
        InvoicePdfBatch(app.session(), paper, QLocale()).writeOne(inv.id, output);
        // The PDF itself may have gone to standard output: say nothing there.
        if (output != QLatin1String("-") && !output.startsWith(QLatin1String("/dev/")))
            app.out() << tr("Wrote %1").arg(output) << '\n';
        return 0;
    }
    const QString folder = app.value(QStringLiteral("out-dir"));
    InvoiceListFilter filter;
    filter.status = app.value(QStringLiteral("status"));
    filter.today = app.session().today();
    std::vector<qint64> invoices;
    InvoiceRegister(db).invoices(filter, [&](const InvoiceListRow &row) {
        if (!row.number.isEmpty())
            invoices.push_back(row.id);
    });
    QElapsedTimer timer;
    timer.start();
    const int written = InvoicePdfBatch(app.session(), paper, QLocale()).write(invoices, folder);
    const QDir dir(folder);
    app.out() << tr("Wrote %1 PDFs to %2 in %3 s")
                     .arg(written)
                     .arg(QDir::toNativeSeparators(dir.path()))
                     .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
              << '\n';
    return 0;
}

} // namespace Accrue
