#include "exchange/exportbuffer.h"

#include "common/error.h"

#include <QCoreApplication>
#include <QIODevice>

namespace Accrue {

namespace {
constexpr qsizetype flushAt = 1 << 16;
}

ExportBuffer::ExportBuffer(QIODevice *device)
    : m_device(device)
{
    m_bytes.reserve(flushAt + 4096);
}

// Whatever is left unflushed is dropped: a failed export is never committed.
ExportBuffer::~ExportBuffer() = default;

ExportBuffer &ExportBuffer::operator<<(const QString &text)
{
    m_bytes += text.toUtf8();
    return *this;
}

ExportBuffer &ExportBuffer::operator<<(const char *ascii)
{
    m_bytes += ascii;
    return *this;
}

ExportBuffer &ExportBuffer::operator<<(char c)
{
    m_bytes += c;
    return *this;
}

void ExportBuffer::recordDone()
{
    if (m_bytes.size() >= flushAt)
        flush();
}

void ExportBuffer::flush()
{
    if (m_bytes.isEmpty())
        return;
    if (m_device->write(m_bytes) != m_bytes.size())
        throw Error(QCoreApplication::translate("Accrue::ExportBuffer", "Cannot write the file: %1")
                        .arg(m_device->errorString()));
    m_bytes.clear();
}

} // namespace Accrue
