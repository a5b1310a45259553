#pragma once

#include "domain/invoice.h"
#include "domain/recognition.h"

#include <QDate>
#include <QStringList>
#include <vector>

namespace Accrue {

class Database;

// Recognition schedules, milestones and usage records (schema 14). The
// sums the recognition run posts are made here, in SQL, so a run over
// millions of rows reads them once.
class RecognitionRepository final
{
public:
    // Due schedule rows (or unaccrued usage) summed per currency, date and
    // revenue account.
    struct DueGroup
    {
        QString currency;
        QDate date;
        qint64 accountId = 0;
        qint64 amountMinor = 0;
        qint64 rows = 0;
    };

    // A line of an issued invoice that has no schedule rows (a book from
    // before schema 14), with what its catch-up needs.
    struct UnscheduledLine
    {
        qint64 invoiceId = 0;
        QDate issueDate;
        qint64 issueEntryId = 0; // the entry that booked the issue; 0: none
        qint64 creditedNetMinor = 0; // credit note lines on it so far
        InvoiceLine line; // id, position, product, net, service period, method, account
    };

    explicit RecognitionRepository(Database &db);

    // The rows' currency is their line's invoice's.
    void insertRows(const std::vector<RecognitionRow> &rows, const Currency &currency);
    std::vector<RecognitionRow> rowsOfLine(qint64 invoiceLineId, const Currency &currency);
    // Many rows at once (a catch-up batch): multi-row INSERTs on SQLite, one
    // COPY on PostgreSQL. entry_id as the rows say.
    void insertManyRows(const std::vector<RecognitionRow> &rows);
    // Sets entry_id on the rows of the line dated on or before `date` that
    // are not posted yet (what the issue entry recognised).
    void markLinePosted(qint64 invoiceLineId, const QDate &date, qint64 entryId);

    // With oneCurrency (invoiceCurrencyCount() <= 1) the invoices are not
    // read: every row is in the book's one currency.
    std::vector<DueGroup> dueRows(const QDate &through, bool oneCurrency);
    // Marks the unposted rows dated `date` of invoices in `currency` as
    // posted by entryId. With oneCurrency the currency is not looked up.
    qint64 markPosted(const QString &currency, const QDate &date, qint64 entryId, bool oneCurrency);

    std::vector<RecognitionMilestone> milestones(qint64 invoiceLineId);
    void insertMilestone(RecognitionMilestone &milestone);
    // Removes the line's milestones and their unposted, undated rows (a
    // redefinition before any is done).
    void deleteMilestones(qint64 invoiceLineId);
    // Dates the milestone and its rows (credit-note reductions included).
    void markMilestoneDone(qint64 milestoneId, const QDate &date, const QString &userName);

    qint64 insertUsage(UsageRecord &usage, const QString &currency, const QString &userName);
    // Delivered on or before `through`, neither accrued nor billed.
    std::vector<DueGroup> unaccruedUsage(const QDate &through);
    qint64 markUsageAccrued(const QString &currency, const QDate &date, qint64 entryId);
    // Not yet billed usage of a customer's product delivered in [from, to].
    std::vector<UsageRecord> unbilledUsage(qint64 customerId, qint64 productId, const QDate &from,
                                           const QDate &to);
    void linkUsage(qint64 usageId, qint64 invoiceLineId);
    // A customer's usage, newest delivery first (then newest recorded), at
    // most `limit` rows, with product and billing invoice.
    std::vector<UsageListRow> usageOfCustomer(qint64 customerId, int limit);
    // What the run accrued and no line bills yet, per currency.
    qint64 unbilledAccruedMinor(const QString &currency);

    // The lines without schedule rows of issued (not draft) invoices with
    // ids in (afterInvoiceId, throughInvoiceId], by invoice and position:
    // one query for a batch of invoices, however many lines they have.
    std::vector<UnscheduledLine> unscheduledLines(qint64 afterInvoiceId, qint64 throughInvoiceId);
    qint64 lastInvoiceId();
    // Net credited on the line so far (credit note lines).
    qint64 creditedNetOfLine(qint64 invoiceLineId);
    // How many currencies the issued invoices use (a run with one needs no
    // lookup of a row's currency).
    int invoiceCurrencyCount();

private:
    Database &m_db;
};

} // namespace Accrue
