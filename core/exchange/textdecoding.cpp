#include "exchange/textdecoding.h"

#include "common/error.h"
#include "exchange/csvreader.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace Accrue {

std::optional<QStringConverter::Encoding> TextDecoding::utf16Encoding(const QByteArray &bytes)
{
    if (bytes.startsWith("\xFF\xFE"))
        return QStringConverter::Utf16LE;
    if (bytes.startsWith("\xFE\xFF"))
        return QStringConverter::Utf16BE;
    // No mark: text in UTF-16 has a NUL in half of the bytes of its ASCII
    // characters, on the odd positions (LE) or the even ones (BE); UTF-8 and
    // the 8-bit encodings have none.
    const qsizetype n = std::min<qsizetype>(bytes.size(), 4096) & ~qsizetype(1);
    if (n < 4)
        return std::nullopt;
    qsizetype evenNul = 0, oddNul = 0;
    for (qsizetype i = 0; i < n; i += 2) {
        evenNul += bytes.at(i) == 0;
        oddNul += bytes.at(i + 1) == 0;
    }
    const qsizetype pairs = n / 2;
    if (oddNul * 10 >= pairs * 7 && evenNul * 10 < pairs)
        return QStringConverter::Utf16LE;
    if (evenNul * 10 >= pairs * 7 && oddNul * 10 < pairs)
        return QStringConverter::Utf16BE;
    return std::nullopt;
}

const QStringList &TextDecoding::encodings()
{
    static const QStringList all { QStringLiteral("auto"), QStringLiteral("utf-8"),
                                   QStringLiteral("windows-1252"), QStringLiteral("latin1") };
    return all;
}

QString TextDecoding::canonicalName(const QString &encoding)
{
    const QString e = encoding.trimmed().toLower();
    if (e.isEmpty() || e == QLatin1String("auto"))
        return QStringLiteral("auto");
    if (e == QLatin1String("utf-8") || e == QLatin1String("utf8"))
        return QStringLiteral("utf-8");
    if (e == QLatin1String("latin1") || e == QLatin1String("iso-8859-1"))
        return QStringLiteral("latin1");
    if (e == QLatin1String("windows-1252") || e == QLatin1String("cp1252"))
        return QStringLiteral("windows-1252");
    return {};
}

QString TextDecoding::decode(const QByteArray &bytes, const QString &encoding,
                             const QString &fileName, QString *used)
{
    const QString e = canonicalName(encoding);
    auto windows1252 = [&bytes] {
        QStringDecoder decoder("windows-1252");
        // Qt 6.4 may lack the codec without ICU; Latin-1 then holds the letters.
        return decoder.isValid() ? QString(decoder.decode(bytes)) : QString::fromLatin1(bytes);
    };
    if (e == QLatin1String("utf-8")) {
        if (used)
            *used = QStringLiteral("utf-8");
        return CsvReader::decodeUtf8(bytes, fileName);
    }
    if (e == QLatin1String("latin1")) {
        if (used)
            *used = QStringLiteral("latin1");
        return QString::fromLatin1(bytes);
    }
    if (e == QLatin1String("windows-1252")) {
        if (used)
            *used = QStringLiteral("windows-1252");
        return windows1252();
    }
    if (e.isEmpty())
        throw Error(QCoreApplication::translate("Accrue::TextDecoding",
                                                "%1: unknown encoding “%2” (use auto, utf-8, "
                                                "latin1 or windows-1252)")
                        .arg(fileName, encoding));
    // UTF-16 (Excel's "Unicode text", some bank portals): by its byte order
    // mark, or without one by the NUL byte beside every ASCII character.
    if (const auto utf16 = utf16Encoding(bytes)) {
        QStringDecoder decoder(*utf16, QStringDecoder::Flag::Stateless);
        QString text = decoder.decode(bytes);
        if (decoder.hasError())
            throw Error(QCoreApplication::translate("Accrue::TextDecoding",
                                                    "%1: the file looks like UTF-16 but is not "
                                                    "valid UTF-16")
                            .arg(fileName));
        if (text.startsWith(QChar(0xfeff)))
            text.remove(0, 1);
        if (used)
            *used = *utf16 == QStringConverter::Utf16LE ? QStringLiteral("utf-16le")
                                                        : QStringLiteral("utf-16be");
        return text;
    }
    QByteArrayView data(bytes);
    if (data.startsWith("\xEF\xBB\xBF"))
        data = data.sliced(3);
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(data);
    if (!utf8.hasError()) {
        if (used)
            *used = QStringLiteral("utf-8");
        return text;
    }
    if (used)
        *used = QStringLiteral("windows-1252");
    return windows1252();
}

} // namespace Accrue
