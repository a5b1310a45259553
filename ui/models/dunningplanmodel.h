#pragma once

#include "dunning/dunningservice.h"

#include <QAbstractTableModel>
#include <vector>

namespace Accrue {

// A dunning run's plan, one row per invoice due for a step: invoice,
// customer, step, action, days overdue, open amount, late fee, recipient
// and what stops it (no address).
class DunningPlanModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Invoice,
        Customer,
        Step,
        Action,
        Days,
        Open,
        Fee,
        Recipient,
        Problem,
        ColumnCount
    };
    // The raw value behind a cell: days as int, amounts in minor units.
    static constexpr int RawRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    void setRows(std::vector<DunningPlanRow> rows);
    const std::vector<DunningPlanRow> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<DunningPlanRow> m_rows;
};

} // namespace Accrue
