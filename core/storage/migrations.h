#pragma once

#include <QString>

namespace Accrue {

class Database;

// Numbered schema steps, applied in order and recorded in schema_version.
// Each step runs in its own transaction, so a failed upgrade leaves the book
// at the last good version.
class Migrations final
{
public:
    static int latestVersion();
    static int currentVersion(Database &db);
    static void apply(Database &db);
};

} // namespace Accrue
