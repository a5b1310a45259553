#include "exchange/jsonwriter.h"

#include "common/error.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

namespace Accrue {

namespace {

constexpr qsizetype flushAt = 1 << 16;

QByteArray quoted(const QString &text)
{
    // QJsonDocument escapes exactly as RFC 8259 asks; a one-element array
    // is the cheapest way to borrow it for a single string.
    const QByteArray array = QJsonDocument(QJsonArray { text }).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

QByteArray value(const QVariant &cell)
{
    if (!cell.isValid() || cell.isNull())
        return "null";
    switch (cell.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
        return QByteArray::number(cell.toLongLong());
    case QMetaType::Bool:
        return cell.toBool() ? "true" : "false";
    default:
        return quoted(plainCellText(cell));
    }
}

} // namespace

JsonWriter::JsonWriter(QIODevice *device)
    : m_device(device)
{
    m_buffer.reserve(flushAt + 4096);
}

JsonWriter::~JsonWriter() = default;

void JsonWriter::begin(const QString &title, const QList<ReportColumn> &columns)
{
    m_columns = columns;
    m_buffer += "{\"title\": " + quoted(title) + ",\n \"columns\": [";
    for (qsizetype i = 0; i < columns.size(); ++i)
        m_buffer += (i ? ", " : "") + quoted(columns.at(i).key);
    m_buffer += "],\n \"rows\": [";
}

QByteArray JsonWriter::object(const QVariantList &cells) const
{
    QByteArray out = "{";
    for (qsizetype i = 0; i < m_columns.size(); ++i)
        out += (i ? ", " : "") + quoted(m_columns.at(i).key) + ": " + value(cells.value(i));
    return out + '}';
}

void JsonWriter::row(const QVariantList &cells)
{
    m_buffer += (m_firstRow ? "\n  " : ",\n  ") + object(cells);
    m_firstRow = false;
    if (m_buffer.size() >= flushAt)
        flush();
}

void JsonWriter::totalRow(const QVariantList &cells)
{
    m_totals << object(cells);
}

void JsonWriter::end()
{
    m_buffer += "],\n \"totals\": [";
    for (qsizetype i = 0; i < m_totals.size(); ++i)
        m_buffer += (i ? ",\n  " : "\n  ") + m_totals.at(i);
    m_buffer += "]}\n";
    flush();
}

void JsonWriter::flush()
{
    if (m_device->write(m_buffer) != m_buffer.size())
        throw Error(QCoreApplication::translate("Accrue::JsonWriter", "Could not write: %1")
                        .arg(m_device->errorString()));
    m_buffer.clear();
}

} // namespace Accrue
