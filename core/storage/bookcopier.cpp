#include "storage/bookcopier.h"

#include "common/error.h"
#include "storage/bulkinserter.h"
#include "storage/bulkload.h"
#include "storage/database.h"
#include "storage/journalrepository.h"
#include "storage/migrations.h"
#include "storage/sqlquery.h"

#include <QCoreApplication>
#include <QSqlIndex>
#include <QSqlRecord>

namespace Accrue {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Accrue::BookCopier", text);
}

// Rows per SQLite INSERT (SQLite allows 32,766 parameters per statement).
constexpr int insertRows = 64;
// Rows read per page of the source, so a huge table never sits in memory.
constexpr int pageRows = 20000;

// The columns a copy carries. A PostgreSQL book's tenant_line (schema 21) is
// derived by the server's triggers from the tenant tree, and SQLite has none:
// it is never copied, and the load derives it again (BulkLoad::commit).
QStringList columnsOf(Database &db, const QString &table)
{
    const QSqlRecord record = db.connection().record(table);
    QStringList columns;
    for (int i = 0; i < record.count(); ++i)
        if (record.fieldName(i) != QLatin1String("tenant_line"))
            columns << record.fieldName(i);
    return columns;
}

// The single-column primary key rows are paged by; empty for the small
// tables with a composite key (read whole).
QString pageKey(Database &db, const QString &table)
{
    const QSqlIndex key = db.connection().primaryIndex(table);
    return key.count() == 1 ? key.fieldName(0) : QString();
}

} // namespace

BookCopier::BookCopier(Database &from, Database &to)
    : m_from(from)
    , m_to(to)
{
}

const QStringList &BookCopier::tables()
{
    return Migrations::tables();
}

void BookCopier::checkTarget()
{
    if (m_from.schemaVersion() != m_to.schemaVersion())
        throw Error(tr("%1 is at schema %2 and %3 at schema %4; open both with this version of "
                       "Accrue first (accrue-cli init)")
                        .arg(m_from.displayName())
                        .arg(m_from.schemaVersion())
                        .arg(m_to.displayName())
                        .arg(m_to.schemaVersion()));
    // A table this list does not know would be left behind silently.
    for (const QString &table : m_from.connection().tables()) {
        if (table != QLatin1String("schema_version") && !tables().contains(table))
            throw Error(tr("The book has a table this copy does not know: %1").arg(table));
    }
    for (const char *table : { "customer", "invoice", "payment", "journal_entry" }) {
        const qint64 rows
            = m_to.query(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)))
                  .scalar()
                  .toLongLong();
        if (rows > 0)
            throw Error(tr("%1 already holds a book (%2 rows in %3); copy into a new, empty one")
                            .arg(m_to.displayName())
                            .arg(rows)
                            .arg(QLatin1String(table)));
    }
}

BookCopier::Result BookCopier::copy(const std::function<void(const QString &, qint64)> &progress)
{
    checkTarget();
    {
        BulkLoad load(m_to, tables());
        // The seeded rows of a new book (chart, audit head, default tenant)
        // make way for the source's, which keep their ids. Children first.
        for (auto it = tables().crbegin(); it != tables().crend(); ++it)
            m_to.execute(QStringLiteral("DELETE FROM %1").arg(*it));
        for (const QString &table : tables())
            copyTable(table, progress);
        load.commit();
    }
    return verify();
}

qint64 BookCopier::copyTable(const QString &table,
                             const std::function<void(const QString &, qint64)> &progress)
{
    const QStringList columns = columnsOf(m_from, table);
    const QStringList targetColumns = columnsOf(m_to, table);
    for (const QString &c : columns)
        if (!targetColumns.contains(c))
            throw Error(tr("%1.%2 is missing in %3").arg(table, c, m_to.displayName()));
    const QString key = pageKey(m_from, table);
    const int keyColumn = int(columns.indexOf(key));
    const QString list = columns.join(QStringLiteral(", "));
    // Rows go in the way the demo loads them: many-row statements into
    // SQLite, COPY into PostgreSQL.
    BulkInserter out(m_to, table, columns, insertRows);
    qint64 copied = 0;
    QVariant last;
    for (;;) {
        // Pages by key, so neither side holds a whole big table in memory.
        QString sql = QStringLiteral("SELECT %1 FROM %2").arg(list, table);
        if (!key.isEmpty()) {
            if (last.isValid())
                sql += QStringLiteral(" WHERE %1 > ?").arg(key);
            sql += QStringLiteral(" ORDER BY %1 LIMIT %2").arg(key).arg(pageRows);
        }
        SqlQuery page = m_from.query(sql);
        if (last.isValid())
            page.bind(last);
        page.exec();
        qint64 inPage = 0;
        while (page.next()) {
            for (int i = 0; i < columns.size(); ++i)
                out.add(page.value(i));
            out.insertRow();
            if (keyColumn >= 0)
                last = page.value(keyColumn);
            ++inPage;
        }
        copied += inPage;
        if (progress)
            progress(table, copied);
        if (key.isEmpty() || inPage < pageRows)
            break;
    }
    out.flush();
    return copied;
}

BookCopier::Result BookCopier::verify()
{
    Result result;
    for (const QString &table : tables()) {
        TableCheck check;
        check.table = table;
        QStringList sums;
        for (const QString &column : columnsOf(m_from, table))
            if (column.endsWith(QLatin1String("_minor")))
                sums << QStringLiteral("COALESCE(SUM(%1), 0)").arg(column);
        const QString sql = QStringLiteral("SELECT COUNT(*)%1 FROM %2")
                                .arg(sums.isEmpty() ? QString() : u", " + sums.join(u", "), table);
        SqlQuery a = m_from.query(sql);
        SqlQuery b = m_to.query(sql);
        a.exec();
        b.exec();
        a.next();
        b.next();
        for (int i = 0; i <= sums.size(); ++i) {
            if (a.int64(i) != b.int64(i))
                throw Error(tr("The copy differs from the source in %1 (%2: %3 here, %4 there)")
                                .arg(table, i == 0 ? QStringLiteral("rows") : sums.at(i - 1))
                                .arg(a.int64(i))
                                .arg(b.int64(i)));
        }
        check.rows = a.int64(0);
        const QStringList columns = columnsOf(m_from, table);
        int n = 1;
        for (const QString &column : columns)
            if (column.endsWith(QLatin1String("_minor")))
                check.sums << QStringLiteral("%1=%2").arg(column).arg(a.int64(n++));
        result.rows += check.rows;
        result.tables.push_back(check);
    }
    if (!JournalRepository(m_to).unbalancedEntries().empty())
        throw Error(tr("The copy holds unbalanced journal entries"));
    return result;
}

} // namespace Accrue
