#include "mailtasks.h"

#include "backgroundtask.h"
#include "billing/session.h"
#include "mail/creditnotemailer.h"
#include "mail/invoicemailer.h"
#include "mail/receiptmailer.h"
#include "mail/smtpsender.h"
#include "security/secretstore.h"
#include "widgets/errorbox.h"

#include <QCoreApplication>
#include <QInputDialog>
#include <QLineEdit>

namespace Accrue {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Accrue::MailTasks", text);
}

} // namespace

std::optional<QString> MailTasks::password(QWidget *parent, const MailSettings &settings)
{
    if (settings.user.isEmpty())
        return QString();
    const SecretStore::Result stored
        = SecretStore(std::chrono::seconds(30)).read(settings.passwordKey());
    if (stored.ok)
        return stored.password;
    bool ok = false;
    const QString typed = QInputDialog::getText(
        parent, tr("SMTP Password"),
        tr("Password of %1 on %2 (not found in the keychain):").arg(settings.user, settings.host),
        QLineEdit::Password, QString(), &ok);
    if (!ok)
        return std::nullopt;
    return typed;
}

std::optional<QString> MailTasks::readyToSend(QWidget *parent, Session &session,
                                              const QString &title)
{
    try {
        const MailSettings settings = MailSettingsService(session).load();
        if (!settings.isConfigured()) {
            showError(parent, title,
                      tr("E-mail is not set up yet: enter the SMTP server and the sender in "
                         "Edit > Company Settings, E-mail."));
            return std::nullopt;
        }
        return password(parent, settings);
    } catch (const Error &e) {
        showError(parent, title, e.userMessage());
        return std::nullopt;
    }
}

namespace {

// Everything due, in rounds of deliverDue's limit (100): a round that came
// back full may have left more behind.
OutboxService::Delivery deliverAll(Session &worker, const MailSettings &settings,
                                   const QString &password)
{
    constexpr int round = 100;
    SmtpSender sender(settings, password);
    OutboxService outbox(worker);
    OutboxService::Delivery total;
    for (;;) {
        const OutboxService::Delivery d = outbox.deliverDue(sender, {}, round);
        total.sent += d.sent;
        total.retrying += d.retrying;
        total.failed += d.failed;
        total.problems += d.problems;
        if (d.sent + d.retrying + d.failed < round)
            return total;
    }
}

// Queues on a worker's own session whatever `queue` makes (an Error makes
// a "refused" line, not a failure), then delivers what is due.
void queueAndDeliver(QObject *context, Session &session, const MailSettings &settings,
                     const QString &password,
                     std::function<void(Session &worker, const MailSettings &, MailRun &)> queue,
                     std::function<void(const MailRun &)> done,
                     std::function<void(const QString &)> failed)
{
    runInBackground<MailRun>(
        context, session.db(),
        [queue = std::move(queue), settings, password, user = session.userName(),
         today = session.today()](Database &db) {
            Session worker(db, user);
            worker.setToday(today);
            MailRun run;
            queue(worker, settings, run);
            if (run.queued > 0)
                run.delivery = deliverAll(worker, settings, password);
            return run;
        },
        std::move(done), std::move(failed));
}

} // namespace

void MailTasks::sendInvoices(QObject *context, Session &session, std::vector<qint64> invoiceIds,
                             const MailSettings &settings, const QString &password,
                             std::function<void(const MailRun &)> done,
                             std::function<void(const QString &)> failed)
{
    queueAndDeliver(
        context, session, settings, password,
        [ids = std::move(invoiceIds)](Session &worker, const MailSettings &s, MailRun &run) {
            InvoiceMailer mailer(worker, s);
            for (qint64 id : ids) {
                try {
                    mailer.queue(id);
                    ++run.queued;
                } catch (const Error &e) {
                    run.refused << e.userMessage();
                }
            }
        },
        std::move(done), std::move(failed));
}

void MailTasks::sendReceipt(QObject *context, Session &session, const QString &receiptNumber,
                            const MailSettings &settings, const QString &password,
                            std::function<void(const MailRun &)> done,
                            std::function<void(const QString &)> failed)
{
    queueAndDeliver(
        context, session, settings, password,
        [receiptNumber](Session &worker, const MailSettings &s, MailRun &run) {
            try {
                ReceiptMailer(worker, s).queue(receiptNumber);
                ++run.queued;
            } catch (const Error &e) {
                run.refused << e.userMessage();
            }
        },
        std::move(done), std::move(failed));
}

void MailTasks::sendCreditNote(QObject *context, Session &session, qint64 creditNoteId,
                               const MailSettings &settings, const QString &password,
                               std::function<void(const MailRun &)> done,
                               std::function<void(const QString &)> failed)
{
    queueAndDeliver(
        context, session, settings, password,
        [creditNoteId](Session &worker, const MailSettings &s, MailRun &run) {
            try {
                CreditNoteMailer(worker, s).queue(creditNoteId);
                ++run.queued;
            } catch (const Error &e) {
                run.refused << e.userMessage();
            }
        },
        std::move(done), std::move(failed));
}

void MailTasks::deliver(QObject *context, Session &session, const MailSettings &settings,
                        const QString &password, std::function<void(const MailRun &)> done,
                        std::function<void(const QString &)> failed)
{
    runInBackground<MailRun>(
        context, session.db(),
        [settings, password, user = session.userName()](Database &db) {
            Session worker(db, user);
            MailRun run;
            run.delivery = deliverAll(worker, settings, password);
            return run;
        },
        std::move(done), std::move(failed));
}

QString MailTasks::summary(const MailRun &run)
{
    const OutboxService::Delivery &d = run.delivery;
    return tr("E-mail: %1 sent, %2 to retry, %3 failed, %4 not made")
        .arg(d.sent)
        .arg(d.retrying)
        .arg(d.failed)
        .arg(run.refused.size());
}

} // namespace Accrue
