#pragma once

#include "money/currency.h"

#include <QDate>
#include <QStringList>
#include <vector>

namespace Accrue {

class Database;

// Billed against recognised revenue per month, for the Revenue tab's chart:
// billed is invoiced revenue net of tax and credit notes (from the
// documents, in their month), recognised is what the revenue accounts were
// credited less debited in the month (the ledger's monthly balances). The
// gap between them is what went into (or came out of) deferred and
// unbilled revenue.
struct RecognitionTrend
{
    Currency currency;
    QStringList months; // YYYY-MM
    std::vector<qint64> billedMinor; // one per month
    std::vector<qint64> recognisedMinor; // zeros when not known
    // False for a user below the root: recognition entries are the book's.
    bool recognisedKnown = true;

    // currency empty: the book's main currency.
    static RecognitionTrend read(Database &db, const QDate &from, const QDate &to,
                                 QString currency = {});
};

} // namespace Accrue
