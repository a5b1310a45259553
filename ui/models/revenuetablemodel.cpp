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
    // Months, then the total; each row's name is its (vertical) header, so it
    // stays in view while the months scroll sideways.
    return parent.isValid() ? 0 : int(m_matrix.months.size()) + 1;
}

qint64 RevenueTableModel::amount(int row, int column) const
{
    const bool totalRow = row == int(m_matrix.rows.size());
    const bool totalColumn = column == int(m_matrix.months.size());
    if (totalRow)
        return totalColumn ? m_matrix.total : m_matrix.monthTotals[std::size_t(column)];
    const RevenueMatrix::Row &r = m_matrix.rows[std::size_t(row)];
    return totalColumn ? r.total : r.months[std::size_t(column)];
}

QVariant RevenueTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const bool totalRow = index.row() == int(m_matrix.rows.size());
    switch (role) {
    case Qt::DisplayRole:
        return Display::money(Money(amount(index.row(), index.column()), m_matrix.currency));
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (totalRow || index.column() == columnCount() - 1) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case RawValueRole:
        return amount(index.row(), index.column());
    case KeyRole:
        return totalRow ? QVariant() : QVariant(m_matrix.rows[std::size_t(index.row())].key);
    case MonthRole:
        if (index.column() < int(m_matrix.months.size()))
            return m_matrix.months.at(index.column());
        break;
    }
    return {};
}

QVariant RevenueTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return rowHeader(section, role);
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == columnCount() - 1)
        return tr("Total");
    const QDate month
        = QDate::fromString(m_matrix.months.value(section) + QStringLiteral("-01"), Qt::ISODate);
    return QLocale().toString(month, QStringLiteral("MMM yyyy"));
}

QVariant RevenueTableModel::rowHeader(int row, int role) const
{
    if (row < 0 || row >= rowCount())
        return {};
    const bool totalRow = row == int(m_matrix.rows.size());
    switch (role) {
    case Qt::DisplayRole:
        return totalRow ? tr("Total") : m_matrix.rows[std::size_t(row)].label;
    case Qt::TextAlignmentRole:
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole:
        if (totalRow) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case KeyRole:
        if (!totalRow)
            return m_matrix.rows[std::size_t(row)].key;
        break;
    }
    return {};
}

} // namespace Accrue
