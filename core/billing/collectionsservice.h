#pragma once

#include "domain/dispute.h"
#include "storage/collectionsrepository.h"

#include <QDate>
#include <QString>
#include <vector>

namespace Accrue {

class Session;

// Collecting what customers owe when it goes wrong: invoices put in dispute
// (with notes, until resolved by a credit note, a write-off or withdrawal)
// and open balances written off as bad debts. Billing permission (Finance or
// Admin) for every change; each runs in one transaction with its audit record.
class CollectionsService final
{
public:
    using OverdueInvoice = CollectionsRepository::OverdueInvoice;

    explicit CollectionsService(Session &session);

    // Puts an open invoice in dispute; throws Error if it is already.
    Dispute openDispute(qint64 invoiceId, const QString &reason, const QString &note = {},
                        const QDate &date = {});
    void addNote(qint64 invoiceId, const QString &note);
    // Closes the invoice's open dispute. Resolving by a credit note expects
    // the note issued (CreditNoteService) before; by a write-off, use
    // writeOff(), which resolves the dispute itself.
    Dispute resolveDispute(qint64 invoiceId, DisputeResolution how, const QDate &date = {});
    // Dunning's question: does the invoice have an open dispute?
    bool isDisputed(qint64 invoiceId);
    // The open invoices in dispute, for dunning to skip.
    std::vector<qint64> disputedInvoiceIds();
    std::vector<Dispute> history(qint64 invoiceId);

    // Writes the invoice's whole open balance off as a bad debt:
    // Dr Bad debts / Cr AR, the invoice leaves AR (uncollectible, balance 0)
    // and an open dispute is resolved as written off.
    WriteOff writeOff(qint64 invoiceId, const QString &reason, const QDate &date = {});
    // The invoice's write-offs, oldest first (one at most, in practice).
    std::vector<WriteOff> writeOffs(qint64 invoiceId);
    // The open invoices more than `days` past due on asOf (90: the aging
    // report's 90+ bucket), what writeOffOverdue() would write off.
    std::vector<OverdueInvoice> overdue(const QDate &asOf, int days = 90);
    // Writes them all off, dated asOf, in one transaction with one reason.
    std::vector<WriteOff> writeOffOverdue(const QDate &asOf, int days, const QString &reason);
    // Writes the chosen invoices off (those a user kept ticked in the list
    // overdue() gave), dated `date`, all or none in one transaction: one
    // write-off and audit record per invoice.
    std::vector<WriteOff> writeOffInvoices(const std::vector<qint64> &invoiceIds,
                                           const QString &reason, const QDate &date);

private:
    WriteOff writeOffLocked(qint64 invoiceId, const QString &reason, const QDate &date);
    void resolveLocked(const Dispute &open, DisputeResolution how, const QDate &date,
                       const QString &invoiceNumber);
    static QString checkedText(const QString &text, const QString &field, bool required);

    Session &m_session;
};

} // namespace Accrue
