#pragma once

#include "mail/mailsettings.h"
#include "mail/outboxservice.h"

#include <QString>
#include <QStringList>
#include <functional>
#include <optional>
#include <vector>

class QObject;
class QWidget;

namespace Accrue {

class Session;

// What sending a batch of invoices by e-mail came to.
struct MailRun
{
    int queued = 0;
    QStringList refused; // "Invoice INV-1: why", documents whose e-mail could not be made
    OutboxService::Delivery delivery;
};

// E-mail work for the GUI. Talking to an SMTP server can take as long as its
// timeouts: everything that does runs on a pool thread with its own
// connection to the book (runInBackground), and reports on the GUI thread.
namespace MailTasks {

// The SMTP password: none when the settings name no user, else the
// keychain's, else asked for (nullopt when the user cancels).
std::optional<QString> password(QWidget *parent, const MailSettings &settings);
// Before sending: the SMTP password when e-mail is set up and the user gave
// one; otherwise nullopt, after saying why (not set up, an error) in a
// message box titled `title`, or silently when the user cancelled.
std::optional<QString> readyToSend(QWidget *parent, Session &session, const QString &title);
// Queues each invoice's e-mail (InvoiceMailer), then delivers what is due.
void sendInvoices(QObject *context, Session &session, std::vector<qint64> invoiceIds,
                  const MailSettings &settings, const QString &password,
                  std::function<void(const MailRun &)> done,
                  std::function<void(const QString &)> failed);
// Queues a receipt's payment confirmation (ReceiptMailer), then delivers
// what is due: "send receipt" on demand, for a page that lists receipts.
void sendReceipt(QObject *context, Session &session, const QString &receiptNumber,
                 const MailSettings &settings, const QString &password,
                 std::function<void(const MailRun &)> done,
                 std::function<void(const QString &)> failed);
// Queues a credit note's e-mail (CreditNoteMailer), then delivers what is due.
void sendCreditNote(QObject *context, Session &session, qint64 creditNoteId,
                    const MailSettings &settings, const QString &password,
                    std::function<void(const MailRun &)> done,
                    std::function<void(const QString &)> failed);
// Delivers everything due in the outbox (in rounds of 100).
void deliver(QObject *context, Session &session, const MailSettings &settings,
             const QString &password, std::function<void(const MailRun &)> done,
             std::function<void(const QString &)> failed);
// One line for a status bar.
QString summary(const MailRun &run);

} // namespace MailTasks

} // namespace Accrue
