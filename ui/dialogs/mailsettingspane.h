#pragma once

#include "mail/mailsettings.h"

#include <QWidget>
#include <array>

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
// automatically, and the templates of invoice, receipt and credit-note
// e-mails (one kind at a time, picked above them). A password typed here goes
// to the OS keychain on save, never into the book. Send Test Message
// talks to the server on a worker thread with what the fields say now.
class MailSettingsPane final : public QWidget
{
    Q_OBJECT

public:
    // Whose e-mail the template fields show.
    enum class TemplateKind { Invoice, Receipt, CreditNote };

    explicit MailSettingsPane(Session &session, QWidget *parent = nullptr);

    void showTemplate(TemplateKind kind);
    // What is wrong with the shown kind's subject or text (an unknown
    // placeholder), else empty.
    QString templateProblem() const;
    // The placeholders a kind's templates may use (its mailer's).
    static QStringList placeholdersOf(TemplateKind kind);

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
    struct TemplateText
    {
        QString subject;
        QString body;
    };
    static constexpr int templateKinds = 3;
    // Every kind's texts, the shown one as its fields say now.
    std::array<TemplateText, templateKinds> templates() const;
    void checkTemplate();

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
    QComboBox *m_templateKind;
    QLineEdit *m_subject;
    QPlainTextEdit *m_body;
    QLabel *m_placeholders;
    QLabel *m_templateProblem;
    std::array<TemplateText, templateKinds> m_templates; // the kinds not shown
    int m_shownKind = 0;
    QLineEdit *m_testTo;
    QPushButton *m_test;
    QLabel *m_testResult;
};

} // namespace Accrue
