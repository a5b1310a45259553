#include "ledger/journalentry.h"

#include "domain/limits.h"

namespace Accrue {

namespace {

// The amount's minor units, once it is known to be in the entry's currency.
qint64 minorIn(const Money &amount, const Currency &currency)
{
    return (Money::zero(currency) + amount).minor();
}

Money sum(const std::vector<JournalLine> &lines, qint64 JournalLine::*side,
          const Currency &currency)
{
    qint64 total = 0;
    for (const JournalLine &line : lines)
        total = Limits::checkedAdd(total, line.*side);
    return Money(total, currency);
}

} // namespace

void JournalEntry::debit(qint64 accountId, const Money &amount, qint64 customerId)
{
    const qint64 minor = minorIn(amount, currency);
    if (minor == 0)
        return;
    if (minor < 0)
        return credit(accountId, -amount, customerId);
    lines.push_back({ accountId, customerId, minor, 0 });
}

void JournalEntry::credit(qint64 accountId, const Money &amount, qint64 customerId)
{
    const qint64 minor = minorIn(amount, currency);
    if (minor == 0)
        return;
    if (minor < 0)
        return debit(accountId, -amount, customerId);
    lines.push_back({ accountId, customerId, 0, minor });
}

Money JournalEntry::totalDebit() const
{
    return sum(lines, &JournalLine::debitMinor, currency);
}

Money JournalEntry::totalCredit() const
{
    return sum(lines, &JournalLine::creditMinor, currency);
}

JournalEntry JournalEntry::reversed(const QDate &reversalDate, const QString &reversalMemo) const
{
    JournalEntry out = *this;
    out.id = 0;
    out.date = reversalDate;
    out.kind = kind + QStringLiteral("_reversed");
    out.memo = reversalMemo;
    out.reversesId = id;
    out.originalDate = {};
    for (JournalLine &line : out.lines)
        std::swap(line.debitMinor, line.creditMinor);
    return out;
}

} // namespace Accrue
