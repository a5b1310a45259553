#pragma once

#include "models/pagedrows.h"
#include "storage/invoiceregister.h"

#include <QAbstractTableModel>
#include <QVector>

namespace Accrue {

class Database;

// The invoice list, served in windows of rows: filtering and sorting run in
// SQL, rows are fetched a page at a time as the view asks for them, and only
// recently used pages stay in memory, so a book of a million invoices opens
// and scrolls without loading it. A page near either end of the list is
// cheap and read at once; one deep in the middle (dragging the scroll bar
// through a million rows) is read on a worker thread, shows "Loading…" for
// a moment and fills in, so the window never waits for it.
class InvoiceTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Number,
        Customer,
        IssueDate,
        DueDate,
        Total,
        Balance,
        Status,
        Reminded,
        ColumnCount
    };
    enum Role { RawValueRole = Qt::UserRole + 1, StatusKeyRole, IdRole };

    // `today` decides what is overdue until a filter brings its own.
    InvoiceTableModel(Database &db, const QDate &today, QObject *parent = nullptr);

    void setFilter(const InvoiceRegister::InvoiceFilter &filter);
    // Someone else changed invoices: when the filter still matches as many
    // rows, only the cached rows are dropped and views repaint in place
    // (selection and scroll stay); otherwise the model reloads.
    void refreshInPlace();
    const InvoiceRegister::InvoiceFilter &filter() const { return m_filter; }
    qint64 totalRows() const { return m_rows.count(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order) override;

    static QString sortKey(int column);
    static constexpr int pageSize = 256;
    // Pages that skip more rows than this (20,000 by default, a few tens of
    // milliseconds) load on a worker thread.
    void setSyncSkipLimit(qint64 rows) { m_rows.setSyncSkipLimit(rows); }
    // Rows waiting for a worker's page (for tests and benchmarks).
    bool isLoading() const { return m_rows.isLoading(); }

signals:
    void reloaded(qint64 rows);
    // A page read on a worker arrived and its rows were repainted.
    void pageLoaded();

private:
    void reload();
    void resetRows(qint64 count);

    Database &m_db;
    InvoiceRegister::InvoiceFilter m_filter;
    // 64 pages x 256 rows: the rows around the viewport, not the book.
    mutable PagedRows<InvoiceRegister::InvoiceRow> m_rows;
    QDate m_today;
};

} // namespace Accrue
