#include "reports/revenuewaterfallreport.h"

#include "money/money.h"
#include "reports/reporttable.h"
#include "storage/dashboardrepository.h"
#include "storage/recognitionreportrepository.h"

#include <QCoreApplication>
#include <map>

namespace Accrue {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Accrue::RevenueWaterfallReport", text);
}

} // namespace

RevenueWaterfallReport::RevenueWaterfallReport(Database &db)
    : m_db(db)
{
}

void RevenueWaterfallReport::run(const ReportParameters &p, ReportSink &sink)
{
    using Type = ReportColumn::Type;
    const QString code
        = p.currency.isEmpty() ? DashboardRepository(m_db).mainCurrency() : p.currency.toUpper();
    const Currency currency
        = Currency::fromCode(code).value_or(Currency::require(QStringLiteral("USD")));
    QStringList months;
    for (QDate m(p.from.year(), p.from.month(), 1); m <= p.to; m = m.addMonths(1))
        months << m.toString(QStringLiteral("yyyy-MM"));

    QList<ReportColumn> columns { { QStringLiteral("invoiced"), tr("Invoiced in"), Type::Text },
                                  { QStringLiteral("currency"), tr("Currency"), Type::Text } };
    for (const QString &month : months)
        columns << ReportColumn { month, month, Type::Money };
    columns << ReportColumn { QStringLiteral("total"), tr("Total"), Type::Money };
    sink.begin(tr("Revenue waterfall: recognised by month from each invoicing month"), columns);

    // issue month -> one amount per month of the range
    std::map<QString, std::vector<qint64>> rows;
    std::vector<qint64> monthTotals(std::size_t(months.size()), 0);
    for (const auto &cell : RecognitionReportRepository(m_db).waterfall(currency.code(), p.from,
                                                                        p.to, p.today, p.scope())) {
        const qsizetype column = months.indexOf(cell.month);
        if (column < 0)
            continue;
        auto &row = rows.try_emplace(cell.issueMonth, std::size_t(months.size()), 0).first->second;
        row[std::size_t(column)] += cell.amountMinor;
        monthTotals[std::size_t(column)] += cell.amountMinor;
    }
    auto cells = [&](const QString &label, const std::vector<qint64> &amounts) {
        QVariantList out { label, currency.code() };
        Money total = Money::zero(currency);
        for (qint64 minor : amounts) {
            out << QVariant::fromValue(Money(minor, currency));
            total += Money(minor, currency);
        }
        out << QVariant::fromValue(total);
        return out;
    };
    for (const auto &[issueMonth, amounts] : rows)
        sink.row(cells(issueMonth, amounts));
    sink.totalRow(cells(tr("TOTAL"), monthTotals));
    sink.end();
}

} // namespace Accrue
