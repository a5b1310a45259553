#pragma once

#include "money/money.h"

#include <QDate>
#include <QString>

namespace Accrue {

// One row of a line's revenue recognition schedule: `amount` of the line's
// net revenue is earned on `date` (invalid: a milestone not yet done). A
// credit note's rows are negative and name it.
struct RecognitionRow
{
    qint64 id = 0;
    qint64 invoiceLineId = 0;
    QDate date;
    Money amount;
    qint64 milestoneId = 0;
    qint64 creditNoteId = 0;
    qint64 entryId = 0; // the journal entry that recognised it; 0 while due
    int milestonePosition = 0; // which milestone, before it has an id
};

// A named stage of a milestone line with its share of the line's amount.
struct RecognitionMilestone
{
    qint64 id = 0;
    qint64 invoiceLineId = 0;
    int position = 0;
    QString name;
    int shareBp = 0; // basis points: the line's shares add up to 10000
    QDate doneOn; // invalid until done
    QString doneBy;
};

// Usage delivered to a customer (an as_delivered product), priced at the
// product's unit price when recorded. Accrued as unbilled revenue by the
// recognition run until an invoice line bills it.
struct UsageRecord
{
    qint64 id = 0;
    qint64 customerId = 0;
    qint64 productId = 0;
    QDate deliveredOn;
    qint64 quantityMilli = 0;
    Money amount;
    qint64 revenueAccountId = 0;
    qint64 accrualEntryId = 0;
    qint64 invoiceLineId = 0;
};

// Where recorded usage stands: not yet accrued nor billed, accrued as
// unbilled revenue by a recognition run, or billed by an invoice line.
enum class UsageState { Unbilled, Accrued, Billed };

// A usage record as a list shows it (Record Usage…): with its product's
// code, name and unit, and the invoice that billed it.
struct UsageListRow
{
    UsageRecord usage;
    QString productCode;
    QString productName;
    QString unit;
    QString invoiceNumber; // empty until billed

    UsageState state() const
    {
        if (usage.invoiceLineId > 0)
            return UsageState::Billed;
        return usage.accrualEntryId > 0 ? UsageState::Accrued : UsageState::Unbilled;
    }
};

} // namespace Accrue
