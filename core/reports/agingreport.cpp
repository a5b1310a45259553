#include "reports/agingreport.h"

#include "money/currency.h"
#include "money/int128.h"
#include "money/money.h"
#include "reports/currencyconversion.h"
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

QVariant dsoCell(qint64 open, qint64 billed)
{
    const qint64 tenths = AgingReport::dsoTenths(open, billed);
    return tenths < 0 ? QVariant(QString()) : QVariant::fromValue(FixedPoint { tenths, 1 });
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

void AgingReport::run(const QDate &asOf, ReportSink &sink, const ReportScope &scope,
                      const QString &reportingCurrency)
{
    using Type = ReportColumn::Type;
    QList<ReportColumn> columns { { QStringLiteral("customer_code"), tr("Code"), Type::Text },
                                  { QStringLiteral("customer"), tr("Customer"), Type::Text },
                                  { QStringLiteral("currency"), tr("Currency"), Type::Text } };
    for (int b = 0; b < bucketCount; ++b)
        columns.append({ bucketKey(b), bucketTitle(b), Type::Money });
    columns.append({ QStringLiteral("total"), tr("Total"), Type::Money });
    columns.append({ QStringLiteral("dso"), tr("DSO (days)"), Type::Decimal });
    // The part of the open balances in dispute, last so that the columns
    // before it keep their places.
    const ReportColumn disputed { QStringLiteral("disputed"), tr("Disputed"), Type::Money };
    CurrencyConversion conversion(m_db, reportingCurrency);
    if (conversion.isActive()) {
        columns.append({ QStringLiteral("conversion"), tr("Converted"), Type::Text });
        columns.append(disputed);
        sink.begin(conversion.title(tr("AR aging as of %1").arg(asOf.toString(Qt::ISODate))),
                   columns);
        runConverted(asOf, conversion, sink, scope);
        return;
    }
    columns.append(disputed);
    sink.begin(tr("AR aging as of %1").arg(asOf.toString(Qt::ISODate)), columns);

    // What each customer was invoiced in the 90 days to the date, for DSO.
    QHash<QString, qint64> invoiced;
    for (const auto &b : AnalyticsRepository(m_db).billedByCustomer(asOf.addDays(-89), asOf))
        invoiced[b.customerCode + u'|' + b.currency] += b.minor;

    QString currentCurrency;
    qint64 totals[bucketCount + 1] = {};
    qint64 invoicedTotal = 0;
    qint64 disputedTotal = 0;
    auto emitTotal = [&] {
        if (currentCurrency.isEmpty())
            return;
        const Currency c = Currency::require(currentCurrency);
        QVariantList cells { QString(), tr("TOTAL"), currentCurrency };
        for (qint64 &t : totals)
            cells << QVariant::fromValue(Money(t, c));
        cells << dsoCell(totals[bucketCount], invoicedTotal)
              << QVariant::fromValue(Money(disputedTotal, c));
        for (qint64 &t : totals)
            t = 0;
        invoicedTotal = 0;
        disputedTotal = 0;
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
            cells << QVariant::fromValue(Money(sum, c)) << dsoCell(sum, billed)
                  << QVariant::fromValue(Money(row.disputedMinor, c));
            disputedTotal += row.disputedMinor;
            sink.row(cells);
        },
        scope);
    emitTotal();
    sink.end();
}

void AgingReport::runConverted(const QDate &asOf, CurrencyConversion &conversion, ReportSink &sink,
                               const ReportScope &scope)
{
    // DSO's invoiced amounts, each invoice converted at its issue date.
    const Currency target = conversion.target();
    QHash<QString, Money> invoiced;
    AnalyticsRepository(m_db).billedDocuments(
        asOf.addDays(-89), asOf, [&](const AnalyticsRepository::Billed &b, const QDate &issued) {
            auto it = invoiced.find(b.customerCode);
            if (it == invoiced.end())
                it = invoiced.insert(b.customerCode, Money::zero(target));
            *it += conversion.convert(b.minor, Currency::require(b.currency), issued);
        });

    // The invoices come customer by customer; a customer's row is written
    // when the next one starts, whatever currencies it was invoiced in.
    QString code, name;
    qint64 buckets[bucketCount] = {};
    qint64 totals[bucketCount + 1] = {};
    qint64 invoicedTotal = 0;
    qint64 disputed = 0;
    qint64 disputedTotal = 0;
    auto money = [&target](qint64 minor) { return QVariant::fromValue(Money(minor, target)); };
    auto emitCustomer = [&] {
        if (code.isEmpty() && name.isEmpty())
            return;
        QVariantList cells { code, name, target.code() };
        qint64 sum = 0;
        for (int b = 0; b < bucketCount; ++b) {
            cells << money(buckets[b]);
            totals[b] += buckets[b];
            sum += buckets[b];
            buckets[b] = 0;
        }
        totals[bucketCount] += sum;
        const qint64 billed = invoiced.value(code, Money::zero(target)).minor();
        invoicedTotal += billed;
        cells << money(sum) << dsoCell(sum, billed) << conversion.note() << money(disputed);
        disputedTotal += disputed;
        disputed = 0;
        sink.row(cells);
    };
    InvoiceRegister(m_db).openInvoices(
        asOf,
        [&](const InvoiceRegister::OpenInvoice &i) {
            if (i.customerCode != code || i.customerName != name) {
                emitCustomer();
                code = i.customerCode;
                name = i.customerName;
            }
            const Money open
                = conversion.convert(i.openMinor, Currency::require(i.currency), i.issueDate);
            buckets[Aging::bucketOf(i.dueDate, asOf)] += open.minor();
            if (i.disputed)
                disputed += open.minor();
        },
        scope);
    emitCustomer();
    // One total row, in the reporting currency, even for an empty book.
    QVariantList cells { QString(), tr("TOTAL"), target.code() };
    for (const qint64 t : totals)
        cells << money(t);
    cells << dsoCell(totals[bucketCount], invoicedTotal) << conversion.note()
          << money(disputedTotal);
    sink.totalRow(cells);
    sink.end();
}

} // namespace Accrue
