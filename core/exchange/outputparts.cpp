#include "exchange/outputparts.h"

#include "common/error.h"
#include "exchange/exportbuffer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryFile>
#include <filesystem>
#include <system_error>

namespace Accrue {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Accrue::OutputParts", text);
}

std::filesystem::path nativePath(const QString &path)
{
    return std::filesystem::path(path.toStdU16String());
}

} // namespace

OutputParts::OutputParts(QString stem, QString suffix, QByteArray header, int maxRecords)
    : m_stem(std::move(stem))
    , m_suffix(std::move(suffix))
    , m_header(std::move(header))
    , m_maxRecords(maxRecords)
{
}

// Parts not renamed into place are temporary files, removed here.
OutputParts::~OutputParts() = default;

QStringList OutputParts::partNames(const QString &stem, const QString &suffix, int parts)
{
    if (parts <= 1)
        return { stem + suffix };
    // The same width for every part of a run, so that they sort by name.
    const int width = qMax(3, int(QString::number(parts).size()));
    QStringList names;
    for (int i = 1; i <= parts; ++i)
        names << stem + u'-' + QStringLiteral("%1").arg(i, width, 10, QLatin1Char('0')) + suffix;
    return names;
}

ExportBuffer &OutputParts::record()
{
    if (!m_buffer || m_records == m_maxRecords)
        startPart();
    ++m_records;
    return *m_buffer;
}

void OutputParts::startPart()
{
    finishPart();
    // Beside the final name, so that the rename on commit stays in one folder.
    auto file = std::make_unique<QTemporaryFile>(m_stem + m_suffix + QStringLiteral(".XXXXXX"));
    if (!file->open())
        fail(m_stem + m_suffix, file->errorString());
    // QTemporaryFile makes it private (0600); an export is an ordinary file.
    file->setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup
                         | QFile::ReadOther);
    m_parts.push_back(std::move(file));
    m_buffer = std::make_unique<ExportBuffer>(m_parts.back().get());
    m_buffer->bytes() += m_header;
    m_records = 0;
}

// Closed as soon as it is full: a large export has more parts than a
// process may keep open.
void OutputParts::finishPart()
{
    if (!m_buffer)
        return;
    m_buffer->flush();
    m_buffer.reset();
    QTemporaryFile &file = *m_parts.back();
    if (!file.flush())
        fail(file.fileName(), file.errorString());
    file.close();
}

void OutputParts::close()
{
    if (m_parts.empty())
        startPart();
    finishPart();
}

QStringList OutputParts::commit()
{
    close();
    const QStringList names = partNames(m_stem, m_suffix, int(m_parts.size()));
    for (size_t i = 0; i < m_parts.size(); ++i) {
        // std::filesystem::rename replaces an existing file in one step
        // (QFile::rename refuses to), so a file of the earlier run is either
        // still the old one or already the new one.
        std::error_code error;
        std::filesystem::rename(nativePath(m_parts[i]->fileName()), nativePath(names[i]), error);
        if (error)
            fail(names[i], QString::fromLocal8Bit(error.message()));
        m_parts[i]->setAutoRemove(false);
    }
    removeStaleParts(names);
    return names;
}

void OutputParts::removeStaleParts(const QStringList &written) const
{
    const QFileInfo stem(m_stem);
    const QDir dir = stem.dir();
    const QRegularExpression part(QStringLiteral("^%1(-[0-9]{3,})?%2$")
                                      .arg(QRegularExpression::escape(stem.fileName()),
                                           QRegularExpression::escape(m_suffix)));
    QStringList keep;
    for (const QString &name : written)
        keep << QFileInfo(name).fileName();
    for (const QString &name : dir.entryList(QDir::Files)) {
        if (keep.contains(name) || !part.match(name).hasMatch())
            continue;
        if (!QFile::remove(dir.filePath(name)))
            fail(dir.filePath(name), tr("it is a part of an earlier export and cannot be removed"));
    }
}

void OutputParts::fail(const QString &path, const QString &why)
{
    throw Error(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), why));
}

} // namespace Accrue
