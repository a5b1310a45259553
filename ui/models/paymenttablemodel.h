#pragma once

#include "storage/paymentlistrepository.h"

#include <QAbstractTableModel>
#include <QCache>
#include <QVector>

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
    qint64 totalRows() const { return m_count; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static constexpr int pageSize = 256;

signals:
    void reloaded(qint64 rows);

private:
    using Page = QVector<PaymentListRepository::Row>;
    const PaymentListRepository::Row *rowAt(int row) const;

    Database &m_db;
    qint64 m_maxRows;
    PaymentListRepository::Filter m_filter;
    qint64 m_count = 0;
    mutable QCache<qint64, Page> m_pages;
};

} // namespace Accrue
