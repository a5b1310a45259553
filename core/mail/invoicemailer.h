#pragma once

#include "domain/invoicedocumentdata.h"
#include "mail/mailmessage.h"
#include "mail/mailsettings.h"
#include "mail/mailtemplate.h"

#include <QHash>
#include <QLocale>

namespace Accrue {

class Session;

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
    // The same message with other templates (a dunning reminder's): their
    // placeholders are placeholders() and `extra` (which wins on a clash).
    MailMessage build(qint64 invoiceId, const QString &subjectTemplate, const QString &bodyTemplate,
                      const QHash<QString, QString> &extra = {});
    // The invoice's document data, as build() reads it (callers that
    // need more placeholders compute them from it first).
    InvoiceDocumentData documentData(qint64 invoiceId);
    // build() and queue it in the outbox for the invoice (document kind
    // "invoice"), in one transaction with its audit record. Returns the
    // outbox id; OutboxService::deliverDue sends it.
    qint64 queue(qint64 invoiceId);
    // What the templates' placeholders stand for on this invoice.
    static QHash<QString, QString> placeholders(const InvoiceDocumentData &data,
                                                const QLocale &locale);
    // The names placeholders() fills: what an invoice template may use.
    static QStringList placeholderNames() { return MailTemplate::invoicePlaceholders(); }

private:
    MailMessage compose(const InvoiceDocumentData &data, const QString &subjectTemplate,
                        const QString &bodyTemplate, const QHash<QString, QString> &extra);

    Session &m_session;
    MailSettings m_settings;
    QLocale m_locale;
};

} // namespace Accrue
