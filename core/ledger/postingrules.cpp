#include "ledger/postingrules.h"

#include "domain/creditnote.h"
#include "domain/invoice.h"
#include "domain/payment.h"
#include "ledger/recognitionschedule.h"

#include <map>

namespace Accrue {

using Role = ChartOfAccounts::Role;

PostingRules::PostingRules(ChartOfAccounts chart)
    : m_chart(std::move(chart))
{
}

JournalEntry PostingRules::invoiceIssued(const Invoice &invoice,
                                         const std::map<qint64, Money> &accruedByLine) const
{
    JournalEntry entry;
    entry.date = invoice.issueDate;
    entry.kind = QStringLiteral("invoice_issued");
    entry.sourceType = QStringLiteral("invoice");
    entry.sourceId = invoice.id;
    entry.currency = invoice.currency;
    entry.memo = invoice.number;
    entry.debit(m_chart.id(Role::Receivable), invoice.total, invoice.customerId);
    // std::map keeps revenue lines in account order: stable, readable entries.
    std::map<qint64, Money> revenueByAccount;
    Money deferred = Money::zero(invoice.currency);
    Money unbilled = Money::zero(invoice.currency);
    for (const InvoiceLine &line : invoice.lines) {
        const qint64 account
            = line.revenueAccountId ? line.revenueAccountId : m_chart.id(Role::Revenue);
        const auto accruedIt = accruedByLine.find(line.id);
        const Money accrued = Money::zero(invoice.currency)
            + (accruedIt == accruedByLine.end() ? Money() : accruedIt->second);
        const Money earned = RecognitionSchedule::earnedBy(
            RecognitionSchedule::forIssue(line, invoice.issueDate, {}, accrued), invoice.issueDate);
        revenueByAccount[account] += earned - accrued;
        unbilled += accrued;
        deferred += line.net - earned;
    }
    for (const auto &[account, amount] : revenueByAccount)
        entry.credit(account, amount, invoice.customerId);
    if (!deferred.isZero())
        entry.credit(m_chart.id(Role::DeferredRevenue), deferred, invoice.customerId);
    if (!unbilled.isZero())
        entry.credit(m_chart.id(Role::UnbilledRevenue), unbilled, invoice.customerId);
    entry.credit(m_chart.id(Role::TaxPayable), invoice.tax, invoice.customerId);
    return entry;
}

JournalEntry PostingRules::revenueRecognized(const Currency &currency, const QDate &date,
                                             const ByAccount &amounts) const
{
    return moved(QStringLiteral("revenue_recognized"), QStringLiteral("recognition"), 0, currency,
                 date, amounts, Role::DeferredRevenue, Side::CreditRevenue);
}

JournalEntry PostingRules::usageAccrued(const Currency &currency, const QDate &date,
                                        const ByAccount &amounts) const
{
    return moved(QStringLiteral("usage_accrued"), QStringLiteral("recognition"), 0, currency, date,
                 amounts, Role::UnbilledRevenue, Side::CreditRevenue);
}

JournalEntry PostingRules::revenueDeferred(const Currency &currency, const QDate &date,
                                           const ByAccount &amounts, qint64 invoiceId) const
{
    return moved(QStringLiteral("revenue_deferred"), QStringLiteral("invoice"), invoiceId, currency,
                 date, amounts, Role::DeferredRevenue, Side::DebitRevenue);
}

JournalEntry PostingRules::moved(const QString &kind, const QString &sourceType, qint64 sourceId,
                                 const Currency &currency, const QDate &date,
                                 const ByAccount &amounts, ChartOfAccounts::Role contra,
                                 Side side) const
{
    // The revenue accounts' lines first, then their sum on the other side
    // of `contra`: the order the exports and their tests read.
    JournalEntry entry;
    entry.date = date;
    entry.kind = kind;
    entry.sourceType = sourceType;
    entry.sourceId = sourceId;
    entry.currency = currency;
    Money total = Money::zero(currency);
    for (const auto &[account, amount] : amounts) {
        if (side == Side::CreditRevenue)
            entry.credit(account, amount);
        else
            entry.debit(account, amount);
        total += amount;
    }
    if (side == Side::CreditRevenue)
        entry.debit(m_chart.id(contra), total);
    else
        entry.credit(m_chart.id(contra), total);
    return entry;
}

JournalEntry PostingRules::paymentReceived(const Payment &payment, const Money &applied) const
{
    JournalEntry entry;
    entry.date = payment.receivedDate;
    entry.kind = QStringLiteral("payment_received");
    entry.sourceType = QStringLiteral("payment");
    entry.sourceId = payment.id;
    entry.currency = payment.currency;
    entry.memo = payment.reference;
    entry.debit(m_chart.id(Role::Bank), payment.amount, payment.customerId);
    entry.credit(m_chart.id(Role::Receivable), applied, payment.customerId);
    entry.credit(m_chart.id(Role::CustomerCredit), payment.amount - applied, payment.customerId);
    return entry;
}

JournalEntry PostingRules::creditApplied(qint64 customerId, const QDate &date, const Money &amount,
                                         qint64 invoiceId) const
{
    JournalEntry entry;
    entry.date = date;
    entry.kind = QStringLiteral("credit_applied");
    entry.sourceType = QStringLiteral("invoice");
    entry.sourceId = invoiceId;
    entry.currency = amount.currency();
    entry.debit(m_chart.id(Role::CustomerCredit), amount, customerId);
    entry.credit(m_chart.id(Role::Receivable), amount, customerId);
    return entry;
}

JournalEntry PostingRules::creditNoteIssued(const CreditNote &note, const Money &applied,
                                            const std::map<qint64, Money> &deferredByLine) const
{
    JournalEntry entry;
    entry.date = note.issueDate;
    entry.kind = QStringLiteral("credit_note_issued");
    entry.sourceType = QStringLiteral("credit_note");
    entry.sourceId = note.id;
    entry.currency = note.currency;
    entry.memo = note.number;
    std::map<qint64, Money> revenueByAccount;
    Money deferred = Money::zero(note.currency);
    for (const CreditNoteLine &line : note.lines) {
        const auto it = deferredByLine.find(line.invoiceLineId);
        const Money part = Money::zero(note.currency)
            + (it == deferredByLine.end() || line.invoiceLineId == 0 ? Money() : it->second);
        revenueByAccount[line.revenueAccountId] += line.net - part;
        deferred += part;
    }
    for (const auto &[account, amount] : revenueByAccount)
        entry.debit(account, amount, note.customerId);
    if (!deferred.isZero())
        entry.debit(m_chart.id(Role::DeferredRevenue), deferred, note.customerId);
    entry.debit(m_chart.id(Role::TaxPayable), note.tax, note.customerId);
    entry.credit(m_chart.id(Role::Receivable), applied, note.customerId);
    entry.credit(m_chart.id(Role::CustomerCredit), note.total - applied, note.customerId);
    return entry;
}

} // namespace Accrue
