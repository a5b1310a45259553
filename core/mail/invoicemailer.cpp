#include "mail/invoicemailer.h"

#include "billing/invoiceservice.h"
#include "billing/session.h"
#include "common/error.h"
#include "documents/invoicedocument.h"
#include "mail/documentmail.h"

#include <QCoreApplication>

namespace Accrue {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Accrue::InvoiceMailer", text);
}

} // namespace

InvoiceMailer::InvoiceMailer(Session &session, MailSettings settings, const QLocale &locale)
    : m_session(session)
    , m_settings(std::move(settings))
    , m_locale(locale)
{
}

QHash<QString, QString> InvoiceMailer::placeholders(const InvoiceDocumentData &data,
                                                    const QLocale &locale)
{
    return { { QStringLiteral("customer"), data.customer.name },
             { QStringLiteral("invoice"), data.invoice.number },
             { QStringLiteral("amount_due"), data.invoice.balance.format(locale) },
             // ISO dates read the same everywhere a customer may be.
             { QStringLiteral("due_date"), data.invoice.dueDate.toString(Qt::ISODate) },
             { QStringLiteral("company"), data.company.legalName } };
}

MailMessage InvoiceMailer::build(qint64 invoiceId)
{
    return build(invoiceId, m_settings.invoiceSubject, m_settings.invoiceBody);
}

MailMessage InvoiceMailer::build(qint64 invoiceId, const QString &subjectTemplate,
                                 const QString &bodyTemplate, const QHash<QString, QString> &extra)
{
    return compose(documentData(invoiceId), subjectTemplate, bodyTemplate, extra);
}

InvoiceDocumentData InvoiceMailer::documentData(qint64 invoiceId)
{
    m_session.require(Permission::Billing, tr("send invoices by e-mail"));
    DocumentMail::requireConfigured(m_settings);
    InvoiceDocumentData data = InvoiceService(m_session).documentData(invoiceId);
    const Invoice &invoice = data.invoice;
    if (invoice.status == InvoiceStatus::Draft || invoice.number.isEmpty())
        throw Error(tr("A draft has no number yet: issue it before sending it"));
    if (invoice.status == InvoiceStatus::Void)
        throw Error(tr("Invoice %1 is void: it is not sent").arg(invoice.number));
    return data;
}

MailMessage InvoiceMailer::compose(const InvoiceDocumentData &data, const QString &subjectTemplate,
                                   const QString &bodyTemplate,
                                   const QHash<QString, QString> &extra)
{
    const Invoice &invoice = data.invoice;
    DocumentMail mail;
    mail.label = tr("Invoice %1").arg(invoice.number);
    mail.companyName = data.company.legalName;
    mail.to = DocumentMail::recipient(data.customer, data.profile);
    mail.subjectTemplate = subjectTemplate;
    mail.bodyTemplate = bodyTemplate;
    mail.values = placeholders(data, m_locale);
    mail.values.insert(extra);
    mail.attachmentName = invoice.number + QStringLiteral(".pdf");
    if (!mail.to.address.isEmpty())
        mail.pdf = DocumentMail::pdfThroughFile(mail.label, [&](const QString &path) {
            InvoiceDocument::writePdf(data, path, InvoiceDocument::paperFor(data.company),
                                      m_locale);
        });
    return mail.compose(m_settings);
}

qint64 InvoiceMailer::queue(qint64 invoiceId)
{
    return DocumentMail::queue(m_session, build(invoiceId), QStringLiteral("invoice"), invoiceId);
}

} // namespace Accrue
