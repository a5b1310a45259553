#include "mainwindow.h"

#include "backgroundtask.h"
#include "billing/session.h"
#include "common/error.h"
#include "dialogs/connectdialog.h"
#include "dialogs/settingsdialog.h"
#include "dialogs/usersdialog.h"
#include "pages/dashboardpage.h"
#include "pages/invoicespage.h"
#include "pages/reportspage.h"
#include "pages/revenuepage.h"
#include "pages/transactionspage.h"
#include "recentbooks.h"
#include "security/auditlog.h"
#include "storage/changenotifier.h"
#include "storage/database.h"
#include "widgets/errorbox.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>

namespace Accrue {

MainWindow::MainWindow(std::unique_ptr<Database> db, const QDate &today, QWidget *parent)
    : QMainWindow(parent)
    , m_today(today)
    , m_tabs(new QTabWidget(this))
{
    m_tabs->setDocumentMode(true);
    setCentralWidget(m_tabs);
    createMenus();
    setBook(std::move(db));
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 800);
    m_tabs->setCurrentIndex(settings.value(QStringLiteral("window/tab"), 0).toInt());
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateActions);
    updateActions();
    // Another client's changes arrive in bursts (one per row): refresh once.
    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(400);
    connect(m_refreshTimer, &QTimer::timeout, this, &MainWindow::refreshChangedPages);
    // SQLite cannot tell us; ask it when the user comes back to the window.
    connect(qApp, &QGuiApplication::applicationStateChanged, this, [this](Qt::ApplicationState s) {
        if (s == Qt::ApplicationActive && m_notifier)
            m_notifier->poll();
    });
}

MainWindow::~MainWindow()
{
    // Nothing may still read the book when it closes.
    BackgroundTasks::stopAll();
    // Pages use the book: they go before it does.
    delete m_tabs;
}

QStringList MainWindow::tabNames()
{
    return { QStringLiteral("dashboard"), QStringLiteral("invoices"), QStringLiteral("reports"),
             QStringLiteral("revenue"), QStringLiteral("transactions") };
}

void MainWindow::setBook(std::unique_ptr<Database> db)
{
    const int tab = m_tabs->currentIndex();
    while (m_tabs->count() > 0) {
        QWidget *page = m_tabs->widget(0);
        m_tabs->removeTab(0);
        delete page;
    }
    m_notifier.reset();
    BackgroundTasks::stopAll(); // the old pages' loads end with them
    m_session.reset(); // it refers to the book being replaced
    m_db = std::move(db);
    m_session = std::make_unique<Session>(*m_db, AuditLog::currentUserName());
    m_session->setToday(m_today);
    createPages();
    m_notifier = std::make_unique<ChangeNotifier>(*m_db);
    // One bus for every change: this window's own commits announce
    // themselves; other clients' arrive through the notifier.
    ChangeBus &bus = m_session->changes();
    connect(&bus, &ChangeBus::changed, this, [this](BookAreas areas, bool elsewhere) {
        m_changedAreas |= areas;
        m_changedElsewhere = m_changedElsewhere || elsewhere;
        m_refreshTimer->start();
    });
    connect(m_notifier.get(), &ChangeNotifier::rowChanged, &bus,
            [&bus](const QString &table) { bus.announce(ChangeBus::areasOf(table), true); });
    connect(m_notifier.get(), &ChangeNotifier::changedElsewhere, &bus,
            [&bus] { bus.announce(ChangeBus::everything(), true); });
    for (QAction *adminOnly : { m_settingsAction, m_usersAction })
        if (adminOnly)
            adminOnly->setEnabled(m_session->can(Permission::Administer));
    m_tabs->setCurrentIndex(std::max(0, tab));
    setWindowTitle(tr("Accrue — %1").arg(m_db->displayName()));
    statusBar()->showMessage(
        tr("Book: %1 · %2 (%3)")
            .arg(m_db->displayName(), m_session->userName(), Session::roleName(m_session->role())));
    RecentBooks::remember(m_db->location());
}

void MainWindow::createPages()
{
    m_dashboard = new DashboardPage(*m_session);
    m_invoices = new InvoicesPage(*m_session);
    m_reports = new ReportsPage(*m_session);
    m_revenue = new RevenuePage(*m_session);
    m_transactions = new TransactionsPage(*m_session);
    m_tabs->addTab(m_dashboard, QIcon::fromTheme(QStringLiteral("go-home")), tr("&Dashboard"));
    m_tabs->addTab(m_invoices, QIcon::fromTheme(QStringLiteral("document-properties")),
                   tr("&Invoices"));
    m_tabs->addTab(m_reports, QIcon::fromTheme(QStringLiteral("x-office-spreadsheet")),
                   tr("&Reports"));
    m_tabs->addTab(m_revenue, QIcon::fromTheme(QStringLiteral("view-statistics")), tr("Re&venue"));
    m_tabs->addTab(m_transactions, QIcon::fromTheme(QStringLiteral("view-bank")),
                   tr("&Transactions"));
    connect(m_dashboard, &DashboardPage::agingBucketClicked, this,
            &MainWindow::showInvoicesInBucket);
    connect(m_dashboard, &DashboardPage::invoicesRequested, this,
            &MainWindow::showInvoicesWithStatus);
    for (Page *page : { static_cast<Page *>(m_dashboard), static_cast<Page *>(m_invoices),
                        static_cast<Page *>(m_reports), static_cast<Page *>(m_revenue),
                        static_cast<Page *>(m_transactions) })
        connect(page, &Page::statusMessage, this,
                [this](const QString &text) { statusBar()->showMessage(text, 8000); });
}

void MainWindow::refreshChangedPages()
{
    const BookAreas areas = std::exchange(m_changedAreas, {});
    for (Page *page : { static_cast<Page *>(m_dashboard), static_cast<Page *>(m_invoices),
                        static_cast<Page *>(m_reports), static_cast<Page *>(m_revenue),
                        static_cast<Page *>(m_transactions) })
        page->bookChanged(areas);
    if (std::exchange(m_changedElsewhere, false))
        statusBar()->showMessage(tr("Updated with changes made by others"), 5000);
}

void MainWindow::connectToServer()
{
    ConnectDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    try {
        std::unique_ptr<Database> db = dialog.takeDatabase();
        const int version = db->schemaVersion();
        if (version < Database::latestSchemaVersion()) {
            // An empty database becomes a new book, an older one is upgraded:
            // both only when the user says so (it needs the owner's rights).
            const QString question = version == 0
                ? tr("%1 holds no Accrue book yet. Set one up there now?").arg(db->displayName())
                : tr("The book in %1 needs an upgrade (schema %2 to %3). Upgrade it now? "
                     "Other clients of older versions will have to update too.")
                      .arg(db->displayName())
                      .arg(version)
                      .arg(Database::latestSchemaVersion());
            if (QMessageBox::question(this, tr("Connect to Server"), question) != QMessageBox::Yes)
                return;
            db->migrate();
        }
        db->checkSchema();
        setBook(std::move(db));
    } catch (const Error &e) {
        showError(this, tr("Connect to Server"), e.userMessage());
    }
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(QIcon::fromTheme(QStringLiteral("document-new")), tr("&New Book…"),
                    // Ctrl+N belongs to "New Invoice" on the Invoices page.
                    QKeySequence(tr("Ctrl+Shift+N")), this, &MainWindow::newBook);
    file->addAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("&Open Book…"),
                    QKeySequence::Open, this, &MainWindow::openBookFile);
    file->addAction(QIcon::fromTheme(QStringLiteral("network-server")), tr("&Connect to Server…"),
                    this, &MainWindow::connectToServer);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    file->addSeparator();
    m_printAction
        = file->addAction(QIcon::fromTheme(QStringLiteral("document-print")), tr("&Print…"),
                          QKeySequence::Print, this, [this] { currentPage()->print(); });
    m_exportAction
        = file->addAction(QIcon::fromTheme(QStringLiteral("document-export")), tr("&Export CSV…"),
                          QKeySequence(tr("Ctrl+E")), this, [this] { currentPage()->exportCsv(); });
    file->addSeparator();
    file->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"),
                    QKeySequence::Quit, this, &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(QIcon::fromTheme(QStringLiteral("edit-find")), tr("&Find"), QKeySequence::Find,
                    this, [this] { currentPage()->focusSearch(); });
    edit->addSeparator();
    m_settingsAction = edit->addAction(QIcon::fromTheme(QStringLiteral("preferences-system")),
                                       tr("&Company Settings…"), this,
                                       [this] { SettingsDialog(*m_session, this).exec(); });
    m_usersAction = edit->addAction(QIcon::fromTheme(QStringLiteral("system-users")), tr("&Users…"),
                                    this, [this] { UsersDialog(*m_session, this).exec(); });

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("&Refresh"),
                    QKeySequence::Refresh, this, [this] { currentPage()->refresh(); });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Accrue"), this, &MainWindow::about);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

Page *MainWindow::currentPage() const
{
    return static_cast<Page *>(m_tabs->currentWidget());
}

void MainWindow::updateActions()
{
    if (!currentPage())
        return;
    m_printAction->setEnabled(currentPage()->canPrint());
    m_exportAction->setEnabled(currentPage()->canExport());
}

bool MainWindow::showTab(const QString &name)
{
    const qsizetype index = tabNames().indexOf(name);
    if (index < 0)
        return false;
    m_tabs->setCurrentIndex(int(index));
    return true;
}

void MainWindow::showInvoicesInBucket(int bucket)
{
    m_invoices->setAgingBucket(bucket);
    m_tabs->setCurrentWidget(m_invoices);
}

void MainWindow::showInvoicesWithStatus(const QString &statusKey)
{
    m_invoices->setStatusFilter(statusKey);
    m_tabs->setCurrentWidget(m_invoices);
}

void MainWindow::newBook()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New Book"), QString(),
                                                      tr("Accrue books (*.sqlite)"));
    if (!path.isEmpty())
        openBook(path, true);
}

void MainWindow::openBookFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Book"), QString(),
                                                      tr("Accrue books (*.sqlite);;All files (*)"));
    if (!path.isEmpty())
        openBook(path, false);
}

void MainWindow::openBook(const QString &location, bool create)
{
    try {
        auto db = Database::isPostgresUrl(location)
            ? ConnectDialog::openInteractive(location, this)
            : Database::open(location,
                             create ? Database::OpenMode::CreateIfMissing
                                    : Database::OpenMode::MustExist);
        if (!db)
            return; // the user cancelled the password prompt
        if (create)
            db->migrate();
        else
            db->checkSchema();
        setBook(std::move(db));
    } catch (const Error &e) {
        showError(this, tr("Open Book"), e.userMessage());
    }
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = RecentBooks::list();
    for (const QString &location : recent) {
        const QString shown
            = Database::isPostgresUrl(location) ? location : QDir::toNativeSeparators(location);
        m_recentMenu->addAction(shown, this, [this, location] { openBook(location, false); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::about()
{
    QMessageBox::about(
        this, tr("About Accrue"),
        tr("<h3>Accrue %1</h3><p>Billing, receivables and revenue.</p>"
           "<p>Book: %2</p>")
            .arg(QApplication::applicationVersion(), m_db->displayName().toHtmlEscaped()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/tab"), m_tabs->currentIndex());
    event->accept();
}

} // namespace Accrue
