#pragma once

#include "reports/reporttable.h"

#include <QAbstractTableModel>

namespace Accrue {

// Shows a generated report: cells formatted for the locale, amounts right
// aligned, total rows in bold; RawValueRole gives the unformatted value.
// Sorting orders the rows by their raw values and keeps total rows last.
class ReportTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role { RawValueRole = Qt::UserRole + 1 };

    explicit ReportTableModel(QObject *parent = nullptr);

    void setReport(ReportTable report);
    const ReportTable &report() const { return m_report; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    int sourceRow(int row) const { return m_order.empty() ? row : m_order[size_t(row)]; }

    ReportTable m_report;
    std::vector<int> m_order; // view row -> report row; empty: as generated
};

} // namespace Accrue
