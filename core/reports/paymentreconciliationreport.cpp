#include "reports/paymentreconciliationreport.h"

#include "common/error.h"
#include "money/money.h"
#include "reports/reporttable.h"
#include "storage/bankrepository.h"

#include <QCoreApplication>
#include <limits>

namespace Accrue {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Accrue::PaymentReconciliationReport", text);
}
} // namespace

PaymentReconciliationReport::PaymentReconciliationReport(Database &db)
    : m_db(db)
{
}

void PaymentReconciliationReport::run(const ReportParameters &p, ReportSink &sink)
{
    using Type = ReportColumn::Type;
    BankRepository bank(m_db);
    const QString code = p.account.isEmpty() ? QStringLiteral("MAIN") : p.account;
    const auto account = bank.account(code);
    if (!account)
        throw Error(
            tr("There is no bank account “%1” (import a statement into it first)").arg(code));
    const Currency c = Currency::require(account->currency);
    auto money = [&c](qint64 minor) { return QVariant::fromValue(Money(minor, c)); };
    sink.begin(tr("Payment reconciliation %1, %2 to %3")
                   .arg(code, p.from.toString(Qt::ISODate), p.to.toString(Qt::ISODate)),
               { { QStringLiteral("section"), tr("Section"), Type::Text },
                 { QStringLiteral("date"), tr("Date"), Type::Date },
                 { QStringLiteral("item"), tr("Item"), Type::Text },
                 { QStringLiteral("party"), tr("Counterparty"), Type::Text },
                 { QStringLiteral("currency"), tr("Currency"), Type::Text },
                 { QStringLiteral("amount"), tr("Amount"), Type::Money },
                 { QStringLiteral("state"), tr("State"), Type::Text } });
    const qint64 opening = bank.statementSum(account->id, {}, p.from.addDays(-1));
    const qint64 lines = bank.statementSum(account->id, p.from, p.to);
    const qint64 booked = bank.ledgerBankNet(account->currency, p.from, p.to);
    const QString summary = tr("Summary");
    auto figure = [&](const QString &what, qint64 amount, const QDate &date = {}) {
        sink.totalRow({ summary, date.isValid() ? QVariant(date) : QVariant(QString()), what,
                        QString(), account->currency, money(amount), QString() });
    };
    figure(tr("Statement opening balance"), opening, p.from);
    figure(tr("Statement lines in the period"), lines);
    figure(tr("Statement closing balance"), opening + lines, p.to);
    figure(tr("Booked to the Bank account in the period"), booked);
    figure(tr("Difference (statement less booked)"), lines - booked);

    BankLineFilter filter;
    filter.account = code;
    filter.from = p.from;
    filter.to = p.to;
    bank.list(filter, [&](const BankLine &t) {
        if (t.state == QLatin1String("matched"))
            return;
        sink.row({ tr("Statement line not booked"), t.date,
                   t.reference.isEmpty() ? tr("line #%1").arg(t.id) : t.reference, t.counterparty,
                   t.currency.code(), QVariant::fromValue(t.amount), t.state });
    });
    for (const auto &u : bank.paymentsWithoutLine(account->currency, p.from, p.to))
        sink.row({ tr("Booked, not on the statement"), u.date,
                   tr("payment #%1 %2").arg(u.paymentId).arg(u.reference), u.customer,
                   account->currency, QVariant::fromValue(u.amount), QString() });
    sink.end();
}

} // namespace Accrue
