#include "startup.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Accrue"));
    QApplication::setApplicationName(QStringLiteral("accrue"));
    QApplication::setApplicationDisplayName(QStringLiteral("Accrue"));
    QApplication::setApplicationVersion(QStringLiteral(ACCRUE_VERSION));
    return Accrue::Startup::run(app);
}
