#pragma once

#include "domain/agingbucket.h"

#include <QString>

namespace Accrue {

class SqlQuery;

// SQL for the aging buckets of domain/agingbucket.h, with its parameters
// bound in the same order, so that reports, figures and filters agree.
namespace AgingSql {

// "col >= ? AND col < ?" (or the one side that is bounded) for one bucket.
QString condition(const QString &dueColumn, int bucket);
void bind(SqlQuery &query, int bucket, const QDate &asOf);
// Five "SUM(CASE WHEN <bucket> THEN value ELSE 0 END)" columns, comma-separated.
QString sums(const QString &dueColumn, const QString &value);
void bindSums(SqlQuery &query, const QDate &asOf);

} // namespace AgingSql

} // namespace Accrue
