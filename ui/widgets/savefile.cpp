#include "widgets/savefile.h"

#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace Accrue::SaveFile {

namespace {

const QString kFolderKey = QStringLiteral("files/lastSaveFolder");

Chooser &chooser()
{
    static Chooser instance;
    return instance;
}

} // namespace

QString lastFolder()
{
    const QString saved = QSettings().value(kFolderKey).toString();
    if (!saved.isEmpty() && QFileInfo(saved).isDir())
        return saved;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return documents.isEmpty() ? QDir::homePath() : documents;
}

void remember(const QString &path, bool isFolder)
{
    if (path.isEmpty())
        return;
    const QFileInfo info(path);
    QSettings().setValue(kFolderKey, isFolder ? info.absoluteFilePath() : info.absolutePath());
}

QString proposedPath(const QString &fileName)
{
    // A path the dialog already has (the journal export's field) stays.
    if (QFileInfo(fileName).isAbsolute())
        return fileName;
    return QDir(lastFolder()).filePath(safeName(fileName));
}

QString ask(QWidget *parent, const QString &title, const QString &fileName, const QString &filter,
            QString *selectedFilter)
{
    const QString proposed = proposedPath(fileName);
    const QString path = chooser()
        ? chooser()(proposed)
        : QFileDialog::getSaveFileName(parent, title, proposed, filter, selectedFilter);
    remember(path);
    return path;
}

QString askFolder(QWidget *parent, const QString &title)
{
    const QString folder = chooser()
        ? chooser()(lastFolder())
        : QFileDialog::getExistingDirectory(parent, title, lastFolder());
    remember(folder, true);
    return folder;
}

QString safeName(const QString &name)
{
    QString safe = name.trimmed();
    for (QChar &c : safe)
        if (QStringView(u"/\\:*?\"<>|").contains(c) || c.category() == QChar::Other_Control)
            c = u'-';
    return safe;
}

QString dated(const QString &stem, const QDate &date, const QString &suffix)
{
    return stem + u'-' + date.toString(Qt::ISODate) + u'.' + suffix;
}

void setChooserForTesting(Chooser c)
{
    chooser() = std::move(c);
}

} // namespace Accrue::SaveFile
