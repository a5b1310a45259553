#include "receipttasks.h"

#include "billing/receiptservice.h"
#include "billing/session.h"
#include "common/error.h"
#include "documents/invoicedocument.h"
#include "documents/receiptdocument.h"
#include "mail/mailsettings.h"
#include "mailtasks.h"
#include "widgets/errorbox.h"
#include "widgets/savefile.h"

#include <QCoreApplication>
#include <QLocale>

namespace Accrue::ReceiptTasks {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Accrue::ReceiptTasks", text);
}

} // namespace

void writePdf(Session &session, const QString &receiptNumber, const QString &path)
{
    const ReceiptDocumentData data = ReceiptService(session).documentData(receiptNumber);
    ReceiptDocument::writePdf(data, path, InvoiceDocument::paperFor(data.company), QLocale());
}

void savePdf(QWidget *parent, Session &session, const QString &receiptNumber)
{
    if (receiptNumber.isEmpty()) {
        showError(parent, tr("Receipt PDF"),
                  tr("This payment has no receipt: receipts are issued for payments recorded "
                     "in Accrue, not for those loaded from another system."));
        return;
    }
    const QString path
        = SaveFile::ask(parent, tr("Save Receipt PDF"), receiptNumber + QStringLiteral(".pdf"),
                        tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    try {
        writePdf(session, receiptNumber, path);
    } catch (const Error &e) {
        showError(parent, tr("Receipt PDF"), e.userMessage());
    }
}

void sendByEmail(QWidget *parent, Session &session, const QString &receiptNumber,
                 MailFinished finished)
{
    if (receiptNumber.isEmpty()) {
        showError(parent, tr("Send Receipt"),
                  tr("This payment has no receipt: receipts are issued for payments recorded "
                     "in Accrue, not for those loaded from another system."));
        return;
    }
    if (const auto password = MailTasks::readyToSend(parent, session, tr("Send Receipt")))
        sendByEmailWith(parent, session, receiptNumber, *password, std::move(finished));
}

void sendByEmailWith(QWidget *parent, Session &session, const QString &receiptNumber,
                     const QString &password, MailFinished finished)
{
    MailSettings settings;
    try {
        settings = MailSettingsService(session).load();
    } catch (const Error &e) {
        showError(parent, tr("Send Receipt"), e.userMessage());
        return;
    }
    MailTasks::sendReceipt(
        parent, session, receiptNumber, settings, password,
        [parent, receiptNumber, finished](const MailRun &run) {
            const QStringList problems = run.refused + run.delivery.problems;
            if (!problems.isEmpty())
                showError(parent, tr("Send Receipt"),
                          tr("Receipt %1 was not sent (what was queued is tried again later; "
                             "see Billing > E-mail Outbox):\n%2")
                              .arg(receiptNumber, problems.join(u'\n')));
            finished(MailTasks::summary(run), run.delivery.sent, problems);
        },
        [parent, finished](const QString &error) {
            showError(parent, tr("Send Receipt"), error);
            finished(error, 0, { error });
        });
}

} // namespace Accrue::ReceiptTasks
