#pragma once

#include "mail/mailsettings.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace Accrue {

class Session;

// The E-mail tab of the settings: SMTP server, security, login, sender,
// timeout, the CA certificate file, whether receipts are e-mailed
// automatically, and the invoice e-mail's templates. A password typed here goes
// to the OS keychain on save, never into the book. Send Test Message
// talks to the server on a worker thread with what the fields say now.
class MailSettingsPane final : public QWidget
{
    Q_OBJECT

public:
    explicit MailSettingsPane(Session &session, QWidget *parent = nullptr);

    MailSettings collect() const;
    // Whether there is anything to save: a server entered, or settings
    // stored before.
    bool isInUse() const;
    // Saves the settings and a typed password; throws Error.
    void save();
    void sendTest(const QString &to);

signals:
    void testFinished(bool ok, const QString &message);

private:
    Session &m_session;
    MailSettings m_loaded;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QComboBox *m_security;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLineEdit *m_fromAddress;
    QLineEdit *m_fromName;
    QSpinBox *m_timeout;
    QLineEdit *m_caFile;
    QCheckBox *m_autoReceipts;
    QLineEdit *m_subject;
    QPlainTextEdit *m_body;
    QLineEdit *m_testTo;
    QPushButton *m_test;
    QLabel *m_testResult;
};

} // namespace Accrue
