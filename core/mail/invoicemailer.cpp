#include "mail/invoicemailer.h"

#include "billing/invoiceservice.h"
#include "billing/session.h"
#include "common/error.h"
#include "documents/invoicedocument.h"
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
    return QCoreApplication::translate("Accrue::InvoiceMailer", text);
}

// InvoiceDocument writes PDFs to files only; a private temporary folder
// keeps the bytes from anyone else's eyes until they are read back.
QByteArray invoicePdf(const InvoiceDocumentData &data, const QLocale &locale)
{
    QTemporaryDir dir;
    if (!dir.isValid())
        throw Error(tr("Cannot create a temporary folder for the PDF: %1").arg(dir.errorString()));
    const QString path = dir.filePath(QStringLiteral("invoice.pdf"));
    InvoiceDocument::writePdf(data, path, InvoiceDocument::paperFor(data.company), locale);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(
            tr("Cannot read the PDF of %1: %2").arg(data.invoice.number, file.errorString()));
    return file.readAll();
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
    if (!m_settings.isConfigured())
        throw Error(tr("E-mail is not set up: enter the SMTP server and the sender's address "
                       "in the e-mail settings first"));
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
    MailMessage message;
    message.from = { m_settings.fromName.isEmpty() ? data.company.legalName : m_settings.fromName,
                     m_settings.fromAddress };
    MailAddress to { data.customer.name, data.customer.email };
    if (data.profile && !data.profile->contactEmail.trimmed().isEmpty()) {
        to.address = data.profile->contactEmail.trimmed();
        if (!data.profile->contactName.trimmed().isEmpty())
            to.name = data.profile->contactName;
    }
    if (to.address.trimmed().isEmpty())
        throw Error(tr("Invoice %1: %2 has no e-mail address (billing profile contact or "
                       "customer)")
                        .arg(invoice.number, data.customer.name));
    message.to << to;
    QHash<QString, QString> values = placeholders(data, m_locale);
    values.insert(extra);
    message.subject = MailTemplate::fill(subjectTemplate, values);
    message.body = MailTemplate::fill(bodyTemplate, values);
    message.attachments << MailAttachment { invoice.number + QStringLiteral(".pdf"),
                                            QByteArrayLiteral("application/pdf"),
                                            invoicePdf(data, m_locale) };
    try {
        MimeWriter::check(message);
    } catch (const Error &e) {
        throw Error(tr("Invoice %1: %2").arg(invoice.number, e.userMessage()));
    }
    return message;
}

qint64 InvoiceMailer::queue(qint64 invoiceId)
{
    const MailMessage message = build(invoiceId);
    Transaction tx(m_session.db());
    const qint64 id
        = OutboxService(m_session).enqueue(message, QStringLiteral("invoice"), invoiceId);
    tx.commit();
    return id;
}

} // namespace Accrue
