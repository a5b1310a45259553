#include "reports/invoicesummaryreport.h"

#include "money/money.h"
#include "reports/currencyconversion.h"
#include "reports/currencytotals.h"
#include "reports/reporttable.h"
#include "storage/analyticsrepository.h"

#include <QCoreApplication>
#include <map>

namespace Accrue {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Accrue::InvoiceSummaryReport", text);
}
} // namespace

InvoiceSummaryReport::InvoiceSummaryReport(Database &db)
    : m_db(db)
{
}

void InvoiceSummaryReport::run(const ReportParameters &p, ReportSink &sink)
{
    using Type = ReportColumn::Type;
    CurrencyConversion conversion(m_db, p.reportingCurrency);
    QList<ReportColumn> columns { { QStringLiteral("status"), tr("Status"), Type::Text },
                                  { QStringLiteral("currency"), tr("Currency"), Type::Text },
                                  { QStringLiteral("count"), tr("Invoices"), Type::Integer },
                                  { QStringLiteral("total"), tr("Total"), Type::Money },
                                  { QStringLiteral("paid"), tr("Paid"), Type::Money },
                                  { QStringLiteral("credited"), tr("Credited"), Type::Money },
                                  { QStringLiteral("balance"), tr("Balance"), Type::Money } };
    if (conversion.isActive()) {
        columns << ReportColumn { QStringLiteral("conversion"), tr("Converted"), Type::Text };
        sink.begin(
            conversion.title(tr("Invoice summary %1 to %2")
                                 .arg(p.from.toString(Qt::ISODate), p.to.toString(Qt::ISODate))),
            columns);
        runConverted(p, conversion, sink);
        return;
    }
    sink.begin(tr("Invoice summary %1 to %2")
                   .arg(p.from.toString(Qt::ISODate), p.to.toString(Qt::ISODate)),
               columns);
    CurrencyTotals totals(sink, 7, { 2, 3, 4, 5, 6 }, 0, 1, tr("TOTAL"));
    for (const auto &s :
         AnalyticsRepository(m_db).invoiceSummary(p.from, p.to, p.today, p.scope())) {
        const Currency c = Currency::fromCode(s.currency).value_or(Currency());
        auto money = [&c](qint64 minor) { return QVariant::fromValue(Money(minor, c)); };
        totals.add(s.currency,
                   { s.status, s.currency, s.count, money(s.totalMinor), money(s.paidMinor),
                     money(s.creditedMinor), money(s.balanceMinor) });
    }
    totals.finish();
    sink.end();
}

void InvoiceSummaryReport::runConverted(const ReportParameters &p, CurrencyConversion &conversion,
                                        ReportSink &sink)
{
    // Each invoice's four amounts converted at its issue date's rate, then
    // summed by status: the same totals a person gets converting invoice by
    // invoice.
    struct Sums
    {
        qint64 count = 0;
        Money total, paid, credited, balance;
    };
    std::map<QString, Sums> byStatus;
    AnalyticsRepository(m_db).invoiceSummaryDocuments(
        p.from, p.to, p.today, p.scope(),
        [&](const AnalyticsRepository::StatusSum &s, const QDate &issued) {
            const Currency c = Currency::require(s.currency);
            Sums &sums = byStatus[s.status];
            sums.count += s.count;
            sums.total += conversion.convert(s.totalMinor, c, issued);
            sums.paid += conversion.convert(s.paidMinor, c, issued);
            sums.credited += conversion.convert(s.creditedMinor, c, issued);
            sums.balance += conversion.convert(s.balanceMinor, c, issued);
        });
    const QString code = conversion.target().code();
    CurrencyTotals totals(sink, 8, { 2, 3, 4, 5, 6 }, 0, 1, tr("TOTAL"));
    auto money = [&conversion](const Money &m) {
        return QVariant::fromValue(Money::zero(conversion.target()) + m);
    };
    for (const auto &[status, s] : byStatus)
        totals.add(code,
                   { status, code, s.count, money(s.total), money(s.paid), money(s.credited),
                     money(s.balance), conversion.note() });
    totals.finish();
    sink.end();
}

} // namespace Accrue
