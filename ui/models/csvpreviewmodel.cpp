#include "models/csvpreviewmodel.h"

#include <algorithm>

namespace Accrue {

void CsvPreviewModel::setRecords(const CsvReader::Record &header,
                                 std::vector<CsvReader::Record> rows)
{
    beginResetModel();
    m_header = header.fields;
    m_rows = std::move(rows);
    // A ragged row still shows all of its fields.
    m_columns = int(m_header.size());
    for (const CsvReader::Record &r : m_rows)
        m_columns = std::max(m_columns, int(r.fields.size()));
    endResetModel();
}

void CsvPreviewModel::clear()
{
    beginResetModel();
    m_header.clear();
    m_rows.clear();
    m_columns = 0;
    endResetModel();
}

int CsvPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CsvPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

QVariant CsvPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::DisplayRole)
        return {};
    // One line of a multi-line cell is enough to recognise the row.
    const QString text = m_rows[std::size_t(index.row())].fields.value(index.column());
    const qsizetype end = text.indexOf(u'\n');
    return end < 0 ? text : text.left(end).trimmed() + QStringLiteral(" …");
}

QVariant CsvPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || section < 0)
        return {};
    if (orientation == Qt::Vertical)
        return section < int(m_rows.size()) ? QVariant(m_rows[std::size_t(section)].line)
                                            : QVariant();
    if (section >= m_columns)
        return {};
    const QString name = m_header.value(section).trimmed();
    return name.isEmpty() ? tr("(column %1)").arg(section + 1) : name;
}

} // namespace Accrue
