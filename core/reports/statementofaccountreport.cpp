#include "reports/statementofaccountreport.h"

#include "common/error.h"
#include "domain/agingbucket.h"
#include "money/money.h"
#include "reports/currencyconversion.h"
#include "reports/reporttable.h"
#include "storage/accountrepository.h"
#include "storage/customerrepository.h"
#include "storage/invoiceregister.h"
#include "storage/statementrepository.h"

#include <QCoreApplication>

namespace Accrue {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Accrue::StatementOfAccountReport", text);
}

QString kindName(const QString &kind)
{
    static const std::pair<const char *, const char *> names[] = {
        { "invoice_issued", QT_TRANSLATE_NOOP("Accrue::StatementOfAccountReport", "Invoice") },
        { "payment_received", QT_TRANSLATE_NOOP("Accrue::StatementOfAccountReport", "Payment") },
        // The invoice-currency half of a payment made in another currency.
        { "payment_exchanged",
          QT_TRANSLATE_NOOP("Accrue::StatementOfAccountReport", "Payment (exchanged)") },
        { "credit_note_issued",
          QT_TRANSLATE_NOOP("Accrue::StatementOfAccountReport", "Credit note") },
        { "credit_applied",
          QT_TRANSLATE_NOOP("Accrue::StatementOfAccountReport", "Credit applied") },
    };
    for (const auto &[key, name] : names)
        if (kind == QLatin1String(key))
            return tr(name);
    if (kind.endsWith(QLatin1String("_reversed")))
        return tr("Reversal");
    return kind;
}

QString bucketName(int bucket)
{
    static const char *names[Aging::bucketCount] = {
        QT_TRANSLATE_NOOP("Accrue::StatementOfAccountReport", "Open, not yet due"),
        QT_TRANSLATE_NOOP("Accrue::StatementOfAccountReport", "Open, 1–30 days overdue"),
        QT_TRANSLATE_NOOP("Accrue::StatementOfAccountReport", "Open, 31–60 days overdue"),
        QT_TRANSLATE_NOOP("Accrue::StatementOfAccountReport", "Open, 61–90 days overdue"),
        QT_TRANSLATE_NOOP("Accrue::StatementOfAccountReport", "Open, over 90 days overdue"),
    };
    return tr(names[bucket]);
}

} // namespace

StatementOfAccountReport::StatementOfAccountReport(Database &db)
    : m_db(db)
{
}

void StatementOfAccountReport::run(const ReportParameters &p, ReportSink &sink)
{
    const std::optional<Customer> customer
        = CustomerRepository(m_db).findByCode(p.customer.trimmed());
    if (!customer)
        throw Error(p.customer.trimmed().isEmpty()
                        ? tr("A statement of account is for one customer: give its code")
                        : tr("No customer with the code “%1”").arg(p.customer.trimmed()));
    if (!p.from.isValid() || !p.to.isValid() || p.from > p.to)
        throw Error(tr("A statement of account needs a period (from and to)"));
    const Currency currency = customer->currency;
    CurrencyConversion conversion(m_db, p.reportingCurrency);
    // In a reporting currency each entry (and each open invoice below) is
    // converted at its own date's rate; the balances are sums of those.
    const Currency shown = conversion.isActive() ? conversion.target() : currency;
    auto convert = [&](qint64 minor, const QDate &date) {
        return conversion.isActive() ? conversion.convert(minor, currency, date)
                                     : Money(minor, currency);
    };
    const ChartOfAccounts chart = AccountRepository(m_db).loadChart();
    const QList<qint64> accounts { chart.id(ChartOfAccounts::Role::Receivable),
                                   chart.id(ChartOfAccounts::Role::CustomerCredit) };
    using Type = ReportColumn::Type;
    QList<ReportColumn> columns { { QStringLiteral("date"), tr("Date"), Type::Date },
                                  { QStringLiteral("kind"), tr("Kind"), Type::Text },
                                  { QStringLiteral("document"), tr("Document"), Type::Text },
                                  { QStringLiteral("charges"), tr("Charges"), Type::Money },
                                  { QStringLiteral("credits"), tr("Payments and credits"),
                                    Type::Money },
                                  { QStringLiteral("balance"), tr("Balance"), Type::Money } };
    if (conversion.isActive())
        columns << ReportColumn { QStringLiteral("conversion"), tr("Converted"), Type::Text };
    sink.begin(conversion.title(tr("Statement of account: %1 (%2), %3 to %4")
                                    .arg(customer->name, customer->code,
                                         p.from.toString(Qt::ISODate), p.to.toString(Qt::ISODate))),
               columns);
    // Converted rows name the rate of their date; the others the note.
    auto withNote = [&](QVariantList cells, const QDate &date = {}) {
        if (!conversion.isActive())
            return cells;
        cells << (date.isValid() && currency != shown
                      ? tr("%1 at %2 (%3)")
                            .arg(currency.code(), RateE10::format(conversion.rate(currency, date)),
                                 date.toString(Qt::ISODate))
                      : conversion.note());
        return cells;
    };
    StatementRepository statement(m_db);
    Money balance = Money::zero(shown);
    if (conversion.isActive())
        statement.entries(customer->id, currency.code(), accounts, QDate(1, 1, 1),
                          p.from.addDays(-1), [&](const StatementRepository::Entry &e) {
                              balance += convert(e.debitMinor - e.creditMinor, e.date);
                          });
    else
        balance = Money(statement.balanceBefore(customer->id, currency.code(), accounts, p.from),
                        currency);
    sink.row(withNote({ p.from, tr("Opening balance"), QString(), QVariant(), QVariant(),
                        QVariant::fromValue(balance) }));
    Money charged = Money::zero(shown), credited = Money::zero(shown);
    statement.entries(customer->id, currency.code(), accounts, p.from, p.to,
                      [&](const StatementRepository::Entry &e) {
                          // Net per event: credit held being applied to an invoice moves
                          // nothing the customer owes.
                          if (e.debitMinor == e.creditMinor)
                              return;
                          const Money net = convert(e.debitMinor - e.creditMinor, e.date);
                          balance += net;
                          (net.isPositive() ? charged : credited) += net.isPositive() ? net : -net;
                          sink.row(
                              withNote({ e.date, kindName(e.kind), e.document,
                                         net.isPositive() ? QVariant::fromValue(net) : QVariant(),
                                         net.isNegative() ? QVariant::fromValue(-net) : QVariant(),
                                         QVariant::fromValue(balance) },
                                       e.date));
                      });
    sink.totalRow(withNote({ p.to, tr("Closing balance"), QString(), QVariant::fromValue(charged),
                             QVariant::fromValue(credited), QVariant::fromValue(balance) }));
    // What is open at the end, by how late it is.
    const ReportScope scope { customer->code, QString(), QString() };
    auto bucketRow = [&](int bucket, const Money &open) {
        sink.row(withNote({ p.to, bucketName(bucket), QString(), QVariant(), QVariant(),
                            QVariant::fromValue(open) }));
    };
    if (conversion.isActive()) {
        // Each open invoice at its issue date's rate, then bucketed.
        std::vector<Money> buckets(Aging::bucketCount, Money::zero(shown));
        bool anyOpen = false;
        InvoiceRegister(m_db).openInvoices(
            p.to,
            [&](const InvoiceRegister::OpenInvoice &i) {
                if (i.customerCode != customer->code || i.currency != currency.code())
                    return;
                anyOpen = true;
                buckets[size_t(Aging::bucketOf(i.dueDate, p.to))]
                    += convert(i.openMinor, i.issueDate);
            },
            scope);
        for (int bucket = 0; anyOpen && bucket < Aging::bucketCount; ++bucket)
            bucketRow(bucket, buckets[size_t(bucket)]);
        sink.end();
        return;
    }
    InvoiceRegister(m_db).aging(
        p.to,
        [&](const InvoiceRegister::AgingRow &row) {
            if (row.customerCode != customer->code || row.currency != currency.code())
                return;
            for (int bucket = 0; bucket < Aging::bucketCount; ++bucket)
                bucketRow(bucket, Money(row.buckets[bucket], currency));
        },
        scope);
    sink.end();
}

} // namespace Accrue
