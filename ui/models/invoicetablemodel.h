#pragma once

#include "storage/reportrepository.h"

#include <QAbstractTableModel>
#include <QCache>
#include <QVector>

namespace Accrue {

class Database;

// The invoice list, served in windows of rows: filtering and sorting run in
// SQL, rows are fetched a page at a time as the view asks for them, and only
// recently used pages stay in memory, so a book of a million invoices opens
// and scrolls without loading it.
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

    explicit InvoiceTableModel(Database &db, QObject *parent = nullptr);

    void setFilter(const ReportRepository::InvoiceFilter &filter);
    // Someone else changed invoices: when the filter still matches as many
    // rows, only the cached rows are dropped and views repaint in place
    // (selection and scroll stay); otherwise the model reloads.
    void refreshInPlace();
    const ReportRepository::InvoiceFilter &filter() const { return m_filter; }
    qint64 totalRows() const { return m_count; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order) override;

    static QString sortKey(int column);
    static constexpr int pageSize = 256;

signals:
    void reloaded(qint64 rows);

private:
    using Page = QVector<ReportRepository::InvoiceRow>;
    const ReportRepository::InvoiceRow *rowAt(int row) const;
    void reload();

    Database &m_db;
    ReportRepository::InvoiceFilter m_filter;
    qint64 m_count = 0;
    mutable QCache<qint64, Page> m_pages;
};

} // namespace Accrue
