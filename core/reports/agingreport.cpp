#include "reports/agingreport.h"

#include "money/currency.h"
#include "money/money.h"
#include "reports/reporttable.h"
#include "storage/reportrepository.h"

#include <QCoreApplication>

namespace Accrue {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Accrue::AgingReport", text);
}
} // namespace

QString AgingReport::bucketTitle(int bucket)
{
    static const char *titles[bucketCount] = {
        QT_TRANSLATE_NOOP("Accrue::AgingReport", "Current"),
        QT_TRANSLATE_NOOP("Accrue::AgingReport", "1-30"),
        QT_TRANSLATE_NOOP("Accrue::AgingReport", "31-60"),
        QT_TRANSLATE_NOOP("Accrue::AgingReport", "61-90"),
        QT_TRANSLATE_NOOP("Accrue::AgingReport", "90+"),
    };
    return tr(titles[bucket]);
}

QString AgingReport::bucketKey(int bucket)
{
    static const char *keys[bucketCount]
        = { "current", "days_1_30", "days_31_60", "days_61_90", "days_90_plus" };
    return QString::fromLatin1(keys[bucket]);
}

AgingReport::AgingReport(Database &db)
    : m_db(db)
{
}

void AgingReport::run(const QDate &asOf, ReportSink &sink)
{
    using Type = ReportColumn::Type;
    QList<ReportColumn> columns { { QStringLiteral("customer_code"), tr("Code"), Type::Text },
                                  { QStringLiteral("customer"), tr("Customer"), Type::Text },
                                  { QStringLiteral("currency"), tr("Currency"), Type::Text } };
    for (int b = 0; b < bucketCount; ++b)
        columns.append({ bucketKey(b), bucketTitle(b), Type::Money });
    columns.append({ QStringLiteral("total"), tr("Total"), Type::Money });
    sink.begin(tr("AR aging as of %1").arg(asOf.toString(Qt::ISODate)), columns);

    QString currentCurrency;
    qint64 totals[bucketCount + 1] = {};
    auto emitTotal = [&] {
        if (currentCurrency.isEmpty())
            return;
        const Currency c = Currency::require(currentCurrency);
        QVariantList cells { QString(), tr("TOTAL"), currentCurrency };
        for (qint64 &t : totals) {
            cells << QVariant::fromValue(Money(t, c));
            t = 0;
        }
        sink.totalRow(cells);
    };
    ReportRepository(m_db).aging(asOf, [&](const ReportRepository::AgingRow &row) {
        if (row.currency != currentCurrency) {
            emitTotal();
            currentCurrency = row.currency;
        }
        const Currency c = Currency::require(row.currency);
        QVariantList cells { row.customerCode, row.customerName, row.currency };
        qint64 sum = 0;
        for (int b = 0; b < bucketCount; ++b) {
            cells << QVariant::fromValue(Money(row.buckets[b], c));
            totals[b] += row.buckets[b];
            sum += row.buckets[b];
        }
        totals[bucketCount] += sum;
        cells << QVariant::fromValue(Money(sum, c));
        sink.row(cells);
    });
    emitTotal();
    sink.end();
}

} // namespace Accrue
