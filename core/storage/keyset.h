#pragma once

#include "domain/listwindow.h"
#include "storage/database.h"
#include "storage/sqlquery.h"

#include <QString>
#include <QVariant>
#include <algorithm>
#include <vector>

namespace Accrue {

// The ORDER BY of a list sorted by one column and then its unique id, and
// the condition "comes after this row" that keyset paging seeks with: an
// index range scan from the anchor instead of an OFFSET that reads and drops
// every row above it. NULLs sort first ascending and last descending on
// every backend (SQLite's default; PostgreSQL is told), so a list reads the
// same from SQLite and PostgreSQL and the condition can account for them.
class Keyset final
{
public:
    Keyset(QString column, QString idColumn, bool descending, bool nullable = false);

    // The same order turned round: for reading up from an anchor.
    Keyset reversed() const;
    QString orderBy() const; // " ORDER BY ..."
    // " AND (...)" selecting the rows after the one with this value and id;
    // a null value stands for NULL.
    QString after(const QVariant &value) const;
    void bindAfter(SqlQuery &q, const QVariant &value, qint64 id) const;

private:
    QString m_column;
    QString m_id;
    bool m_descending;
    bool m_nullable;
};

// One window of a list: `selectWhere` (a SELECT with its WHERE) continued
// by the seek from the window's anchor (whose sort value is `anchorValue`),
// the order (turned round for a backward window) and LIMIT/OFFSET. `bind`
// binds the SELECT's own values; `read` makes a row of the current result.
// Rows come back in list order.
template<typename Row, typename Bind, typename Read>
std::vector<Row> readWindow(Database &db, const Keyset &order, const QString &selectWhere,
                            const ListWindow<Row> &window, const QVariant &anchorValue, Bind bind,
                            Read read)
{
    const bool backward = window.direction == ListWindow<Row>::Direction::Backward;
    const Keyset seek = backward ? order.reversed() : order;
    QString sql = selectWhere;
    if (window.anchor)
        sql += seek.after(anchorValue);
    SqlQuery q = db.query(sql + seek.orderBy() + QStringLiteral(" LIMIT ? OFFSET ?"));
    bind(q);
    if (window.anchor)
        seek.bindAfter(q, anchorValue, window.anchor->id);
    q.bindAll(window.limit, window.skip).exec();
    std::vector<Row> rows;
    while (q.next())
        rows.push_back(read(q));
    if (backward)
        std::reverse(rows.begin(), rows.end());
    return rows;
}

} // namespace Accrue
