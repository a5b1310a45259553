#pragma once

class QApplication;

namespace Accrue {

// The GUI's start: reads the command line
//   accrue [--db PATH|URL] [--demo] [--tab invoices|reports] [--screenshot FILE] [PATH]
// opens (and if needed creates and migrates) the book, fills an empty one
// with demo data on --demo, shows the main window, and with --screenshot saves
// a PNG of it once it has loaded and exits.
class Startup final
{
public:
    static int run(QApplication &app);
};

} // namespace Accrue
