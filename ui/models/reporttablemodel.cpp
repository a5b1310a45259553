#include "models/reporttablemodel.h"

#include <QDate>
#include <QFont>
#include <QLocale>
#include <algorithm>

namespace Accrue {

ReportTableModel::ReportTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ReportTableModel::setReport(ReportTable report)
{
    beginResetModel();
    m_report = std::move(report);
    m_order.clear();
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
    const int row = sourceRow(index.row());
    const QVariant &cell = m_report.rows().at(row).at(index.column());
    const ReportColumn &column = m_report.columns().at(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return displayCellText(cell, column, QLocale());
    case Qt::TextAlignmentRole:
        if (column.isNumeric())
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::FontRole:
        if (m_report.isTotalRow(row)) {
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

namespace {

// Raw cells compared as what they are: amounts by minor units, dates and
// numbers by value, text by locale-aware comparison.
bool lessThan(const QVariant &a, const QVariant &b)
{
    if (a.metaType() == QMetaType::fromType<Money>() && b.metaType() == a.metaType())
        return a.value<Money>().minor() < b.value<Money>().minor();
    if (a.metaType() == QMetaType::fromType<FixedPoint>() && b.metaType() == a.metaType())
        return a.value<FixedPoint>().value < b.value<FixedPoint>().value;
    if (a.typeId() == QMetaType::QDate && b.typeId() == QMetaType::QDate)
        return a.toDate() < b.toDate();
    if (a.typeId() == QMetaType::LongLong && b.typeId() == QMetaType::LongLong)
        return a.toLongLong() < b.toLongLong();
    return QString::localeAwareCompare(a.toString(), b.toString()) < 0;
}

} // namespace

void ReportTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= columnCount())
        return;
    emit layoutAboutToBeChanged();
    std::vector<int> rows;
    std::vector<int> totals;
    for (int r = 0; r < int(m_report.rows().size()); ++r)
        (m_report.isTotalRow(r) ? totals : rows).push_back(r);
    const auto &data = m_report.rows();
    std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) {
        const QVariant &x = data.at(a).at(column);
        const QVariant &y = data.at(b).at(column);
        return order == Qt::AscendingOrder ? lessThan(x, y) : lessThan(y, x);
    });
    rows.insert(rows.end(), totals.begin(), totals.end()); // totals stay at the foot
    const QModelIndexList before = persistentIndexList();
    std::vector<int> oldOrder = m_order;
    m_order = std::move(rows);
    // Keep persistent indexes (the selection) on the same report rows.
    std::vector<int> viewOf(m_order.size());
    for (size_t v = 0; v < m_order.size(); ++v)
        viewOf[size_t(m_order[v])] = int(v);
    QModelIndexList after;
    for (const QModelIndex &index : before) {
        const int source = oldOrder.empty() ? index.row() : oldOrder[size_t(index.row())];
        after << this->index(viewOf[size_t(source)], index.column());
    }
    changePersistentIndexList(before, after);
    emit layoutChanged();
}

} // namespace Accrue
