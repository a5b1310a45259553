#pragma once

#include "money/money.h"

#include <QDate>
#include <QString>

namespace Accrue {

// Which customers the Customers list shows (by name).
struct CustomerListFilter
{
    QString search; // part of the code or name
    bool archived = false; // the archived ones instead of the active ones
    QDate today; // for what is overdue
};

// A customer with what they owe: open balances, the overdue part, and
// credit held for them (unapplied payments and credit notes), all in the
// customer's currency; documents in other currencies are not summed in.
struct CustomerListRow
{
    qint64 id = 0;
    QString code;
    QString name;
    QString email;
    Currency currency;
    int paymentTermsDays = 0;
    Money balance;
    Money overdue;
    Money credit;
    bool archived = false;
};

} // namespace Accrue
