#pragma once

#include "domain/recognitionline.h"

#include <QAbstractTableModel>
#include <vector>

namespace Accrue {

// One invoice's revenue schedule (RecognitionScheduleReport::ofInvoice): a
// row per schedule row with its line and description, method, date, amount, milestone,
// credit note and state (posted, pending, awaiting its milestone).
class RecognitionScheduleModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Line,
        Description,
        Method,
        Date,
        Amount,
        Milestone,
        CreditNote,
        State,
        ColumnCount
    };
    // The raw value behind a cell: dates as QDate, amounts in minor units.
    static constexpr int RawRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    void setRows(std::vector<RecognitionScheduleLine> rows);
    const std::vector<RecognitionScheduleLine> &rows() const { return m_rows; }
    // "Ratably", "Milestone", ... for a RecognitionMethod key.
    static QString methodName(const QString &method);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString stateText(const RecognitionScheduleLine &row) const;

    std::vector<RecognitionScheduleLine> m_rows;
};

} // namespace Accrue
