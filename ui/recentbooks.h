#pragma once

#include <QStringList>

namespace Accrue {

// The books opened lately, files and server addresses alike, newest first,
// for File > Open Recent and the Connect to Server dialog. Kept in the
// settings without passwords (those belong in the keychain).
class RecentBooks final
{
public:
    static QStringList list();
    static void remember(const QString &location);
};

} // namespace Accrue
