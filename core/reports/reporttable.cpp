#include "reports/reporttable.h"

#include <QDate>

namespace Accrue {

void ReportTable::begin(const QString &title, const QList<ReportColumn> &columns)
{
    m_title = title;
    m_columns = columns;
    m_rows.clear();
    m_totalRows.clear();
}

void ReportTable::totalRow(const QVariantList &cells)
{
    m_totalRows.append(int(m_rows.size()));
    m_rows.append(cells);
}

int ReportTable::columnIndex(const QString &key) const
{
    for (int i = 0; i < m_columns.size(); ++i)
        if (m_columns.at(i).key == key)
            return i;
    return -1;
}

QString plainCellText(const QVariant &cell)
{
    switch (cell.typeId()) {
    case QMetaType::QDate:
        return cell.toDate().toString(Qt::ISODate);
    case QMetaType::LongLong:
    case QMetaType::Int:
        return QString::number(cell.toLongLong());
    default:
        break;
    }
    if (cell.metaType() == QMetaType::fromType<Money>())
        return cell.value<Money>().toPlainString();
    return cell.toString();
}

} // namespace Accrue
