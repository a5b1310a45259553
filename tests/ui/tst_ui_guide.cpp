// Help > User Guide: every page of the guide is built into the app and
// loads; every page and image a page links to is there too; the contents
// (index.html) reach every page; F1 opens the page of the tab in front; Back
// and Forward walk the pages seen.

#include "billing/book.h"
#include "billing/tenantservice.h"
#include "billing/userservice.h"
#include "core/testbook.h"
#include "dialogs/userguidedialog.h"
#include "mainwindow.h"
#include "storage/tenantrepository.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QListWidget>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QTextBrowser>
#include <QToolButton>

using namespace Accrue;
using namespace Accrue::Testing;

namespace {

// The main window on `book` as `user` would open it (on SQLite the GUI's
// user is the OS login, $USER).
std::unique_ptr<MainWindow> windowOn(TestBook &book, const char *user)
{
    qputenv("USER", user);
    auto db = Database::open(book.path(), Database::OpenMode::MustExist);
    db->checkSchema();
    return std::make_unique<MainWindow>(std::make_unique<Book>(std::move(db)), QDate(2026, 6, 30));
}

// F1 in `window`, which must be in front for its shortcut to act.
UserGuideDialog *pressF1(MainWindow &window)
{
    window.activateWindow();
    if (!QTest::qWaitForWindowActive(&window))
        return nullptr;
    QTest::keyClick(&window, Qt::Key_F1);
    return UserGuideDialog::instance();
}

QString readPage(const QString &file)
{
    QFile f(QStringLiteral(":/guide/") + file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

// The href and src values of a page, as written.
QStringList targetsOf(const QString &html, const QString &attribute)
{
    QStringList out;
    const QRegularExpression re(attribute + QStringLiteral("\\s*=\\s*\"([^\"]*)\""),
                                QRegularExpression::CaseInsensitiveOption);
    for (auto it = re.globalMatch(html); it.hasNext();)
        out << it.next().captured(1);
    return out;
}

bool isExternal(const QUrl &url)
{
    return !url.scheme().isEmpty();
}

QStringList htmlFilesInResource()
{
    return QDir(QStringLiteral(":/guide")).entryList({ QStringLiteral("*.html") }, QDir::Files);
}

} // namespace

class TestUiGuide : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyPageIsBuiltIn();
    void everyPageLoads_data();
    void everyPageLoads();
    void linksAndImagesResolve_data();
    void linksAndImagesResolve();
    void indexLinksEveryPage();
    void f1OpensThePageOfTheTab();
    void f1OpensMyAccountForACustomersUser();
    void backAndForward();
    void contentsListOpensPages();
};

void TestUiGuide::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("AccrueTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_ui_guide"));
    QSettings().clear();
}

void TestUiGuide::everyPageIsBuiltIn()
{
    QSet<QString> listed;
    for (const UserGuideDialog::Entry &entry : UserGuideDialog::contents()) {
        QVERIFY2(QFile::exists(QStringLiteral(":/guide/") + entry.file), qPrintable(entry.file));
        QVERIFY(!entry.title.isEmpty());
        listed.insert(entry.file);
    }
    // No page in the resource is left out of the contents list, and each
    // tab of the main window has its page.
    const QStringList files = htmlFilesInResource();
    QCOMPARE(QSet<QString>(files.begin(), files.end()), listed);
    for (const QString &tab : MainWindow::tabNames())
        QVERIFY2(listed.contains(UserGuideDialog::pageForTab(tab)), qPrintable(tab));
}

void TestUiGuide::everyPageLoads_data()
{
    QTest::addColumn<QString>("file");
    for (const UserGuideDialog::Entry &entry : UserGuideDialog::contents())
        QTest::newRow(qPrintable(entry.file)) << entry.file;
}

void TestUiGuide::everyPageLoads()
{
    QFETCH(QString, file);
    QTextBrowser browser;
    browser.setSource(UserGuideDialog::urlOf(file));
    QCOMPARE(browser.source(), UserGuideDialog::urlOf(file));
    // A title for the window and a heading and some text to read.
    QVERIFY2(!browser.documentTitle().isEmpty(), qPrintable(file));
    QVERIFY2(browser.toPlainText().size() > 300, qPrintable(file));
    const QString html = readPage(file);
    QVERIFY(html.contains(QStringLiteral("<h1")));
    // Pages go back to the contents.
    if (file != u"index.html")
        QVERIFY2(targetsOf(html, QStringLiteral("href")).contains(QStringLiteral("index.html")),
                 qPrintable(file));
}

void TestUiGuide::linksAndImagesResolve_data()
{
    everyPageLoads_data();
}

void TestUiGuide::linksAndImagesResolve()
{
    QFETCH(QString, file);
    const QString html = readPage(file);
    const QUrl base = UserGuideDialog::urlOf(file);
    for (const QString &href : targetsOf(html, QStringLiteral("href"))) {
        const QUrl url(href);
        if (isExternal(url))
            continue;
        const QUrl target = base.resolved(url);
        const QString path = QLatin1Char(':') + target.path();
        QVERIFY2(QFile::exists(path), qPrintable(file + u" links to " + href));
        if (target.hasFragment()) {
            const QString page = readPage(target.fileName());
            const QString name = target.fragment();
            QVERIFY2(page.contains(QStringLiteral("name=\"%1\"").arg(name))
                         || page.contains(QStringLiteral("id=\"%1\"").arg(name)),
                     qPrintable(file + u" links to the missing anchor " + href));
        }
    }
    for (const QString &src : targetsOf(html, QStringLiteral("src"))) {
        const QUrl url(src);
        QVERIFY2(!isExternal(url), qPrintable(file + u" shows an outside image " + src));
        const QString path = QLatin1Char(':') + base.resolved(url).path();
        QImage image(path);
        QVERIFY2(!image.isNull(), qPrintable(file + u" shows a missing image " + src));
        // Shrunk for the guide: no wider than the guide window's page.
        QVERIFY2(image.width() <= 900, qPrintable(src));
    }
}

void TestUiGuide::indexLinksEveryPage()
{
    const QStringList links
        = targetsOf(readPage(QStringLiteral("index.html")), QStringLiteral("href"));
    for (const QString &file : htmlFilesInResource())
        if (file != u"index.html")
            QVERIFY2(links.contains(file), qPrintable(file));
}

void TestUiGuide::f1OpensThePageOfTheTab()
{
    TestBook book;
    const auto window = windowOn(book, "owner");
    auto *action = window->findChild<QAction *>(QStringLiteral("userGuide"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(QKeySequence::HelpContents));
    window->show();
    int shown = 0;
    for (const QString &tab : MainWindow::tabNames()) {
        if (!window->showTab(tab))
            continue; // My Account is for a customer's users
        UserGuideDialog *guide = pressF1(*window);
        QVERIFY2(guide, qPrintable(tab));
        QVERIFY(guide->isVisible());
        QCOMPARE(guide->currentPage(), UserGuideDialog::pageForTab(tab));
        QVERIFY(!guide->isModal());
        ++shown;
    }
    QCOMPARE(shown, 6);
    // One window served every tab.
    QCOMPARE(window->findChildren<UserGuideDialog *>().size(), 1);
}

void TestUiGuide::f1OpensMyAccountForACustomersUser()
{
    TestBook book;
    const qint64 acme = book.addCustomer(QStringLiteral("ACME"), QStringLiteral("Acme Corp"));
    const qint64 root = TenantRepository(book.db()).rootId();
    const qint64 tenant = TenantService(book.session())
                              .add(TenantKind::Customer, root, QStringLiteral("Acme"), acme)
                              .id;
    UserService(book.session()).setRole(QStringLiteral("cal"), Role::Finance, {}, tenant);
    const auto window = windowOn(book, "cal");
    QVERIFY(window->myAccount());
    window->show();
    UserGuideDialog *guide = pressF1(*window);
    QVERIFY(guide);
    QCOMPARE(guide->currentPage(), QStringLiteral("tab-myaccount.html"));
}

void TestUiGuide::backAndForward()
{
    QWidget parent;
    UserGuideDialog *guide = UserGuideDialog::showPage(QString(), &parent);
    QCOMPARE(guide->currentPage(), QStringLiteral("index.html"));
    auto *back = guide->findChild<QToolButton *>(QStringLiteral("back"));
    auto *forward = guide->findChild<QToolButton *>(QStringLiteral("forward"));
    auto *home = guide->findChild<QToolButton *>(QStringLiteral("home"));
    QVERIFY(back && forward && home);
    QVERIFY(!back->isEnabled());

    // A link on the page is followed as a click on it would be.
    emit guide->browser()->anchorClicked(QUrl(QStringLiteral("invoicing.html")));
    QCOMPARE(guide->currentPage(), QStringLiteral("invoicing.html"));
    UserGuideDialog::showPage(QStringLiteral("month-end.html"), &parent);
    QCOMPARE(guide->currentPage(), QStringLiteral("month-end.html"));
    QVERIFY(back->isEnabled());
    QVERIFY(!forward->isEnabled());

    back->click();
    QCOMPARE(guide->currentPage(), QStringLiteral("invoicing.html"));
    back->click();
    QCOMPARE(guide->currentPage(), QStringLiteral("index.html"));
    QVERIFY(!back->isEnabled());
    QVERIFY(forward->isEnabled());
    forward->click();
    QCOMPARE(guide->currentPage(), QStringLiteral("invoicing.html"));
    forward->click();
    QCOMPARE(guide->currentPage(), QStringLiteral("month-end.html"));
    QVERIFY(!forward->isEnabled());
    home->click();
    QCOMPARE(guide->currentPage(), QStringLiteral("index.html"));
    // The same window again, not a second one.
    QCOMPARE(UserGuideDialog::showPage(QStringLiteral("team.html"), &parent), guide);
    // ACCRUE_UI_SHOTS=DIR keeps a picture of the guide to look at.
    if (const QString shots = qEnvironmentVariable("ACCRUE_UI_SHOTS"); !shots.isEmpty()) {
        guide->openPage(QStringLiteral("tab-dashboard.html"));
        QVERIFY(QTest::qWaitForWindowExposed(guide));
        QVERIFY(guide->grab().save(QDir(shots).filePath(QStringLiteral("user-guide.png"))));
    }
}

void TestUiGuide::contentsListOpensPages()
{
    QWidget parent;
    UserGuideDialog *guide
        = UserGuideDialog::showPage(QStringLiteral("getting-paid.html"), &parent);
    auto *contents = guide->findChild<QListWidget *>(QStringLiteral("contents"));
    QVERIFY(contents);
    QCOMPARE(contents->count(), UserGuideDialog::contents().size());
    // The page shown is the one chosen in the list, and the other way round.
    QVERIFY(contents->currentItem());
    QCOMPARE(contents->currentItem()->data(Qt::UserRole).toString(),
             QStringLiteral("getting-paid.html"));
    contents->setCurrentRow(int(UserGuideDialog::contents().size()) - 1);
    QCOMPARE(guide->currentPage(), UserGuideDialog::contents().last().file);
    // Back follows the list's choices too, and the list follows Back.
    guide->findChild<QToolButton *>(QStringLiteral("back"))->click();
    QCOMPARE(guide->currentPage(), QStringLiteral("getting-paid.html"));
    QCOMPARE(contents->currentItem()->data(Qt::UserRole).toString(),
             QStringLiteral("getting-paid.html"));
    QVERIFY(guide->windowTitle().contains(QStringLiteral("Getting paid")));
}

QTEST_MAIN(TestUiGuide)
#include "tst_ui_guide.moc"
