#include "dialogs/mailsettingspane.h"

#include "billing/session.h"
#include "common/error.h"
#include "mail/creditnotemailer.h"
#include "mail/invoicemailer.h"
#include "mail/mailmessage.h"
#include "mail/mailtemplate.h"
#include "mail/receiptmailer.h"
#include "mail/smtpsender.h"
#include "security/secretstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QtConcurrent/QtConcurrentRun>

namespace Accrue {

MailSettingsPane::MailSettingsPane(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_security(new QComboBox(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_fromAddress(new QLineEdit(this))
    , m_fromName(new QLineEdit(this))
    , m_timeout(new QSpinBox(this))
    , m_caFile(new QLineEdit(this))
    , m_autoReceipts(new QCheckBox(tr("E-mail each &receipt as its payment is recorded"), this))
    , m_templateKind(new QComboBox(this))
    , m_subject(new QLineEdit(this))
    , m_body(new QPlainTextEdit(this))
    , m_placeholders(new QLabel(this))
    , m_templateProblem(new QLabel(this))
    , m_testTo(new QLineEdit(this))
    , m_test(new QPushButton(tr("Send &Test Message"), this))
    , m_testResult(new QLabel(this))
{
    setObjectName(QStringLiteral("mailSettings"));
    m_host->setPlaceholderText(tr("smtp.example.com"));
    m_port->setRange(1, 65535);
    m_security->addItem(tr("STARTTLS (port 587)"),
                        MailSettings::securityKey(MailSettings::Security::StartTls));
    m_security->addItem(tr("TLS from the start, SMTPS (port 465)"),
                        MailSettings::securityKey(MailSettings::Security::Smtps));
    m_security->addItem(tr("None (a relay on your own network)"),
                        MailSettings::securityKey(MailSettings::Security::None));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("unchanged (kept in the keychain)"));
    m_timeout->setRange(1, 600);
    m_timeout->setSuffix(tr(" s"));
    m_caFile->setPlaceholderText(tr("the system's certificate authorities"));
    m_caFile->setToolTip(tr("A PEM file of the certificate authorities to trust for this "
                            "server, when a private one signed its certificate"));
    m_body->setTabChangesFocus(true);
    m_body->setMaximumHeight(120);
    m_testTo->setPlaceholderText(tr("you@example.com"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_templateKind->setObjectName(QStringLiteral("templateKind"));
    m_templateKind->addItem(tr("Invoice"));
    m_templateKind->addItem(tr("Receipt"));
    m_templateKind->addItem(tr("Credit note"));
    m_templateKind->setToolTip(tr("Whose e-mail the subject and text below are"));
    m_subject->setObjectName(QStringLiteral("templateSubject"));
    m_body->setObjectName(QStringLiteral("templateBody"));
    m_placeholders->setWordWrap(true);
    m_templateProblem->setObjectName(QStringLiteral("templateProblem"));
    m_templateProblem->setWordWrap(true);
    m_templateProblem->setStyleSheet(QStringLiteral("color: #b00020"));

    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testTo, 1);
    testRow->addWidget(m_test);
    auto *form = new QFormLayout(this);
    form->addRow(tr("SMTP &server:"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("Securit&y:"), m_security);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(tr("&From address:"), m_fromAddress);
    form->addRow(tr("From &name:"), m_fromName);
    form->addRow(tr("&Timeout:"), m_timeout);
    form->addRow(tr("&CA certificate file:"), m_caFile);
    form->addRow(QString(), m_autoReceipts);
    form->addRow(tr("E-mail t&emplate:"), m_templateKind);
    form->addRow(tr("&Subject:"), m_subject);
    form->addRow(tr("Te&xt:"), m_body);
    form->addRow(m_placeholders);
    form->addRow(m_templateProblem);
    form->addRow(tr("Test &to:"), testRow);
    form->addRow(m_testResult);

    connect(m_test, &QPushButton::clicked, this, [this] { sendTest(m_testTo->text().trimmed()); });
    connect(m_security, &QComboBox::currentIndexChanged, this, [this] {
        // The usual port of the chosen security, unless one was typed.
        const int port = m_port->value();
        if (port == 25 || port == 465 || port == 587) {
            const QString key = m_security->currentData().toString();
            m_port->setValue(key == QLatin1String("smtps")      ? 465
                                 : key == QLatin1String("none") ? 25
                                                                : 587);
        }
    });

    try {
        m_loaded = MailSettingsService(m_session).load();
    } catch (const Error &e) {
        m_testResult->setText(e.userMessage());
    }
    m_host->setText(m_loaded.host);
    m_security->setCurrentIndex(
        std::max(0, m_security->findData(MailSettings::securityKey(m_loaded.security))));
    m_port->setValue(m_loaded.port);
    m_user->setText(m_loaded.user);
    m_fromAddress->setText(m_loaded.fromAddress);
    m_fromName->setText(m_loaded.fromName);
    m_timeout->setValue(m_loaded.timeoutSeconds);
    m_caFile->setText(m_loaded.caFile);
    m_autoReceipts->setChecked(m_loaded.autoSendReceipts);
    m_templates = { TemplateText { m_loaded.invoiceSubject, m_loaded.invoiceBody },
                    TemplateText { m_loaded.receiptSubject, m_loaded.receiptBody },
                    TemplateText { m_loaded.creditNoteSubject, m_loaded.creditNoteBody } };
    m_subject->setText(m_loaded.invoiceSubject); // the kind shown first
    m_body->setPlainText(m_loaded.invoiceBody);
    showTemplate(TemplateKind::Invoice);
    connect(m_templateKind, &QComboBox::currentIndexChanged, this,
            [this](int index) { showTemplate(TemplateKind(index)); });
    connect(m_subject, &QLineEdit::textChanged, this, &MailSettingsPane::checkTemplate);
    connect(m_body, &QPlainTextEdit::textChanged, this, &MailSettingsPane::checkTemplate);
    const bool admin = m_session.can(Permission::Administer);
    for (QWidget *w : findChildren<QWidget *>())
        if (w != m_testTo && w != m_test && w != m_testResult && w != m_templateKind
            && !qobject_cast<QLabel *>(w))
            w->setEnabled(admin);
}

MailSettings MailSettingsPane::collect() const
{
    MailSettings s = m_loaded;
    s.host = m_host->text().trimmed();
    s.port = m_port->value();
    s.security = MailSettings::securityFromKey(m_security->currentData().toString())
                     .value_or(MailSettings::Security::StartTls);
    s.user = m_user->text().trimmed();
    s.fromAddress = m_fromAddress->text().trimmed();
    s.fromName = m_fromName->text().trimmed();
    s.timeoutSeconds = m_timeout->value();
    s.caFile = m_caFile->text().trimmed();
    s.autoSendReceipts = m_autoReceipts->isChecked();
    const std::array<TemplateText, templateKinds> texts = templates();
    s.invoiceSubject = texts[0].subject;
    s.invoiceBody = texts[0].body;
    s.receiptSubject = texts[1].subject;
    s.receiptBody = texts[1].body;
    s.creditNoteSubject = texts[2].subject;
    s.creditNoteBody = texts[2].body;
    return s;
}

std::array<MailSettingsPane::TemplateText, MailSettingsPane::templateKinds>
MailSettingsPane::templates() const
{
    std::array<TemplateText, templateKinds> texts = m_templates;
    texts[std::size_t(m_shownKind)] = { m_subject->text(), m_body->toPlainText() };
    return texts;
}

QStringList MailSettingsPane::placeholdersOf(TemplateKind kind)
{
    switch (kind) {
    case TemplateKind::Receipt:
        return ReceiptMailer::placeholderNames();
    case TemplateKind::CreditNote:
        return CreditNoteMailer::placeholderNames();
    case TemplateKind::Invoice:
        break;
    }
    return InvoiceMailer::placeholderNames();
}

void MailSettingsPane::showTemplate(TemplateKind kind)
{
    // The fields' edits stay with the kind they belong to until saved.
    m_templates = templates();
    m_shownKind = int(kind);
    const QSignalBlocker blockKind(m_templateKind);
    const QSignalBlocker blockSubject(m_subject);
    const QSignalBlocker blockBody(m_body);
    m_templateKind->setCurrentIndex(m_shownKind);
    const TemplateText &text = m_templates[std::size_t(m_shownKind)];
    m_subject->setText(text.subject);
    m_body->setPlainText(text.body);
    QStringList braced;
    for (const QString &name : placeholdersOf(kind))
        braced << u'{' + name + u'}';
    const QString placeholders = tr("Placeholders: %1").arg(braced.join(u' '));
    m_placeholders->setText(placeholders);
    m_subject->setToolTip(placeholders);
    m_body->setToolTip(placeholders);
    checkTemplate();
}

QString MailSettingsPane::templateProblem() const
{
    const QStringList known = placeholdersOf(TemplateKind(m_shownKind));
    if (const QString p = MailTemplate::problem(m_subject->text(), known); !p.isEmpty())
        return tr("Subject: %1").arg(p);
    if (const QString p = MailTemplate::problem(m_body->toPlainText(), known); !p.isEmpty())
        return tr("Text: %1").arg(p);
    return {};
}

void MailSettingsPane::checkTemplate()
{
    const QString problem = templateProblem();
    m_templateProblem->setText(problem);
    m_templateProblem->setVisible(!problem.isEmpty());
}

bool MailSettingsPane::isInUse() const
{
    return m_loaded.version > 0 || !m_host->text().trimmed().isEmpty();
}

void MailSettingsPane::save()
{
    const MailSettings settings = collect();
    MailSettingsService(m_session).save(settings);
    m_loaded = MailSettingsService(m_session).load();
    if (!m_password->text().isEmpty() && !settings.user.isEmpty()) {
        const SecretStore::Result r
            = SecretStore().write(settings.passwordKey(), m_password->text());
        if (!r.ok)
            throw Error(tr("The e-mail settings are saved, but the keychain did not keep the "
                           "password (%1): Accrue will ask for it when it sends.")
                            .arg(r.error));
        m_password->clear();
    }
}

void MailSettingsPane::sendTest(const QString &to)
{
    const MailSettings settings = collect();
    MailMessage m;
    m.from = { settings.fromName, settings.fromAddress };
    m.to << MailAddress { QString(), to };
    m.subject = tr("Accrue test message");
    m.body = tr("This message shows that Accrue can send e-mail through %1.")
                 .arg(SmtpSender::url(settings));
    QByteArray raw;
    try {
        if (const QStringList problems = MailSettingsService::validate(settings);
            !problems.isEmpty())
            throw Error(problems.join(u'\n'));
        raw = MimeWriter::write(m);
    } catch (const Error &e) {
        m_testResult->setText(e.userMessage());
        emit testFinished(false, e.userMessage());
        return;
    }
    QString password = m_password->text();
    if (password.isEmpty() && !settings.user.isEmpty()) {
        const SecretStore::Result r
            = SecretStore(std::chrono::seconds(30)).read(settings.passwordKey());
        password = r.password;
    }
    m_test->setEnabled(false);
    m_testResult->setText(tr("Connecting to %1…").arg(SmtpSender::url(settings)));
    // The server may take its whole timeout: never on the GUI thread.
    auto *watcher = new QFutureWatcher<MailSendResult>(this);
    connect(watcher, &QFutureWatcher<MailSendResult>::finished, this, [this, watcher, to] {
        const MailSendResult r = watcher->result();
        watcher->deleteLater();
        m_test->setEnabled(true);
        const QString message = r.ok ? tr("Sent to %1.").arg(to) : tr("Not sent: %1").arg(r.error);
        m_testResult->setText(message);
        emit testFinished(r.ok, message);
    });
    watcher->setFuture(QtConcurrent::run([settings, password, raw, to] {
        return SmtpSender(settings, password).send(settings.fromAddress, { to }, raw);
    }));
}

} // namespace Accrue
