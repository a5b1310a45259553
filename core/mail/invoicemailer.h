#pragma once

#include "mail/mailmessage.h"
#include "mail/mailsettings.h"

#include <QHash>
#include <QLocale>

namespace Accrue {

class Session;
struct InvoiceDocumentData;

// An invoice as an e-mail: to the contact of the invoice's billing profile
// (the customer's default profile when the invoice names none, the
// customer's own address when the profile has no contact e-mail), subject
// and text from the settings' templates, the invoice's PDF attached.
class InvoiceMailer final
{
public:
    InvoiceMailer(Session &session, MailSettings settings, const QLocale &locale = QLocale());

    // Throws Error for a draft or void invoice, one with no recipient, or a
    // template, name or address that cannot go into an e-mail.
    MailMessage build(qint64 invoiceId);
    // build() and queue it in the outbox for the invoice (document kind
    // "invoice"), in one transaction with its audit record. Returns the
    // outbox id; OutboxService::deliverDue sends it.
    qint64 queue(qint64 invoiceId);
    // What the templates' placeholders stand for on this invoice.
    static QHash<QString, QString> placeholders(const InvoiceDocumentData &data,
                                                const QLocale &locale);

private:
    Session &m_session;
    MailSettings m_settings;
    QLocale m_locale;
};

} // namespace Accrue
