#pragma once

#include <QString>

class QApplication;
class QCommandLineParser;
class QCoreApplication;

namespace Accrue {

// The GUI's start: reads the command line
//   accrue [--db PATH|URL] [--demo] [--tab invoices|reports] [--screenshot FILE] [PATH]
// opens (and if needed creates and migrates) the book, fills an empty one
// with demo data on --demo, shows the main window, and with --screenshot saves
// a PNG of it once it has loaded and exits.
class Startup final
{
public:
    // --help and --version need no window: main() answers them before it
    // creates the QApplication, so they work without a display.
    static bool wantsInfoOnly(int argc, char *argv[]);
    static int printInfo(QCoreApplication &app);
    static int run(QApplication &app);
    // The language chosen in Preferences; empty for the system's.
    static QString savedLanguage();
    static void saveLanguage(const QString &language);

private:
    static void describe(QCommandLineParser &parser);
    // Whether to create a book that is not there; asks when `asked`.
    static bool mayCreate(const QString &location, bool asked);
};

} // namespace Accrue
