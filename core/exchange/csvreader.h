#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <vector>

namespace Accrue {

// RFC 4180 records from a file's bytes: quoted fields may hold the delimiter,
// doubled quotes and line breaks; CRLF or LF line ends; a UTF-8 byte order
// mark is dropped. Each record keeps the line it starts on, so errors can name
// it. Bytes that are not UTF-8 are refused with the line they are on (the
// caller decides whether to read the file as Latin-1 instead).
class CsvReader final
{
public:
    struct Record
    {
        int line = 0; // 1-based line where the record starts
        QStringList fields;
    };

    static std::vector<Record> parse(const QByteArray &bytes, const QString &fileName,
                                     QChar delimiter = u',');
    // The same from text already decoded (another encoding than UTF-8).
    static std::vector<Record> parseText(const QString &text, const QString &fileName,
                                         QChar delimiter = u',');
    // The text of UTF-8 bytes without a BOM; throws Error naming the file and
    // line of the first byte sequence that is not UTF-8.
    static QString decodeUtf8(const QByteArray &bytes, const QString &fileName);
};

} // namespace Accrue
