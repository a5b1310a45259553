#include "mail/creditnotemailer.h"

#include "billing/creditnoteservice.h"
#include "billing/session.h"
#include "common/error.h"
#include "documents/invoicedocument.h"
#include "mail/documentmail.h"

#include <QCoreApplication>

namespace Accrue {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Accrue::CreditNoteMailer", text);
}

} // namespace

CreditNoteMailer::CreditNoteMailer(Session &session, MailSettings settings, const QLocale &locale)
    : m_session(session)
    , m_settings(std::move(settings))
    , m_locale(locale)
{
}

QHash<QString, QString> CreditNoteMailer::placeholders(const CreditNoteDocumentData &data,
                                                       const QLocale &locale)
{
    return { { QStringLiteral("customer"), data.customer.name },
             { QStringLiteral("credit_note"), data.note.number },
             { QStringLiteral("invoice"), data.invoiceNumber },
             { QStringLiteral("amount"), data.note.total.format(locale) },
             { QStringLiteral("date"), data.note.issueDate.toString(Qt::ISODate) },
             { QStringLiteral("company"), data.company.legalName } };
}

MailMessage CreditNoteMailer::build(qint64 creditNoteId)
{
    m_session.require(Permission::Billing, tr("send credit notes by e-mail"));
    DocumentMail::requireConfigured(m_settings);
    const CreditNoteDocumentData data = CreditNoteService(m_session).documentData(creditNoteId);
    DocumentMail mail;
    mail.label = tr("Credit note %1").arg(data.note.number);
    mail.companyName = data.company.legalName;
    mail.to = DocumentMail::recipient(data.customer, data.profile);
    mail.subjectTemplate = m_settings.creditNoteSubject;
    mail.bodyTemplate = m_settings.creditNoteBody;
    mail.values = placeholders(data, m_locale);
    mail.attachmentName = data.note.number + QStringLiteral(".pdf");
    if (!mail.to.address.isEmpty())
        mail.pdf = DocumentMail::pdfThroughFile(mail.label, [&](const QString &path) {
            InvoiceDocument::writePdf(data, path, InvoiceDocument::paperFor(data.company),
                                      m_locale);
        });
    return mail.compose(m_settings);
}

qint64 CreditNoteMailer::queue(qint64 creditNoteId)
{
    return DocumentMail::queue(m_session, build(creditNoteId), QStringLiteral("credit_note"),
                               creditNoteId);
}

} // namespace Accrue
