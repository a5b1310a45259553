#include "storage/sqlquery.h"

#include "common/error.h"
#include "common/isodate.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QSqlError>

namespace Accrue {

SqlQuery::SqlQuery(Database *db, std::shared_ptr<QSqlQuery> query, QString sql, bool cached)
    : m_db(db)
    , m_query(std::move(query))
    , m_sql(std::move(sql))
    , m_cached(cached)
{
}

SqlQuery::SqlQuery(SqlQuery &&other) noexcept
    : m_db(other.m_db)
    , m_query(other.m_query)
    , m_sql(other.m_sql)
    , m_bound(other.m_bound)
    , m_cached(other.m_cached)
{
    other.m_db = nullptr;
}

SqlQuery::~SqlQuery()
{
    if (!m_db)
        return;
    m_query->finish();
    if (m_cached)
        m_db->release(m_sql);
}

SqlQuery &SqlQuery::bind(const QVariant &value)
{
    m_query->bindValue(m_bound++, value);
    return *this;
}

QString SqlQuery::placeholders(qsizetype n)
{
    QString marks;
    marks.reserve(n * 3);
    for (qsizetype i = 0; i < n; ++i)
        marks += i ? QStringLiteral(", ?") : QStringLiteral("?");
    return marks;
}

SqlQuery &SqlQuery::bind(const QDate &date)
{
    // Dates are ISO text in every dialect: they sort and compare as strings.
    return bind(date.isValid() ? QVariant(isoDate(date)) : QVariant());
}

SqlQuery &SqlQuery::exec()
{
    m_bound = 0;
    if (!m_query->exec())
        m_db->throwStatementError(m_query->lastError(), m_sql);
    return *this;
}

bool SqlQuery::next()
{
    return m_query->next();
}

QVariant SqlQuery::scalar()
{
    exec();
    if (!next())
        throw Error(QCoreApplication::translate("Accrue::Database", "Database error: no result"),
                    m_sql);
    return value(0);
}

QDate SqlQuery::date(int column) const
{
    return QDate::fromString(m_query->value(column).toString(), Qt::ISODate);
}

} // namespace Accrue
