#pragma once

#include "money/money.h"

#include <QDate>
#include <QString>

namespace Accrue {

// One imported bank statement line and where matching has got with it.
struct BankLine
{
    qint64 id = 0;
    qint64 accountId = 0;
    QString accountCode;
    QDate date;
    Money amount;
    Currency currency;
    QString counterparty;
    QString reference;
    QString bankRef;
    QString state; // unmatched, proposed, matched, ignored
    int confidence = 0;
    QString reason;
    qint64 paymentId = 0;
};

// Which bank lines to list (oldest first).
struct BankLineFilter
{
    QString account; // code
    QString state;
    QDate from;
    QDate to;
};

// Part of a bank line proposed for (or applied to) an invoice.
struct BankMatch
{
    qint64 invoiceId = 0; // 0: the rest as customer credit
    qint64 customerId = 0;
    Money amount; // in the bank line's currency
    QString invoiceNumber;
};

// An invoice a payment could settle, as the matcher sees it.
struct OpenInvoice
{
    qint64 id = 0;
    qint64 customerId = 0;
    QString number;
    Currency currency;
    Money balance;
    bool open = false;
};

// A customer's name, for comparing with a payer's.
struct CustomerName
{
    qint64 id = 0;
    QString code;
    QString name;
};

} // namespace Accrue
