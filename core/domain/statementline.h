#pragma once

#include "money/money.h"

#include <QDate>
#include <QString>

namespace Accrue {

// One booked line of a bank statement, as read from the bank's file.
// Amounts are signed: money in is positive.
struct StatementLine
{
    int sourceLine = 0; // where it was in the file (CSV line, XML line)
    QDate date;
    Money amount;
    Currency currency;
    QString counterparty;
    QString reference; // remittance text
    QString bankRef; // the bank's id for the transaction (FITID, AcctSvcrRef), if any

    // What makes a line the same line when a statement is imported again:
    // the bank's id, or else date, amount and reference.
    QString dedupeKey() const;
    // The same with the currency code spelled as given: books from before
    // codes were normalised keyed lines with the file's spelling ("eur").
    QString dedupeKey(const QString &currencyCode) const;
};

} // namespace Accrue
