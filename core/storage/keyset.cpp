#include "storage/keyset.h"

#include "storage/sqlquery.h"

namespace Accrue {

Keyset::Keyset(QString column, QString idColumn, bool descending, bool nullable)
    : m_column(std::move(column))
    , m_id(std::move(idColumn))
    , m_descending(descending)
    , m_nullable(nullable)
{
}

Keyset Keyset::reversed() const
{
    return Keyset(m_column, m_id, !m_descending, m_nullable);
}

QString Keyset::orderBy() const
{
    QString sql = QStringLiteral(" ORDER BY ") + m_column;
    if (m_descending)
        sql += QLatin1String(" DESC");
    if (m_nullable)
        sql += m_descending ? QLatin1String(" NULLS LAST") : QLatin1String(" NULLS FIRST");
    sql += QStringLiteral(", ") + m_id
        + (m_descending ? QLatin1String(" DESC") : QLatin1String(""));
    return sql;
}

QString Keyset::after(const QVariant &value) const
{
    const QString beyond = m_descending ? QStringLiteral(" < ?") : QStringLiteral(" > ?");
    if (!m_nullable || !value.isNull()) {
        // "col >= v AND (col > v OR id > anchor)": the first part is a range
        // the index on col can seek to; the OR alone would make SQLite read
        // the index from its start.
        const QString from = m_descending ? QStringLiteral(" <= ?") : QStringLiteral(" >= ?");
        QString sql = QStringLiteral(" AND ((") + m_column + from + QStringLiteral(" AND (")
            + m_column + beyond + QStringLiteral(" OR ") + m_id + beyond + QStringLiteral("))");
        // Descending, the NULLs come last: after every value.
        if (m_nullable && m_descending)
            sql += QStringLiteral(" OR ") + m_column + QStringLiteral(" IS NULL");
        return sql + u')';
    }
    // The anchor is a NULL: ascending, every value comes after the NULLs;
    // descending, only the NULLs with a lower id do.
    return m_descending ? QStringLiteral(" AND (") + m_column + QStringLiteral(" IS NULL AND ")
            + m_id + beyond + u')'
                        : QStringLiteral(" AND (") + m_column + QStringLiteral(" IS NOT NULL OR ")
            + m_id + beyond + u')';
}

void Keyset::bindAfter(SqlQuery &q, const QVariant &value, qint64 id) const
{
    if (!m_nullable || !value.isNull())
        q.bind(value).bind(value);
    q.bind(id);
}

} // namespace Accrue
