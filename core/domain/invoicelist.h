#pragma once

#include "money/money.h"

#include <QDate>
#include <QString>

namespace Accrue {

// What the invoice register lists: which invoices, in which order.
struct InvoiceListFilter
{
    // Display status key, "unpaid", "due_soon", "disputed", "issued" (all but
    // drafts: what a customer's own list shows), or empty for all.
    QString status;
    QString customer; // customer code, or part of the name
    QString module; // invoices with a line of this product code
    QString plan; // invoices of subscriptions on this plan code
    QDate from; // issue date range, inclusive
    QDate to;
    QDate today; // for overdue
    QString search; // free text: number, customer code or part of the name
    int agingBucket = -1; // 0..4: open invoices in that aging bucket as of `today`
    QString sortKey; // a column key of the invoice list; default issue_date
    bool descending = false;
};

// One invoice as the register lists it: a read model, flat and cheap to
// page through a million rows; the document itself is Invoice.
struct InvoiceListRow
{
    qint64 id = 0;
    QString number; // empty while draft
    QString customerCode;
    QString customerName;
    QString issueDate; // ISO text straight from storage
    QString dueDate;
    Currency currency;
    Money total; // all in `currency`
    Money paid;
    Money credited;
    Money balance;
    QString status; // display status key
    QString lastReminded; // ISO date, empty when never reminded
    bool disputed = false; // has an open dispute (CollectionsService)
    // When the invoice's e-mail last went out (the outbox's sent_at: UTC,
    // ISO 8601 with milliseconds); empty when never.
    QString lastSent;
};

} // namespace Accrue
