#pragma once

#include <QString>
#include <memory>

class QFile;
class QIODevice;
class QSaveFile;

namespace Accrue {

// Where an export, a report or a PDF goes: whole, or an error and nothing.
//
// A regular file (new or existing) is written beside itself and renamed into
// place on commit(), so a full disk or a failure midway leaves no empty or
// partial file and the old one untouched. "-" is standard output. A device,
// pipe or socket (/dev/stdout, /dev/null, a FIFO) is written to directly:
// renaming over it would replace a device node. commit() throws Error naming
// the file when anything was not written.
class OutputFile final
{
public:
    explicit OutputFile(QString path);
    ~OutputFile();
    Q_DISABLE_COPY_MOVE(OutputFile)

    QIODevice *device() const;
    void commit();
    const QString &path() const { return m_path; }

    static bool isStandardOutput(const QString &path) { return path == QLatin1String("-"); }

private:
    [[noreturn]] void fail(const QString &why) const;

    QString m_path;
    std::unique_ptr<QSaveFile> m_save;
    std::unique_ptr<QFile> m_direct;
};

} // namespace Accrue
