#pragma once

#include "domain/customer.h"
#include "mail/mailmessage.h"
#include "mail/mailsettings.h"

#include <QHash>
#include <QString>
#include <functional>
#include <optional>

namespace Accrue {

class Session;

// What every document's e-mail is made of (an invoice, a receipt, a credit
// note): the settings' sender, one recipient, subject and text from the
// document kind's templates, the document's PDF attached. The mailers
// gather these from the book; compose() is the one place they become a
// message, so every kind checks and refuses the same things.
struct DocumentMail
{
    QString label; // "Invoice INV-1": names the document in error messages
    QString companyName; // the sender's name when the settings give none
    MailAddress to;
    QString subjectTemplate;
    QString bodyTemplate;
    QHash<QString, QString> values; // the kind's placeholders
    QString attachmentName;
    QByteArray pdf;

    // Throws Error for no recipient address, an unknown placeholder, or a
    // name, address or subject that cannot go into an e-mail (injection).
    MailMessage compose(const MailSettings &settings) const;

    // Throws Error when the settings name no SMTP server or sender.
    static void requireConfigured(const MailSettings &settings);
    // The profile's contact when it has an e-mail address, else the
    // customer's own address (and name).
    static MailAddress recipient(const Customer &customer,
                                 const std::optional<BillingProfile> &profile);
    // The bytes of a PDF from a writer that only writes files: through a
    // private temporary folder, so nobody else sees them meanwhile.
    static QByteArray pdfThroughFile(const QString &label,
                                     const std::function<void(const QString &path)> &write);
    // Queues `message` for the document in one transaction (the caller's
    // when there is one) with its audit record; returns the outbox id.
    static qint64 queue(Session &session, const MailMessage &message, const QString &kind,
                        qint64 documentId);
};

} // namespace Accrue
