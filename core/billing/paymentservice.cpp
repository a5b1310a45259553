#include "billing/paymentservice.h"

#include "billing/session.h"
#include "billing/settlement.h"
#include "common/error.h"
#include "domain/exchangerate.h"
#include "domain/invoice.h"
#include "domain/limits.h"
#include "ledger/postingrules.h"
#include "storage/accountrepository.h"
#include "storage/creditnoterepository.h"
#include "storage/customerrepository.h"
#include "storage/database.h"
#include "storage/exchangeraterepository.h"
#include "storage/invoicerepository.h"
#include "storage/journalrepository.h"
#include "storage/numberseriesrepository.h"
#include "storage/paymentrepository.h"
#include "storage/receiptrepository.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace Accrue {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Accrue::PaymentService", text);
}

QJsonObject settlementJson(const Invoice &inv)
{
    return QJsonObject { { QStringLiteral("number"), inv.number },
                         { QStringLiteral("paid_minor"), inv.paid.minor() },
                         { QStringLiteral("credited_minor"), inv.credited.minor() },
                         { QStringLiteral("balance_minor"), inv.balance.minor() },
                         { QStringLiteral("status"), toString(inv.status) } };
}

// A split's amount in the payment's currency: an empty (default) amount takes
// it, an amount in another currency throws Error.
Money inCurrency(const Money &amount, const Currency &currency)
{
    return Money::zero(currency) + amount;
}

bool fullyCreditNoted(Database &db, const Invoice &inv)
{
    return CreditNoteRepository(db).creditedTotalForInvoice(inv.id, inv.currency) >= inv.total;
}

} // namespace

PaymentService::PaymentService(Session &session)
    : m_session(session)
{
}

QStringList PaymentService::knownMethods()
{
    return { PaymentMethodKind::BankTransfer, PaymentMethodKind::Cheque, PaymentMethodKind::Cash,
             PaymentMethodKind::Card, PaymentMethodKind::DirectDebit };
}

void PaymentService::checkRequest(const Request &req)
{
    if (!req.amount.currency().isValid() || !req.amount.isPositive())
        throw Error(tr("amount: a payment must be a positive amount in a known currency"));
    if (!Limits::isPlausibleAmount(req.amount.minor()))
        throw Error(tr("amount: %1 is larger than Accrue accepts for one payment")
                        .arg(req.amount.toPlainString()));
    if (!req.date.isValid())
        throw Error(tr("date: enter the date the payment was received"));
    if (!Limits::isPlausibleDate(req.date))
        throw Error(tr("date: %1 is not a plausible payment date (years %2 to %3)")
                        .arg(req.date.toString(Qt::ISODate))
                        .arg(Limits::firstYear)
                        .arg(Limits::lastYear));
    if (Limits::hasControlCharacters(req.reference))
        throw Error(tr("reference: contains control characters (such as NUL)"));
    if (!knownMethods().contains(req.method))
        throw Error(tr("method: unknown payment method “%1” (use one of %2)")
                        .arg(req.method, knownMethods().join(QStringLiteral(", "))));
}

Payment PaymentService::record(const Request &req)
{
    m_session.require(Permission::Billing, tr("record payments"));
    checkRequest(req);
    Database &db = m_session.db();
    Transaction tx(db);
    if (!CustomerRepository(db).find(req.customerId))
        throw Error(tr("customer: no such customer"));

    InvoiceRepository invoices(db);
    PaymentRepository payments(db);
    Payment payment;
    payment.customerId = req.customerId;
    payment.receivedDate = req.date;
    payment.amount = req.amount;
    payment.currency = req.amount.currency();
    payment.method = req.method;
    payment.reference = req.reference;

    Money applied = Money::zero(payment.currency);
    std::vector<std::pair<Invoice, Invoice>> changed; // before, after
    for (const Split &split : req.splits) {
        for (const auto &done : changed)
            if (done.first.id == split.invoiceId)
                throw Error(tr("An invoice appears twice in the allocations"));
        invoices.lockForUpdate(split.invoiceId);
        auto inv = invoices.load(split.invoiceId);
        if (!inv || inv->customerId != req.customerId)
            throw Error(tr("An allocation names an invoice of another customer"));
        if (inv->currency != req.amount.currency())
            throw Error(tr("Invoice %1 is in %2, the payment in %3")
                            .arg(inv->number, inv->currency.code(), payment.currency.code()));
        const Money amount = inCurrency(split.amount, inv->currency);
        if (inv->status != InvoiceStatus::Open || !amount.isPositive() || amount > inv->balance)
            throw Error(
                tr("Invoice %1 has %2 open; it cannot take %3")
                    .arg(inv->number, inv->balance.toPlainString(), amount.toPlainString()));
        applied += amount;
        Invoice before = *inv;
        inv->paid += amount;
        settleInvoice(*inv, fullyCreditNoted(db, *inv));
        changed.emplace_back(before, *inv);
    }
    if (applied > payment.amount)
        throw Error(tr("The allocations add up to more than the payment"));
    payment.unapplied = payment.amount - applied;
    payments.insert(payment);

    QJsonArray allocationsJson;
    std::vector<ReceiptLine> receiptLines;
    for (std::size_t i = 0; i < req.splits.size(); ++i) {
        Allocation a { 0,
                       req.splits[i].invoiceId,
                       payment.id,
                       0,
                       inCurrency(req.splits[i].amount, payment.currency),
                       req.date };
        payments.insertAllocation(a);
        invoices.updateSettlement(changed[i].second);
        receiptLines.push_back(
            { a.invoiceId, changed[i].second.number, a.amount, changed[i].second.balance });
        allocationsJson.append(
            QJsonObject { { QStringLiteral("invoice"), changed[i].second.number },
                          { QStringLiteral("amount_minor"), a.amount.minor() } });
        m_session.audit().append(QStringLiteral("invoice.settle"), QStringLiteral("invoice"),
                                 QString::number(a.invoiceId), settlementJson(changed[i].first),
                                 settlementJson(changed[i].second));
    }
    const PostingRules rules(AccountRepository(db).loadChart());
    JournalEntry entry = rules.paymentReceived(payment, applied);
    JournalRepository(db).insert(entry);
    m_session.audit().append(
        QStringLiteral("payment.record"), QStringLiteral("payment"), QString::number(payment.id),
        {},
        QJsonObject {
            { QStringLiteral("customer_id"), payment.customerId },
            { QStringLiteral("received_date"), payment.receivedDate.toString(Qt::ISODate) },
            { QStringLiteral("amount_minor"), payment.amount.minor() },
            { QStringLiteral("currency"), payment.currency.code() },
            { QStringLiteral("method"), payment.method },
            { QStringLiteral("reference"), payment.reference },
            { QStringLiteral("unapplied_minor"), payment.unapplied.minor() },
            { QStringLiteral("allocations"), allocationsJson } });
    issueReceipt(payment, std::move(receiptLines));
    tx.commit();
    return payment;
}

Receipt PaymentService::issueReceipt(const Payment &payment, std::vector<ReceiptLine> lines)
{
    Database &db = m_session.db();
    Receipt receipt;
    receipt.paymentId = payment.id;
    receipt.issueDate = payment.receivedDate;
    receipt.userName = m_session.userName();
    receipt.lines = std::move(lines);
    // The series is the receipt prefix from the company settings (RCT by
    // default), by the year the payment was received, like invoice numbers.
    const QString series = m_session.reference().company().receiptPrefix;
    const int year = payment.receivedDate.year();
    receipt.number = NumberSeriesRepository::format(series, year,
                                                    NumberSeriesRepository(db).take(series, year));
    ReceiptRepository(db).insert(receipt);
    QJsonArray settled;
    for (const ReceiptLine &line : receipt.lines)
        settled.append(
            QJsonObject { { QStringLiteral("invoice"), line.invoiceNumber },
                          { QStringLiteral("applied_minor"), line.applied.minor() },
                          { QStringLiteral("balance_after_minor"), line.balanceAfter.minor() } });
    m_session.audit().append(
        QStringLiteral("receipt.issue"), QStringLiteral("receipt"), QString::number(receipt.id), {},
        QJsonObject { { QStringLiteral("number"), receipt.number },
                      { QStringLiteral("payment_id"), payment.id },
                      { QStringLiteral("issue_date"), receipt.issueDate.toString(Qt::ISODate) },
                      { QStringLiteral("amount_minor"), payment.amount.minor() },
                      { QStringLiteral("currency"), payment.currency.code() },
                      { QStringLiteral("invoices"), settled } });
    return receipt;
}

Payment PaymentService::payInvoice(qint64 invoiceId, const Money &amount, const QDate &date,
                                   const QString &method, const QString &reference,
                                   const Rate &rate)
{
    m_session.require(Permission::Billing, tr("record payments"));
    Database &db = m_session.db();
    Transaction tx(db);
    InvoiceRepository(db).lockForUpdate(invoiceId);
    const auto inv = InvoiceRepository(db).load(invoiceId);
    if (!inv)
        throw Error(tr("No invoice with id %1").arg(invoiceId));
    if (inv->status != InvoiceStatus::Open)
        throw Error(tr("Invoice %1 is %2 and takes no payment")
                        .arg(inv->number.isEmpty() ? tr("(draft)") : inv->number,
                             displayName(inv->displayStatus(date))));
    if (amount.currency() != inv->currency) {
        qint64 rateE10 = rate.rateE10;
        if (rateE10 <= 0 && rate.fromBook) {
            const std::optional<qint64> stored
                = ExchangeRateRepository(db).rateOn(amount.currency(), inv->currency, date);
            if (!stored)
                throw Error(tr("rate: the book has no exchange rate %1/%2 on or before %3")
                                .arg(amount.currency().code(), inv->currency.code(),
                                     date.toString(Qt::ISODate)));
            rateE10 = *stored;
        }
        if (rateE10 <= 0)
            throw Error(tr("Invoice %1 is in %2, the payment in %3: give the exchange rate "
                           "(%3 to %2) or take the book's rate of the payment date")
                            .arg(inv->number, inv->currency.code(), amount.currency().code()));
        Payment payment = payForeign(*inv, amount, date, method, reference, rateE10);
        tx.commit();
        return payment;
    }
    Request req;
    req.customerId = inv->customerId;
    req.date = date;
    req.amount = amount;
    req.method = method;
    req.reference = reference;
    if (amount.isPositive())
        req.splits.push_back({ invoiceId, std::min(amount, inv->balance) });
    Payment payment = record(req);
    tx.commit();
    return payment;
}

Payment PaymentService::payForeign(const Invoice &inv, const Money &amount, const QDate &date,
                                   const QString &method, const QString &reference, qint64 rateE10)
{
    const Request req { inv.customerId, date, amount, method, reference, {} };
    checkRequest(req);
    Database &db = m_session.db();
    const Money converted = amount.convertedTo(inv.currency, rateE10);
    if (!converted.isPositive())
        throw Error(tr("amount: %1 %2 at %3 is less than the smallest unit of %4")
                        .arg(amount.toPlainString(), amount.currency().code(),
                             RateE10::format(rateE10), inv.currency.code()));
    const Money tolerance = inv.balance.percentOf(fxToleranceBp);
    // Above the balance by more than the tolerance: refused, not kept as
    // credit. The excess would be customer credit in the payment's currency
    // held against invoices in another, which nothing else in the book
    // applies; the person recording it splits the payment instead.
    if (converted > inv.balance + tolerance)
        throw Error(tr("amount: %1 %2 at %3 is %4 %5, more than the %6 %5 invoice %7 has open "
                       "by over 2 %; record the excess as a separate payment")
                        .arg(amount.toPlainString(), amount.currency().code(),
                             RateE10::format(rateE10), converted.toPlainString(),
                             inv.currency.code(), inv.balance.toPlainString(), inv.number));
    // Within the tolerance the invoice is settled and the difference is an
    // exchange gain (converted above the balance) or loss (below); further
    // below, the converted amount is applied and the rest stays open.
    const Money applied = converted < inv.balance - tolerance ? converted : inv.balance;
    const Money difference = converted - applied;

    Invoice after = inv;
    after.paid += applied;
    settleInvoice(after, fullyCreditNoted(db, after));
    PaymentRepository payments(db);
    Payment payment;
    payment.customerId = inv.customerId;
    payment.receivedDate = date;
    payment.amount = amount;
    payment.currency = amount.currency();
    payment.method = method;
    payment.reference = reference;
    payment.unapplied = Money::zero(amount.currency());
    payments.insert(payment);
    Allocation a { 0, inv.id, payment.id, 0, applied, date };
    payments.insertAllocation(a);
    payments.setAllocationExchange(a.id, { amount, rateE10 });
    InvoiceRepository(db).updateSettlement(after);
    m_session.audit().append(QStringLiteral("invoice.settle"), QStringLiteral("invoice"),
                             QString::number(inv.id), settlementJson(inv), settlementJson(after));

    // Each entry balances in its own currency; FX clearing holds the
    // payment's currency on one side and the invoice's on the other.
    const ChartOfAccounts chart = AccountRepository(db).loadChart();
    using Role = ChartOfAccounts::Role;
    JournalEntry received;
    received.date = date;
    received.kind = QStringLiteral("payment_received");
    received.sourceType = QStringLiteral("payment");
    received.sourceId = payment.id;
    received.currency = amount.currency();
    received.memo = reference;
    received.debit(chart.id(Role::Bank), amount, inv.customerId);
    received.credit(chart.id(Role::FxClearing), amount);
    JournalRepository(db).insert(received);
    JournalEntry exchanged;
    exchanged.date = date;
    exchanged.kind = QStringLiteral("payment_exchanged");
    exchanged.sourceType = QStringLiteral("payment");
    exchanged.sourceId = payment.id;
    exchanged.currency = inv.currency;
    exchanged.memo = inv.number;
    exchanged.debit(chart.id(Role::FxClearing), converted);
    exchanged.credit(chart.id(Role::Receivable), applied, inv.customerId);
    exchanged.credit(chart.id(Role::FxGainLoss), difference); // a loss flips to a debit
    JournalRepository(db).insert(exchanged);

    m_session.audit().append(
        QStringLiteral("payment.record"), QStringLiteral("payment"), QString::number(payment.id),
        {},
        QJsonObject { { QStringLiteral("customer_id"), payment.customerId },
                      { QStringLiteral("received_date"), date.toString(Qt::ISODate) },
                      { QStringLiteral("amount_minor"), amount.minor() },
                      { QStringLiteral("currency"), amount.currency().code() },
                      { QStringLiteral("method"), method },
                      { QStringLiteral("reference"), reference },
                      { QStringLiteral("rate"), RateE10::format(rateE10) },
                      { QStringLiteral("converted_minor"), converted.minor() },
                      { QStringLiteral("invoice_currency"), inv.currency.code() },
                      { QStringLiteral("fx_difference_minor"), difference.minor() },
                      { QStringLiteral("allocations"),
                        QJsonArray { QJsonObject {
                            { QStringLiteral("invoice"), inv.number },
                            { QStringLiteral("amount_minor"), applied.minor() } } } } });
    issueReceipt(payment, { { inv.id, inv.number, applied, after.balance } });
    return payment;
}

Money PaymentService::applyCredit(qint64 invoiceId, const Money &max, const QDate &date)
{
    m_session.require(Permission::Billing, tr("apply customer credit"));
    Database &db = m_session.db();
    Transaction tx(db);
    if (max.isNegative())
        throw Error(tr("amount: the credit to apply cannot be negative"));
    InvoiceRepository invoices(db);
    PaymentRepository payments(db);
    invoices.lockForUpdate(invoiceId);
    auto inv = invoices.load(invoiceId);
    if (!inv || inv->status != InvoiceStatus::Open)
        throw Error(tr("Credit can only be applied to an open invoice"));
    if (date < inv->issueDate)
        throw Error(tr("date: credit cannot be applied before the invoice was issued"));
    CustomerRepository(db).lockForUpdate(inv->customerId);
    Money wanted = max.isPositive() ? std::min(max, inv->balance) : inv->balance;
    const Invoice before = *inv;
    Money applied = Money::zero(inv->currency);
    for (const auto &source : payments.creditSources(inv->customerId, inv->currency)) {
        if (wanted.isZero())
            break;
        const Money take = std::min(wanted, source.unapplied);
        Allocation a { 0, invoiceId, source.paymentId, source.creditNoteId, take, date };
        payments.insertAllocation(a);
        payments.consumeCredit(source, take);
        if (source.paymentId)
            inv->paid += take;
        else
            inv->credited += take;
        wanted -= take;
        applied += take;
    }
    if (applied.isZero())
        throw Error(tr("The customer holds no credit in %1").arg(inv->currency.code()));
    settleInvoice(*inv, fullyCreditNoted(db, *inv));
    invoices.updateSettlement(*inv);
    const PostingRules rules(AccountRepository(db).loadChart());
    JournalEntry entry = rules.creditApplied(inv->customerId, date, applied, invoiceId);
    entry.memo = inv->number;
    JournalRepository(db).insert(entry);
    m_session.audit().append(QStringLiteral("invoice.apply_credit"), QStringLiteral("invoice"),
                             QString::number(invoiceId), settlementJson(before),
                             settlementJson(*inv));
    tx.commit();
    return applied;
}

Money PaymentService::customerCredit(qint64 customerId, const Currency &currency)
{
    Money sum = Money::zero(currency);
    for (const auto &source : PaymentRepository(m_session.db()).creditSources(customerId, currency))
        sum += source.unapplied;
    return sum;
}

void PaymentService::reverse(qint64 paymentId, const QDate &date, const QString &reason)
{
    m_session.require(Permission::Billing, tr("reverse payments"));
    Database &db = m_session.db();
    Transaction tx(db);
    PaymentRepository payments(db);
    const auto payment = payments.find(paymentId);
    if (!payment)
        throw Error(tr("There is no payment #%1").arg(paymentId));
    CustomerRepository(db).lockForUpdate(payment->customerId);
    if (payments.isReversed(paymentId))
        throw Error(tr("Payment #%1 was reversed already").arg(paymentId));
    if (!date.isValid() || date < payment->receivedDate)
        throw Error(tr("date: a payment is reversed on or after the day it was received"));

    InvoiceRepository invoices(db);
    const std::vector<Allocation> allocations = payments.liveAllocations(paymentId);
    const ChartOfAccounts chart = AccountRepository(db).loadChart();
    Money allocated = Money::zero(payment->currency);
    Money exchanged = Money::zero(payment->currency); // paid into invoices of other currencies
    std::vector<JournalEntry> exchangeBacks;
    for (const Allocation &a : allocations) {
        invoices.lockForUpdate(a.invoiceId);
        Invoice inv = *invoices.load(a.invoiceId);
        const Invoice before = inv;
        inv.paid -= a.amount;
        settleInvoice(inv, false);
        invoices.updateSettlement(inv);
        m_session.audit().append(QStringLiteral("invoice.settle"), QStringLiteral("invoice"),
                                 QString::number(inv.id), settlementJson(before),
                                 settlementJson(inv));
        const std::optional<AllocationExchange> x = payments.allocationExchange(a.id);
        if (!x) {
            allocated += a.amount;
            continue;
        }
        // Undo the exchange entry in the invoice's currency at its own rate.
        exchanged += x->paymentAmount;
        const Money converted = x->paymentAmount.convertedTo(inv.currency, x->rateE10);
        JournalEntry back;
        back.date = date;
        back.kind = QStringLiteral("payment_exchanged_reversed");
        back.sourceType = QStringLiteral("payment");
        back.sourceId = paymentId;
        back.currency = inv.currency;
        back.memo = reason;
        back.credit(chart.id(ChartOfAccounts::Role::FxClearing), converted);
        back.debit(chart.id(ChartOfAccounts::Role::Receivable), a.amount, payment->customerId);
        back.debit(chart.id(ChartOfAccounts::Role::FxGainLoss), converted - a.amount);
        exchangeBacks.push_back(back);
    }
    JournalEntry entry;
    entry.date = date;
    entry.kind = QStringLiteral("payment_reversed");
    entry.sourceType = QStringLiteral("payment");
    entry.sourceId = paymentId;
    entry.currency = payment->currency;
    entry.memo = reason;
    entry.credit(chart.id(ChartOfAccounts::Role::Bank), payment->amount);
    entry.debit(chart.id(ChartOfAccounts::Role::Receivable), allocated, payment->customerId);
    entry.debit(chart.id(ChartOfAccounts::Role::FxClearing), exchanged);
    entry.debit(chart.id(ChartOfAccounts::Role::CustomerCredit), payment->unapplied,
                payment->customerId);
    JournalRepository(db).insert(entry);
    for (JournalEntry &back : exchangeBacks)
        JournalRepository(db).insert(back);
    for (const Allocation &a : allocations)
        payments.insertAllocationReversal(a, date, entry.id);
    payments.markReversed(paymentId, date);
    m_session.audit().append(
        QStringLiteral("payment.reverse"), QStringLiteral("payment"), QString::number(paymentId),
        QJsonObject { { QStringLiteral("unapplied_minor"), payment->unapplied.minor() },
                      { QStringLiteral("allocated_minor"), allocated.minor() } },
        QJsonObject { { QStringLiteral("reversed_date"), date.toString(Qt::ISODate) },
                      { QStringLiteral("reason"), reason },
                      { QStringLiteral("entry"), entry.id } });
    tx.commit();
}

} // namespace Accrue
