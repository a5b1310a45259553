#pragma once

#include <QByteArray>
#include <QString>

class QIODevice;

namespace Accrue {

// Text for a device, written in 64 KiB pieces: the journal exports write
// millions of short lines. flush() (and the last add past the threshold)
// throws Error when the device refuses bytes.
class ExportBuffer final
{
public:
    explicit ExportBuffer(QIODevice *device);
    ~ExportBuffer();
    Q_DISABLE_COPY_MOVE(ExportBuffer)

    ExportBuffer &operator<<(const QString &text);
    ExportBuffer &operator<<(const char *ascii);
    ExportBuffer &operator<<(char c);
    QByteArray &bytes() { return m_bytes; }
    // Call after each record: writes out once enough has gathered.
    void recordDone();
    void flush();

private:
    QIODevice *m_device;
    QByteArray m_bytes;
};

} // namespace Accrue
