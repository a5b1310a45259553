#include "mail/mailsettings.h"

#include "billing/session.h"
#include "common/error.h"
#include "mail/mailmessage.h"
#include "mail/mailtemplate.h"
#include "storage/settingsrepository.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>

namespace Accrue {

namespace {

const QString mailKey = QStringLiteral("mail");

QString tr(const char *text)
{
    return QCoreApplication::translate("Accrue::MailSettings", text);
}

} // namespace

QString MailSettings::passwordKey() const
{
    return QStringLiteral("smtp://%1@%2:%3").arg(user, host).arg(port);
}

QString MailSettings::securityKey(Security security)
{
    switch (security) {
    case Security::None:
        return QStringLiteral("none");
    case Security::Smtps:
        return QStringLiteral("smtps");
    case Security::StartTls:
        break;
    }
    return QStringLiteral("starttls");
}

std::optional<MailSettings::Security> MailSettings::securityFromKey(const QString &key)
{
    for (Security s : { Security::None, Security::StartTls, Security::Smtps })
        if (securityKey(s) == key)
            return s;
    return std::nullopt;
}

QString MailSettings::defaultInvoiceSubject()
{
    return tr("Invoice {invoice} from {company}");
}

QString MailSettings::defaultInvoiceBody()
{
    return tr("Dear {customer},\n\nplease find attached invoice {invoice}. The amount due is "
              "{amount_due}, payable by {due_date}.\n\nKind regards,\n{company}\n");
}

QString MailSettings::defaultReceiptSubject()
{
    return tr("Receipt {receipt} from {company}");
}

QString MailSettings::defaultReceiptBody()
{
    return tr("Dear {customer},\n\nthank you for your payment of {amount} received on {date} "
              "for {invoices}. Your receipt {receipt} is attached.\n\nKind regards,\n"
              "{company}\n");
}

QString MailSettings::defaultCreditNoteSubject()
{
    return tr("Credit note {credit_note} from {company}");
}

QString MailSettings::defaultCreditNoteBody()
{
    return tr("Dear {customer},\n\nplease find attached credit note {credit_note} of {amount} "
              "for invoice {invoice}, dated {date}.\n\nKind regards,\n{company}\n");
}

QJsonObject MailSettings::toJson() const
{
    return QJsonObject { { QStringLiteral("host"), host },
                         { QStringLiteral("port"), port },
                         { QStringLiteral("security"), securityKey(security) },
                         { QStringLiteral("user"), user },
                         { QStringLiteral("from_address"), fromAddress },
                         { QStringLiteral("from_name"), fromName },
                         { QStringLiteral("timeout_seconds"), timeoutSeconds },
                         { QStringLiteral("ca_file"), caFile },
                         { QStringLiteral("auto_send_receipts"), autoSendReceipts },
                         { QStringLiteral("invoice_subject"), invoiceSubject },
                         { QStringLiteral("invoice_body"), invoiceBody },
                         { QStringLiteral("receipt_subject"), receiptSubject },
                         { QStringLiteral("receipt_body"), receiptBody },
                         { QStringLiteral("credit_note_subject"), creditNoteSubject },
                         { QStringLiteral("credit_note_body"), creditNoteBody } };
}

MailSettings MailSettings::fromJson(const QJsonObject &json)
{
    MailSettings s;
    s.host = json.value(QStringLiteral("host")).toString();
    s.port = json.value(QStringLiteral("port")).toInt(587);
    s.security = securityFromKey(json.value(QStringLiteral("security")).toString())
                     .value_or(Security::StartTls);
    s.user = json.value(QStringLiteral("user")).toString();
    s.fromAddress = json.value(QStringLiteral("from_address")).toString();
    s.fromName = json.value(QStringLiteral("from_name")).toString();
    s.timeoutSeconds = json.value(QStringLiteral("timeout_seconds")).toInt(30);
    s.invoiceSubject
        = json.value(QStringLiteral("invoice_subject")).toString(defaultInvoiceSubject());
    s.invoiceBody = json.value(QStringLiteral("invoice_body")).toString(defaultInvoiceBody());
    s.caFile = json.value(QStringLiteral("ca_file")).toString();
    s.autoSendReceipts = json.value(QStringLiteral("auto_send_receipts")).toBool(false);
    s.receiptSubject
        = json.value(QStringLiteral("receipt_subject")).toString(defaultReceiptSubject());
    s.receiptBody = json.value(QStringLiteral("receipt_body")).toString(defaultReceiptBody());
    s.creditNoteSubject
        = json.value(QStringLiteral("credit_note_subject")).toString(defaultCreditNoteSubject());
    s.creditNoteBody
        = json.value(QStringLiteral("credit_note_body")).toString(defaultCreditNoteBody());
    return s;
}

MailSettingsService::MailSettingsService(Session &session)
    : m_session(session)
{
}

QStringList MailSettingsService::validate(const MailSettings &s)
{
    QStringList problems;
    if (s.host.trimmed().isEmpty() || s.host.contains(u'/') || s.host.contains(u' '))
        problems << tr("host: enter the SMTP server's name or address");
    if (s.port < 1 || s.port > 65535)
        problems << tr("port: between 1 and 65535");
    if (!MimeWriter::isValidAddress(s.fromAddress))
        problems << tr("from address: “%1” is not an e-mail address").arg(s.fromAddress);
    for (const QString &text : { s.fromName, s.user, s.host })
        if (text.contains(u'\r') || text.contains(u'\n'))
            problems << tr("line breaks are not allowed in the host, user or sender name");
    if (s.timeoutSeconds < 1 || s.timeoutSeconds > 600)
        problems << tr("timeout: between 1 and 600 seconds");
    if (const QString p = MailTemplate::problem(s.invoiceSubject); !p.isEmpty())
        problems << tr("invoice subject: %1").arg(p);
    if (const QString p = MailTemplate::problem(s.invoiceBody); !p.isEmpty())
        problems << tr("invoice text: %1").arg(p);
    const QStringList receipt = MailTemplate::receiptPlaceholders();
    if (const QString p = MailTemplate::problem(s.receiptSubject, receipt); !p.isEmpty())
        problems << tr("receipt subject: %1").arg(p);
    if (const QString p = MailTemplate::problem(s.receiptBody, receipt); !p.isEmpty())
        problems << tr("receipt text: %1").arg(p);
    const QStringList creditNote = MailTemplate::creditNotePlaceholders();
    if (const QString p = MailTemplate::problem(s.creditNoteSubject, creditNote); !p.isEmpty())
        problems << tr("credit note subject: %1").arg(p);
    if (const QString p = MailTemplate::problem(s.creditNoteBody, creditNote); !p.isEmpty())
        problems << tr("credit note text: %1").arg(p);
    if (!s.caFile.isEmpty() && !QFileInfo(s.caFile).isReadable())
        problems << tr("CA certificate file: cannot read “%1”").arg(s.caFile);
    return problems;
}

MailSettings MailSettingsService::load()
{
    SettingsRepository repo(m_session.db());
    MailSettings settings
        = MailSettings::fromJson(QJsonDocument::fromJson(repo.value(mailKey).toUtf8()).object());
    settings.version = repo.version(mailKey);
    return settings;
}

void MailSettingsService::save(const MailSettings &settings)
{
    m_session.require(Permission::Administer, tr("change the e-mail settings"));
    if (const QStringList problems = validate(settings); !problems.isEmpty())
        throw Error(
            tr("The e-mail settings are not valid: %1").arg(problems.join(QStringLiteral("; "))));
    Transaction tx(m_session.db());
    const MailSettings before = load();
    SettingsRepository(m_session.db())
        .setValueAt(
            mailKey,
            QString::fromUtf8(QJsonDocument(settings.toJson()).toJson(QJsonDocument::Compact)),
            settings.version, m_session.userName(), tr("The e-mail settings"));
    m_session.audit().append(QStringLiteral("settings.mail"), QStringLiteral("setting"), mailKey,
                             before.version == 0 ? QJsonObject() : before.toJson(),
                             settings.toJson());
    tx.commit();
}

} // namespace Accrue
