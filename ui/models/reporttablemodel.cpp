#include "models/reporttablemodel.h"

#include "models/moneyformat.h"

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
        switch (column.type) {
        case ReportColumn::Type::Money:
            return Display::money(cell.value<Money>());
        case ReportColumn::Type::Date: {
            const QDate date = cell.typeId() == QMetaType::QDate
                ? cell.toDate()
                : QDate::fromString(cell.toString(), Qt::ISODate);
            return QLocale().toString(date, QLocale::ShortFormat);
        }
        case ReportColumn::Type::Integer:
            return QLocale().toString(cell.toLongLong());
        case ReportColumn::Type::Text:
            return column.key == QLatin1String("status") ? Display::statusText(cell.toString())
                                                         : cell.toString();
        }
        break;
    case Qt::TextAlignmentRole:
        if (column.type == ReportColumn::Type::Money || column.type == ReportColumn::Type::Integer)
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
