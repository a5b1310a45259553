#include "models/reporttablemodel.h"

#include <QDate>
#include <QFont>
#include <QLocale>

namespace Accrue {

ReportTableModel::ReportTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ReportTableModel::setReport(ReportTable report)
{
    beginResetModel();
    m_report = std::move(report);
    endResetModel();
}

int ReportTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_report.rows().size());
}

int ReportTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_report.columns().size());
}

QVariant ReportTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const QVariant &cell = m_report.rows().at(index.row()).at(index.column());
    const ReportColumn &column = m_report.columns().at(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return displayCellText(cell, column, QLocale());
    case Qt::TextAlignmentRole:
        if (column.isNumeric())
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::FontRole:
        if (m_report.isTotalRow(index.row())) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case RawValueRole:
        return cell;
    }
    return {};
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section < columnCount())
        return m_report.columns().at(section).title;
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace Accrue
