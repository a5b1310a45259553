#include "cliapp.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Accrue"));
    QCoreApplication::setApplicationName(QStringLiteral("accrue"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ACCRUE_VERSION));
    return Accrue::CliApp().run(QCoreApplication::arguments());
}
