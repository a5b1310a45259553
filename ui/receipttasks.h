#pragma once

#include <QString>
#include <QStringList>
#include <functional>

class QWidget;

namespace Accrue {

class Session;

// "Receipt PDF…" and "Send Receipt…" wherever a payment is shown (the
// customer's Payments and Receipts tabs, the Transactions page): one place
// that asks for the file and writes the receipt on the company's paper, and
// one that e-mails it.
namespace ReceiptTasks {

// Asks where to save the receipt's PDF and writes it; shows what went wrong.
// A payment recorded without a receipt (the demo's, imported ones) is told so.
void savePdf(QWidget *parent, Session &session, const QString &receiptNumber);
// Writes it whole or not at all; throws Error (no such receipt, no disk).
void writePdf(Session &session, const QString &receiptNumber, const QString &path);

// What a sent receipt came to: one line for a status bar, how many e-mails
// went out, and why any did not (empty when it was sent).
using MailFinished
    = std::function<void(const QString &status, int sent, const QStringList &problems)>;
// E-mails the receipt with its PDF to the customer (MailTasks::sendReceipt:
// queued, then delivered on a worker thread), after checking that e-mail is
// set up and getting the SMTP password (the keychain's, else asked for).
// Shows what went wrong. `finished` is called once the worker is done; not
// when nothing was started (e-mail not set up, the password prompt cancelled).
void sendByEmail(QWidget *parent, Session &session, const QString &receiptNumber,
                 MailFinished finished);
// The same with the password already known (no keychain, no prompt).
void sendByEmailWith(QWidget *parent, Session &session, const QString &receiptNumber,
                     const QString &password, MailFinished finished);

} // namespace ReceiptTasks

} // namespace Accrue
