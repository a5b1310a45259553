#include "domain/epcpayment.h"

#include <QStringList>

namespace Accrue {

namespace {

// One line of the payload: no line breaks inside, no space around.
QString field(QString text, qsizetype maxLength = -1)
{
    text.replace(u'\r', u' ').replace(u'\n', u' ');
    text = text.simplified();
    if (maxLength >= 0 && text.size() > maxLength)
        text = text.left(maxLength).trimmed();
    return text;
}

} // namespace

std::optional<QByteArray> EpcPayment::payload(const EpcTransfer &t)
{
    const QString iban = field(t.iban).remove(u' ').toUpper();
    const QString name = field(t.name, maxNameLength);
    if (iban.isEmpty() || name.isEmpty())
        return std::nullopt;
    if (t.amount.currency().code() != QLatin1String("EUR"))
        return std::nullopt;
    // The standard's range: EUR0.01 to EUR999999999.99.
    if (t.amount.minor() < 1 || t.amount.minor() > 99'999'999'999LL)
        return std::nullopt;
    const QStringList lines {
        QStringLiteral("BCD"),
        QStringLiteral("002"),
        QStringLiteral("1"), // UTF-8
        QStringLiteral("SCT"),
        field(t.bic).remove(u' ').toUpper(),
        name,
        iban,
        u"EUR" + t.amount.toPlainString(),
        QString(), // purpose code
        QString(), // structured creditor reference (ISO 11649): we send text
        field(t.text, maxTextLength),
    };
    const QByteArray bytes = lines.join(u'\n').toUtf8();
    if (bytes.size() > maxBytes)
        return std::nullopt;
    return bytes;
}

} // namespace Accrue
