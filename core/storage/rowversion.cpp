#include "storage/rowversion.h"

#include "common/error.h"
#include "storage/database.h"
#include "storage/sqlquery.h"

#include <QCoreApplication>
#include <QDateTime>

namespace Accrue {

QString RowVersion::now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

void RowVersion::throwStale(Database &db, const QString &table, const QString &keyColumn,
                            const QVariant &key, const QString &what)
{
    SqlQuery q = db.query(
        QStringLiteral("SELECT updated_by, updated_at FROM %1 WHERE %2 = ?").arg(table, keyColumn));
    q.bind(key).exec();
    if (!q.next())
        throw Error(QCoreApplication::translate("Accrue::RowVersion",
                                                "%1 was deleted by someone else meanwhile")
                        .arg(what),
                    {}, Error::Kind::Conflict);
    const QString by = q.text(0).isEmpty()
        ? QCoreApplication::translate("Accrue::RowVersion", "another user")
        : q.text(0);
    const QDateTime at = QDateTime::fromString(q.text(1), Qt::ISODateWithMs).toLocalTime();
    const QString when = at.isValid()
        ? at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
        : QCoreApplication::translate("Accrue::RowVersion", "an unknown time");
    throw Error(QCoreApplication::translate(
                    "Accrue::RowVersion",
                    "%1 was changed by %2 at %3 — reload it and make your change again")
                    .arg(what, by, when),
                {}, Error::Kind::Conflict);
}

} // namespace Accrue
