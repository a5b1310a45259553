#pragma once

#include <QString>
#include <functional>

class QDate;
class QWidget;

namespace Accrue {

// Every save dialog of the app goes through here: it proposes a name that
// says what the file holds ("INV-2026-000123.pdf", "ar-aging-2026-11-30.csv")
// in the folder the user saved to last (remembered in QSettings, Documents
// at first), so exports neither land in the working directory nor all end up
// called "export.csv".
namespace SaveFile {

// Asks where to save; empty when cancelled. `fileName` is the proposed name
// without a folder; the folder of the chosen file is remembered.
QString ask(QWidget *parent, const QString &title, const QString &fileName, const QString &filter,
            QString *selectedFilter = nullptr);
// A folder for several files (a batch of PDFs), remembered the same way.
QString askFolder(QWidget *parent, const QString &title);

// The name in the last folder: what ask() proposes (an absolute path as it is).
QString proposedPath(const QString &fileName);
QString lastFolder();
// Remembers the folder of a chosen file (or the folder itself).
void remember(const QString &path, bool isFolder = false);

// A file name from a number or a title: characters that some file system
// refuses (/ \ : * ? " < > |) become "-".
QString safeName(const QString &name);
// "invoices-2026-06-17.csv": a stem, an ISO date and a suffix.
QString dated(const QString &stem, const QDate &date, const QString &suffix);

// Tests stand in for the file dialogs: the chooser gets the proposed path
// (or folder) and returns the chosen one, empty to cancel. Empty: dialogs.
using Chooser = std::function<QString(const QString &proposed)>;
void setChooserForTesting(Chooser chooser);

} // namespace SaveFile

} // namespace Accrue
