#pragma once

#include <QMap>
#include <QString>

namespace Accrue {

// The parts of a postgresql://user:password@host:port/db?sslmode=… address.
// host may also come as ?host=/socket/folder, as libpq allows.
struct PostgresAddress
{
    QString host;
    int port = 5432;
    QString user;
    QString password;
    QString database;
    QMap<QString, QString> options; // libpq keywords: sslmode, connect_timeout, …
    QString unknownOption;
    bool valid = false;

    static PostgresAddress parse(const QString &location);
    // The name a remembered password is kept under in the OS keychain.
    QString keychainKey() const;
};

} // namespace Accrue
