#pragma once

#include "domain/invoicelist.h"
#include "models/pagedtablemodel.h"

#include <QDate>

namespace Accrue {

class Database;

// The invoice list, served in windows of rows: filtering and sorting run in
// SQL, rows are fetched a page at a time as the view asks for them, and only
// recently used pages stay in memory, so a book of a million invoices opens
// and scrolls without loading it. A page near either end of the list is
// cheap and read at once; one deep in the middle (dragging the scroll bar
// through a million rows) is read on a worker thread, shows "Loading…" for
// a moment and fills in, so the window never waits for it.
class InvoiceTableModel final : public PagedTableModel<InvoiceListRow>
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
        Sent, // the invoice's last e-mail sent (the outbox); not sortable
        ColumnCount
    };
    // DisputedRole: true while the invoice has an open dispute (shown in the
    // Status column as text and a flag icon, so it reads without colour).
    enum Role { RawValueRole = Qt::UserRole + 1, StatusKeyRole, IdRole, DisputedRole };

    // `today` decides what is overdue until a filter brings its own.
    InvoiceTableModel(Database &db, const QDate &today, QObject *parent = nullptr);

    void setFilter(const InvoiceListFilter &filter);
    // Someone else changed invoices: when the filter still matches as many
    // rows, only the cached rows are dropped and views repaint in place
    // (selection and scroll stay); otherwise the model reloads.
    void refreshInPlace();
    const InvoiceListFilter &filter() const { return m_filter; }
    // The row of an invoice after a reload, looked for outwards from the row
    // it had (where it usually still is) up to `reach` rows either way, so a
    // million-row list is not read through; -1 when it is not there.
    int rowOf(qint64 invoiceId, int nearRow, int reach = 4 * pageSize) const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order) override;

    static QString sortKey(int column);
    static constexpr int pageSize = 256;

private:
    void reload();

    InvoiceListFilter m_filter;
    QDate m_today;
};

} // namespace Accrue
