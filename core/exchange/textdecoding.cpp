#include "exchange/textdecoding.h"

#include "common/error.h"
#include "exchange/csvreader.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace Accrue {

QString TextDecoding::decode(const QByteArray &bytes, const QString &encoding,
                             const QString &fileName, QString *used)
{
    const QString e = encoding.isEmpty() ? QStringLiteral("auto") : encoding.toLower();
    auto windows1252 = [&bytes] {
        QStringDecoder decoder("windows-1252");
        // Qt 6.4 may lack the codec without ICU; Latin-1 then holds the letters.
        return decoder.isValid() ? QString(decoder.decode(bytes)) : QString::fromLatin1(bytes);
    };
    if (e == QLatin1String("utf-8") || e == QLatin1String("utf8")) {
        if (used)
            *used = QStringLiteral("utf-8");
        return CsvReader::decodeUtf8(bytes, fileName);
    }
    if (e == QLatin1String("latin1") || e == QLatin1String("iso-8859-1")) {
        if (used)
            *used = QStringLiteral("latin1");
        return QString::fromLatin1(bytes);
    }
    if (e == QLatin1String("windows-1252") || e == QLatin1String("cp1252")) {
        if (used)
            *used = QStringLiteral("windows-1252");
        return windows1252();
    }
    if (e != QLatin1String("auto"))
        throw Error(QCoreApplication::translate("Accrue::TextDecoding",
                                                "%1: unknown encoding “%2” (use auto, utf-8, "
                                                "latin1 or windows-1252)")
                        .arg(fileName, encoding));
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
