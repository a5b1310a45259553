#include "widgets/errorbox.h"

#include "common/safetext.h"

#include <QMessageBox>

namespace Accrue {

void showError(QWidget *parent, const QString &title, const QString &message)
{
    QMessageBox box(QMessageBox::Warning, title, safeMessage(message), QMessageBox::Ok, parent);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

} // namespace Accrue
