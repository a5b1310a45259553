#include "cliapp.h"
#include "common/translations.h"

#include <QGuiApplication>

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
    // accrue-cli links core's documents layer (invoice pdf, report --format pdf), which lays
    // out text with fonts: that takes a QGuiApplication, always on the offscreen platform, since
    // the CLI never opens a window and must run without a display.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Accrue"));
    QCoreApplication::setApplicationName(QStringLiteral("accrue"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ACCRUE_VERSION));
    // The system's language, as command-line tools do; English where Accrue lacks it.
    Accrue::Translations::install(QString());
    return Accrue::CliApp().run(QCoreApplication::arguments());
}
