#pragma once

#include "domain/companysettings.h"
#include "domain/customer.h"
#include "domain/payment.h"
#include "money/money.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <vector>

namespace Accrue {

// One invoice a payment settled, as its receipt shows it: what was applied
// and what the invoice still owed right after (both in the invoice's
// currency), frozen when the receipt was issued.
struct ReceiptLine
{
    qint64 invoiceId = 0;
    QString invoiceNumber;
    Money applied;
    Money balanceAfter;
};

// The numbered acknowledgement of a payment received, in its own gapless
// series (the company's receipt prefix, RCT by default).
struct Receipt
{
    qint64 id = 0;
    QString number;
    qint64 paymentId = 0;
    QDate issueDate;
    QString userName;
    QDateTime createdAt;
    std::vector<ReceiptLine> lines;
};

// A line of the receipt list.
struct ReceiptListRow
{
    QString number;
    QDate issueDate;
    qint64 paymentId = 0;
    QString customerCode;
    QString customerName;
    Money amount; // the payment's
    QString method;
    QString reference;
};

// Everything a receipt document shows, gathered from the book.
struct ReceiptDocumentData
{
    Receipt receipt;
    Payment payment;
    Customer customer;
    CompanySettings company;
};

} // namespace Accrue
