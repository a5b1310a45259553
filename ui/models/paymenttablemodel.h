#pragma once

#include "models/pagedrows.h"
#include "storage/paymentlistrepository.h"

#include <QAbstractTableModel>

namespace Accrue {

class Database;

// Payments received, newest first, fetched a page at a time. Amounts left
// unapplied (customer credit) are shown in bold and accented.
class PaymentTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Date, Customer, Amount, Method, Reference, AppliedTo, Unapplied, ColumnCount };
    enum Role { RawValueRole = Qt::UserRole + 1 };

    // maxRows > 0 shows only the newest rows (the Dashboard's recent list).
    explicit PaymentTableModel(Database &db, qint64 maxRows = 0, QObject *parent = nullptr);

    void setFilter(const PaymentListRepository::Filter &filter);
    void reload();
    qint64 totalRows() const { return m_rows.count(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static constexpr int pageSize = 256;

    // Pages that skip more rows than this load on a worker thread.
    void setSyncSkipLimit(qint64 rows) { m_rows.setSyncSkipLimit(rows); }
    bool isLoading() const { return m_rows.isLoading(); }

signals:
    void reloaded(qint64 rows);
    // A page read on a worker arrived and its rows were repainted.
    void pageLoaded();

private:
    Database &m_db;
    qint64 m_maxRows;
    PaymentListRepository::Filter m_filter;
    mutable PagedRows<PaymentListRepository::Row> m_rows;
};

} // namespace Accrue
