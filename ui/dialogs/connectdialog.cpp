#include "connectdialog.h"

#include "billing/book.h"
#include "common/error.h"
#include "domain/postgresaddress.h"
#include "recentbooks.h"
#include "security/secretstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace Accrue {

namespace {

// Said once per run: without a keychain the password is asked each session.
bool keychainWarningShown = false;
} // namespace

ConnectDialog::ConnectDialog(QWidget *parent, const QString &location)
    : QDialog(parent)
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_sslMode(new QComboBox(this))
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("&Remember the password in the system keychain"), this))
    , m_recent(new QListWidget(this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Connect to Server"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    for (const char *mode : { "prefer", "require", "verify-ca", "verify-full", "disable" })
        m_sslMode->addItem(QString::fromLatin1(mode));
    m_password->setEchoMode(QLineEdit::Password);
    m_remember->setChecked(true);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText); // server messages and user names, never markup
    m_host->setPlaceholderText(tr("server name or address"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&SSL mode:"), m_sslMode);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(QString(), m_remember);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    QPushButton *test = buttons->addButton(tr("&Test Connection"), QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(test, &QPushButton::clicked, this, &ConnectDialog::testConnection);

    m_recent->addItems(recentConnections());
    m_recent->setMaximumHeight(110);
    connect(m_recent, &QListWidget::currentTextChanged, this, &ConnectDialog::fill);
    connect(m_recent, &QListWidget::itemDoubleClicked, this, &ConnectDialog::accept);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Recent connections:"), this));
    layout->addWidget(m_recent);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    fill(location.isEmpty() ? recentConnections().value(0) : location);
}

ConnectDialog::~ConnectDialog() = default;

void ConnectDialog::fill(const QString &location)
{
    if (!Book::isServerLocation(location))
        return;
    const PostgresAddress a = PostgresAddress::parse(location);
    m_host->setText(a.host);
    m_port->setValue(a.port);
    m_database->setText(a.database);
    m_user->setText(a.user);
    const int ssl
        = m_sslMode->findText(a.options.value(QStringLiteral("sslmode"), QStringLiteral("prefer")));
    m_sslMode->setCurrentIndex(std::max(0, ssl));
    m_password->clear();
    (m_user->text().isEmpty() ? m_user : m_password)->setFocus();
}

QString ConnectDialog::location() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(m_user->text().trimmed());
    const QString host = m_host->text().trimmed();
    QUrlQuery query;
    if (host.startsWith(u'/')) // a Unix socket folder
        query.addQueryItem(QStringLiteral("host"), host);
    else
        url.setHost(host);
    url.setPort(m_port->value());
    url.setPath(u'/' + m_database->text().trimmed());
    if (m_sslMode->currentText() != QLatin1String("prefer"))
        query.addQueryItem(QStringLiteral("sslmode"), m_sslMode->currentText());
    url.setQuery(query);
    return url.toString();
}

bool ConnectDialog::tryConnect(bool keep)
{
    m_status->setText(tr("Connecting…"));
    m_status->repaint();
    try {
        auto book = Book::open(location(), Book::OpenMode::MustExist, m_password->text());
        m_status->setText(tr("Connected as %1.").arg(book->serverUser()));
        if (keep)
            m_book = std::move(book);
        return true;
    } catch (const Error &e) {
        // Never the password: Error texts carry the address without it.
        m_status->setText(e.userMessage());
        if (e.kind() == Error::Kind::PasswordRequired)
            m_password->setFocus();
        return false;
    }
}

void ConnectDialog::testConnection()
{
    tryConnect(false);
}

void ConnectDialog::storePassword()
{
    if (m_password->text().isEmpty())
        return;
    const QString key = PostgresAddress::parse(location()).keychainKey();
    SecretStore store;
    if (!m_remember->isChecked()) {
        store.remove(key);
        return;
    }
    const SecretStore::Result r = store.write(key, m_password->text());
    if (r.ok || keychainWarningShown)
        return;
    keychainWarningShown = true;
    QMessageBox::information(
        this, windowTitle(),
        r.keychainUnavailable
            ? tr("No system keychain is available, so the password is not stored anywhere: "
                 "Accrue will ask for it again next time.")
            : tr("The keychain did not take the password (%1); Accrue will ask for it again "
                 "next time.")
                  .arg(r.error));
}

void ConnectDialog::accept()
{
    if (!tryConnect(true))
        return;
    storePassword();
    RecentBooks::remember(location());
    QDialog::accept();
}

std::unique_ptr<Book> ConnectDialog::takeBook()
{
    return std::move(m_book);
}

QStringList ConnectDialog::recentConnections()
{
    QStringList servers = RecentBooks::list();
    servers.removeIf([](const QString &location) { return !Book::isServerLocation(location); });
    return servers;
}

std::unique_ptr<Book> ConnectDialog::openInteractive(const QString &location, QWidget *parent)
{
    try {
        return Book::openWithKeychain(location);
    } catch (const Error &e) {
        if (e.kind() != Error::Kind::PasswordRequired)
            throw; // no password, or a changed one: ask
    }
    ConnectDialog dialog(parent, location);
    if (dialog.exec() != QDialog::Accepted)
        return nullptr;
    return dialog.takeBook();
}

} // namespace Accrue
