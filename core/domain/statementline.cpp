#include "domain/statementline.h"

#include <QCryptographicHash>

namespace Accrue {

QString StatementLine::dedupeKey() const
{
    return dedupeKey(currency.code());
}

QString StatementLine::dedupeKey(const QString &currencyCode) const
{
    if (!bankRef.isEmpty())
        return QStringLiteral("id:") + bankRef;
    // Long references would make a long key: a hash says the same.
    const QByteArray text = (date.toString(Qt::ISODate) + u'|' + QString::number(amount.minor())
                             + u'|' + currencyCode + u'|' + reference.simplified())
                                .toUtf8();
    return QStringLiteral("h:")
        + QString::fromLatin1(QCryptographicHash::hash(text, QCryptographicHash::Sha1).toHex());
}

} // namespace Accrue
