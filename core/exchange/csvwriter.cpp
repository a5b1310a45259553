#include "exchange/csvwriter.h"

#include "common/error.h"

#include <QCoreApplication>
#include <QIODevice>

namespace Accrue {

namespace {
constexpr qsizetype flushAt = 1 << 16;
}

CsvWriter::CsvWriter(QIODevice *device)
    : m_device(device)
{
    m_buffer.reserve(flushAt + 4096);
}

CsvWriter::~CsvWriter()
{
    if (!m_buffer.isEmpty())
        m_device->write(m_buffer); // no throwing from a destructor: end() reports errors
}

void CsvWriter::appendField(QByteArray &out, const QString &text)
{
    bool quote = false;
    for (QChar c : text) {
        if (c == QLatin1Char(',') || c == QLatin1Char('"') || c == QLatin1Char('\n')
            || c == QLatin1Char('\r')) {
            quote = true;
            break;
        }
    }
    if (!quote) {
        out += text.toUtf8();
        return;
    }
    out += '"';
    out += QString(text).replace(QLatin1Char('"'), QLatin1String("\"\"")).toUtf8();
    out += '"';
}

void CsvWriter::begin(const QString &, const QList<ReportColumn> &columns)
{
    for (int i = 0; i < columns.size(); ++i) {
        if (i)
            m_buffer += ',';
        appendField(m_buffer, columns.at(i).key);
    }
    m_buffer += "\r\n";
}

void CsvWriter::row(const QVariantList &cells)
{
    for (int i = 0; i < cells.size(); ++i) {
        if (i)
            m_buffer += ',';
        appendField(m_buffer, plainCellText(cells.at(i)));
    }
    m_buffer += "\r\n";
    if (m_buffer.size() >= flushAt)
        flush();
}

void CsvWriter::end()
{
    flush();
}

void CsvWriter::flush()
{
    if (m_buffer.isEmpty())
        return;
    if (m_device->write(m_buffer) != m_buffer.size())
        throw Error(QCoreApplication::translate("Accrue::CsvWriter", "Cannot write the file: %1")
                        .arg(m_device->errorString()));
    m_buffer.clear();
}

} // namespace Accrue
