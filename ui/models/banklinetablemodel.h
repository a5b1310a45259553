#pragma once

#include "domain/bankline.h"
#include "models/pagedtablemodel.h"

namespace Accrue {

class Database;

// Imported bank statement lines with their state, fetched in windows of rows
// as the view scrolls (a statement history can be long).
class BankLineTableModel final : public PagedTableModel<BankLine>
{
    Q_OBJECT

public:
    enum Column { Date, Amount, Counterparty, Reference, State, Confidence, Reason, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, StateRole, RawValueRole };

    explicit BankLineTableModel(Database &db, QObject *parent = nullptr);

    void setFilter(const BankLineFilter &filter);
    void reload();
    static constexpr int pageSize = 256;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    BankLineFilter m_filter;
};

} // namespace Accrue
