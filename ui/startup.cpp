#include "startup.h"

#include "appearance.h"
#include "billing/book.h"
#include "billing/booksetup.h"
#include "billing/session.h"
#include "common/error.h"
#include "common/translations.h"
#include "demo/demogenerator.h"
#include "dialogs/connectdialog.h"
#include "dialogs/firstrunwizard.h"
#include "fourdigityears.h"
#include "mainwindow.h"
#include "pages/page.h"
#include "security/auditlog.h"
#include "widgets/errorbox.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QLocale>
#include <QMessageBox>
#include <QPixmap>
#include <QSettings>
#include <QTimer>
#include <cstdio>
#include <cstdlib>

namespace Accrue {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Accrue::Startup", text);
}

int fail(const QString &message, bool headless)
{
    std::fprintf(stderr, "accrue: %s\n", qPrintable(message));
    if (!headless)
        showError(nullptr, tr("Accrue"), message);
    return 1;
}

// Saves the window once the page in front has its data (pages load on
// worker threads), with a time limit so a failing load cannot hang the run.
void save(QWidget &widget, const QString &file)
{
    const bool saved = widget.grab().save(file, "PNG");
    if (!saved)
        std::fprintf(stderr, "accrue: cannot save %s\n", qPrintable(file));
    // A dialog's exec() loop is running: leave it and the main one.
    std::fflush(stderr);
    std::_Exit(saved ? 0 : 1);
}

// The window an action opened: a modal dialog, else a window of its own
// (the User Guide), else the main window.
QWidget &frontWindow(MainWindow &window)
{
    if (QWidget *modal = QApplication::activeModalWidget())
        return *modal;
    for (QWidget *top : QApplication::topLevelWidgets())
        if (top != &window && top->isVisible() && top->windowType() != Qt::Popup
            && top->windowType() != Qt::ToolTip)
            return *top;
    return window;
}

// With an action: triggers it (a dialog opens and runs its own loop), then
// saves the dialog in front instead of the window.
void screenshotWhenLoaded(MainWindow &window, const QString &file, QAction *action)
{
    auto shoot = [&window, file, action] {
        static bool done = false;
        if (std::exchange(done, true))
            return;
        // One more turn of the event loop, so the new data is painted.
        QTimer::singleShot(150, &window, [&window, file, action] {
            if (!action)
                return save(window, file);
            QTimer::singleShot(1500, &window, [&window, file] { save(frontWindow(window), file); });
            action->trigger();
        });
    };
    QObject::connect(window.currentPage(), &Page::loaded, &window, shoot);
    // Pages that load synchronously are ready now; give them a moment to paint.
    QTimer::singleShot(window.currentPage()->loadsInBackground() ? 30000 : 300, &window, shoot);
}

// The language from --language, else the user's preference ("" = the system's).
QString languagePreference(const QStringList &arguments)
{
    const qsizetype at = arguments.indexOf(QStringLiteral("--language"));
    if (at >= 0 && at + 1 < arguments.size())
        return arguments.at(at + 1);
    for (const QString &argument : arguments)
        if (argument.startsWith(QLatin1String("--language=")))
            return argument.section(u'=', 1);
    return Startup::savedLanguage();
}

} // namespace

// A book named on the command line that is not there: a typo should not
// silently leave an empty book behind.
bool Startup::mayCreate(const QString &location, bool asked)
{
    if (!asked || Book::isServerLocation(location) || QFileInfo::exists(location))
        return true;
    const auto answer = QMessageBox::question(
        nullptr, tr("Accrue"),
        tr("There is no book at %1.\n\nCreate a new, empty book there?")
            .arg(QDir::toNativeSeparators(QFileInfo(location).absoluteFilePath())),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    return answer == QMessageBox::Yes;
}

void Startup::describe(QCommandLineParser &parser)
{
    parser.setApplicationDescription(tr("Accrue: billing, receivables and revenue."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        { QStringLiteral("db"), tr("Book to open."), QStringLiteral("PATH|URL") },
        { QStringLiteral("demo"), tr("Fill an empty book with demo data.") },
        { QStringLiteral("tab"), tr("Tab to show first."), MainWindow::tabNames().join(u'|') },
        { QStringLiteral("screenshot"), tr("Save a PNG of the window once loaded, then exit."),
          QStringLiteral("FILE") },
        { QStringLiteral("today"), tr("Date to treat as today (demo data, statuses, periods)."),
          QStringLiteral("YYYY-MM-DD") },
        { QStringLiteral("action"),
          tr("With --screenshot: trigger this action (settings, outbox, dunningRun, auditLog, "
             "…) and save the dialog it opens."),
          QStringLiteral("NAME") },
        { QStringLiteral("language"),
          tr("Language of the window (en, de, fr, es); the preference in Edit → Preferences "
             "otherwise."),
          QStringLiteral("CODE") },
    });
    parser.addPositionalArgument(QStringLiteral("book"), tr("Book to open (same as --db)."),
                                 QStringLiteral("[PATH]"));
}

bool Startup::wantsInfoOnly(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "-h" || argument == "--help" || argument == "--help-all" || argument == "-?"
            || argument == "-v" || argument == "--version")
            return true;
    }
    return false;
}

int Startup::printInfo(QCoreApplication &app)
{
    Translations::install(languagePreference(QCoreApplication::arguments()));
    QCommandLineParser parser;
    describe(parser);
    parser.process(app); // prints the help or the version and exits
    return 0;
}

namespace {
const QString languageKey = QStringLiteral("ui/language");
} // namespace

QString Startup::savedLanguage()
{
    return QSettings().value(languageKey).toString();
}

void Startup::saveLanguage(const QString &language)
{
    QSettings().setValue(languageKey, language);
}

int Startup::run(QApplication &app)
{
    Translations::install(languagePreference(QCoreApplication::arguments()));
    FourDigitYears::install();
    if (const QString look = Appearance::saved(); look != u"system")
        Appearance::apply(look);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/accrue.svg")));

    QCommandLineParser parser;
    describe(parser);
    parser.process(app);
    const QString dbOption = QStringLiteral("db");
    const QString demoOption = QStringLiteral("demo");
    const QString tabOption = QStringLiteral("tab");
    const QString shotOption = QStringLiteral("screenshot");
    const QString todayOption = QStringLiteral("today");
    const QString actionOption = QStringLiteral("action");

    const bool headless = parser.isSet(shotOption);
    QDate today;
    if (parser.isSet(todayOption)) {
        today = QDate::fromString(parser.value(todayOption), Qt::ISODate);
        if (!today.isValid())
            return fail(
                tr("--today wants a date as YYYY-MM-DD, not “%1”").arg(parser.value(todayOption)),
                headless);
    }
    QString location = parser.value(dbOption);
    if (location.isEmpty() && !parser.positionalArguments().isEmpty())
        location = parser.positionalArguments().first();
    const bool named = !location.isEmpty();
    if (location.isEmpty())
        location = Book::defaultLocation();
    // Asked only when a person is there to answer and did not ask for a demo.
    if (!mayCreate(location, named && !headless && !parser.isSet(demoOption)))
        return 1;

    std::unique_ptr<Book> book;
    try {
        Book::refusePasswordInArguments(location);
        if (Book::isServerLocation(location) && !headless) {
            // A server may want a password: libpq, the keychain, then a prompt.
            book = ConnectDialog::openInteractive(location, nullptr);
            if (!book)
                return 1;
        } else {
            book = Book::open(location, Book::OpenMode::CreateIfMissing);
        }
        book->migrate();
        if (parser.isSet(demoOption) && book->isEmpty()) {
            Session &session = book->startSession(AuditLog::currentUserName(), today);
            DemoGenerator::Options demo;
            demo.endDate = session.today();
            DemoGenerator(session).generate(demo);
        } else if (!headless) {
            // An empty, unnamed book: the first-run assistant. Cancelling
            // it leaves the book empty, to be set up later.
            Session &session = book->startSession(AuditLog::currentUserName(), today);
            if (BookSetup(session).needsSetup()) {
                FirstRunWizard wizard(session);
                wizard.exec();
            }
        }
    } catch (const Error &e) {
        return fail(e.userMessage(), headless);
    }

    const QString tab = parser.value(tabOption);
    if (parser.isSet(tabOption) && !MainWindow::tabNames().contains(tab))
        return fail(tr("There is no tab “%1” (use one of %2)")
                        .arg(tab, MainWindow::tabNames().join(QStringLiteral(", "))),
                    headless);
    MainWindow window(std::move(book), today);
    if (parser.isSet(tabOption))
        window.showTab(tab);
    window.show();
    QAction *action = nullptr;
    if (parser.isSet(actionOption)) {
        action = window.findChild<QAction *>(parser.value(actionOption));
        if (!action)
            return fail(tr("There is no action “%1”").arg(parser.value(actionOption)), headless);
    }
    if (headless)
        screenshotWhenLoaded(window, parser.value(shotOption), action);
    return app.exec();
}

} // namespace Accrue
