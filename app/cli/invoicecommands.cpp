// accrue-cli invoice ...
#include "billing/invoiceservice.h"
#include "billing/session.h"
#include "cliapp.h"
#include "domain/customer.h"
#include "reports/invoicelistreport.h"
#include "storage/customerrepository.h"
#include "storage/paymentrepository.h"

#include <QCoreApplication>

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
    auto money = [&c](qint64 minor) { return Money(minor, c).toPlainString(); };
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
                   .arg(l.description, quantity(l.quantityMilli), money(l.unitPriceMinor),
                        percent(l.discountBp), percent(l.taxRateBp), money(l.netMinor),
                        money(l.taxMinor));
        if (l.serviceStart.isValid())
            out << tr(", service %1 to %2")
                       .arg(l.serviceStart.toString(Qt::ISODate),
                            l.serviceEnd.toString(Qt::ISODate));
        out << '\n';
    }
    out << '\n'
        << tr("Subtotal:  %1").arg(money(inv.subtotalMinor)) << '\n'
        << tr("Tax:       %1").arg(money(inv.taxMinor)) << '\n'
        << tr("Total:     %1").arg(money(inv.totalMinor)) << '\n'
        << tr("Paid:      %1").arg(money(inv.paidMinor)) << '\n'
        << tr("Credited:  %1").arg(money(inv.creditedMinor)) << '\n'
        << tr("Balance:   %1").arg(money(inv.balanceMinor)) << '\n';
    for (const Allocation &a : PaymentRepository(db).allocationsForInvoice(inv.id)) {
        out << (a.paymentId
                    ? tr("  %1 payment #%2: %3").arg(a.date.toString(Qt::ISODate)).arg(a.paymentId)
                    : tr("  %1 credit note #%2: %3")
                          .arg(a.date.toString(Qt::ISODate))
                          .arg(a.creditNoteId))
                   .arg(money(a.amountMinor))
            << '\n';
    }
    return 0;
}

} // namespace Accrue
