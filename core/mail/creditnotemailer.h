#pragma once

#include "mail/mailmessage.h"
#include "mail/mailsettings.h"
#include "mail/mailtemplate.h"

#include <QHash>
#include <QLocale>

namespace Accrue {

class Session;
struct CreditNoteDocumentData;

// A credit note as an e-mail: to the contact of the billing profile the
// credited invoice went to (else the customer's), subject and text from the
// settings' credit-note templates, the credit note's PDF attached; queued
// as document kind "credit_note".
class CreditNoteMailer final
{
public:
    CreditNoteMailer(Session &session, MailSettings settings, const QLocale &locale = QLocale());

    // Throws Error for e-mail not set up, no recipient, or a template,
    // name or address that cannot go into an e-mail.
    MailMessage build(qint64 creditNoteId);
    qint64 queue(qint64 creditNoteId);
    static QHash<QString, QString> placeholders(const CreditNoteDocumentData &data,
                                                const QLocale &locale);
    // The names placeholders() fills: what a credit-note template may use.
    static QStringList placeholderNames() { return MailTemplate::creditNotePlaceholders(); }

private:
    Session &m_session;
    MailSettings m_settings;
    QLocale m_locale;
};

} // namespace Accrue
