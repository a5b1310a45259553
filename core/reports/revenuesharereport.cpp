#include "reports/revenuesharereport.h"

#include "money/int128.h"
#include "money/money.h"
#include "reports/reporttable.h"
#include "reports/revenuereport.h"

#include <QCoreApplication>

namespace Accrue {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Accrue::RevenueShareReport", text);
}

// part / whole in basis points of a percent (12.34% = 1234), rounded half
// away from zero; 0 when there is no whole.
qint64 shareBp(qint64 part, qint64 whole)
{
    if (whole == 0)
        return 0;
    // Twice the share, truncated; halving it rounding away from zero gives
    // the share rounded half away from zero.
    const Int128 twice = Int128(part) * Int128(20000) / Int128(whole);
    const Int128 rounded
        = twice >= Int128(0) ? (twice + Int128(1)) / Int128(2) : (twice - Int128(1)) / Int128(2);
    return qint64(rounded);
}
} // namespace

RevenueShareReport::RevenueShareReport(Database &db, By by)
    : m_db(db)
    , m_by(by)
{
}

void RevenueShareReport::run(const ReportParameters &p, ReportSink &sink)
{
    using Type = ReportColumn::Type;
    using Dimension = RevenueReport::Dimension;
    const Dimension dimension = m_by == By::Customer ? Dimension::Customer
        : m_by == By::Plan                           ? Dimension::Plan
                                                     : Dimension::Module;
    const RevenueMatrix m = RevenueReport(m_db).run(dimension, p.from, p.to, p.currency, p.scope());
    const QString what = m_by == By::Customer ? tr("customer")
        : m_by == By::Plan                    ? tr("plan")
                                              : tr("module");
    sink.begin(tr("Revenue by %1").arg(what),
               { { QStringLiteral("key"), tr("Code"), Type::Text },
                 { QStringLiteral("name"), tr("Name"), Type::Text },
                 { QStringLiteral("currency"), tr("Currency"), Type::Text },
                 { QStringLiteral("revenue"), tr("Revenue"), Type::Money },
                 { QStringLiteral("share"), tr("Share"), Type::Percent } });
    const QString code = m.currency.code();
    for (const RevenueMatrix::Row &row : m.rows) // largest first
        sink.row({ row.key, row.label, code, QVariant::fromValue(Money(row.total, m.currency)),
                   QVariant::fromValue(FixedPoint { shareBp(row.total, m.total), 2 }) });
    sink.totalRow({ QString(), tr("TOTAL"), code, QVariant::fromValue(Money(m.total, m.currency)),
                    QVariant::fromValue(FixedPoint { m.total != 0 ? 10000 : 0, 2 }) });
    sink.end();
}

} // namespace Accrue
