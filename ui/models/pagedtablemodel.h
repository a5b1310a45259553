#pragma once

#include "models/pagedrows.h"

#include <QAbstractTableModel>
#include <algorithm>
#include <limits>
#include <optional>
#include <vector>

namespace Accrue {

class Database;

// The signals every paged list model sends (moc cannot read a template).
class PagedTableSignals : public QAbstractTableModel
{
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

signals:
    void reloaded(qint64 rows);
    // A page read on a worker arrived and its rows were repainted.
    void pageLoaded();
};

// The one paged table model behind the invoice, payment and bank line
// lists: rows come from core's BookLists a window at a time (PagedRows:
// keyset paging, deep windows on a worker thread). A list names its row
// type, its columns and how a row shows; counting and paging live here.
template<typename Row> class PagedTableModel : public PagedTableSignals
{
public:
    using Loader = typename PagedRows<Row>::Loader;

    PagedTableModel(Database &db, int pageSize, int cachedPages, QObject *parent)
        : PagedTableSignals(parent)
        , m_db(db)
        , m_rows(this, db, pageSize, cachedPages, [this] { emit pageLoaded(); })
    {
    }

    qint64 totalRows() const { return m_rows.count(); }
    // Pages that skip more rows than this (20,000 by default, a few tens of
    // milliseconds) load on a worker thread.
    void setSyncSkipLimit(qint64 rows) { m_rows.setSyncSkipLimit(rows); }
    // Rows waiting for a worker's page (for tests and benchmarks).
    bool isLoading() const { return m_rows.isLoading(); }

    // The row listing the item `id` (the row type's `id`), searched outwards
    // from `nearRow` up to `reach` rows each way, so a reload's new order is
    // followed without reading the whole list; -1 when it is not there or its
    // page is still on its way.
    int rowWithId(qint64 id, int nearRow, int reach) const
    {
        const int rows = rowCount();
        const int start = std::clamp(nearRow, 0, std::max(0, rows - 1));
        auto holds = [&](int row) {
            const Row *r = row >= 0 && row < rows ? m_rows.at(row) : nullptr;
            return r && r->id == id;
        };
        for (int distance = 0; distance <= reach; ++distance) {
            if (start + distance >= rows && start - distance < 0)
                break;
            if (holds(start + distance))
                return start + distance;
            if (distance > 0 && holds(start - distance))
                return start - distance;
        }
        return -1;
    }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        // Views handle int rows; a book beyond that shows its first 2^31 rows.
        return parent.isValid()
            ? 0
            : int(std::min<qint64>(m_rows.count(), std::numeric_limits<int>::max()));
    }

protected:
    Database &db() const { return m_db; }
    // The row, or nullptr while its page is on its way.
    const Row *rowAt(int row) const { return m_rows.at(row); }
    // A new list (filter, sort or count): the view resets. A first page
    // already read may come along.
    void resetRows(qint64 count, Loader loader, std::optional<std::vector<Row>> firstPage = {})
    {
        beginResetModel();
        m_rows.reset(count, std::move(loader));
        if (firstPage)
            m_rows.preload(0, std::move(*firstPage));
        endResetModel();
        emit reloaded(m_rows.count());
    }
    // The same rows, changed in place: cached rows go and views repaint,
    // keeping selection and scroll.
    void repaintRows()
    {
        m_rows.forget();
        if (m_rows.count() > 0)
            emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        emit reloaded(m_rows.count());
    }

private:
    Database &m_db;
    mutable PagedRows<Row> m_rows;
};

} // namespace Accrue
