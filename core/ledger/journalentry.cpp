#include "ledger/journalentry.h"

#include "domain/limits.h"

namespace Accrue {

void JournalEntry::debit(qint64 accountId, qint64 amountMinor, qint64 customerId)
{
    if (amountMinor == 0)
        return;
    if (amountMinor < 0)
        return credit(accountId, -amountMinor, customerId);
    lines.push_back({ accountId, customerId, amountMinor, 0 });
}

void JournalEntry::credit(qint64 accountId, qint64 amountMinor, qint64 customerId)
{
    if (amountMinor == 0)
        return;
    if (amountMinor < 0)
        return debit(accountId, -amountMinor, customerId);
    lines.push_back({ accountId, customerId, 0, amountMinor });
}

qint64 JournalEntry::totalDebit() const
{
    qint64 sum = 0;
    for (const JournalLine &line : lines)
        sum = Limits::checkedAdd(sum, line.debitMinor);
    return sum;
}

qint64 JournalEntry::totalCredit() const
{
    qint64 sum = 0;
    for (const JournalLine &line : lines)
        sum = Limits::checkedAdd(sum, line.creditMinor);
    return sum;
}

JournalEntry JournalEntry::reversed(const QDate &reversalDate, const QString &reversalMemo) const
{
    JournalEntry out = *this;
    out.id = 0;
    out.date = reversalDate;
    out.kind = kind + QStringLiteral("_reversed");
    out.memo = reversalMemo;
    out.reversesId = id;
    for (JournalLine &line : out.lines)
        std::swap(line.debitMinor, line.creditMinor);
    return out;
}

} // namespace Accrue
