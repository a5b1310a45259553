#include "startup.h"

#include <QApplication>

namespace {

void name()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Accrue"));
    QCoreApplication::setApplicationName(QStringLiteral("accrue"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ACCRUE_VERSION));
}

} // namespace

int main(int argc, char *argv[])
{
    if (Accrue::Startup::wantsInfoOnly(argc, argv)) {
        QCoreApplication app(argc, argv);
        name();
        return Accrue::Startup::printInfo(app);
    }
    QApplication app(argc, argv);
    name();
    QApplication::setApplicationDisplayName(QStringLiteral("Accrue"));
    // Wayland matches the window to its desktop file (icon, name) by this.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.example.Accrue"));
    return Accrue::Startup::run(app);
}
