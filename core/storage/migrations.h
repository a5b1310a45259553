#pragma once

#include <QString>
#include <QStringList>

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
    // PostgreSQL: the accrue_admin/finance/viewer roles and their GRANTs on
    // every table (again after each migration, so new tables are covered).
    // Runs only for the schema's owner or a superuser; a no-op on SQLite.
    static void applyGrants(Database &db);
    // Every table the schema creates (schema_version aside), in the order
    // the migrations create them: parents before the children that refer
    // to them. Read from the migrations themselves, so a new table needs no
    // second list (BookCopier copies, BulkLoad guards by it).
    static const QStringList &tables();
    // Only the steps up to `version`: a book as an older Accrue left it, for
    // tests of an upgrade. No grants; apply() finishes the job.
    static void applyUpTo(Database &db, int version);
    // The PostgreSQL-only statements of one step, generated ones included,
    // in the order they run (for tests: a step's text never changes).
    static QStringList postgresStatements(int version);

private:
    static void applyPending(Database &db, int upTo);
};

} // namespace Accrue
