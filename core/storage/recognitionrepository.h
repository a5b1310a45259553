#pragma once

#include "domain/recognition.h"

#include <QDate>
#include <QStringList>
#include <optional>
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

    explicit RecognitionRepository(Database &db);

    // The rows' currency is their line's invoice's.
    void insertRows(const std::vector<RecognitionRow> &rows, const Currency &currency);
    std::vector<RecognitionRow> rowsOfLine(qint64 invoiceLineId, const Currency &currency);
    bool lineHasRows(qint64 invoiceLineId);
    // Sets entry_id on the rows of the line dated on or before `date` that
    // are not posted yet (what the issue entry recognised).
    void markLinePosted(qint64 invoiceLineId, const QDate &date, qint64 entryId);

    std::vector<DueGroup> dueRows(const QDate &through);
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

    // Issued (not draft) invoices with a line that has no schedule rows:
    // books from before schema 14.
    std::vector<qint64> invoicesWithoutSchedules();
    // The entry that booked the invoice's issue, if any.
    std::optional<qint64> issueEntryOf(qint64 invoiceId);
    // Net credited on the line so far (credit note lines).
    qint64 creditedNetOfLine(qint64 invoiceLineId);
    // How many currencies the issued invoices use (a run with one needs no
    // lookup of a row's currency).
    int invoiceCurrencyCount();

private:
    Database &m_db;
};

} // namespace Accrue
