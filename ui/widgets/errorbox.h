#pragma once

#include <QString>

class QWidget;

namespace Accrue {

// Shows a problem in a warning box as plain text. Messages quote what users
// and files typed (a payer's remittance line, a CSV field): QMessageBox would
// render text that looks like HTML, and control characters could garble it.
void showError(QWidget *parent, const QString &title, const QString &message);

} // namespace Accrue
