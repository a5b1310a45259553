#pragma once

#include "money/currency.h"

#include <QDate>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <memory>

namespace Accrue {

class Database;

// A prepared statement in use: binds positional values, executes, reads rows.
// Errors become Accrue::Error naming the statement. Finishes the statement on
// destruction so SQLite never keeps a reader open across a commit.
class SqlQuery final
{
public:
    SqlQuery(Database *db, std::shared_ptr<QSqlQuery> query, QString sql, bool cached);
    SqlQuery(SqlQuery &&other) noexcept;
    ~SqlQuery();
    SqlQuery(const SqlQuery &) = delete;
    SqlQuery &operator=(const SqlQuery &) = delete;
    SqlQuery &operator=(SqlQuery &&) = delete;

    SqlQuery &bind(const QVariant &value);
    SqlQuery &bind(const QString &value) { return bind(QVariant(value)); }
    SqlQuery &bind(qint64 value) { return bind(QVariant(value)); }
    SqlQuery &bind(int value) { return bind(QVariant(value)); }
    SqlQuery &bind(const QDate &date);
    // The ISO code; an invalid currency stores NULL.
    SqlQuery &bind(const Currency &currency)
    {
        return currency.isValid() ? bind(currency.code()) : bind(QVariant());
    }
    SqlQuery &bindNullable(qint64 id) { return id > 0 ? bind(id) : bind(QVariant()); }
    SqlQuery &bindNullable(const QString &text)
    {
        return text.isNull() ? bind(QVariant()) : bind(QVariant(text));
    }
    template<typename... Ts> SqlQuery &bindAll(const Ts &...values)
    {
        (bind(values), ...);
        return *this;
    }

    // "?, ?, ?": the placeholders of an IN list of n values.
    static QString placeholders(qsizetype n);

    SqlQuery &exec();
    bool next();
    // exec() + next() + value(0) for single-value queries; throws if no row.
    QVariant scalar();

    QVariant value(int column) const { return m_query->value(column); }
    qint64 int64(int column) const { return m_query->value(column).toLongLong(); }
    QString text(int column) const { return m_query->value(column).toString(); }
    QDate date(int column) const;
    bool isNull(int column) const { return m_query->isNull(column); }
    int rowsAffected() const { return m_query->numRowsAffected(); }

private:
    Database *m_db;
    std::shared_ptr<QSqlQuery> m_query;
    QString m_sql;
    int m_bound = 0;
    bool m_cached;
};

} // namespace Accrue
