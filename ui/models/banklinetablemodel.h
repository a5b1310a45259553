#pragma once

#include "models/pagedrows.h"
#include "storage/bankrepository.h"

#include <QAbstractTableModel>

namespace Accrue {

class Database;

// Imported bank statement lines with their state, fetched in windows of rows
// as the view scrolls (a statement history can be long).
class BankLineTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Date, Amount, Counterparty, Reference, State, Confidence, Reason, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, StateRole, RawValueRole };

    explicit BankLineTableModel(Database &db, QObject *parent = nullptr);

    void setFilter(const BankRepository::Filter &filter);
    void reload();
    qint64 totalRows() const { return m_rows.count(); }
    static constexpr int pageSize = 256;
    // Pages that skip more rows than this load on a worker thread.
    void setSyncSkipLimit(qint64 rows) { m_rows.setSyncSkipLimit(rows); }
    bool isLoading() const { return m_rows.isLoading(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

signals:
    void reloaded(qint64 rows);
    // A page read on a worker arrived and its rows were repainted.
    void pageLoaded();

private:
    Database &m_db;
    BankRepository::Filter m_filter;
    mutable PagedRows<BankRepository::Transaction> m_rows;
};

} // namespace Accrue
