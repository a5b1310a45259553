#pragma once

#include <QString>

namespace Accrue {

class Database;

// Gapless document numbers. take() increments the series row inside the
// caller's transaction: the row lock (PostgreSQL) or the write lock (SQLite)
// serialises concurrent issuers, and a rollback returns the number unused.
class NumberSeriesRepository final
{
public:
    explicit NumberSeriesRepository(Database &db);

    qint64 take(const QString &series, int year);
    // Makes sure the next number handed out is at least `next` (bulk loads).
    void setNext(const QString &series, int year, qint64 next);
    static QString format(const QString &series, int year, qint64 value);

private:
    Database &m_db;
};

} // namespace Accrue
