#include "exchange/outputfile.h"

#include "common/error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <cstdio>

namespace Accrue {

namespace {

bool isSpecialFile(const QString &path)
{
    // /dev/stdout is a link to /proc/self/fd/1, which may lead to a regular
    // file the shell opened: still write through it, never rename over it.
    if (path.startsWith(QLatin1String("/dev/")) || path.startsWith(QLatin1String("/proc/")))
        return true;
    const QFileInfo info(path);
    return info.exists() && !info.isFile() && !info.isDir();
}

} // namespace

OutputFile::OutputFile(QString path)
    : m_path(std::move(path))
{
    if (isStandardOutput(m_path)) {
        m_direct = std::make_unique<QFile>();
        if (!m_direct->open(stdout, QIODevice::WriteOnly))
            fail(m_direct->errorString());
        return;
    }
    if (QFileInfo(m_path).isDir())
        fail(QCoreApplication::translate("Accrue::OutputFile", "it is a folder"));
    if (isSpecialFile(m_path)) {
        m_direct = std::make_unique<QFile>(m_path);
        if (!m_direct->open(QIODevice::WriteOnly))
            fail(m_direct->errorString());
        return;
    }
    m_save = std::make_unique<QSaveFile>(m_path);
    if (!m_save->open(QIODevice::WriteOnly))
        fail(m_save->errorString());
}

OutputFile::~OutputFile() = default; // an uncommitted QSaveFile removes its temporary file

QIODevice *OutputFile::device() const
{
    return m_save ? static_cast<QIODevice *>(m_save.get()) : m_direct.get();
}

void OutputFile::commit()
{
    if (m_save) {
        if (!m_save->commit())
            fail(m_save->errorString());
        return;
    }
    const bool flushed = m_direct->flush();
    const QString error = m_direct->errorString();
    const bool stdoutOk
        = !isStandardOutput(m_path) || (std::fflush(stdout) == 0 && !std::ferror(stdout));
    if (!flushed || !stdoutOk || m_direct->error() != QFileDevice::NoError)
        fail(error);
    m_direct->close();
}

void OutputFile::fail(const QString &why) const
{
    const QString name = isStandardOutput(m_path)
        ? QCoreApplication::translate("Accrue::OutputFile", "standard output")
        : QDir::toNativeSeparators(m_path);
    throw Error(
        QCoreApplication::translate("Accrue::OutputFile", "Cannot write %1: %2").arg(name, why));
}

} // namespace Accrue
