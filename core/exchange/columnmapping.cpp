#include "exchange/columnmapping.h"

#include "common/error.h"
#include "exchange/csvreader.h"
#include "exchange/csvwriter.h"
#include "exchange/textdecoding.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <algorithm>

namespace Accrue {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Accrue::ColumnMapping", text);
}

// The file's column for one of Accrue's: its header, or a 1-based position.
int sourceIndex(const QStringList &header, const QString &column)
{
    bool isNumber = false;
    const int position = column.toInt(&isNumber);
    if (isNumber)
        return position >= 1 && position <= header.size() ? position - 1 : -1;
    for (int i = 0; i < header.size(); ++i)
        if (header.at(i).trimmed().compare(column.trimmed(), Qt::CaseInsensitive) == 0)
            return i;
    return -1;
}

} // namespace

ColumnMapping ColumnMapping::fromJson(const QByteArray &json, const QString &source)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (!doc.isObject())
        throw Error(
            tr("%1: not a column mapping (JSON object): %2").arg(source, error.errorString()));
    const QJsonObject o = doc.object();
    ColumnMapping m;
    const QString delimiter = o.value(QStringLiteral("delimiter")).toString(QStringLiteral(","));
    if (delimiter.size() != 1)
        throw Error(tr("%1: delimiter: one character, not “%2”").arg(source, delimiter));
    m.delimiter = delimiter.at(0);
    m.encoding = o.value(QStringLiteral("encoding")).toString(QStringLiteral("auto"));
    const QJsonObject columns = o.value(QStringLiteral("columns")).toObject();
    if (columns.isEmpty())
        throw Error(tr("%1: columns: name at least one column, as {\"code\": \"Customer no\"}")
                        .arg(source));
    for (auto it = columns.begin(); it != columns.end(); ++it) {
        const QString from
            = it.value().isDouble() ? QString::number(it.value().toInt()) : it.value().toString();
        if (from.trimmed().isEmpty())
            throw Error(tr("%1: columns: “%2” names no column of the file").arg(source, it.key()));
        m.columns.append({ it.key().trimmed().toLower(), from });
    }
    return m;
}

QByteArray ColumnMapping::toJson() const
{
    QJsonObject map;
    for (const auto &[ours, theirs] : columns)
        map.insert(ours, theirs);
    const QJsonObject o { { QStringLiteral("delimiter"), QString(delimiter) },
                          { QStringLiteral("encoding"), encoding },
                          { QStringLiteral("columns"), map } };
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

bool operator==(const ColumnMapping &a, const ColumnMapping &b)
{
    auto sorted = [](QList<QPair<QString, QString>> columns) {
        std::sort(columns.begin(), columns.end());
        return columns;
    };
    return a.delimiter == b.delimiter && a.encoding == b.encoding
        && sorted(a.columns) == sorted(b.columns);
}

QByteArray ColumnMapping::apply(const QByteArray &bytes, const QString &fileName,
                                const QStringList &known) const
{
    const QString text = TextDecoding::decode(bytes, encoding, fileName);
    const std::vector<CsvReader::Record> records = CsvReader::parseText(text, fileName, delimiter);
    if (records.empty())
        throw Error(tr("%1: the file is empty").arg(fileName));
    const CsvReader::Record &header = records.front();
    QList<int> picks;
    for (const auto &[ours, theirs] : columns) {
        if (!known.contains(ours))
            throw Error(tr("%1: the mapping names “%2”, which is none of %3")
                            .arg(fileName, ours, known.join(QStringLiteral(", "))));
        const int index = sourceIndex(header.fields, theirs);
        if (index < 0)
            throw Error(tr("%1:%2: no column “%3” for %4 (the header has %5)")
                            .arg(fileName)
                            .arg(header.line)
                            .arg(theirs, ours, header.fields.join(QStringLiteral(", "))));
        picks.append(index);
    }
    // Each record on the line it started on in the file: blank lines (which
    // the importers skip) make up for the columns left out.
    QByteArray out;
    int line = 1;
    for (const CsvReader::Record &record : records) {
        for (; line < record.line; ++line)
            out += '\n';
        const qsizetype start = out.size();
        for (qsizetype i = 0; i < picks.size(); ++i) {
            if (i > 0)
                out += ',';
            CsvWriter::appendField(
                out, &record == &header ? columns.at(i).first : record.fields.value(picks.at(i)));
        }
        out += '\n';
        line += int(out.mid(start).count('\n'));
    }
    return out;
}

} // namespace Accrue
