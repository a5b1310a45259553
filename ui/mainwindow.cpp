#include "mainwindow.h"

#include "backgroundtask.h"
#include "billing/auditaccess.h"
#include "billing/book.h"
#include "billing/session.h"
#include "common/error.h"
#include "dialogs/auditlogdialog.h"
#include "dialogs/billingrundialog.h"
#include "dialogs/catalogdialog.h"
#include "dialogs/connectdialog.h"
#include "dialogs/importdialog.h"
#include "dialogs/outboxdialog.h"
#include "dialogs/preferencesdialog.h"
#include "dialogs/settingsdialog.h"
#include "dialogs/userguidedialog.h"
#include "dialogs/usersdialog.h"
#include "mail/receiptmailer.h"
#include "pages/customerspage.h"
#include "pages/dashboardpage.h"
#include "pages/invoicespage.h"
#include "pages/myaccountpage.h"
#include "pages/reportspage.h"
#include "pages/revenuepage.h"
#include "pages/transactionspage.h"
#include "recentbooks.h"
#include "reports/period.h"
#include "security/auditlog.h"
#include "widgets/errorbox.h"
#include "widgets/savefile.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>

namespace Accrue {

namespace {

// A file's name in the title (its full path is in the status bar); a
// server book's name as it is.
QString shortBookName(const Book &book)
{
    return Book::isServerLocation(book.location()) ? book.displayName()
                                                   : QFileInfo(book.location()).fileName();
}

} // namespace

MainWindow::MainWindow(std::unique_ptr<Book> book, const QDate &today, QWidget *parent)
    : QMainWindow(parent)
    , m_today(today)
    , m_tabs(new QTabWidget(this))
{
    m_tabs->setDocumentMode(true);
    setCentralWidget(m_tabs);
    // Who works on which book stays in view; messages come and go beside it.
    m_identity = new QLabel(this);
    m_identity->setObjectName(QStringLiteral("identity"));
    m_identity->setTextFormat(Qt::PlainText); // a path or name is never markup
    statusBar()->addPermanentWidget(m_identity);
    m_elsewhereTimer = new QTimer(this);
    m_elsewhereTimer->setSingleShot(true);
    m_elsewhereTimer->setInterval(400);
    connect(m_elsewhereTimer, &QTimer::timeout, this, &MainWindow::noteChangesElsewhere);
    createMenus();
    setBook(std::move(book));
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 800);
    m_tabs->setCurrentIndex(settings.value(QStringLiteral("window/tab"), 0).toInt());
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateActions);
    updateActions();
    // SQLite cannot tell us; ask it when the user comes back to the window.
    connect(qApp, &QGuiApplication::applicationStateChanged, this, [this](Qt::ApplicationState s) {
        if (s == Qt::ApplicationActive && m_book)
            m_book->pollForChanges();
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
    return { QStringLiteral("dashboard"), QStringLiteral("invoices"),
             QStringLiteral("customers"), QStringLiteral("reports"),
             QStringLiteral("revenue"),   QStringLiteral("transactions"),
             QStringLiteral("myaccount") };
}

Session &MainWindow::session() const
{
    return m_book->session();
}

void MainWindow::setBook(std::unique_ptr<Book> book)
{
    const int tab = m_tabs->currentIndex();
    while (m_tabs->count() > 0) {
        QWidget *page = m_tabs->widget(0);
        m_tabs->removeTab(0);
        delete page;
    }
    BackgroundTasks::stopAll(); // the old pages' loads end with them
    m_book = std::move(book);
    // The session announces this window's own commits and, through the
    // book's watch, other clients' on one bus; each page listens to it.
    Session &session = m_book->startSession(AuditLog::currentUserName(), m_today);
    // Receipts issued in this window are e-mailed when the book says so.
    ReceiptMailer::installAutoSend(session);
    createPages();
    m_book->watchOthers();
    connect(&session.changes(), &ChangeBus::changed, this, [this](BookAreas, bool elsewhere) {
        if (elsewhere)
            m_elsewhereTimer->start();
    });
    // A posting moved out of a closed month: the one who made it is told
    // (queued: the notice comes while the change is still being reported).
    connect(
        &session.changes(), &ChangeBus::noticed, this,
        [this](const QString &text) {
            QMessageBox::information(this, tr("Posted in an open month"), text);
        },
        Qt::QueuedConnection);
    for (QAction *adminOnly : { m_settingsAction, m_usersAction })
        if (adminOnly)
            adminOnly->setEnabled(session.can(Permission::Administer));
    if (m_billingRunAction)
        m_billingRunAction->setEnabled(session.can(Permission::Billing));
    if (m_importMenu)
        m_importMenu->setEnabled(session.can(Permission::Billing));
    showFinanceMenus(!session.isCustomerUser());
    // Root-tenant Admin and Finance only: the trail spans every tenant.
    if (m_auditAction)
        m_auditAction->setVisible(AuditAccess::allowed(session));
    m_tabs->setCurrentIndex(std::max(0, tab));
    if (m_myAccount) {
        // The customer is whom the window is for: its name leads.
        const QString customer = m_myAccount->customer().name;
        // Qt appends the application's name ("— Accrue") on its own.
        setWindowTitle(tr("My Account: %1 — %2").arg(customer, shortBookName(*m_book)));
        m_identity->setText(tr("%1 · %2 (%3) · Book: %4")
                                .arg(customer, session.userName(),
                                     Session::roleName(session.role()), m_book->displayName()));
    } else {
        setWindowTitle(shortBookName(*m_book));
        m_identity->setText(
            tr("Book: %1 · %2 (%3)")
                .arg(m_book->displayName(), session.userName(), Session::roleName(session.role())));
    }
    m_identity->setAccessibleName(m_identity->text());
    RecentBooks::remember(m_book->location());
}

void MainWindow::createPages()
{
    m_dashboard = nullptr;
    m_invoices = nullptr;
    m_reports = nullptr;
    m_revenue = nullptr;
    m_transactions = nullptr;
    m_customers = nullptr;
    m_myAccount = nullptr;
    // A customer tenant's user works on its own account, not the book's.
    if (session().isCustomerUser())
        return createMyAccountPage();
    m_dashboard = new DashboardPage(session());
    m_invoices = new InvoicesPage(session());
    if (m_billingRunAction)
        m_invoices->addPageAction(m_billingRunAction);
    m_reports = new ReportsPage(session());
    m_revenue = new RevenuePage(session());
    m_transactions = new TransactionsPage(session());
    m_customers = new CustomersPage(session());
    m_tabs->addTab(m_dashboard, QIcon::fromTheme(QStringLiteral("go-home")), tr("&Dashboard"));
    m_tabs->addTab(m_invoices, QIcon::fromTheme(QStringLiteral("document-properties")),
                   tr("&Invoices"));
    m_tabs->addTab(m_reports, QIcon::fromTheme(QStringLiteral("x-office-spreadsheet")),
                   tr("&Reports"));
    m_tabs->insertTab(2, m_customers, QIcon::fromTheme(QStringLiteral("system-users")),
                      tr("C&ustomers"));
    m_tabs->addTab(m_revenue, QIcon::fromTheme(QStringLiteral("view-statistics")), tr("Re&venue"));
    m_tabs->addTab(m_transactions, QIcon::fromTheme(QStringLiteral("view-bank")),
                   tr("&Transactions"));
    connect(m_customers, &CustomersPage::statementRequested, this, &MainWindow::showStatement);
    connect(m_dashboard, &DashboardPage::agingBucketClicked, this,
            &MainWindow::showInvoicesInBucket);
    connect(m_dashboard, &DashboardPage::invoicesRequested, this,
            &MainWindow::showInvoicesWithStatus);
    for (Page *page : { static_cast<Page *>(m_dashboard), static_cast<Page *>(m_invoices),
                        static_cast<Page *>(m_reports), static_cast<Page *>(m_revenue),
                        static_cast<Page *>(m_transactions), static_cast<Page *>(m_customers) })
        connect(page, &Page::statusMessage, this,
                [this](const QString &text) { statusBar()->showMessage(text, 8000); });
}

void MainWindow::createMyAccountPage()
{
    m_myAccount = new MyAccountPage(session());
    m_tabs->addTab(m_myAccount, QIcon::fromTheme(QStringLiteral("user-identity")),
                   tr("My &Account"));
    connect(m_myAccount, &Page::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
}

void MainWindow::showFinanceMenus(bool show)
{
    // Hidden rather than disabled: a customer has no use for the book's
    // billing, settings and users, and core refuses them anyway.
    for (QAction *action : { m_billingMenu ? m_billingMenu->menuAction() : nullptr,
                             m_settingsAction, m_usersAction, m_customersAction })
        if (action)
            action->setVisible(show);
}

void MainWindow::noteChangesElsewhere()
{
    // The pages showing what changed have refreshed themselves.
    statusBar()->showMessage(tr("Updated with changes made by others"), 5000);
}

void MainWindow::connectToServer()
{
    ConnectDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    try {
        std::unique_ptr<Book> book = dialog.takeBook();
        const int version = book->schemaVersion();
        if (version < Book::latestSchemaVersion()) {
            // An empty database becomes a new book, an older one is upgraded:
            // both only when the user says so (it needs the owner's rights).
            const QString question = version == 0
                ? tr("%1 holds no Accrue book yet. Set one up there now?").arg(book->displayName())
                : tr("The book in %1 needs an upgrade (schema %2 to %3). Upgrade it now? "
                     "Other clients of older versions will have to update too.")
                      .arg(book->displayName())
                      .arg(version)
                      .arg(Book::latestSchemaVersion());
            if (QMessageBox::question(this, tr("Connect to Server"), question) != QMessageBox::Yes)
                return;
            book->migrate();
        }
        book->checkSchema();
        setBook(std::move(book));
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
                                       [this] { SettingsDialog(session(), this).exec(); });
    m_settingsAction->setObjectName(QStringLiteral("settings"));
    m_usersAction = edit->addAction(QIcon::fromTheme(QStringLiteral("system-users")), tr("&Users…"),
                                    this, [this] { UsersDialog(session(), this).exec(); });
    m_usersAction->setObjectName(QStringLiteral("users"));
    QAction *preferences
        = edit->addAction(QIcon::fromTheme(QStringLiteral("configure")), tr("&Preferences…"),
                          QKeySequence::Preferences, this, &MainWindow::openPreferences);
    preferences->setObjectName(QStringLiteral("preferences"));
    preferences->setMenuRole(QAction::PreferencesRole);
    edit->addSeparator();
    m_auditAction = edit->addAction(QIcon::fromTheme(QStringLiteral("view-history")),
                                    tr("&Audit Log…"), this, &MainWindow::openAuditLog);
    m_auditAction->setObjectName(QStringLiteral("auditLog"));
    m_auditAction->setToolTip(tr("Who changed what and when, with the before and after"));

    QMenu *billing = menuBar()->addMenu(tr("&Billing"));
    m_billingMenu = billing;
    m_billingRunAction
        = billing->addAction(QIcon::fromTheme(QStringLiteral("view-calendar")), tr("Billing &Run…"),
                             QKeySequence(tr("Ctrl+Shift+B")), this, &MainWindow::openBillingRun);
    m_billingRunAction->setObjectName(QStringLiteral("billingRun"));
    m_billingRunAction->setToolTip(tr("Invoice the subscriptions due, with prorations"));
    m_catalogAction = billing->addAction(QIcon::fromTheme(QStringLiteral("view-list-details")),
                                         tr("&Products and Plans…"), this, [this] {
                                             CatalogDialog dialog(session(), this);
                                             dialog.exec();
                                         });
    m_catalogAction->setObjectName(QStringLiteral("catalog"));
    billing
        ->addAction(QIcon::fromTheme(QStringLiteral("mail-send-receive")), tr("E-mail &Outbox…"),
                    this,
                    [this] {
                        OutboxDialog dialog(session(), this);
                        dialog.exec();
                    })
        ->setObjectName(QStringLiteral("outbox"));
    billing->addSeparator();
    createImportMenu(billing);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_customersAction
        = view->addAction(QIcon::fromTheme(QStringLiteral("system-users")), tr("&Customers"),
                          QKeySequence(tr("Ctrl+Shift+U")), this, [this] {
                              if (m_customers)
                                  m_tabs->setCurrentWidget(m_customers);
                          });
    view->addAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("&Refresh"),
                    QKeySequence::Refresh, this, [this] { currentPage()->refresh(); });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    // F1 opens the guide at the page of the tab in front, by its name in tabNames().
    const auto openGuide = [this] {
        const QStringList names = tabNames();
        const std::array<QWidget *, 7> pages = tabPages();
        const auto current = std::find(pages.begin(), pages.end(), m_tabs->currentWidget());
        const QString tab = current == pages.end() ? QString() : names.at(current - pages.begin());
        UserGuideDialog::showPage(UserGuideDialog::pageForTab(tab), this);
    };
    QAction *guide
        = help->addAction(QIcon::fromTheme(QStringLiteral("help-contents")), tr("&User Guide"),
                          QKeySequence::HelpContents, this, openGuide);
    guide->setObjectName(QStringLiteral("userGuide"));
    help->addSeparator();
    help->addAction(tr("&About Accrue"), this, &MainWindow::about);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

// Another tool's files, each through the column mapping the CLI takes too.
// Products and plans are imported from Products and Plans.
void MainWindow::createImportMenu(QMenu *billing)
{
    m_importMenu
        = billing->addMenu(QIcon::fromTheme(QStringLiteral("document-import")), tr("&Import"));
    m_importMenu->setObjectName(QStringLiteral("importMenu"));
    const std::pair<QString, ImportDialog::Kind> entries[] = {
        { tr("&Customers…"), ImportDialog::Kind::Customers },
        { tr("&Subscriptions…"), ImportDialog::Kind::Subscriptions },
        { tr("&Tax Rates…"), ImportDialog::Kind::TaxRates },
        { tr("&Exchange Rates…"), ImportDialog::Kind::ExchangeRates },
    };
    for (const auto &[text, kind] : entries)
        m_importMenu->addAction(text, this, [this, kind = kind] {
            ImportDialog *dialog = ImportDialog::showFor(session(), kind, this);
            connect(dialog, &ImportDialog::imported, this,
                    [this, dialog] { statusBar()->showMessage(dialog->message(), 5000); });
        });
}

void MainWindow::openBillingRun()
{
    BillingRunDialog dialog(session(), this);
    connect(&dialog, &BillingRunDialog::finished, this, [this](bool ok) {
        if (ok)
            statusBar()->showMessage(tr("Billing run done"), 5000);
    });
    dialog.exec();
}

void MainWindow::openAuditLog()
{
    try {
        AuditLogDialog dialog(session(), this);
        dialog.exec();
    } catch (const Error &e) {
        showError(this, tr("Audit Log"), e.userMessage());
    }
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

std::array<QWidget *, 7> MainWindow::tabPages() const
{
    // In the order of tabNames().
    return {
        m_dashboard, m_invoices, m_customers, m_reports, m_revenue, m_transactions, m_myAccount
    };
}

bool MainWindow::showTab(const QString &name)
{
    const std::array<QWidget *, 7> pages = tabPages();
    const qsizetype index = tabNames().indexOf(name);
    if (index < 0 || !pages[index])
        return false;
    m_tabs->setCurrentWidget(pages[index]);
    return true;
}

void MainWindow::showStatement(const QString &customerCode)
{
    // This year so far: a statement a customer asks for most often.
    ReportRequest request;
    request.report = QStringLiteral("statement-of-account");
    request.parameters.customer = customerCode;
    const Period year
        = Period::of(Period::Kind::ThisYear, session().today()).upTo(session().today());
    request.parameters.from = year.from;
    request.parameters.to = year.to;
    m_reports->setRequest(request);
    m_tabs->setCurrentWidget(m_reports);
    m_reports->generate();
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
    // A name that says whose books they are is the user's to give; this one
    // at least says what the file is, in the folder used last.
    const QString path = SaveFile::ask(this, tr("New Book"), QStringLiteral("books.sqlite"),
                                       tr("Accrue books (*.sqlite)"));
    if (!path.isEmpty())
        openBook(path, true);
}

void MainWindow::openBookFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Book"), SaveFile::lastFolder(),
                                                      tr("Accrue books (*.sqlite);;All files (*)"));
    if (!path.isEmpty())
        openBook(path, false);
}

void MainWindow::openBook(const QString &location, bool create)
{
    try {
        auto book = Book::isServerLocation(location)
            ? ConnectDialog::openInteractive(location, this)
            : Book::open(location,
                         create ? Book::OpenMode::CreateIfMissing : Book::OpenMode::MustExist);
        if (!book)
            return; // the user cancelled the password prompt
        if (create)
            book->migrate();
        else
            book->checkSchema();
        setBook(std::move(book));
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
            = Book::isServerLocation(location) ? location : QDir::toNativeSeparators(location);
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
            .arg(QApplication::applicationVersion(), m_book->displayName().toHtmlEscaped()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/tab"), m_tabs->currentIndex());
    event->accept();
}

void MainWindow::openPreferences()
{
    PreferencesDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted || !dialog.languageChanged())
        return;
    // Every window, menu and page is built in the language it starts with.
    QMessageBox box(QMessageBox::Question, tr("Preferences"),
                    tr("Accrue shows the new language after a restart."), QMessageBox::NoButton,
                    this);
    QPushButton *now = box.addButton(tr("&Restart Now"), QMessageBox::AcceptRole);
    box.addButton(tr("&Later"), QMessageBox::RejectRole);
    box.setDefaultButton(now);
    box.exec();
    if (box.clickedButton() != now || !close())
        return;
    QProcess::startDetached(QCoreApplication::applicationFilePath(),
                            restartArguments(QCoreApplication::arguments().mid(1)));
}

QStringList MainWindow::restartArguments(const QStringList &started) const
{
    // The book open now (File → Open may have changed it), in the language
    // just chosen: the start's --language and book are dropped.
    // Kept: the date the window works from and the tab; dropped: the book,
    // the language and the one-shot --screenshot/--action.
    const QStringList kept = { QStringLiteral("--today"), QStringLiteral("--tab") };
    const QStringList valued = kept
        + QStringList { QStringLiteral("--db"), QStringLiteral("--language"),
                        QStringLiteral("--screenshot"), QStringLiteral("--action") };
    QStringList arguments;
    for (qsizetype i = 0; i < started.size(); ++i) {
        const QString name = started.at(i).section(u'=', 0, 0);
        const bool joined = started.at(i).contains(u'=');
        if (valued.contains(name)) {
            if (kept.contains(name))
                arguments << started.mid(i, joined ? 1 : 2);
            if (!joined)
                ++i;
        }
    }
    if (m_book)
        arguments << QStringLiteral("--db") << m_book->location();
    return arguments;
}

} // namespace Accrue
