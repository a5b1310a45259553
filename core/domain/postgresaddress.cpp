#include "domain/postgresaddress.h"

#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

namespace Accrue {

PostgresAddress PostgresAddress::parse(const QString &location)
{
    const QUrl url(location, QUrl::StrictMode);
    const QUrlQuery query(url);
    PostgresAddress a;
    a.host = url.host().isEmpty() ? query.queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded)
                                  : url.host();
    a.port = url.port(query.queryItemValue(QStringLiteral("port")).toInt());
    if (a.port <= 0)
        a.port = 5432;
    a.user = url.userName(QUrl::FullyDecoded);
    a.password = url.password(QUrl::FullyDecoded);
    a.database = url.path(QUrl::FullyDecoded).mid(1);
    a.valid = url.isValid() && !a.host.isEmpty() && !a.database.isEmpty();
    // libpq's own connection keywords that make sense in an address; anything
    // else is refused so a typo does not silently connect without TLS.
    static const QStringList passThrough { QStringLiteral("sslmode"), QStringLiteral("sslrootcert"),
                                           QStringLiteral("connect_timeout"),
                                           QStringLiteral("application_name"),
                                           QStringLiteral("options") };
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("host") || key == QLatin1String("port"))
            continue;
        if (!passThrough.contains(key)) {
            a.valid = false;
            a.unknownOption = key;
            continue;
        }
        a.options.insert(key, value);
    }
    return a;
}

QString PostgresAddress::keychainKey() const
{
    return QStringLiteral("postgresql://%1@%2:%3/%4")
        .arg(user, host, QString::number(port), database);
}

} // namespace Accrue
