#pragma once

#include <QString>

class QIODevice;

namespace Accrue {

struct Account;
class JournalReader;

// A plain-text accounting journal that hledger and ledger-cli read: the
// currencies as commodities (format directives with the currency's minor
// digits), every account of the chart declared as
// "<Assets|Liabilities|Equity|Revenues|Expenses>:<code> <name>" so that a
// balance report lines up with accrue-cli report trial-balance account by
// account, then one transaction per journal entry (date, "*", the entry id
// as code, document | memo, the kind and source as tags), amounts exact
// from minor units ("119.00 EUR", "-100.00 EUR"). Needs no mapping. A range
// that does not start at the book's beginning carries no opening balances:
// its balances are the range's movements.
class LedgerWriter final
{
public:
    static void write(JournalReader &journal, QIODevice *device);
    static QString accountName(const Account &account);
};

} // namespace Accrue
