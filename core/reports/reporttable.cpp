#include "reports/reporttable.h"

#include <QDate>

namespace Accrue {

void ReportTable::begin(const QString &title, const QList<ReportColumn> &columns)
{
    m_title = title;
    m_columns = columns;
    m_rows.clear();
    m_totalRows.clear();
    m_seen = 0;
}

void ReportTable::row(const QVariantList &cells)
{
    ++m_seen;
    if (m_rowLimit <= 0 || m_rows.size() < m_rowLimit)
        m_rows.append(cells);
}

void ReportTable::totalRow(const QVariantList &cells)
{
    ++m_seen;
    m_totalRows.append(int(m_rows.size()));
    m_rows.append(cells);
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
