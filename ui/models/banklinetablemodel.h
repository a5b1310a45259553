#pragma once

#include "storage/bankrepository.h"

#include <QAbstractTableModel>
#include <QCache>

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
    qint64 totalRows() const { return m_count; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

signals:
    void reloaded(qint64 rows);

private:
    const BankRepository::Transaction *rowAt(int row) const;

    Database &m_db;
    BankRepository::Filter m_filter;
    qint64 m_count = 0;
    mutable QCache<qint64, QVector<BankRepository::Transaction>> m_pages;
};

} // namespace Accrue
