#pragma once

#include "mail/mailsettings.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Accrue {

// What happened to one message handed to a server.
struct MailSendResult
{
    bool ok = false;
    long responseCode = 0; // the server's last SMTP code (250, 550, ...); 0 if none
    QString error; // libcurl's message and the server's own answer, for people
    // The server refused the message for good (5xx): retrying will not help.
    // A refused login (530, 534, 535) is not: the password can be mended.
    bool permanent() const
    {
        return responseCode >= 500 && responseCode < 600 && responseCode != 530
            && responseCode != 534 && responseCode != 535;
    }
};

// Hands finished messages to a mail server. An interface so the outbox can
// deliver through something else (a test double, an API) later.
class MailTransport
{
public:
    virtual ~MailTransport() = default;
    virtual MailSendResult send(const QString &from, const QStringList &recipients,
                                const QByteArray &message)
        = 0;
};

// SMTP through libcurl: smtp:// (with STARTTLS required when the settings
// say starttls), smtps://, AUTH with the user and password when a user is
// set, connect and total timeouts. TLS always verifies the server's
// certificate and name, against the settings' CA file when one is named;
// an untrusted certificate fails with a message saying so. Blocks until the server has answered:
// run it off the GUI thread. Never logs; the password is only handed to
// libcurl.
class SmtpSender final : public MailTransport
{
public:
    SmtpSender(MailSettings settings, QString password);

    MailSendResult send(const QString &from, const QStringList &recipients,
                        const QByteArray &message) override;
    // "smtp://host:port" or "smtps://host:port".
    static QString url(const MailSettings &settings);

private:
    MailSettings m_settings;
    QString m_password;
};

} // namespace Accrue
