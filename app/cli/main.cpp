#include "cliapp.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <memory>

namespace {

QtMessageHandler previousHandler = nullptr;

// The offscreen platform on a headless box makes QStandardPaths complain that
// XDG_RUNTIME_DIR is unset; the CLI never uses it, and a command's stderr
// should hold its own message only.
void filterQtMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1String("QStandardPaths:")))
        return;
    previousHandler(type, context, message);
}

} // namespace

int main(int argc, char *argv[])
{
    previousHandler = qInstallMessageHandler(filterQtMessages); // Qt's default when none was set
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
