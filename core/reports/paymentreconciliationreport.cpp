#include "reports/paymentreconciliationreport.h"

#include "common/error.h"
#include "money/money.h"
#include "reports/currencyconversion.h"
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
    CurrencyConversion conversion(m_db, p.reportingCurrency);
    // Converted: every amount at its own date's rate (a statement line's
    // booking date, a payment's or journal line's date), every figure a sum
    // of converted amounts, so the difference still reads line by line.
    const bool converting = conversion.isActive() && conversion.target() != c;
    const QString shownCurrency
        = conversion.isActive() ? conversion.target().code() : account->currency;
    auto shown = [&](qint64 minor, const QDate &date) {
        return converting ? conversion.convert(minor, c, date) : Money(minor, c);
    };
    QList<ReportColumn> columns { { QStringLiteral("section"), tr("Section"), Type::Text },
                                  { QStringLiteral("date"), tr("Date"), Type::Date },
                                  { QStringLiteral("item"), tr("Item"), Type::Text },
                                  { QStringLiteral("party"), tr("Counterparty"), Type::Text },
                                  { QStringLiteral("currency"), tr("Currency"), Type::Text },
                                  { QStringLiteral("amount"), tr("Amount"), Type::Money },
                                  { QStringLiteral("state"), tr("State"), Type::Text } };
    if (conversion.isActive())
        columns << ReportColumn { QStringLiteral("conversion"), tr("Converted"), Type::Text };
    sink.begin(
        conversion.title(tr("Payment reconciliation %1, %2 to %3")
                             .arg(code, p.from.toString(Qt::ISODate), p.to.toString(Qt::ISODate))),
        columns);
    auto withNote = [&](QVariantList cells, const QDate &date = {}) {
        if (!conversion.isActive())
            return cells;
        cells << (converting && date.isValid()
                      ? tr("%1 at %2 (%3)")
                            .arg(c.code(), RateE10::format(conversion.rate(c, date)),
                                 date.toString(Qt::ISODate))
                      : conversion.note());
        return cells;
    };
    qint64 opening = 0, lines = 0, booked = 0;
    if (converting) {
        auto sumInto = [&](qint64 &sum) {
            return [&](const QDate &date, qint64 minor) { sum += shown(minor, date).minor(); };
        };
        bank.statementAmounts(account->id, {}, p.from.addDays(-1), sumInto(opening));
        bank.statementAmounts(account->id, p.from, p.to, sumInto(lines));
        bank.ledgerBankAmounts(account->currency, p.from, p.to, sumInto(booked));
    } else {
        opening = bank.statementSum(account->id, {}, p.from.addDays(-1));
        lines = bank.statementSum(account->id, p.from, p.to);
        booked = bank.ledgerBankNet(account->currency, p.from, p.to);
    }
    const Currency shownAs = Currency::require(shownCurrency);
    auto money = [&shownAs](qint64 minor) { return QVariant::fromValue(Money(minor, shownAs)); };
    const QString summary = tr("Summary");
    auto figure = [&](const QString &what, qint64 amount, const QDate &date = {}) {
        sink.totalRow(withNote({ summary, date.isValid() ? QVariant(date) : QVariant(QString()),
                                 what, QString(), shownCurrency, money(amount), QString() }));
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
        sink.row(
            withNote({ tr("Statement line not booked"), t.date,
                       t.reference.isEmpty() ? tr("line #%1").arg(t.id) : t.reference,
                       t.counterparty, converting ? shownCurrency : t.currency.code(),
                       QVariant::fromValue(converting ? shown(t.amount.minor(), t.date) : t.amount),
                       t.state },
                     t.date));
    });
    for (const auto &u : bank.paymentsWithoutLine(account->currency, p.from, p.to))
        sink.row(withNote(
            { tr("Booked, not on the statement"), u.date,
              tr("payment #%1 %2").arg(u.paymentId).arg(u.reference), u.customer, shownCurrency,
              QVariant::fromValue(converting ? shown(u.amount.minor(), u.date) : u.amount),
              QString() },
            u.date));
    sink.end();
}

} // namespace Accrue
