// UBL e-invoices per second on one core (not a test): a demo book's issued
// invoices and credit notes, each loaded in the user's scope, built,
// validated and written to a file, as `accrue-cli export ubl` does one.
// Usage: bench_einvoice [INVOICES]
#include "billing/session.h"
#include "demo/demogenerator.h"
#include "einvoice/einvoiceservice.h"
#include "einvoice/ublwriter.h"
#include "storage/database.h"
#include "storage/sqlquery.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <cstdio>

using namespace Accrue;

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const qint64 invoices = argc > 1 ? QByteArray(argv[1]).toLongLong() : 5000;
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("ubl.sqlite")),
                             Database::OpenMode::CreateIfMissing);
    db->migrate();
    Session session(*db, QStringLiteral("bench"));
    session.setToday(QDate(2026, 6, 30));
    DemoGenerator::Options options;
    options.customers = 200;
    options.invoices = invoices;
    options.currency = QStringLiteral("EUR");
    options.endDate = QDate(2026, 6, 30);
    DemoGenerator(session).generate(options);
    QStringList numbers;
    SqlQuery q = db->query(QStringLiteral("SELECT number FROM invoice WHERE number IS NOT NULL "
                                          "UNION ALL SELECT number FROM credit_note"));
    q.exec();
    while (q.next())
        numbers << q.text(0);
    EInvoiceService service(session);
    QElapsedTimer timer;
    timer.start();
    for (const QString &number : numbers)
        service.exportTo(number, dir.filePath(EInvoiceService::fileNameFor(number)));
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    std::printf("%lld documents exported in %.2f s = %.0f documents/s (one core)\n",
                qint64(numbers.size()), seconds, double(numbers.size()) / seconds);
    // The same without files: what loading, building and writing cost alone.
    timer.restart();
    qint64 bytes = 0;
    for (const QString &number : numbers)
        bytes += UblWriter::write(service.build(number)).size();
    const double inMemory = double(timer.nsecsElapsed()) / 1e9;
    std::printf("%lld documents built in memory in %.2f s = %.0f documents/s (%.1f KB each)\n",
                qint64(numbers.size()), inMemory, double(numbers.size()) / inMemory,
                double(bytes) / 1024.0 / double(numbers.size()));
    return 0;
}
