// What a new user meets in the first hour: the window in their language, four-digit
// years, every tab at 1280×800, the title and status bar, a dark palette, Preferences,
// and the command line without a display.

#include "appearance.h"
#include "billing/book.h"
#include "common/localdates.h"
#include "common/translations.h"
#include "dialogs/preferencesdialog.h"
#include "fourdigityears.h"
#include "mainwindow.h"
#include "models/moneyformat.h"
#include "pages/page.h"
#include "uidemobook.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QProcessEnvironment>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QTranslator>

using namespace Accrue;
using namespace Accrue::Testing;

namespace {

// Everything a user reads first: menu titles and items (all levels), tab
// titles and tool bar buttons, without the & of their shortcuts.
QStringList visibleWords(MainWindow &window)
{
    QStringList words;
    auto plain = [](QString text) { return text.remove(u'&').trimmed(); };
    std::function<void(QMenu *)> walk = [&](QMenu *menu) {
        words << plain(menu->title());
        for (QAction *action : menu->actions()) {
            if (action->menu())
                walk(action->menu());
            else if (!action->isSeparator() && !action->text().isEmpty())
                words << plain(action->text());
        }
    };
    for (QAction *action : window.menuBar()->actions())
        if (action->menu())
            walk(action->menu());
    auto *tabs = window.findChild<QTabWidget *>();
    for (int i = 0; i < tabs->count(); ++i)
        words << plain(tabs->tabText(i));
    for (QToolBar *bar : window.findChildren<QToolBar *>())
        for (QAction *action : bar->actions())
            if (!action->text().isEmpty())
                words << plain(action->text());
    for (QToolButton *button : window.findChildren<QToolButton *>())
        if (!button->text().isEmpty() && button->isVisibleTo(&window))
            words << plain(button->text());
    words.removeAll(QString());
    return words;
}

// WCAG's relative luminance and contrast ratio.
double luminance(const QColor &c)
{
    auto channel = [](double v) {
        v /= 255.0;
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

void waitForPage(Page *page)
{
    if (!page->loadsInBackground())
        return;
    QSignalSpy loaded(page, &Page::loaded);
    page->refresh();
    QVERIFY(loaded.wait(20000));
}

// In a menu of the menu bar, or of a widget that shows its actions as a
// context menu (reached with the Menu key).
bool inSomeMenu(QAction *action)
{
    for (QObject *object : action->associatedObjects()) {
        if (qobject_cast<QMenu *>(object))
            return true;
        auto *widget = qobject_cast<QWidget *>(object);
        if (widget && widget->contextMenuPolicy() == Qt::ActionsContextMenu
            && (widget->focusPolicy() & Qt::TabFocus))
            return true;
    }
    return false;
}

QProcessEnvironment withoutDisplay()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : { "DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM" })
        env.remove(QString::fromLatin1(name));
    return env;
}

} // namespace

class TestFirstHour : public QObject, public UiDemoBook
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("AccrueTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_ui_firsthour"));
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        createDemoBook();
        m_shots = qEnvironmentVariable("ACCRUE_SCREENSHOT_DIR",
                                       m_dir.filePath(QStringLiteral("shots")));
        QDir().mkpath(m_shots);
    }
    void cleanup()
    {
        Translations::install(QStringLiteral("en"));
        QLocale::setDefault(QLocale::system());
        Appearance::apply(QStringLiteral("system"));
    }

    void everyLanguageTranslatesTheWindow_data();
    void everyLanguageTranslatesTheWindow();
    void helperContextsAreTranslatedToo();
    void systemLanguageIsTheDefault();
    void datesHaveFourDigitYears();
    void everyTabFits1280x800();
    void titleAndStatusBarNameTheBook();
    void everyActionIsReachableByKeyboard();
    void darkPaletteKeepsStatusColoursReadable();
    void preferencesChoosesTheLanguage();
    void helpAndVersionNeedNoDisplay();
    void missingBookIsNotCreatedUnasked();

private:
    QString m_shots;
};

void TestFirstHour::everyLanguageTranslatesTheWindow_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("alike"); // the same word in both languages
    const QStringList names
        = { QStringLiteral("Accrue"), QStringLiteral("Qt"),  QStringLiteral("CSV"),
            QStringLiteral("PDF"),    QStringLiteral("UBL"), QStringLiteral("PostgreSQL") };
    QTest::newRow("de") << QStringLiteral("de") << names;
    QTest::newRow("fr") << QStringLiteral(
        "fr") << names + QStringList { QStringLiteral("Transactions"), QStringLiteral("Clients") };
    QTest::newRow("es") << QStringLiteral("es") << names;
}

void TestFirstHour::everyLanguageTranslatesTheWindow()
{
    QFETCH(QString, language);
    QFETCH(QStringList, alike);
    QCOMPARE(Translations::install(QStringLiteral("en")), QStringLiteral("en"));
    QStringList english;
    {
        MainWindow window(std::make_unique<Book>(openBook()), kToday);
        english = visibleWords(window);
    }
    QVERIFY(english.contains(QStringLiteral("Dashboard")));
    QVERIFY(english.contains(QStringLiteral("Quit")));

    QCOMPARE(Translations::install(language), language);
    MainWindow window(std::make_unique<Book>(openBook()), kToday);
    const QStringList translated = visibleWords(window);
    QCOMPARE(translated.size(), english.size());
    QStringList left;
    for (const QString &word : translated) {
        bool isName = false;
        for (const QString &name : alike)
            isName = isName || (word.contains(name) && word.size() <= name.size() + 4);
        if (english.contains(word) && !isName)
            left << word;
    }
    QVERIFY2(left.isEmpty(),
             qPrintable(QStringLiteral("English left in %1: %2")
                            .arg(language, left.join(QStringLiteral(" | ")))));
    // Money and dates follow the chosen language too.
    QCOMPARE(QLocale().language(), QLocale(language).language());
}

void TestFirstHour::helperContextsAreTranslatedToo()
{
    // A file's tr() helper asks in its own context ("Accrue::Cli"), which
    // lupdate may have filed elsewhere: the text alone still finds it.
    Translations::install(QStringLiteral("de"));
    const QString cli = QCoreApplication::translate("Accrue::Cli", "No command given (try --help)");
    QVERIFY2(cli != QLatin1String("No command given (try --help)"), qPrintable(cli));
    const QString money = QCoreApplication::translate("Accrue::Money", "Please enter an amount.");
    QVERIFY2(money != QLatin1String("Please enter an amount."), qPrintable(money));
    // The exact context still wins where it has the text.
    QCOMPARE(QCoreApplication::translate("Accrue::MainWindow", "&Quit").remove(u'&'),
             QStringLiteral("Beenden"));
    // A text Accrue does not have stays as it is.
    QCOMPARE(QCoreApplication::translate("Accrue::Cli", "no such text 1234"),
             QStringLiteral("no such text 1234"));
}

void TestFirstHour::systemLanguageIsTheDefault()
{
    // The preference "" means the system's language where Accrue has it.
    QCOMPARE(Translations::resolve(QString(), QLocale(QStringLiteral("de_AT"))),
             QStringLiteral("de"));
    QCOMPARE(Translations::resolve(QString(), QLocale(QStringLiteral("fr_CA"))),
             QStringLiteral("fr"));
    QCOMPARE(Translations::resolve(QString(), QLocale(QStringLiteral("ja_JP"))),
             QStringLiteral("en"));
    QCOMPARE(Translations::resolve(QStringLiteral("es"), QLocale(QStringLiteral("de_DE"))),
             QStringLiteral("es"));
    // Every shipped language has its translations embedded.
    for (const QString &language : Translations::languages())
        QVERIFY(language == u"en" || Translations::load(language));
}

void TestFirstHour::datesHaveFourDigitYears()
{
    // Date fields too, in every dialog (the application-wide filter).
    FourDigitYears::install();
    QLocale::setDefault(QLocale(QStringLiteral("de_DE")));
    QDateEdit edit(QDate(2026, 12, 1));
    edit.show();
    QCOMPARE(edit.text(), QStringLiteral("01.12.2026"));
    QLocale::setDefault(QLocale::system());

    const QDate day(2026, 12, 1);
    QCOMPARE(LocalDates::shortDate(day, QLocale(QStringLiteral("de_DE"))),
             QStringLiteral("01.12.2026"));
    QCOMPARE(LocalDates::shortDate(day, QLocale(QStringLiteral("en_US"))),
             QStringLiteral("12/1/2026"));
    QCOMPARE(LocalDates::shortDate(day, QLocale(QStringLiteral("es_ES"))),
             QStringLiteral("1/12/2026"));
    QCOMPARE(LocalDates::shortDate(day, QLocale(QStringLiteral("fr_FR"))),
             QStringLiteral("01/12/2026"));
    QCOMPARE(LocalDates::longDate(day, QLocale(QStringLiteral("de_DE"))),
             QStringLiteral("1. Dezember 2026"));
    QCOMPARE(LocalDates::longDate(day, QLocale(QStringLiteral("en_US"))),
             QStringLiteral("December 1, 2026"));
    QVERIFY(
        LocalDates::shortDateTime(QDateTime(day, QTime(14, 5)), QLocale(QStringLiteral("de_DE")))
            .startsWith(QStringLiteral("01.12.2026 14:05")));
    QVERIFY(LocalDates::shortDate(QDate()).isEmpty());
}

void TestFirstHour::everyTabFits1280x800()
{
    MainWindow window(std::make_unique<Book>(openBook()), kToday);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY2(
        window.minimumSizeHint().width() <= 1280,
        qPrintable(QStringLiteral("the window needs %1 px").arg(window.minimumSizeHint().width())));
    QCOMPARE(window.width(), 1280);
    for (const QString &tab : MainWindow::tabNames()) {
        if (!window.showTab(tab))
            continue; // My Account is a customer's window alone
        waitForPage(window.currentPage());
        QTest::qWait(50);
        const QString file = QDir(m_shots).filePath(tab + QStringLiteral(".png"));
        QVERIFY(window.grab().save(file));
        QCOMPARE(window.grab().width() / window.devicePixelRatio(), 1280.0);
        // No page scrolls sideways as a whole.
        for (auto *area : window.currentPage()->findChildren<QAbstractScrollArea *>())
            if (area->isVisibleTo(&window) && !qobject_cast<QTableView *>(area)
                && area->horizontalScrollBar()->isVisible())
                QFAIL(qPrintable(tab + QStringLiteral(": ")
                                 + QString::fromLatin1(area->metaObject()->className())
                                 + QStringLiteral(" scrolls sideways")));
    }
    // Reports: the table uses its width, also after the window grows.
    QVERIFY(window.showTab(QStringLiteral("reports")));
    waitForPage(window.currentPage());
    auto usedWidth = [](QTableView *view) {
        int used = 0;
        for (int c = 0; c < view->horizontalHeader()->count(); ++c)
            used += view->horizontalHeader()->isSectionHidden(c)
                ? 0
                : view->horizontalHeader()->sectionSize(c);
        return used;
    };
    auto *report = window.currentPage()->findChild<QTableView *>();
    QVERIFY(report && report->model()->rowCount() > 0);
    QVERIFY2(
        usedWidth(report) >= report->viewport()->width() - 2,
        qPrintable(
            QStringLiteral("%1 of %2 px").arg(usedWidth(report)).arg(report->viewport()->width())));
    window.resize(1600, 900);
    QTest::qWait(50);
    QVERIFY(usedWidth(report) >= report->viewport()->width() - 2);
    window.resize(1280, 800);
    QTest::qWait(50);
    QVERIFY(!report->horizontalScrollBar()->isVisible()
            || usedWidth(report) > report->viewport()->width());
    // Revenue: its table fits, or scrolls with the row names frozen in view.
    QVERIFY(window.showTab(QStringLiteral("revenue")));
    auto *table = window.currentPage()->findChild<QTableView *>(QStringLiteral("revenueTable"));
    QVERIFY(table);
    QVERIFY(table->model()->rowCount() > 2);
    if (table->horizontalScrollBar()->isVisible()) {
        QVERIFY(table->verticalHeader()->isVisible());
        const QString firstRow = table->model()->headerData(0, Qt::Vertical).toString();
        QVERIFY(!firstRow.isEmpty());
        table->horizontalScrollBar()->setValue(table->horizontalScrollBar()->maximum());
        QVERIFY(table->verticalHeader()->isVisible());
        QCOMPARE(table->model()->headerData(0, Qt::Vertical).toString(), firstRow);
    }
}

void TestFirstHour::titleAndStatusBarNameTheBook()
{
    MainWindow window(std::make_unique<Book>(openBook()), kToday);
    window.show();
    // Qt adds the application's name to the title itself: "ui.sqlite — Accrue".
    QCOMPARE(window.windowTitle(), QStringLiteral("ui.sqlite"));
    auto *identity = window.statusBar()->findChild<QLabel *>(QStringLiteral("identity"));
    QVERIFY(identity);
    // The full path and who works on it.
    QVERIFY(identity->text().contains(m_book));
    QVERIFY(identity->text().contains(QStringLiteral("Admin")));
    window.statusBar()->showMessage(QStringLiteral("Issued INV-1"), 10);
    QTest::qWait(50);
    QVERIFY(identity->isVisible());
    QVERIFY(identity->text().contains(QStringLiteral("ui.sqlite")));
}

void TestFirstHour::everyActionIsReachableByKeyboard()
{
    MainWindow window(std::make_unique<Book>(openBook()), kToday);
    window.resize(1280, 800);
    window.show();
    // Alt+letter opens each menu: every title has its own letter.
    QSet<QChar> letters;
    for (QAction *action : window.menuBar()->actions()) {
        const QString title = action->text();
        const qsizetype amp = title.indexOf(u'&');
        QVERIFY2(amp >= 0 && amp + 1 < title.size(), qPrintable(title));
        const QChar letter = title.at(amp + 1).toLower();
        QVERIFY2(!letters.contains(letter), qPrintable(title));
        letters.insert(letter);
        // Each item of a menu can be picked by its letter.
        for (QAction *item : action->menu()->actions())
            if (!item->isSeparator() && item->isVisible())
                QVERIFY2(item->text().contains(u'&'),
                         qPrintable(title + QStringLiteral(" → ") + item->text()));
    }
    // Tab reaches every button of every page.
    QStringList unreachable;
    for (const QString &tab : MainWindow::tabNames()) {
        if (!window.showTab(tab))
            continue;
        waitForPage(window.currentPage());
        for (QAbstractButton *button : window.currentPage()->findChildren<QAbstractButton *>()) {
            // Tab bars and a table's corner (Ctrl+A) are keyboard widgets already.
            if (!button->isVisibleTo(&window) || qobject_cast<QTabBar *>(button->parentWidget())
                || qobject_cast<QAbstractItemView *>(button->parentWidget()))
                continue;
            // A tool bar's buttons take no focus: their action has a
            // shortcut, or is in a menu (the window's or the table's).
            auto *toolButton = qobject_cast<QToolButton *>(button);
            QAction *action = toolButton ? toolButton->defaultAction() : nullptr;
            const bool reachable = (button->focusPolicy() & Qt::TabFocus)
                || (action && (!action->shortcut().isEmpty() || inSomeMenu(action)));
            if (!reachable)
                unreachable << tab + QStringLiteral(": ") + button->text() + u' '
                        + QString::fromLatin1(button->metaObject()->className()) + u' '
                        + button->objectName() + u' ' + button->toolTip();
        }
    }
    QVERIFY2(unreachable.isEmpty(), qPrintable(unreachable.join(QStringLiteral(" | "))));
}

void TestFirstHour::darkPaletteKeepsStatusColoursReadable()
{
    Appearance::apply(QStringLiteral("dark"));
    const QPalette palette = QApplication::palette();
    QVERIFY(palette.color(QPalette::Base).lightness() < 60);
    for (const char *status : { "overdue", "partially_paid", "paid", "open", "issued" }) {
        const QColor colour = Display::statusColor(QString::fromLatin1(status), palette);
        QVERIFY2(contrast(colour, palette.color(QPalette::Base)) >= 4.5, status);
        QVERIFY2(contrast(colour, palette.color(QPalette::AlternateBase)) >= 4.5, status);
    }
    MainWindow window(std::make_unique<Book>(openBook()), kToday);
    window.resize(1280, 800);
    window.show();
    QVERIFY(window.showTab(QStringLiteral("invoices")));
    waitForPage(window.currentPage());
    const QImage shot = window.grab().toImage();
    QVERIFY(shot.save(QDir(m_shots).filePath(QStringLiteral("invoices-dark.png"))));
    // Mostly dark: the palette reached the pages, not only the frame.
    qint64 light = 0;
    for (int y = 0; y < shot.height(); y += 8)
        for (int x = 0; x < shot.width(); x += 8)
            light += QColor(shot.pixel(x, y)).lightness();
    const qint64 samples = qint64(shot.height() / 8 + 1) * (shot.width() / 8 + 1);
    QVERIFY2(light / samples < 110, qPrintable(QString::number(light / samples)));
}

void TestFirstHour::preferencesChoosesTheLanguage()
{
    QSettings().remove(QStringLiteral("ui/language"));
    PreferencesDialog dialog;
    auto *language = dialog.findChild<QComboBox *>(QStringLiteral("language"));
    QVERIFY(language);
    QCOMPARE(language->count(), 1 + int(Translations::languages().size()));
    QCOMPARE(language->currentData().toString(), QString()); // the system's
    QVERIFY(language->findText(QStringLiteral("Deutsch")) > 0);
    QVERIFY(language->findText(QStringLiteral("Français")) > 0);
    QVERIFY(language->findText(QStringLiteral("Español")) > 0);
    language->setCurrentIndex(language->findData(QStringLiteral("fr")));
    dialog.accept();
    QVERIFY(dialog.languageChanged());
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("fr"));
    QSettings().remove(QStringLiteral("ui/language"));
}

void TestFirstHour::helpAndVersionNeedNoDisplay()
{
    QProcess cli;
    cli.start(QStringLiteral(ACCRUE_CLI_PATH), { QStringLiteral("--version") });
    QVERIFY(cli.waitForFinished(20000));
    const QString cliVersion = QString::fromUtf8(cli.readAllStandardOutput()).trimmed();
    QVERIFY(cliVersion.endsWith(QStringLiteral(ACCRUE_TEST_VERSION)));

    QProcess gui;
    gui.setProcessEnvironment(withoutDisplay());
    gui.start(QStringLiteral(ACCRUE_GUI_PATH), { QStringLiteral("--version") });
    QVERIFY(gui.waitForFinished(20000));
    QCOMPARE(gui.exitCode(), 0);
    QCOMPARE(QString::fromUtf8(gui.readAllStandardOutput()).trimmed(), cliVersion);

    gui.start(QStringLiteral(ACCRUE_GUI_PATH), { QStringLiteral("--help") });
    QVERIFY(gui.waitForFinished(20000));
    QCOMPARE(gui.exitCode(), 0);
    const QString help = QString::fromUtf8(gui.readAllStandardOutput());
    QVERIFY(help.contains(QStringLiteral("--db")));
    QVERIFY(help.contains(QStringLiteral("--screenshot")));
    QVERIFY(help.contains(QStringLiteral("--language")));
}

void TestFirstHour::missingBookIsNotCreatedUnasked()
{
    const QString missing = m_dir.filePath(QStringLiteral("typo.sqlite"));
    QProcess gui;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // Its settings (recent books) go to a folder of the test's, not the user's.
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    gui.setProcessEnvironment(env);
    gui.start(QStringLiteral(ACCRUE_GUI_PATH), { QStringLiteral("--db"), missing });
    QVERIFY(gui.waitForStarted());
    // It waits for an answer and has created nothing meanwhile.
    QVERIFY(!gui.waitForFinished(3000));
    QVERIFY(!QFileInfo::exists(missing));
    gui.kill();
    gui.waitForFinished();
    QVERIFY(!QFileInfo::exists(missing));
}

QTEST_MAIN(TestFirstHour)
#include "tst_ui_firsthour.moc"
