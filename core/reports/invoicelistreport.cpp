#include "reports/invoicelistreport.h"

#include "common/error.h"
#include "domain/invoice.h"
#include "money/money.h"
#include "reports/currencyconversion.h"
#include "reports/reporttable.h"

#include <QCoreApplication>

namespace Accrue {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Accrue::InvoiceListReport", text);
}
} // namespace

InvoiceListReport::InvoiceListReport(Database &db)
    : m_db(db)
{
}

QStringList InvoiceListReport::statusKeys()
{
    return { QStringLiteral("draft"),          QStringLiteral("open"),
             QStringLiteral("partially_paid"), QStringLiteral("overdue"),
             QStringLiteral("paid"),           QStringLiteral("void"),
             QStringLiteral("unpaid"),         QStringLiteral("uncollectible"),
             QStringLiteral("needs_review"),   QStringLiteral("disputed") };
}

void InvoiceListReport::run(Filter filter, ReportSink &sink, const QString &reportingCurrency)
{
    if (!filter.status.isEmpty()) {
        const auto status = displayStatusFromString(filter.status);
        const QString key = status ? toString(*status) : filter.status.trimmed().toLower();
        if (!statusKeys().contains(key))
            throw Error(tr("Unknown status “%1” (use one of %2)")
                            .arg(filter.status, statusKeys().join(QStringLiteral(", "))));
        filter.status = key;
    }
    // Overdue is judged against the session's date, never the machine's.
    if (!filter.today.isValid())
        throw Error(tr("The invoice list was run without the session's date"));
    if (filter.from.isValid() && filter.to.isValid() && filter.to < filter.from)
        throw Error(tr("The date range ends (%1) before it starts (%2)")
                        .arg(filter.to.toString(Qt::ISODate), filter.from.toString(Qt::ISODate)));

    using Type = ReportColumn::Type;
    CurrencyConversion conversion(m_db, reportingCurrency);
    QList<ReportColumn> columns { { QStringLiteral("number"), tr("Number"), Type::Text },
                                  { QStringLiteral("customer_code"), tr("Code"), Type::Text },
                                  { QStringLiteral("customer"), tr("Customer"), Type::Text },
                                  { QStringLiteral("issue_date"), tr("Issued"), Type::Date },
                                  { QStringLiteral("due_date"), tr("Due"), Type::Date },
                                  { QStringLiteral("currency"), tr("Currency"), Type::Text },
                                  { QStringLiteral("total"), tr("Total"), Type::Money },
                                  { QStringLiteral("paid"), tr("Paid"), Type::Money },
                                  { QStringLiteral("credited"), tr("Credited"), Type::Money },
                                  { QStringLiteral("balance"), tr("Balance"), Type::Money },
                                  { QStringLiteral("status"), tr("Status"), Type::Text } };
    if (conversion.isActive())
        columns << ReportColumn { QStringLiteral("conversion"), tr("Converted"), Type::Text };
    sink.begin(conversion.title(tr("Invoices")), columns);
    QVariantList cells;
    const Currency target = conversion.target();
    Money sums[4]
        = { Money::zero(target), Money::zero(target), Money::zero(target), Money::zero(target) };
    InvoiceRegister(m_db).invoices(filter, [&](const InvoiceListRow &r) {
        cells.clear();
        cells << r.number << r.customerCode << r.customerName << r.issueDate << r.dueDate;
        if (!conversion.isActive()) {
            cells << r.currency.code() << QVariant::fromValue(r.total)
                  << QVariant::fromValue(r.paid) << QVariant::fromValue(r.credited)
                  << QVariant::fromValue(r.balance) << r.status;
            sink.row(cells);
            return;
        }
        // Each amount converted on its own at the issue date's rate.
        const QDate issued = QDate::fromString(r.issueDate, Qt::ISODate);
        const Money amounts[4] = { r.total, r.paid, r.credited, r.balance };
        cells << target.code();
        for (int i = 0; i < 4; ++i) {
            const Money converted = conversion.convert(amounts[i], issued);
            sums[i] += converted;
            cells << QVariant::fromValue(converted);
        }
        cells << r.status
              << (r.currency == target
                      ? QString()
                      : tr("%1 at %2 (%3)")
                            .arg(r.currency.code(),
                                 RateE10::format(conversion.rate(r.currency, issued)),
                                 r.issueDate));
        sink.row(cells);
    });
    if (conversion.isActive())
        sink.totalRow({ tr("TOTAL"), QString(), QString(), QString(), QString(), target.code(),
                        QVariant::fromValue(sums[0]), QVariant::fromValue(sums[1]),
                        QVariant::fromValue(sums[2]), QVariant::fromValue(sums[3]), QString(),
                        conversion.note() });
    sink.end();
}

} // namespace Accrue
