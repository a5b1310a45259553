#include "reports/statementofaccountreport.h"

#include "common/error.h"
#include "domain/agingbucket.h"
#include "money/money.h"
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
    const ChartOfAccounts chart = AccountRepository(m_db).loadChart();
    const QList<qint64> accounts { chart.id(ChartOfAccounts::Role::Receivable),
                                   chart.id(ChartOfAccounts::Role::CustomerCredit) };
    using Type = ReportColumn::Type;
    sink.begin(tr("Statement of account: %1 (%2), %3 to %4")
                   .arg(customer->name, customer->code, p.from.toString(Qt::ISODate),
                        p.to.toString(Qt::ISODate)),
               { { QStringLiteral("date"), tr("Date"), Type::Date },
                 { QStringLiteral("kind"), tr("Kind"), Type::Text },
                 { QStringLiteral("document"), tr("Document"), Type::Text },
                 { QStringLiteral("charges"), tr("Charges"), Type::Money },
                 { QStringLiteral("credits"), tr("Payments and credits"), Type::Money },
                 { QStringLiteral("balance"), tr("Balance"), Type::Money } });
    auto money = [&currency](qint64 minor) { return QVariant::fromValue(Money(minor, currency)); };
    StatementRepository statement(m_db);
    Money balance(statement.balanceBefore(customer->id, currency.code(), accounts, p.from),
                  currency);
    sink.row({ p.from, tr("Opening balance"), QString(), QVariant(), QVariant(),
               QVariant::fromValue(balance) });
    Money charged = Money::zero(currency), credited = Money::zero(currency);
    statement.entries(customer->id, currency.code(), accounts, p.from, p.to,
                      [&](const StatementRepository::Entry &e) {
                          // Net per event: credit held being applied to an
                          // invoice moves nothing the customer owes.
                          const Money net(e.debitMinor - e.creditMinor, currency);
                          if (net.isZero())
                              return;
                          balance += net;
                          (net.isPositive() ? charged : credited) += net.isPositive() ? net : -net;
                          sink.row({ e.date, kindName(e.kind), e.document,
                                     net.isPositive() ? QVariant::fromValue(net) : QVariant(),
                                     net.isNegative() ? QVariant::fromValue(-net) : QVariant(),
                                     QVariant::fromValue(balance) });
                      });
    sink.totalRow({ p.to, tr("Closing balance"), QString(), QVariant::fromValue(charged),
                    QVariant::fromValue(credited), QVariant::fromValue(balance) });
    // What is open at the end, by how late it is.
    InvoiceRegister(m_db).aging(
        p.to,
        [&](const InvoiceRegister::AgingRow &row) {
            if (row.customerCode != customer->code || row.currency != currency.code())
                return;
            for (int bucket = 0; bucket < Aging::bucketCount; ++bucket)
                sink.row({ p.to, bucketName(bucket), QString(), QVariant(), QVariant(),
                           money(row.buckets[bucket]) });
        },
        ReportScope { customer->code, QString(), QString() });
    sink.end();
}

} // namespace Accrue
