#include "domain/auditrecord.h"

#include <QCryptographicHash>

namespace Accrue {

QString AuditRecord::genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

QString AuditRecord::computeHash() const
{
    QCryptographicHash hasher(QCryptographicHash::Sha256);
    auto field = [&hasher](const QString &text) {
        const QByteArray utf8 = text.toUtf8();
        const QByteArray length = QByteArray::number(utf8.size());
        hasher.addData(length);
        hasher.addData(QByteArrayView(":"));
        hasher.addData(utf8);
    };
    field(prevHash);
    field(QString::number(seq));
    field(at);
    field(userName);
    field(action);
    field(entity);
    field(entityId);
    field(beforeJson);
    field(afterJson);
    if (!osUser.isEmpty())
        field(osUser);
    return QString::fromLatin1(hasher.result().toHex());
}

} // namespace Accrue
