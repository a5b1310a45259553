#include "userguidedialog.h"

#include <QDesktopServices>
#include <QHBoxLayout>
#include <QIcon>
#include <QListWidget>
#include <QPointer>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace Accrue {

namespace {

// One guide window at a time: F1 again shows the same window at a new page.
QPointer<UserGuideDialog> s_window;

const QString indexPage = QStringLiteral("index.html");

} // namespace

UserGuideDialog::UserGuideDialog(QWidget *parent)
    : QDialog(parent)
    , m_contents(new QListWidget(this))
    , m_browser(new QTextBrowser(this))
    , m_back(new QToolButton(this))
    , m_forward(new QToolButton(this))
    , m_home(new QToolButton(this))
{
    setWindowTitle(tr("User Guide"));
    setWindowFlag(Qt::WindowMinMaxButtonsHint);
    setModal(false);
    resize(1200, 780);

    for (const Entry &entry : contents()) {
        auto *item = new QListWidgetItem(entry.title, m_contents);
        item->setData(Qt::UserRole, entry.file);
    }
    m_contents->setObjectName(QStringLiteral("contents"));
    m_browser->setObjectName(QStringLiteral("page"));
    // Links are ours to follow: pages inside the guide here, web and mail
    // addresses in the user's own programs.
    m_browser->setOpenLinks(false);

    auto *split = new QSplitter(this);
    split->addWidget(m_contents);
    split->addWidget(m_browser);
    split->setStretchFactor(1, 1);
    split->setSizes({ 240, 960 });
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(createNavigation());
    layout->addWidget(split, 1);

    connect(m_back, &QToolButton::clicked, m_browser, &QTextBrowser::backward);
    connect(m_forward, &QToolButton::clicked, m_browser, &QTextBrowser::forward);
    connect(m_home, &QToolButton::clicked, this, [this] { openPage(indexPage); });
    connect(m_browser, &QTextBrowser::backwardAvailable, m_back, &QToolButton::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, m_forward, &QToolButton::setEnabled);
    connect(m_browser, &QTextBrowser::anchorClicked, this, &UserGuideDialog::followLink);
    // The new page's address comes with the signal: source() still names the
    // old one while a new page is being opened.
    connect(m_browser, &QTextBrowser::sourceChanged, this, [this](const QUrl &url) {
        selectInContents(url.fileName());
        setWindowTitle(tr("User Guide — %1").arg(m_browser->documentTitle()));
    });
    connect(m_contents, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            openPage(item->data(Qt::UserRole).toString());
    });
    s_window = this;
}

UserGuideDialog::~UserGuideDialog() = default;

QHBoxLayout *UserGuideDialog::createNavigation()
{
    const struct
    {
        QToolButton *button;
        const char *name;
        QString text;
        const char *icon;
        QKeySequence shortcut;
    } buttons[] = {
        { m_back, "back", tr("Back"), "go-previous", QKeySequence::Back },
        { m_forward, "forward", tr("Forward"), "go-next", QKeySequence::Forward },
        { m_home, "home", tr("&Contents"), "go-home", QKeySequence() },
    };
    auto *bar = new QHBoxLayout;
    for (const auto &b : buttons) {
        b.button->setObjectName(QString::fromLatin1(b.name));
        b.button->setText(b.text);
        b.button->setIcon(QIcon::fromTheme(QString::fromLatin1(b.icon)));
        b.button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        // Alt+Left and Alt+Right as in a web browser, in place of a mnemonic.
        if (!b.shortcut.isEmpty())
            b.button->setShortcut(b.shortcut);
        bar->addWidget(b.button);
    }
    bar->addStretch(1);
    m_back->setEnabled(false);
    m_forward->setEnabled(false);
    return bar;
}

UserGuideDialog *UserGuideDialog::showPage(const QString &file, QWidget *parent)
{
    if (!s_window)
        s_window = new UserGuideDialog(parent);
    s_window->openPage(file.isEmpty() ? indexPage : file);
    s_window->show();
    s_window->raise();
    s_window->activateWindow();
    return s_window;
}

UserGuideDialog *UserGuideDialog::instance()
{
    return s_window;
}

QList<UserGuideDialog::Entry> UserGuideDialog::contents()
{
    return {
        { indexPage, tr("Contents") },
        { QStringLiteral("first-book.html"), tr("Your first book") },
        { QStringLiteral("tab-dashboard.html"), tr("The Dashboard tab") },
        { QStringLiteral("tab-invoices.html"), tr("The Invoices tab") },
        { QStringLiteral("tab-customers.html"), tr("The Customers tab") },
        { QStringLiteral("tab-reports.html"), tr("The Reports tab") },
        { QStringLiteral("tab-revenue.html"), tr("The Revenue tab") },
        { QStringLiteral("tab-transactions.html"), tr("The Transactions tab") },
        { QStringLiteral("tab-myaccount.html"), tr("My Account (customers)") },
        { QStringLiteral("invoicing.html"), tr("Invoicing") },
        { QStringLiteral("getting-paid.html"), tr("Getting paid") },
        { QStringLiteral("bank-reconciliation.html"), tr("Bank reconciliation") },
        { QStringLiteral("running-reports.html"), tr("Running reports") },
        { QStringLiteral("month-end.html"), tr("Month-end") },
        { QStringLiteral("team.html"), tr("A team on PostgreSQL") },
    };
}

QString UserGuideDialog::pageForTab(const QString &tabName)
{
    // The tab names are MainWindow::tabNames(); each has a page of its own.
    if (tabName.isEmpty())
        return indexPage;
    return QStringLiteral("tab-%1.html").arg(tabName);
}

QUrl UserGuideDialog::urlOf(const QString &file)
{
    return QUrl(QStringLiteral("qrc:/guide/") + file);
}

void UserGuideDialog::openPage(const QString &file)
{
    if (currentPage() != file)
        m_browser->setSource(urlOf(file));
}

QString UserGuideDialog::currentPage() const
{
    return m_browser->source().fileName();
}

void UserGuideDialog::followLink(const QUrl &url)
{
    const QUrl target = m_browser->source().resolved(url);
    if (target.scheme() == u"qrc")
        m_browser->setSource(target);
    else
        QDesktopServices::openUrl(target);
}

void UserGuideDialog::selectInContents(const QString &file)
{
    const QSignalBlocker quiet(m_contents);
    for (int row = 0; row < m_contents->count(); ++row) {
        if (m_contents->item(row)->data(Qt::UserRole).toString() == file) {
            m_contents->setCurrentRow(row);
            return;
        }
    }
    m_contents->setCurrentRow(-1);
}

} // namespace Accrue
