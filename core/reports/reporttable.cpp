#include "reports/reporttable.h"

#include "domain/invoice.h"

#include <QDate>
#include <QLocale>

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

QString displayCellText(const QVariant &cell, const ReportColumn &column, const QLocale &locale)
{
    switch (column.type) {
    case ReportColumn::Type::Money:
        return cell.value<Money>().formatNumber(locale);
    case ReportColumn::Type::Date: {
        const QDate date = cell.typeId() == QMetaType::QDate
            ? cell.toDate()
            : QDate::fromString(cell.toString(), Qt::ISODate);
        return locale.toString(date, QLocale::ShortFormat);
    }
    case ReportColumn::Type::Integer:
        return locale.toString(cell.toLongLong());
    case ReportColumn::Type::Text:
        break;
    }
    if (column.key == QLatin1String("status"))
        if (const auto status = displayStatusFromString(cell.toString()))
            return displayName(*status);
    return cell.toString();
}

} // namespace Accrue
