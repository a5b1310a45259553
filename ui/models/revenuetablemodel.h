#pragma once

#include "reports/revenuereport.h"

#include <QAbstractTableModel>

namespace Accrue {

// Shows a RevenueMatrix: one row per module/customer/plan and a total row;
// a column per month and a total column.
class RevenueTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role { RawValueRole = Qt::UserRole + 1, KeyRole, MonthRole };

    explicit RevenueTableModel(QObject *parent = nullptr);

    void setMatrix(RevenueMatrix matrix);
    const RevenueMatrix &matrix() const { return m_matrix; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant rowHeader(int row, int role) const;
    qint64 amount(int row, int column) const;
    RevenueMatrix m_matrix;
};

} // namespace Accrue
