#include "reports/reporttable.h"

#include "common/localdates.h"
#include "domain/invoice.h"
#include "money/decimal.h"

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

namespace {

QString fixedPointText(const FixedPoint &f, const QLocale &locale)
{
    return f.minDecimals >= 0 ? Decimal::formatAtLeast(f.value, f.decimals, f.minDecimals, locale)
                              : Decimal::format(f.value, f.decimals, locale, true);
}

} // namespace

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
    if (cell.metaType() == QMetaType::fromType<FixedPoint>()) {
        const FixedPoint f = cell.value<FixedPoint>();
        QLocale c = QLocale::c();
        c.setNumberOptions(QLocale::OmitGroupSeparator);
        return fixedPointText(f, c);
    }
    return cell.toString();
}

QString displayCellText(const QVariant &cell, const ReportColumn &column, const QLocale &locale)
{
    switch (column.type) {
    case ReportColumn::Type::Money:
        if (cell.metaType() != QMetaType::fromType<Money>())
            return cell.toString(); // an empty cell, or a label in a total row
        return cell.value<Money>().formatNumber(locale);
    case ReportColumn::Type::Date: {
        if (cell.isNull() || (cell.typeId() == QMetaType::QString && cell.toString().isEmpty()))
            return {};
        const QDate date = cell.typeId() == QMetaType::QDate
            ? cell.toDate()
            : QDate::fromString(cell.toString(), Qt::ISODate);
        return LocalDates::shortDate(date, locale);
    }
    case ReportColumn::Type::Integer:
        return locale.toString(cell.toLongLong());
    case ReportColumn::Type::Decimal:
    case ReportColumn::Type::Percent: {
        if (cell.metaType() != QMetaType::fromType<FixedPoint>())
            return cell.toString();
        const FixedPoint f = cell.value<FixedPoint>();
        const QString number = fixedPointText(f, locale);
        return column.type == ReportColumn::Type::Percent ? number + locale.percent() : number;
    }
    case ReportColumn::Type::Text:
        break;
    }
    if (column.key == QLatin1String("status"))
        if (const auto status = displayStatusFromString(cell.toString()))
            return displayName(*status);
    return cell.toString();
}

} // namespace Accrue
