#include "storage/bulkinserter.h"

#include "common/error.h"
#include "common/isodate.h"
#include "storage/database.h"
#include "storage/postgrescopy.h"
#include "storage/sqlquery.h"

#include <QCoreApplication>
#include <QDebug>
#include <optional>
#include <sqlite3.h>
#include <vector>

namespace Accrue {

namespace {

struct Value
{
    enum class Kind { Integer, Text, Null } kind = Kind::Null;
    qint64 integer = 0;
    QByteArray text;
};

QString insertSql(const QString &table, const QStringList &columns, int rows)
{
    const QString row = u'(' + QStringList(columns.size(), QStringLiteral("?")).join(u',') + u')';
    return QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
        .arg(table, columns.join(QStringLiteral(", ")), QStringList(rows, row).join(u','));
}

} // namespace

struct BulkInserter::Impl
{
    Database &db;
    QString table;
    QStringList columns;
    int rowsPerStatement = 1;
    sqlite3 *handle = nullptr;
    sqlite3_stmt *single = nullptr;
    sqlite3_stmt *multi = nullptr;
    std::optional<SqlQuery> query; // other dialects, one row at a time
    std::vector<Value> values; // rows held back, row after row
    int rows = 0;
    // PostgreSQL with rows held back: they go in one COPY at flush().
    bool copy = false;
    QVariantList current;
    std::vector<QVariantList> copyRows;

    void flushCopy()
    {
        if (copyRows.empty())
            return;
        PostgresCopy stream(db, table, columns);
        for (const QVariantList &row : copyRows)
            stream.addRow(row);
        stream.finish();
        copyRows.clear();
    }

    [[noreturn]] void fail() const
    {
        // The user reads what happened; SQLite's own words go to the detail.
        throw Error(QCoreApplication::translate("Accrue::Database",
                                                "The book could not take the rows being loaded "
                                                "into %1; nothing of the load was kept")
                        .arg(table),
                    QStringLiteral("bulk insert into ") + table + QStringLiteral(": ")
                        + QString::fromUtf8(sqlite3_errmsg(handle)));
    }
    void check(int rc) const
    {
        if (rc != SQLITE_OK)
            fail();
    }
    sqlite3_stmt *prepare(int rowCount) const
    {
        const QByteArray sql = insertSql(table, columns, rowCount).toUtf8();
        sqlite3_stmt *statement = nullptr;
        check(sqlite3_prepare_v2(handle, sql.constData(), int(sql.size()), &statement, nullptr));
        return statement;
    }
    // Binds `count` rows starting at row `first` of the held values, runs the statement.
    void run(sqlite3_stmt *statement, int first, int count)
    {
        const int width = int(columns.size());
        for (int i = 0; i < count * width; ++i) {
            const Value &v = values[std::size_t(first * width + i)];
            switch (v.kind) {
            case Value::Kind::Integer:
                check(sqlite3_bind_int64(statement, i + 1, v.integer));
                break;
            case Value::Kind::Text:
                check(sqlite3_bind_text(statement, i + 1, v.text.constData(), int(v.text.size()),
                                        SQLITE_STATIC)); // held in `values` until the step
                break;
            case Value::Kind::Null:
                check(sqlite3_bind_null(statement, i + 1));
                break;
            }
        }
        const int rc = sqlite3_step(statement);
        sqlite3_reset(statement);
        if (rc != SQLITE_DONE)
            fail();
    }
};

BulkInserter::BulkInserter(Database &db, const QString &table, const QStringList &columns,
                           int rowsPerStatement)
    : d(new Impl { db,
                   table,
                   columns,
                   std::max(1, rowsPerStatement),
                   nullptr,
                   nullptr,
                   nullptr,
                   std::nullopt,
                   {},
                   0,
                   false,
                   {},
                   {} })
{
    d->handle = static_cast<sqlite3 *>(db.sqliteHandle());
    if (!d->handle && db.dialect() == Database::Dialect::Postgres && d->rowsPerStatement > 1) {
        // The caller flushes before anything reads the rows: a COPY per
        // flush is what makes a bulk load into a server fast.
        d->copy = true;
        return;
    }
    if (!d->handle) {
        d->rowsPerStatement = 1;
        d->query.emplace(db.query(insertSql(table, columns, 1)));
        return;
    }
    d->single = d->prepare(1);
    if (d->rowsPerStatement > 1)
        d->multi = d->prepare(d->rowsPerStatement);
    d->values.reserve(std::size_t(d->rowsPerStatement * columns.size()));
}

BulkInserter::~BulkInserter()
{
    if (d->rows > 0 || !d->copyRows.empty()) // a caller bug: the rows were never flushed
        qCritical("BulkInserter(%s): %d rows were not flushed", qPrintable(d->table),
                  d->rows + int(d->copyRows.size()));
    if (d->single)
        sqlite3_finalize(d->single);
    if (d->multi)
        sqlite3_finalize(d->multi);
}

BulkInserter &BulkInserter::add(qint64 value)
{
    if (d->copy)
        d->current << value;
    else if (d->query)
        d->query->bind(value);
    else
        d->values.push_back({ Value::Kind::Integer, value, {} });
    return *this;
}

BulkInserter &BulkInserter::add(const QString &value)
{
    if (value.isNull())
        return addNull();
    if (d->copy)
        d->current << value;
    else if (d->query)
        d->query->bind(value);
    else
        d->values.push_back({ Value::Kind::Text, 0, value.toUtf8() });
    return *this;
}

BulkInserter &BulkInserter::add(const QDate &value)
{
    return value.isValid() ? add(isoDate(value)) : addNull();
}

BulkInserter &BulkInserter::add(const QVariant &value)
{
    if (value.isNull())
        return addNull();
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return add(value.toLongLong());
    default:
        return add(value.toString());
    }
}

BulkInserter &BulkInserter::addNull()
{
    if (d->copy)
        d->current << QVariant();
    else if (d->query)
        d->query->bind(QVariant());
    else
        d->values.push_back({});
    return *this;
}

void BulkInserter::insertRow()
{
    if (d->copy) {
        Q_ASSERT(d->current.size() == d->columns.size());
        d->copyRows.push_back(std::exchange(d->current, {}));
        if (d->copyRows.size() >= 20000) // bounded memory on huge batches
            d->flushCopy();
        return;
    }
    if (d->query) {
        d->query->exec();
        return;
    }
    Q_ASSERT(d->values.size() == std::size_t((d->rows + 1) * d->columns.size()));
    if (++d->rows < d->rowsPerStatement)
        return;
    const int rows = std::exchange(d->rows, 0);
    d->run(d->multi ? d->multi : d->single, 0, rows);
    d->values.clear();
}

void BulkInserter::flush()
{
    if (d->copy) {
        d->flushCopy();
        return;
    }
    const int rows = std::exchange(d->rows, 0);
    for (int row = 0; row < rows; ++row)
        d->run(d->single, row, 1);
    d->values.clear();
}

qint64 BulkInserter::nextId(Database &db, const QString &table)
{
    // The table name comes from code, never from input.
    return db.query(QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1 FROM ") + table)
        .scalar()
        .toLongLong();
}

} // namespace Accrue
