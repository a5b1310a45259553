#pragma once

#include "billing/billingrun.h"

#include <QAbstractTableModel>
#include <vector>

namespace Accrue {

// What a billing run will make (or made), one row per invoice or credit
// note: kind, customer, subscription, period, net amount, billing key.
class BillingPreviewModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Kind, Customer, Subscription, Period, Lines, Net, Key, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setItems(std::vector<BillingItem> items);
    const std::vector<BillingItem> &items() const { return m_items; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<BillingItem> m_items;
};

} // namespace Accrue
