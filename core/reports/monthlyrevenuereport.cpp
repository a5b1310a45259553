#include "reports/monthlyrevenuereport.h"

#include "money/money.h"
#include "reports/currencyconversion.h"
#include "reports/reporttable.h"
#include "reports/revenuereport.h"

#include <QCoreApplication>

namespace Accrue {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Accrue::MonthlyRevenueReport", text);
}
} // namespace

MonthlyRevenueReport::MonthlyRevenueReport(Database &db)
    : m_db(db)
{
}

void MonthlyRevenueReport::run(const ReportParameters &p, ReportSink &sink)
{
    using Type = ReportColumn::Type;
    using Dimension = RevenueReport::Dimension;
    const bool split = !p.split.isEmpty();
    const Dimension dimension = p.split == QLatin1String("customer") ? Dimension::Customer
        : p.split == QLatin1String("plan")                           ? Dimension::Plan
                                                                     : Dimension::Module;
    CurrencyConversion conversion(m_db, p.reportingCurrency);
    const RevenueMatrix m = conversion.isActive()
        ? RevenueReport(m_db).runConverted(dimension, p.from, p.to, conversion, p.scope())
        : RevenueReport(m_db).run(dimension, p.from, p.to, p.currency, p.scope());
    QList<ReportColumn> columns { { QStringLiteral("month"), tr("Month"), Type::Text } };
    if (split)
        columns << ReportColumn { QStringLiteral("key"), tr("Code"), Type::Text }
                << ReportColumn { QStringLiteral("name"), tr("Name"), Type::Text };
    columns << ReportColumn { QStringLiteral("currency"), tr("Currency"), Type::Text }
            << ReportColumn { QStringLiteral("revenue"), tr("Revenue"), Type::Money };
    if (conversion.isActive())
        columns << ReportColumn { QStringLiteral("conversion"), tr("Converted"), Type::Text };
    sink.begin(
        conversion.title(split ? tr("Monthly revenue by %1").arg(p.split) : tr("Monthly revenue")),
        columns);
    // Converted: every row says so, for CSV readers who never see the title.
    auto withNote = [&conversion](QVariantList cells) {
        if (conversion.isActive())
            cells << conversion.note();
        return cells;
    };
    const QString code = m.currency.code();
    auto money = [&m](qint64 minor) { return QVariant::fromValue(Money(minor, m.currency)); };
    for (qsizetype month = 0; month < m.months.size(); ++month) {
        const qint64 monthTotal = m.monthTotals[size_t(month)];
        if (!split) {
            sink.row(withNote({ m.months.at(month), code, money(monthTotal) }));
            continue;
        }
        for (const RevenueMatrix::Row &row : m.rows)
            if (const qint64 amount = row.months[size_t(month)]; amount != 0)
                sink.row(withNote({ m.months.at(month), row.key, row.label, code, money(amount) }));
        sink.totalRow(withNote(
            { m.months.at(month), QString(), tr("Month total"), code, money(monthTotal) }));
    }
    if (split)
        sink.totalRow(withNote({ tr("TOTAL"), QString(), QString(), code, money(m.total) }));
    else
        sink.totalRow(withNote({ tr("TOTAL"), code, money(m.total) }));
    sink.end();
}

} // namespace Accrue
