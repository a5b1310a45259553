// Invoice PDFs per second on one core (not a test): a 3-line and a 60-line
// invoice, each rendered many times to files. Usage: bench_pdf [COUNT]
#include "billing/customerservice.h"
#include "billing/invoiceservice.h"
#include "billing/session.h"
#include "documents/invoicedocument.h"
#include "storage/database.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <cstdio>

using namespace Accrue;

namespace {

qint64 issueInvoice(Session &session, qint64 customerId, int lines)
{
    Invoice draft;
    draft.customerId = customerId;
    draft.currency = Currency::require(QStringLiteral("EUR"));
    draft.issueDate = QDate(2026, 11, 1);
    draft.dueDate = QDate(2026, 12, 1);
    for (int i = 1; i <= lines; ++i) {
        InvoiceLine line;
        line.description = QStringLiteral("Line item %1, monthly service").arg(i);
        line.quantityMilli = 1000 * i;
        line.unitPrice = Money(4900 + i, draft.currency);
        line.taxRatePpm = 190000;
        line.serviceStart = QDate(2026, 11, 1);
        line.serviceEnd = QDate(2026, 11, 30);
        draft.lines.push_back(line);
    }
    InvoiceService service(session);
    return service.issue(service.createDraft(draft)).id;
}

} // namespace

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 200;
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("pdf.sqlite")),
                             Database::OpenMode::CreateIfMissing);
    db->migrate();
    Session session(*db, QStringLiteral("bench"));
    Customer customer;
    customer.code = QStringLiteral("ACME");
    customer.name = QStringLiteral("Acme Industries GmbH");
    customer.currency = Currency::require(QStringLiteral("EUR"));
    BillingProfile profile;
    profile.addressLine1 = QStringLiteral("Hauptstraße 1");
    profile.city = QStringLiteral("Berlin");
    CustomerService(session).create(customer, profile);
    InvoiceService invoices(session);
    for (const int lines : { 3, 60 }) {
        const InvoiceDocumentData data
            = invoices.documentData(issueInvoice(session, customer.id, lines));
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < count; ++i)
            InvoiceDocument::writePdf(
                data, dir.filePath(QStringLiteral("inv-%1-%2.pdf").arg(lines).arg(i)),
                QPageSize::A4, QLocale::c());
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        std::printf("%2d-line invoice: %d PDFs in %.2f s = %.0f PDFs/s (one core)\n", lines, count,
                    seconds, count / seconds);
    }
    return 0;
}
