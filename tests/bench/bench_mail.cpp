// E-mail figures on a demo book (not a test): queue COUNT invoices' e-mails
// (PDF attached), write the same messages as .eml files for a reference
// sender, then deliver them to the SMTP sink at 127.0.0.1:PORT through the
// GUI's own worker (MailTasks::deliver) while a 5 ms QTimer on the main
// thread measures how late the event loop gets to it. Prints messages per
// second, the event loop's worst and 99th-percentile gap, and peak RSS.
//   bench_mail BOOK PORT EML_DIR [COUNT]
#include "billing/session.h"
#include "domain/invoicelist.h"
#include "mail/invoicemailer.h"
#include "mail/mailsettings.h"
#include "mail/outboxservice.h"
#include "mailtasks.h"
#include "queries/booklists.h"
#include "security/auditlog.h"
#include "storage/database.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <sys/resource.h>
#include <vector>

using namespace Accrue;

namespace {

long peakRssKb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss; // kilobytes on Linux
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc < 4) {
        std::fprintf(stderr, "usage: bench_mail BOOK PORT EML_DIR [COUNT]\n");
        return 2;
    }
    const QString location = QString::fromLocal8Bit(argv[1]);
    const int port = QByteArray(argv[2]).toInt();
    const QDir emlDir(QString::fromLocal8Bit(argv[3]));
    const int count = argc > 4 ? QByteArray(argv[4]).toInt() : 1000;

    auto db = Database::open(location, Database::OpenMode::MustExist);
    db->checkSchema();
    Session session(*db, AuditLog::currentUserName());
    MailSettings settings;
    settings.host = QStringLiteral("127.0.0.1");
    settings.port = port;
    settings.security = MailSettings::Security::None;
    settings.fromAddress = QStringLiteral("billing@seller.example");
    settings.invoiceSubject = MailSettings::defaultInvoiceSubject();
    settings.invoiceBody = MailSettings::defaultInvoiceBody();
    settings.version = MailSettingsService(session).load().version;
    MailSettingsService(session).save(settings);

    // The first COUNT issued invoices, in number order.
    InvoiceListFilter filter;
    filter.sortKey = QStringLiteral("number");
    filter.today = session.today();
    std::vector<qint64> ids;
    for (const InvoiceListRow &row :
         BookLists(*db).invoices(filter, ListWindow<InvoiceListRow>::top(0, count * 2)))
        if (!row.number.isEmpty() && row.status != QLatin1String("void") && int(ids.size()) < count)
            ids.push_back(row.id);

    QElapsedTimer timer;
    timer.start();
    InvoiceMailer mailer(session, settings);
    for (qint64 id : ids)
        mailer.queue(id);
    const double queueSeconds = double(timer.elapsed()) / 1000;
    std::printf("queued %zu invoice e-mails (PDF attached): %.1f s, %.1f messages/s\n", ids.size(),
                queueSeconds, double(ids.size()) / queueSeconds);

    qint64 bytes = 0;
    int written = 0;
    for (const OutboxMessage &m : OutboxService(session).list(QStringLiteral("queued"), count)) {
        OutboxService::writeEml(
            m.message, emlDir.filePath(QStringLiteral("%1.eml").arg(m.id, 7, 10, QChar(u'0'))));
        bytes += m.message.size();
        ++written;
    }
    std::printf("wrote %d .eml files for the reference, %.1f KB each on average\n", written,
                double(bytes) / 1024 / std::max(written, 1));

    // Delivery on the GUI's worker; the main thread only runs its timer.
    std::vector<qint64> gaps;
    QElapsedTimer tick;
    QTimer beat;
    beat.setInterval(5);
    QObject::connect(&beat, &QTimer::timeout, [&] { gaps.push_back(tick.restart()); });
    QEventLoop loop;
    MailRun result;
    QString failure;
    timer.restart();
    tick.start();
    beat.start();
    MailTasks::deliver(
        &app, session, settings, QString(),
        [&](const MailRun &run) {
            result = run;
            loop.quit();
        },
        [&](const QString &error) {
            failure = error;
            loop.quit();
        });
    loop.exec();
    beat.stop();
    const double deliverSeconds = double(timer.elapsed()) / 1000;
    if (!failure.isEmpty()) {
        std::fprintf(stderr, "delivery failed: %s\n", qPrintable(failure));
        return 1;
    }
    std::sort(gaps.begin(), gaps.end());
    const qint64 worst = gaps.empty() ? 0 : gaps.back();
    const qint64 p99 = gaps.empty() ? 0 : gaps[std::min(gaps.size() - 1, gaps.size() * 99 / 100)];
    std::printf("delivered %d (retrying %d, failed %d) through MailTasks::deliver: %.2f s, "
                "%.1f messages/s\n",
                result.delivery.sent, result.delivery.retrying, result.delivery.failed,
                deliverSeconds, double(result.delivery.sent) / deliverSeconds);
    std::printf("GUI event loop during delivery (5 ms timer, %zu ticks): max gap %lld ms, "
                "p99 %lld ms (%s)\n",
                gaps.size(), static_cast<long long>(worst), static_cast<long long>(p99),
                worst < 100 ? "responsive" : "NOT responsive");
    std::printf("peak RSS: %.1f MB\n", double(peakRssKb()) / 1024);
    return result.delivery.sent == int(ids.size()) ? 0 : 1;
}
