#include "startup.h"

#include "billing/book.h"
#include "billing/booksetup.h"
#include "billing/session.h"
#include "common/error.h"
#include "demo/demogenerator.h"
#include "dialogs/connectdialog.h"
#include "dialogs/firstrunwizard.h"
#include "mainwindow.h"
#include "pages/page.h"
#include "security/auditlog.h"
#include "widgets/errorbox.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLocale>
#include <QMessageBox>
#include <QPixmap>
#include <QTimer>
#include <QTranslator>
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
            QTimer::singleShot(1500, &window, [&window, file] {
                QWidget *front = QApplication::activeModalWidget();
                save(front ? *front : static_cast<QWidget &>(window), file);
            });
            action->trigger();
        });
    };
    QObject::connect(window.currentPage(), &Page::loaded, &window, shoot);
    // Pages that load synchronously are ready now; give them a moment to paint.
    QTimer::singleShot(window.currentPage()->loadsInBackground() ? 30000 : 300, &window, shoot);
}

} // namespace

int Startup::run(QApplication &app)
{
    // The user's language, where Accrue has a translation for it.
    auto *translator = new QTranslator(&app);
    if (translator->load(QLocale(), QStringLiteral("accrue"), QStringLiteral("_"),
                         QStringLiteral(":/i18n")))
        QApplication::installTranslator(translator);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/accrue.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Accrue: billing, receivables and revenue."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), tr("Book to open."),
                                      QStringLiteral("PATH|URL"));
    const QCommandLineOption demoOption(QStringLiteral("demo"),
                                        tr("Fill an empty book with demo data."));
    const QCommandLineOption tabOption(QStringLiteral("tab"), tr("Tab to show first."),
                                       MainWindow::tabNames().join(u'|'));
    const QCommandLineOption shotOption(QStringLiteral("screenshot"),
                                        tr("Save a PNG of the window once loaded, then exit."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption todayOption(
        QStringLiteral("today"), tr("Date to treat as today (demo data, statuses, periods)."),
        QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption actionOption(QStringLiteral("action"),
                                          tr("With --screenshot: trigger this action (settings, "
                                             "outbox, dunningRun, auditLog, …) and save "
                                             "the dialog it opens."),
                                          QStringLiteral("NAME"));
    parser.addOptions({ dbOption, demoOption, tabOption, shotOption, todayOption, actionOption });
    parser.addPositionalArgument(QStringLiteral("book"), tr("Book to open (same as --db)."),
                                 QStringLiteral("[PATH]"));
    parser.process(app);

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
    if (location.isEmpty())
        location = Book::defaultLocation();

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
            DemoGenerator::Options options;
            options.endDate = session.today();
            DemoGenerator(session).generate(options);
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
