#include "storage/bulkinserter.h"

#include "common/error.h"
#include "common/isodate.h"
#include "storage/database.h"
#include "storage/sqlquery.h"

#include <QCoreApplication>
#include <optional>
#include <sqlite3.h>

namespace Accrue {

struct BulkInserter::Impl
{
    Database &db;
    QString sql;
    sqlite3 *handle = nullptr;
    sqlite3_stmt *statement = nullptr;
    std::optional<SqlQuery> query;
    int index = 0;

    [[noreturn]] void fail(const QString &detail) const
    {
        throw Error(
            QCoreApplication::translate("Accrue::Database", "Database error: %1").arg(detail), sql);
    }
    void check(int rc) const
    {
        if (rc != SQLITE_OK)
            fail(QString::fromUtf8(sqlite3_errmsg(handle)));
    }
};

BulkInserter::BulkInserter(Database &db, const QString &table, const QStringList &columns)
    : d(new Impl { db, {}, nullptr, nullptr, std::nullopt, 0 })
{
    QStringList marks;
    for (qsizetype i = 0; i < columns.size(); ++i)
        marks << QStringLiteral("?");
    d->sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                 .arg(table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")));
    d->handle = static_cast<sqlite3 *>(db.sqliteHandle());
    if (d->handle) {
        const QByteArray utf8 = d->sql.toUtf8();
        d->check(sqlite3_prepare_v2(d->handle, utf8.constData(), int(utf8.size()), &d->statement,
                                    nullptr));
    } else {
        d->query.emplace(db.query(d->sql));
    }
}

BulkInserter::~BulkInserter()
{
    if (d->statement)
        sqlite3_finalize(d->statement);
}

BulkInserter &BulkInserter::add(qint64 value)
{
    if (d->statement)
        d->check(sqlite3_bind_int64(d->statement, ++d->index, value));
    else
        d->query->bind(value);
    return *this;
}

BulkInserter &BulkInserter::add(const QString &value)
{
    if (value.isNull())
        return addNull();
    if (d->statement) {
        const QByteArray utf8 = value.toUtf8();
        d->check(sqlite3_bind_text(d->statement, ++d->index, utf8.constData(), int(utf8.size()),
                                   SQLITE_TRANSIENT));
    } else {
        d->query->bind(value);
    }
    return *this;
}

BulkInserter &BulkInserter::add(const QDate &value)
{
    return value.isValid() ? add(isoDate(value)) : addNull();
}

BulkInserter &BulkInserter::addNull()
{
    if (d->statement)
        d->check(sqlite3_bind_null(d->statement, ++d->index));
    else
        d->query->bind(QVariant());
    return *this;
}

void BulkInserter::insertRow()
{
    if (d->statement) {
        const int rc = sqlite3_step(d->statement);
        sqlite3_reset(d->statement);
        if (rc != SQLITE_DONE)
            d->fail(QString::fromUtf8(sqlite3_errmsg(d->handle)));
        d->index = 0;
        return;
    }
    d->query->exec();
}

qint64 BulkInserter::nextId(Database &db, const QString &table)
{
    // The table name comes from code, never from input.
    return db.query(QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1 FROM ") + table)
        .scalar()
        .toLongLong();
}

} // namespace Accrue
