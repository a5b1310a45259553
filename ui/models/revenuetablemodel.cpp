#include "models/revenuetablemodel.h"

#include "models/moneyformat.h"
#include "money/money.h"

#include <QDate>
#include <QFont>
#include <QLocale>

namespace Accrue {

RevenueTableModel::RevenueTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RevenueTableModel::setMatrix(RevenueMatrix matrix)
{
    beginResetModel();
    m_matrix = std::move(matrix);
    endResetModel();
}

int RevenueTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_matrix.rows.size()) + 1; // + total row
}

int RevenueTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_matrix.months.size()) + 2; // name, months..., total
}

qint64 RevenueTableModel::amount(int row, int column) const
{
    const bool totalRow = row == int(m_matrix.rows.size());
    const bool totalColumn = column == int(m_matrix.months.size()) + 1;
    if (totalRow)
        return totalColumn ? m_matrix.total : m_matrix.monthTotals[std::size_t(column - 1)];
    const RevenueMatrix::Row &r = m_matrix.rows[std::size_t(row)];
    return totalColumn ? r.total : r.months[std::size_t(column - 1)];
}

QVariant RevenueTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const bool totalRow = index.row() == int(m_matrix.rows.size());
    if (index.column() == 0) {
        if (role == Qt::DisplayRole)
            return totalRow ? tr("Total") : m_matrix.rows[std::size_t(index.row())].label;
        if (role == KeyRole && !totalRow)
            return m_matrix.rows[std::size_t(index.row())].key;
    }
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() > 0)
            return Display::money(Money(amount(index.row(), index.column()), m_matrix.currency));
        break;
    case Qt::TextAlignmentRole:
        if (index.column() > 0)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::FontRole:
        if (totalRow || index.column() == columnCount() - 1) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case RawValueRole:
        if (index.column() > 0)
            return amount(index.row(), index.column());
        break;
    case KeyRole:
        return totalRow ? QVariant() : QVariant(m_matrix.rows[std::size_t(index.row())].key);
    case MonthRole:
        if (index.column() > 0 && index.column() <= int(m_matrix.months.size()))
            return m_matrix.months.at(index.column() - 1);
        break;
    }
    return {};
}

QVariant RevenueTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0)
        return tr("Name");
    if (section == columnCount() - 1)
        return tr("Total");
    const QDate month = QDate::fromString(
        m_matrix.months.value(section - 1) + QStringLiteral("-01"), Qt::ISODate);
    return QLocale().toString(month, QStringLiteral("MMM yy"));
}

} // namespace Accrue
