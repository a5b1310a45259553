#pragma once

#include <QByteArray>
#include <QString>
#include <QStringConverter>
#include <QStringList>
#include <optional>

namespace Accrue {

// The text of a file from a bank or a spreadsheet. Encoding "auto" reads
// UTF-16 (by its byte order mark, or by its NUL bytes without one), UTF-8
// (with or without a byte order mark) and falls back to Windows-1252 (which
// includes Latin-1's letters) when the bytes are not UTF-8; "utf-8",
// "latin1" and "windows-1252" force one. Throws Error naming the file for an
// unknown encoding, or for bytes that are not valid in a forced UTF-8.
namespace TextDecoding {

QString decode(const QByteArray &bytes, const QString &encoding, const QString &fileName,
               QString *used = nullptr);

// The encodings decode() takes, "auto" first; canonicalName() turns an alias
// ("ISO-8859-1", "cp1252", "UTF8") into one of them, or empty if unknown.
const QStringList &encodings();
QString canonicalName(const QString &encoding);

// UTF-16 and its byte order, when the bytes are UTF-16 text.
std::optional<QStringConverter::Encoding> utf16Encoding(const QByteArray &bytes);

} // namespace TextDecoding

} // namespace Accrue
