#include "mail/documentmail.h"

#include "billing/session.h"
#include "common/error.h"
#include "domain/customer.h"
#include "mail/mailtemplate.h"
#include "mail/outboxservice.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

namespace Accrue {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Accrue::DocumentMail", text);
}

} // namespace

void DocumentMail::requireConfigured(const MailSettings &settings)
{
    if (!settings.isConfigured())
        throw Error(tr("E-mail is not set up: enter the SMTP server and the sender's address "
                       "in the e-mail settings first"));
}

MailAddress DocumentMail::recipient(const Customer &customer,
                                    const std::optional<BillingProfile> &profile)
{
    MailAddress to { customer.name, customer.email.trimmed() };
    if (profile && !profile->contactEmail.trimmed().isEmpty()) {
        to.address = profile->contactEmail.trimmed();
        if (!profile->contactName.trimmed().isEmpty())
            to.name = profile->contactName;
    }
    return to;
}

QByteArray DocumentMail::pdfThroughFile(const QString &label,
                                        const std::function<void(const QString &path)> &write)
{
    QTemporaryDir dir;
    if (!dir.isValid())
        throw Error(tr("Cannot create a temporary folder for the PDF: %1").arg(dir.errorString()));
    const QString path = dir.filePath(QStringLiteral("document.pdf"));
    write(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(tr("Cannot read the PDF of %1: %2").arg(label, file.errorString()));
    return file.readAll();
}

MailMessage DocumentMail::compose(const MailSettings &settings) const
{
    if (to.address.isEmpty())
        throw Error(tr("%1: %2 has no e-mail address (billing profile contact or customer)")
                        .arg(label, to.name));
    MailMessage message;
    message.from
        = { settings.fromName.isEmpty() ? companyName : settings.fromName, settings.fromAddress };
    message.to << to;
    try {
        message.subject = MailTemplate::fill(subjectTemplate, values);
        message.body = MailTemplate::fill(bodyTemplate, values);
        message.attachments << MailAttachment { attachmentName,
                                                QByteArrayLiteral("application/pdf"), pdf };
        MimeWriter::check(message);
    } catch (const Error &e) {
        throw Error(tr("%1: %2").arg(label, e.userMessage()));
    }
    return message;
}

qint64 DocumentMail::queue(Session &session, const MailMessage &message, const QString &kind,
                           qint64 documentId)
{
    Transaction tx(session.db());
    const qint64 id = OutboxService(session).enqueue(message, kind, documentId);
    tx.commit();
    return id;
}

} // namespace Accrue
