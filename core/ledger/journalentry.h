#pragma once

#include "money/money.h"

#include <QDate>
#include <QString>
#include <vector>

namespace Accrue {

// One side of an entry, in minor units of the entry's currency (the journal
// stores the currency per entry).
struct JournalLine
{
    qint64 accountId = 0;
    qint64 customerId = 0;
    qint64 debitMinor = 0;
    qint64 creditMinor = 0;
};

// One financial event in double entry. Entries are never edited: a mistake
// is undone by a reversing entry (reversesId).
struct JournalEntry
{
    qint64 id = 0;
    QDate date;
    QString kind; // invoice_issued, payment_received, credit_applied, credit_note_issued, ...
    QString sourceType; // invoice, payment, credit_note
    qint64 sourceId = 0;
    Currency currency;
    QString memo;
    qint64 reversesId = 0;
    // Set by JournalRepository::insert when `date` fell in a closed month:
    // the date the event happened on; `date` is then the first open day.
    QDate originalDate;
    std::vector<JournalLine> lines;

    // Zero amounts add no line. A negative amount flips the side, so callers
    // can post signed figures without branching. The amount is in the entry's
    // currency (a default, zero one will do); another currency throws Error.
    void debit(qint64 accountId, const Money &amount, qint64 customerId = 0);
    void credit(qint64 accountId, const Money &amount, qint64 customerId = 0);
    Money totalDebit() const;
    Money totalCredit() const;
    bool isBalanced() const { return !lines.empty() && totalDebit() == totalCredit(); }
    JournalEntry reversed(const QDate &date, const QString &memo) const;
};

} // namespace Accrue
