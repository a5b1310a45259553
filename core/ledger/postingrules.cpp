#include "ledger/postingrules.h"

#include "domain/creditnote.h"
#include "domain/invoice.h"
#include "domain/limits.h"
#include "domain/payment.h"

#include <map>

namespace Accrue {

using Role = ChartOfAccounts::Role;

PostingRules::PostingRules(ChartOfAccounts chart)
    : m_chart(std::move(chart))
{
}

JournalEntry PostingRules::invoiceIssued(const Invoice &invoice) const
{
    JournalEntry entry;
    entry.date = invoice.issueDate;
    entry.kind = QStringLiteral("invoice_issued");
    entry.sourceType = QStringLiteral("invoice");
    entry.sourceId = invoice.id;
    entry.currency = invoice.currency.code();
    entry.memo = invoice.number;
    entry.debit(m_chart.id(Role::Receivable), invoice.totalMinor, invoice.customerId);
    // std::map keeps revenue lines in account order: stable, readable entries.
    std::map<qint64, qint64> revenueByAccount;
    for (const InvoiceLine &line : invoice.lines) {
        const qint64 account
            = line.revenueAccountId ? line.revenueAccountId : m_chart.id(Role::Revenue);
        revenueByAccount[account] = Limits::checkedAdd(revenueByAccount[account], line.netMinor);
    }
    for (const auto &[account, amount] : revenueByAccount)
        entry.credit(account, amount, invoice.customerId);
    entry.credit(m_chart.id(Role::TaxPayable), invoice.taxMinor, invoice.customerId);
    return entry;
}

JournalEntry PostingRules::paymentReceived(const Payment &payment, qint64 appliedMinor) const
{
    JournalEntry entry;
    entry.date = payment.receivedDate;
    entry.kind = QStringLiteral("payment_received");
    entry.sourceType = QStringLiteral("payment");
    entry.sourceId = payment.id;
    entry.currency = payment.currency;
    entry.memo = payment.reference;
    entry.debit(m_chart.id(Role::Bank), payment.amountMinor, payment.customerId);
    entry.credit(m_chart.id(Role::Receivable), appliedMinor, payment.customerId);
    entry.credit(m_chart.id(Role::CustomerCredit), payment.amountMinor - appliedMinor,
                 payment.customerId);
    return entry;
}

JournalEntry PostingRules::creditApplied(qint64 customerId, const QString &currency,
                                         const QDate &date, qint64 amountMinor,
                                         qint64 invoiceId) const
{
    JournalEntry entry;
    entry.date = date;
    entry.kind = QStringLiteral("credit_applied");
    entry.sourceType = QStringLiteral("invoice");
    entry.sourceId = invoiceId;
    entry.currency = currency;
    entry.debit(m_chart.id(Role::CustomerCredit), amountMinor, customerId);
    entry.credit(m_chart.id(Role::Receivable), amountMinor, customerId);
    return entry;
}

JournalEntry PostingRules::creditNoteIssued(const CreditNote &note, qint64 appliedMinor) const
{
    JournalEntry entry;
    entry.date = note.issueDate;
    entry.kind = QStringLiteral("credit_note_issued");
    entry.sourceType = QStringLiteral("credit_note");
    entry.sourceId = note.id;
    entry.currency = note.currency;
    entry.memo = note.number;
    std::map<qint64, qint64> revenueByAccount;
    for (const CreditNoteLine &line : note.lines)
        revenueByAccount[line.revenueAccountId]
            = Limits::checkedAdd(revenueByAccount[line.revenueAccountId], line.netMinor);
    for (const auto &[account, amount] : revenueByAccount)
        entry.debit(account, amount, note.customerId);
    entry.debit(m_chart.id(Role::TaxPayable), note.taxMinor, note.customerId);
    entry.credit(m_chart.id(Role::Receivable), appliedMinor, note.customerId);
    entry.credit(m_chart.id(Role::CustomerCredit), note.totalMinor - appliedMinor, note.customerId);
    return entry;
}

} // namespace Accrue
