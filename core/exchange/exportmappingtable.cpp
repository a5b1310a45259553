#include "exchange/exportmappingtable.h"

#include "money/decimal.h"

namespace Accrue {

ExportMappingTable::ExportMappingTable(const std::vector<ExportMapping> &rows)
{
    for (const ExportMapping &m : rows) {
        if (m.isEmpty())
            continue;
        if (m.kind == ExportMapping::accountKind())
            m_accounts.insert(m.sourceKey, m);
        else if (m.kind == ExportMapping::taxKind())
            m_tax.insert(m.sourceKey, m);
    }
}

const ExportMapping *ExportMappingTable::account(const QString &code) const
{
    const auto it = m_accounts.constFind(code);
    return it == m_accounts.constEnd() ? nullptr : &*it;
}

const ExportMapping *ExportMappingTable::tax(const QString &category, int ratePpm) const
{
    return taxForKey(taxKey(category, ratePpm));
}

const ExportMapping *ExportMappingTable::taxForKey(const QString &key) const
{
    if (const auto it = m_tax.constFind(key); it != m_tax.constEnd())
        return &*it;
    const auto it = m_tax.constFind(key.section(u':', 0, 0)); // the category's row
    return it == m_tax.constEnd() ? nullptr : &*it;
}

QString ExportMappingTable::categoryOf(const QString &category, int ratePpm)
{
    if (!category.isEmpty())
        return category;
    return ratePpm > 0 ? QStringLiteral("standard") : QStringLiteral("zero");
}

QString ExportMappingTable::taxKey(const QString &category, int ratePpm)
{
    return categoryOf(category, ratePpm) + u':' + percentText(ratePpm);
}

QString ExportMappingTable::percentText(qint64 ppm)
{
    // 10,000 ppm are one percent: a percent with four decimals.
    return Decimal::format(ppm, 4, QLocale::c());
}

} // namespace Accrue
