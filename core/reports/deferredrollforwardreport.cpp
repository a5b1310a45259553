#include "reports/deferredrollforwardreport.h"

#include "money/money.h"
#include "reports/reporttable.h"
#include "storage/dashboardrepository.h"
#include "storage/monthlybalancerepository.h"
#include "storage/recognitionreportrepository.h"

#include <QCoreApplication>

namespace Accrue {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Accrue::DeferredRollforwardReport", text);
}

// Before any book: the opening balance of a range is everything up to it.
const QDate beginning(1900, 1, 1);

// An entry kind and its reversal (a void) belong to the same column.
QString baseKind(QString kind)
{
    const QLatin1String reversed("_reversed");
    if (kind.endsWith(reversed))
        kind.chop(reversed.size());
    return kind;
}

void classify(DeferredRollforwardReport::Month &m,
              const RecognitionReportRepository::DeferredMovement &d)
{
    const qint64 credit = d.creditMinor - d.debitMinor;
    const QString kind = baseKind(d.kind);
    if (kind == QLatin1String("invoice_issued") || kind == QLatin1String("revenue_deferred"))
        m.billed += credit;
    else if (kind == QLatin1String("revenue_recognized"))
        m.recognised -= credit;
    else if (kind == QLatin1String("credit_note_issued"))
        m.credited -= credit;
    else
        m.other += credit;
}

QString currencyOf(Database &db, const QString &currency)
{
    return currency.isEmpty() ? DashboardRepository(db).mainCurrency() : currency.toUpper();
}

} // namespace

DeferredRollforwardReport::DeferredRollforwardReport(Database &db)
    : m_db(db)
{
}

std::vector<DeferredRollforwardReport::Month>
DeferredRollforwardReport::months(const QDate &from, const QDate &to, const QString &currency)
{
    using Accounts = MonthlyBalanceRepository::Accounts;
    const QString code = currencyOf(m_db, currency);
    MonthlyBalanceRepository balances(m_db);
    std::vector<Month> out;
    qint64 opening
        = balances.creditBalance(Accounts::DeferredRevenue, code, beginning, from.addDays(-1));
    for (QDate start = from; start <= to;) {
        const QDate end = std::min(to, QDate(start.year(), start.month(), start.daysInMonth()));
        Month m;
        m.month = start.toString(QStringLiteral("yyyy-MM"));
        m.opening = opening;
        m.closing = balances.creditBalance(Accounts::DeferredRevenue, code, beginning, end);
        out.push_back(m);
        opening = m.closing;
        start = end.addDays(1);
    }
    for (const auto &d : RecognitionReportRepository(m_db).deferredMovements(code, from, to))
        for (Month &m : out)
            if (m.month == d.month)
                classify(m, d);
    return out;
}

void DeferredRollforwardReport::run(const ReportParameters &p, ReportSink &sink)
{
    using Type = ReportColumn::Type;
    const Currency currency = Currency::fromCode(currencyOf(m_db, p.currency))
                                  .value_or(Currency::require(QStringLiteral("USD")));
    sink.begin(tr("Deferred revenue roll-forward (%1)").arg(currency.code()),
               { { QStringLiteral("month"), tr("Month"), Type::Text },
                 { QStringLiteral("currency"), tr("Currency"), Type::Text },
                 { QStringLiteral("opening"), tr("Opening"), Type::Money },
                 { QStringLiteral("billed"), tr("Billed"), Type::Money },
                 { QStringLiteral("recognised"), tr("Recognised"), Type::Money },
                 { QStringLiteral("credited"), tr("Credited"), Type::Money },
                 { QStringLiteral("other"), tr("Other"), Type::Money },
                 { QStringLiteral("closing"), tr("Closing"), Type::Money } });
    auto money = [&currency](qint64 minor) { return QVariant::fromValue(Money(minor, currency)); };
    const std::vector<Month> rows = months(p.from, p.to, currency.code());
    Month total;
    for (const Month &m : rows) {
        sink.row({ m.month, currency.code(), money(m.opening), money(m.billed), money(m.recognised),
                   money(m.credited), money(m.other), money(m.closing) });
        total.billed += m.billed;
        total.recognised += m.recognised;
        total.credited += m.credited;
        total.other += m.other;
    }
    if (!rows.empty())
        sink.totalRow({ tr("TOTAL"), currency.code(), money(rows.front().opening),
                        money(total.billed), money(total.recognised), money(total.credited),
                        money(total.other), money(rows.back().closing) });
    sink.end();
}

} // namespace Accrue
