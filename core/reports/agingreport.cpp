#include "reports/agingreport.h"

#include "money/currency.h"
#include "money/int128.h"
#include "money/money.h"
#include "reports/reporttable.h"
#include "storage/analyticsrepository.h"
#include "storage/invoiceregister.h"

#include <QCoreApplication>
#include <QHash>

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

qint64 AgingReport::dsoTenths(qint64 openMinor, qint64 invoicedMinor, int windowDays)
{
    if (invoicedMinor <= 0)
        return -1;
    const Int128 twice
        = Int128(openMinor) * Int128(windowDays) * Int128(20) / Int128(invoicedMinor);
    return qint64(twice >= Int128(0) ? (twice + Int128(1)) / Int128(2)
                                     : (twice - Int128(1)) / Int128(2));
}

void AgingReport::run(const QDate &asOf, ReportSink &sink, const ReportScope &scope)
{
    using Type = ReportColumn::Type;
    QList<ReportColumn> columns { { QStringLiteral("customer_code"), tr("Code"), Type::Text },
                                  { QStringLiteral("customer"), tr("Customer"), Type::Text },
                                  { QStringLiteral("currency"), tr("Currency"), Type::Text } };
    for (int b = 0; b < bucketCount; ++b)
        columns.append({ bucketKey(b), bucketTitle(b), Type::Money });
    columns.append({ QStringLiteral("total"), tr("Total"), Type::Money });
    columns.append({ QStringLiteral("dso"), tr("DSO (days)"), Type::Decimal });
    sink.begin(tr("AR aging as of %1").arg(asOf.toString(Qt::ISODate)), columns);

    // What each customer was invoiced in the 90 days to the date, for DSO.
    QHash<QString, qint64> invoiced;
    for (const auto &b : AnalyticsRepository(m_db).billedByCustomer(asOf.addDays(-89), asOf))
        invoiced[b.customerCode + u'|' + b.currency] += b.minor;
    auto dsoCell = [](qint64 open, qint64 billed) {
        const qint64 tenths = dsoTenths(open, billed);
        return tenths < 0 ? QVariant(QString()) : QVariant::fromValue(FixedPoint { tenths, 1 });
    };

    QString currentCurrency;
    qint64 totals[bucketCount + 1] = {};
    qint64 invoicedTotal = 0;
    auto emitTotal = [&] {
        if (currentCurrency.isEmpty())
            return;
        const Currency c = Currency::require(currentCurrency);
        QVariantList cells { QString(), tr("TOTAL"), currentCurrency };
        for (qint64 &t : totals)
            cells << QVariant::fromValue(Money(t, c));
        cells << dsoCell(totals[bucketCount], invoicedTotal);
        for (qint64 &t : totals)
            t = 0;
        invoicedTotal = 0;
        sink.totalRow(cells);
    };
    InvoiceRegister(m_db).aging(
        asOf,
        [&](const InvoiceRegister::AgingRow &row) {
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
            const qint64 billed = invoiced.value(row.customerCode + u'|' + row.currency);
            invoicedTotal += billed;
            cells << QVariant::fromValue(Money(sum, c)) << dsoCell(sum, billed);
            sink.row(cells);
        },
        scope);
    emitTotal();
    sink.end();
}

} // namespace Accrue
