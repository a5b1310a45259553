#pragma once

#include "backgroundtask.h"

#include <QAbstractItemModel>
#include <QCache>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QVector>
#include <functional>
#include <memory>

namespace Accrue {

class Database;

// The page cache the invoice, payment and bank line models share: rows are
// read a page at a time as a view asks for them, and only recently used
// pages stay in memory. A page that is cheap to read (skipping at most
// syncSkipLimit rows) is read at once; a deeper one is read on a worker
// thread while the view shows a placeholder, and `arrived` repaints its
// rows when it comes, so scrolling never blocks the window. reset() starts
// over (a new filter, sort or count); pages still on their way are dropped.
// When a worker's page arrives its rows are repainted (dataChanged) and
// `arrived` tells the model, which announces it (pageLoaded).
template<typename Row> class PagedRows final
{
public:
    // Reads rows [offset, offset + limit) on the thread it is called on.
    using Loader = std::function<std::vector<Row>(Database &db, qint64 offset, qint64 limit)>;
    // How many rows reading from `offset` skips (the loader may read from
    // the nearer end of the list).
    using Cost = std::function<qint64(qint64 offset)>;

    PagedRows(QAbstractItemModel *owner, Database &db, int pageSize, int cachedPages,
              std::function<void()> arrived)
        : m_owner(owner)
        , m_db(db)
        , m_pageSize(pageSize)
        , m_pages(cachedPages)
        , m_arrived(std::move(arrived))
    {
    }

    void reset(qint64 count, Loader loader, Cost cost = {})
    {
        m_pages.clear();
        m_loading.clear();
        ++m_generation;
        m_count = count;
        m_loader = std::move(loader);
        m_cost = cost ? std::move(cost) : [](qint64 offset) { return offset; };
    }
    // Drops the cached rows, keeping count and loader (rows changed in place).
    void forget()
    {
        m_pages.clear();
        m_loading.clear();
        ++m_generation;
    }
    void preload(qint64 pageIndex, std::vector<Row> rows)
    {
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
            if (m_cost(pageIndex * m_pageSize) > m_syncSkipLimit) {
                request(pageIndex);
                return nullptr;
            }
            const std::vector<Row> rows = m_loader(m_db, pageIndex * m_pageSize, m_pageSize);
            page = new QVector<Row>(rows.begin(), rows.end());
            m_pages.insert(pageIndex, page);
        }
        const qint64 offset = row % m_pageSize;
        return offset < page->size() ? &page->at(offset) : nullptr;
    }

private:
    void request(qint64 pageIndex)
    {
        if (m_loading.contains(pageIndex))
            return;
        m_loading.insert(pageIndex);
        const int generation = m_generation;
        const qint64 offset = pageIndex * m_pageSize;
        const qint64 limit = m_pageSize;
        runInBackground<std::vector<Row>>(
            m_owner, locationOf(m_db),
            [loader = m_loader, offset, limit](Database &db) { return loader(db, offset, limit); },
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
    Cost m_cost;
    std::function<void()> m_arrived;
};

} // namespace Accrue
