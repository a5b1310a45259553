#include "exchange/csvreader.h"

#include "common/error.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace Accrue {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Accrue::CsvReader", text);
}

} // namespace

QString CsvReader::decodeUtf8(const QByteArray &bytes, const QString &fileName)
{
    QByteArrayView data(bytes);
    if (data.startsWith("\xEF\xBB\xBF"))
        data = data.sliced(3);
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(data);
    if (!decoder.hasError())
        return text;
    // Find the line: decode line by line until one fails.
    int line = 1;
    for (QByteArrayView rest = data; !rest.isEmpty(); ++line) {
        const qsizetype end = rest.indexOf('\n');
        const QByteArrayView chunk = end < 0 ? rest : rest.first(end);
        QStringDecoder probe(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString ignored = probe.decode(chunk); // decoding happens on conversion
        if (probe.hasError())
            break;
        rest = end < 0 ? QByteArrayView() : rest.sliced(end + 1);
    }
    throw Error(tr("%1:%2: the file is not UTF-8 text (save it as UTF-8, or choose its encoding)")
                    .arg(fileName)
                    .arg(line));
}

std::vector<CsvReader::Record> CsvReader::parse(const QByteArray &bytes, const QString &fileName,
                                                QChar delimiter)
{
    return parseText(decodeUtf8(bytes, fileName), fileName, delimiter);
}

std::vector<CsvReader::Record> CsvReader::parseText(const QString &text, const QString &fileName,
                                                    QChar delimiter)
{
    std::vector<Record> records;
    Record record;
    QString field;
    bool quoted = false;
    bool fieldStarted = false; // the record has content (so a blank line is skipped)
    int line = 1;
    record.line = 1;
    auto endField = [&] {
        record.fields << field;
        field.clear();
    };
    auto endRecord = [&] {
        if (fieldStarted || !record.fields.isEmpty()) {
            endField();
            records.push_back(std::move(record));
        }
        record = Record();
        field.clear();
        fieldStarted = false;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field += c;
            }
            continue;
        }
        if (!fieldStarted && record.fields.isEmpty())
            record.line = line;
        if (c == u'"' && field.isEmpty()) {
            quoted = true;
            fieldStarted = true;
        } else if (c == delimiter) {
            fieldStarted = true;
            endField();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            continue; // the \n ends the record
        } else if (c == u'\n' || c == u'\r') {
            endRecord();
            ++line;
        } else {
            fieldStarted = true;
            field += c;
        }
    }
    if (quoted)
        throw Error(tr("%1:%2: a quoted field is not closed").arg(fileName).arg(record.line));
    endRecord();
    return records;
}

} // namespace Accrue
