#include "storage/agingsql.h"

#include "storage/sqlquery.h"

#include <QStringList>

namespace Accrue::AgingSql {

QString condition(const QString &dueColumn, int bucket)
{
    const Aging::DueRange range = Aging::dueRange(bucket, QDate(2000, 1, 1)); // shape only
    QStringList parts;
    if (range.from.isValid())
        parts << dueColumn + QStringLiteral(" >= ?");
    if (range.before.isValid())
        parts << dueColumn + QStringLiteral(" < ?");
    return parts.join(QStringLiteral(" AND "));
}

void bind(SqlQuery &query, int bucket, const QDate &asOf)
{
    const Aging::DueRange range = Aging::dueRange(bucket, asOf);
    if (range.from.isValid())
        query.bind(range.from);
    if (range.before.isValid())
        query.bind(range.before);
}

QString sums(const QString &dueColumn, const QString &value)
{
    QStringList columns;
    for (int b = 0; b < Aging::bucketCount; ++b)
        columns << QStringLiteral("COALESCE(SUM(CASE WHEN ") + condition(dueColumn, b)
                + QStringLiteral(" THEN ") + value + QStringLiteral(" ELSE 0 END), 0)");
    return columns.join(QStringLiteral(", "));
}

void bindSums(SqlQuery &query, const QDate &asOf)
{
    for (int b = 0; b < Aging::bucketCount; ++b)
        bind(query, b, asOf);
}

} // namespace Accrue::AgingSql
