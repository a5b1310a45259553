#pragma once

#include "backgroundtask.h"
#include "domain/listwindow.h"

#include <QAbstractItemModel>
#include <QCache>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QVector>
#include <functional>
#include <map>
#include <memory>

namespace Accrue {

class Database;

// The page cache of PagedTableModel: rows are read a page at a time as a
// view asks for them, and only recently used pages stay in memory. Each page
// is sought from the nearest row already read (keyset paging, see
// ListWindow): scrolling on from a page skips nothing, and a jump skips only
// the rows between it and the nearest known row or end. A page that skips at
// most syncSkipLimit rows is read at once; a farther one is read on a worker
// thread while the view shows a placeholder, so scrolling never blocks the
// window. reset() starts over (a new filter, sort or count); pages still on
// their way are dropped. When a worker's page arrives its rows are repainted
// (dataChanged) and `arrived` tells the model, which announces it.
template<typename Row> class PagedRows final
{
public:
    // Reads a window of rows on the thread it is called on.
    using Loader = std::function<std::vector<Row>(Database &db, const ListWindow<Row> &window)>;

    PagedRows(QAbstractItemModel *owner, Database &db, int pageSize, int cachedPages,
              std::function<void()> arrived)
        : m_owner(owner)
        , m_db(db)
        , m_pageSize(pageSize)
        , m_pages(cachedPages)
        , m_arrived(std::move(arrived))
    {
    }

    void reset(qint64 count, Loader loader)
    {
        forget();
        m_count = count;
        m_loader = std::move(loader);
    }
    // Drops the cached rows, keeping count and loader (rows changed in place).
    void forget()
    {
        m_pages.clear();
        m_loading.clear();
        m_known.clear();
        ++m_generation;
    }
    void preload(qint64 pageIndex, std::vector<Row> rows)
    {
        // A page's first and last rows are where later windows seek from.
        if (m_known.size() > maxKnownRows)
            m_known.clear();
        if (!rows.empty()) {
            m_known.insert_or_assign(pageIndex * m_pageSize, rows.front());
            m_known.insert_or_assign(pageIndex * m_pageSize + qint64(rows.size()) - 1, rows.back());
        }
        m_pages.insert(pageIndex, new QVector<Row>(rows.begin(), rows.end()));
    }

    qint64 count() const { return m_count; }
    bool isLoading() const { return !m_loading.isEmpty(); }
    void setSyncSkipLimit(qint64 rows) { m_syncSkipLimit = rows; }

    // The row, or nullptr while its page is on its way.
    const Row *at(qint64 row)
    {
        const qint64 pageIndex = row / m_pageSize;
        QVector<Row> *page = m_pages.object(pageIndex);
        if (!page) {
            const auto window
                = ListWindow<Row>::nearest(pageIndex * m_pageSize, m_pageSize, m_count, m_known);
            if (window.skip > m_syncSkipLimit) {
                request(pageIndex, window);
                return nullptr;
            }
            preload(pageIndex, m_loader(m_db, window));
            page = m_pages.object(pageIndex);
            if (!page)
                return nullptr;
        }
        const qint64 offset = row % m_pageSize;
        return offset < page->size() ? &page->at(offset) : nullptr;
    }

private:
    void request(qint64 pageIndex, const ListWindow<Row> &window)
    {
        if (m_loading.contains(pageIndex))
            return;
        m_loading.insert(pageIndex);
        const int generation = m_generation;
        runInBackground<std::vector<Row>>(
            m_owner, m_db, [loader = m_loader, window](Database &db) { return loader(db, window); },
            [this, guard = QPointer<QAbstractItemModel>(m_owner), pageIndex,
             generation](std::vector<Row> rows) {
                if (!guard || generation != m_generation)
                    return;
                m_loading.remove(pageIndex);
                preload(pageIndex, std::move(rows));
                const int first = int(pageIndex * m_pageSize);
                const int last = int(std::min<qint64>(first + m_pageSize, m_count)) - 1;
                if (last >= first)
                    emit m_owner->dataChanged(m_owner->index(first, 0),
                                              m_owner->index(last, m_owner->columnCount() - 1));
                m_arrived();
            },
            [this, guard = QPointer<QAbstractItemModel>(m_owner), pageIndex,
             generation](const QString &) {
                // Left unloaded: the next paint asks again.
                if (guard && generation == m_generation)
                    m_loading.remove(pageIndex);
            });
    }

    QAbstractItemModel *m_owner;
    Database &m_db;
    int m_pageSize;
    QCache<qint64, QVector<Row>> m_pages;
    QSet<qint64> m_loading;
    int m_generation = 0;
    qint64 m_count = 0;
    qint64 m_syncSkipLimit = 20000;
    Loader m_loader;
    // Rows read so far by their position: anchors for the next windows.
    std::map<qint64, Row> m_known;
    static constexpr std::size_t maxKnownRows = 16384;
    std::function<void()> m_arrived;
};

} // namespace Accrue
