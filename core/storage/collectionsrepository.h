#pragma once

#include "domain/dispute.h"

#include <QDate>
#include <optional>
#include <vector>

namespace Accrue {

class Database;

// Disputes of invoices (with their notes) and write-offs.
class CollectionsRepository final
{
public:
    // An open invoice more than `days` past due, for a bulk write-off.
    struct OverdueInvoice
    {
        qint64 invoiceId = 0;
        QString number;
        QString customerCode;
        QDate dueDate;
        Money balance;
    };

    explicit CollectionsRepository(Database &db);

    qint64 insertDispute(Dispute &dispute);
    void insertNote(qint64 disputeId, const DisputeNote &note);
    // Closes the open dispute; throws Error if someone closed it meanwhile.
    void resolveDispute(const Dispute &dispute);
    std::optional<Dispute> openDispute(qint64 invoiceId);
    // Every dispute of the invoice, oldest first, with its notes.
    std::vector<Dispute> disputes(qint64 invoiceId);
    bool isDisputed(qint64 invoiceId);
    // The open invoices with an open dispute (what dunning skips).
    std::vector<qint64> disputedInvoiceIds();

    qint64 insertWriteOff(WriteOff &writeOff);
    std::vector<WriteOff> writeOffs(qint64 invoiceId);
    // Open invoices due before asOf - days (that is, more than `days` past
    // due on asOf), oldest due first.
    std::vector<OverdueInvoice> overdue(const QDate &asOf, int days);

private:
    std::vector<DisputeNote> notes(qint64 disputeId);
    Database &m_db;
};

} // namespace Accrue
