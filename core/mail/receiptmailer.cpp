#include "mail/receiptmailer.h"

#include "billing/receiptservice.h"
#include "billing/session.h"
#include "common/error.h"
#include "documents/invoicedocument.h"
#include "documents/receiptdocument.h"
#include "mail/documentmail.h"
#include "mail/outboxservice.h"

#include <QCoreApplication>

namespace Accrue {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Accrue::ReceiptMailer", text);
}

const QString receiptKind = QStringLiteral("receipt");

// Inside the transaction that issues the receipt: queue its e-mail, or
// note in the audit log why it cannot be made. Only making the message may
// fail quietly (it touches nothing); queueing it is part of the change, and
// if the book refuses that, the payment fails with it.
void sendAutomatically(Session &session, const QString &number, const QString &receiptId)
{
    const MailSettings settings = MailSettingsService(session).load();
    if (!settings.autoSendReceipts)
        return;
    MailMessage message;
    try {
        message = ReceiptMailer(session, settings).build(number);
    } catch (const Error &e) {
        session.audit().append(QStringLiteral("mail.skip"), receiptKind, receiptId, {},
                               QJsonObject { { QStringLiteral("number"), number },
                                             { QStringLiteral("error"), e.userMessage() } });
        return;
    }
    OutboxService(session).enqueue(message, receiptKind, receiptId.toLongLong());
}

} // namespace

ReceiptMailer::ReceiptMailer(Session &session, MailSettings settings, const QLocale &locale)
    : m_session(session)
    , m_settings(std::move(settings))
    , m_locale(locale)
{
}

QHash<QString, QString> ReceiptMailer::placeholders(const ReceiptDocumentData &data,
                                                    const QLocale &locale)
{
    QStringList invoices;
    for (const ReceiptLine &line : data.receipt.lines)
        invoices << line.invoiceNumber;
    return { { QStringLiteral("customer"), data.customer.name },
             { QStringLiteral("receipt"), data.receipt.number },
             { QStringLiteral("amount"), data.payment.amount.format(locale) },
             // ISO dates read the same everywhere a customer may be.
             { QStringLiteral("date"), data.receipt.issueDate.toString(Qt::ISODate) },
             // A payment kept as credit settled no invoice.
             { QStringLiteral("invoices"),
               invoices.isEmpty() ? tr("your account") : invoices.join(QStringLiteral(", ")) },
             { QStringLiteral("company"), data.company.legalName } };
}

MailMessage ReceiptMailer::build(const QString &receiptNumber)
{
    m_session.require(Permission::Billing, tr("send receipts by e-mail"));
    DocumentMail::requireConfigured(m_settings);
    const ReceiptDocumentData data = ReceiptService(m_session).documentData(receiptNumber);
    DocumentMail mail;
    mail.label = tr("Receipt %1").arg(data.receipt.number);
    mail.companyName = data.company.legalName;
    mail.to = DocumentMail::recipient(data.customer,
                                      m_session.reference().profileOf(data.customer.id, 0));
    mail.subjectTemplate = m_settings.receiptSubject;
    mail.bodyTemplate = m_settings.receiptBody;
    mail.values = placeholders(data, m_locale);
    mail.attachmentName = data.receipt.number + QStringLiteral(".pdf");
    if (!mail.to.address.isEmpty())
        mail.pdf = ReceiptDocument::pdf(data, InvoiceDocument::paperFor(data.company), m_locale);
    return mail.compose(m_settings);
}

qint64 ReceiptMailer::queue(const QString &receiptNumber)
{
    const MailMessage message = build(receiptNumber);
    const Receipt receipt = ReceiptService(m_session).find(receiptNumber);
    return DocumentMail::queue(m_session, message, receiptKind, receipt.id);
}

void ReceiptMailer::installAutoSend(Session &session)
{
    session.addAuditListener([&session](const AuditEvent &event) {
        if (event.action == QLatin1String("receipt.issue"))
            sendAutomatically(session, event.after.value(QStringLiteral("number")).toString(),
                              event.entityId);
    });
}

} // namespace Accrue
