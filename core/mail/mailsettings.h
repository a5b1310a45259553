#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace Accrue {

class Session;

// How the book's e-mail leaves: the SMTP server, the sender and the
// templates of invoice, receipt and credit-note e-mails. The password is not here: it lives in the
// OS keychain under passwordKey(), never in the book, settings or logs.
struct MailSettings
{
    // none: plain SMTP (a relay on the local network), starttls: SMTP that
    // must switch to TLS before anything else (port 587), smtps: TLS from
    // the start (port 465).
    enum class Security { None, StartTls, Smtps };

    int version = 0; // of the stored settings; 0 before the first save
    QString host;
    int port = 587;
    Security security = Security::StartTls;
    QString user; // empty: no AUTH
    QString fromAddress;
    QString fromName;
    int timeoutSeconds = 30; // to connect; a whole message gets four times as long
    // A PEM file of the certificate authorities to trust instead of the
    // system's (a company's own CA, a test server's self-signed
    // certificate); empty: the system's. Verification is never turned off.
    QString caFile;
    // Every receipt issued (a payment recorded in the GUI, the CLI or by
    // bank reconciliation) queues its confirmation e-mail in the same
    // transaction (ReceiptMailer::installAutoSend).
    bool autoSendReceipts = false;
    // Templates of the e-mails (see MailTemplate for placeholders).
    QString invoiceSubject;
    QString invoiceBody;
    // The newer kinds start from their defaults (settings saved before
    // they existed, or made in code, still send sensible text).
    QString receiptSubject = defaultReceiptSubject();
    QString receiptBody = defaultReceiptBody();
    QString creditNoteSubject = defaultCreditNoteSubject();
    QString creditNoteBody = defaultCreditNoteBody();

    bool isConfigured() const { return !host.isEmpty() && !fromAddress.isEmpty(); }
    // The keychain entry of the SMTP password; no password in it.
    QString passwordKey() const;
    QJsonObject toJson() const;
    static MailSettings fromJson(const QJsonObject &json);
    static QString securityKey(Security security); // "none", "starttls", "smtps"
    static std::optional<Security> securityFromKey(const QString &key);
    static QString defaultInvoiceSubject();
    static QString defaultInvoiceBody();
    static QString defaultReceiptSubject();
    static QString defaultReceiptBody();
    static QString defaultCreditNoteSubject();
    static QString defaultCreditNoteBody();
};

// Reads and changes the mail settings like the company's (SettingsService):
// validated, versioned, audited in one transaction, administrators only.
class MailSettingsService final
{
public:
    explicit MailSettingsService(Session &session);

    MailSettings load();
    void save(const MailSettings &settings);
    // Problems that block saving, each "field: message"; empty when valid.
    static QStringList validate(const MailSettings &settings);

private:
    Session &m_session;
};

} // namespace Accrue
