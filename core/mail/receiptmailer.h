#pragma once

#include "mail/mailmessage.h"
#include "mail/mailsettings.h"
#include "mail/mailtemplate.h"

#include <QHash>
#include <QLocale>

namespace Accrue {

class Session;
struct ReceiptDocumentData;

// A receipt as a payment confirmation e-mail: to the contact of the
// customer's default billing profile (else the customer's own address),
// subject and text from the settings' receipt templates, the receipt's PDF
// attached. Sent on demand (queue) or, with the setting "send receipts
// automatically", as every receipt is issued (installAutoSend).
class ReceiptMailer final
{
public:
    ReceiptMailer(Session &session, MailSettings settings, const QLocale &locale = QLocale());

    // Throws Error for an unknown receipt, e-mail not set up, no
    // recipient, or a template, name or address that cannot go into an
    // e-mail.
    MailMessage build(const QString &receiptNumber);
    // build() and queue it (document kind "receipt") in one transaction
    // with its audit record; returns the outbox id.
    qint64 queue(const QString &receiptNumber);
    static QHash<QString, QString> placeholders(const ReceiptDocumentData &data,
                                                const QLocale &locale);
    // The names placeholders() fills: what a receipt template may use.
    static QStringList placeholderNames() { return MailTemplate::receiptPlaceholders(); }

    // Receipts are issued in core/billing, which knows nothing of e-mail
    // (it sits below core/mail). So billing announces each receipt through
    // the session's audit listeners, and this registers one on `session`:
    // when the book's mail settings say "send receipts automatically", the
    // confirmation is queued inside the very transaction that records the
    // payment, so it exists exactly when the payment commits, whichever
    // path recorded it (GUI, CLI, bank reconciliation). A receipt that
    // cannot be mailed (no address, e-mail not set up) does not undo the
    // payment: the reason goes into the audit log as "mail.skip". The GUI
    // and CLI install it on the session they open; a worker session that
    // records payments must install it too.
    static void installAutoSend(Session &session);

private:
    Session &m_session;
    MailSettings m_settings;
    QLocale m_locale;
};

} // namespace Accrue
