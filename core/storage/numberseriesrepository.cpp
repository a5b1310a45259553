#include "storage/numberseriesrepository.h"

#include "storage/database.h"
#include "storage/sqlquery.h"

namespace Accrue {

NumberSeriesRepository::NumberSeriesRepository(Database &db)
    : m_db(db)
{
}

qint64 NumberSeriesRepository::take(const QString &series, int year)
{
    Q_ASSERT(m_db.inTransaction());
    m_db.query(QStringLiteral("INSERT INTO number_series (series, year, next_value) "
                              "VALUES (?, ?, 1) ON CONFLICT DO NOTHING"))
        .bindAll(series, year)
        .exec();
    // One statement increments and reads: it takes the row lock before the
    // value is seen, so two clients can never get the same number.
    return m_db
        .query(QStringLiteral("UPDATE number_series SET next_value = next_value + 1 "
                              "WHERE series = ? AND year = ? RETURNING next_value - 1"))
        .bindAll(series, year)
        .scalar()
        .toLongLong();
}

void NumberSeriesRepository::setNext(const QString &series, int year, qint64 next)
{
    m_db.query(QStringLiteral("INSERT INTO number_series (series, year, next_value) "
                              "VALUES (?, ?, 1) ON CONFLICT DO NOTHING"))
        .bindAll(series, year)
        .exec();
    m_db.query(QStringLiteral("UPDATE number_series SET next_value = ? "
                              "WHERE series = ? AND year = ? AND next_value < ?"))
        .bindAll(next, series, year, next)
        .exec();
}

QString NumberSeriesRepository::format(const QString &series, int year, qint64 value)
{
    return QStringLiteral("%1-%2-%3").arg(series).arg(year).arg(value, 6, 10, QLatin1Char('0'));
}

} // namespace Accrue
