#include "storage/checkpointrepository.h"

#include "common/error.h"
#include "storage/database.h"
#include "storage/settingsrepository.h"
#include "storage/sqlquery.h"

#include <QCoreApplication>

namespace Accrue {

CheckpointRepository::CheckpointRepository(Database &db)
    : m_db(db)
{
}

QString CheckpointRepository::bookId()
{
    // Made with the table (schema 24); a copy carries it with the settings.
    const QString id = SettingsRepository(m_db).value(QStringLiteral("book.id"));
    if (id.isEmpty())
        throw Error(QCoreApplication::translate("Accrue::CheckpointRepository",
                                                "%1 has no book identity (setting book.id)")
                        .arg(m_db.displayName()));
    return id;
}

void CheckpointRepository::insert(const Row &row)
{
    m_db.query(QStringLiteral("INSERT INTO audit_checkpoint (records, head, at, book, mac, "
                              "reason) VALUES (?, ?, ?, ?, ?, ?)"))
        // An unsigned checkpoint stores '' (a null QString would bind NULL).
        .bindAll(row.records, row.head, row.at, row.book, QString(row.mac + QLatin1String("")),
                 row.reason)
        .exec();
}

std::vector<CheckpointRepository::Row> CheckpointRepository::all()
{
    SqlQuery q = m_db.query(QStringLiteral(
        "SELECT records, head, at, book, mac, reason FROM audit_checkpoint ORDER BY id"));
    q.exec();
    std::vector<Row> out;
    while (q.next())
        out.push_back({ q.int64(0), q.text(1), q.text(2), q.text(3), q.text(4), q.text(5) });
    return out;
}

} // namespace Accrue
