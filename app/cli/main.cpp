#include "cliapp.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <memory>

int main(int argc, char *argv[])
{
    // Laying out a document (invoice pdf, report --format pdf) needs fonts, hence a
    // QGuiApplication, on the offscreen platform: the CLI never opens a window. Everything else
    // runs on a plain QCoreApplication.
    bool documents = false;
    for (int i = 1; i < argc; ++i)
        documents
            = documents || qstrcmp(argv[i], "pdf") == 0 || qstrcmp(argv[i], "--format=pdf") == 0;
    std::unique_ptr<QCoreApplication> app;
    if (documents) {
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("Accrue"));
    QCoreApplication::setApplicationName(QStringLiteral("accrue"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ACCRUE_VERSION));
    return Accrue::CliApp().run(QCoreApplication::arguments());
}
