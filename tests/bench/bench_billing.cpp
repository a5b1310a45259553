// Billing run speed (not a test): a copy of a demo book, its due
// subscriptions billed and issued in one run. Usage:
//   accrue-cli demo --db B --customers 100000 --invoices 200000 --today 2026-06-30
//   bench_billing B 2026-07-01 [--draft]
// Prints the preview's and the run's time and invoices per second; the book
// given is not changed (the run works on a copy).
#include "billing/billingrun.h"
#include "billing/session.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <cstdio>
#include <ctime>

using namespace Accrue;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: bench_billing BOOK.sqlite YYYY-MM-DD [--draft]\n");
        return 2;
    }
    const QDate date = QDate::fromString(args.at(2), Qt::ISODate);
    const bool issue = !args.contains(QStringLiteral("--draft"));
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("billing.sqlite"));
    if (!QFile::copy(args.at(1), copy)) {
        std::fprintf(stderr, "cannot copy %s\n", qPrintable(args.at(1)));
        return 1;
    }
    auto db = Database::open(copy, Database::OpenMode::MustExist);
    db->checkSchema();
    Session session(*db, QStringLiteral("bench"));
    session.setToday(date);
    BillingRun billing(session);

    QElapsedTimer timer;
    timer.start();
    const BillingRun::Result preview = billing.preview(date, issue, {});
    const double previewSeconds = double(timer.nsecsElapsed()) / 1e9;
    std::printf("preview: %d invoices, %d credit notes from %d subscriptions in %.2f s\n",
                preview.invoices, preview.creditNotes, preview.subscriptions, previewSeconds);

    timer.restart();
    // CPU time beside wall time: on a shared machine the wall clock also
    // counts other processes' turns.
    const std::clock_t cpuBefore = std::clock();
    const BillingRun::Result run = billing.run(date, issue);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const double cpuSeconds = double(std::clock() - cpuBefore) / CLOCKS_PER_SEC;
    std::printf("run: %d invoices (%s), %d credit notes in %.2f s (CPU %.2f s) = %.0f invoices/s\n",
                run.invoices, issue ? "issued" : "drafts", run.creditNotes, seconds, cpuSeconds,
                run.invoices / std::max(seconds, 1e-3));
    return 0;
}
