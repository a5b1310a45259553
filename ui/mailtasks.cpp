#include "mailtasks.h"

#include "backgroundtask.h"
#include "billing/session.h"
#include "mail/invoicemailer.h"
#include "mail/smtpsender.h"
#include "security/secretstore.h"

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

void MailTasks::sendInvoices(QObject *context, Session &session, std::vector<qint64> invoiceIds,
                             const MailSettings &settings, const QString &password,
                             std::function<void(const MailRun &)> done,
                             std::function<void(const QString &)> failed)
{
    runInBackground<MailRun>(
        context, session.bookLocation(),
        [ids = std::move(invoiceIds), settings, password, user = session.userName(),
         today = session.today()](Database &db) {
            Session worker(db, user);
            worker.setToday(today);
            MailRun run;
            InvoiceMailer mailer(worker, settings);
            for (qint64 id : ids) {
                try {
                    mailer.queue(id);
                    ++run.queued;
                } catch (const Error &e) {
                    run.refused << e.userMessage();
                }
            }
            if (run.queued > 0) {
                SmtpSender sender(settings, password);
                run.delivery = OutboxService(worker).deliverDue(sender);
            }
            return run;
        },
        std::move(done), std::move(failed));
}

void MailTasks::deliver(QObject *context, Session &session, const MailSettings &settings,
                        const QString &password, std::function<void(const MailRun &)> done,
                        std::function<void(const QString &)> failed)
{
    runInBackground<MailRun>(
        context, session.bookLocation(),
        [settings, password, user = session.userName()](Database &db) {
            Session worker(db, user);
            SmtpSender sender(settings, password);
            MailRun run;
            run.delivery = OutboxService(worker).deliverDue(sender);
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
