#pragma once

#include "exchange/csvreader.h"

#include <QAbstractTableModel>
#include <vector>

namespace Accrue {

// The first records of a file as it is, before any mapping: its header as
// the column titles and each record's line in the file as the row title, so
// an import error's "file:line" can be found in the preview.
class CsvPreviewModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

    // The header record, then the rows; clears with an empty header.
    void setRecords(const CsvReader::Record &header, std::vector<CsvReader::Record> rows);
    void clear();
    const QStringList &header() const { return m_header; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QStringList m_header;
    std::vector<CsvReader::Record> m_rows;
    int m_columns = 0; // the widest record's fields
};

} // namespace Accrue
