#pragma once

#include "money/money.h"

#include <QDate>
#include <QString>
#include <functional>
#include <optional>
#include <vector>

namespace Accrue {

class Session;

// One line of what a billing run makes: its net amount (the invoice's tax
// rules add tax when the invoice is written).
struct BillingLine
{
    qint64 productId = 0;
    QString description;
    qint64 quantityMilli = 1000;
    Money unitPrice;
    Money net;
    QDate serviceStart;
    QDate serviceEnd;
};

// An invoice or a credit note a billing run makes for one subscription.
struct BillingItem
{
    enum class Kind { Invoice, CreditNote };
    Kind kind = Kind::Invoice;
    QString billingKey; // "sub:<id>:<period start>" or "chg:<change id>"
    qint64 subscriptionId = 0;
    qint64 customerId = 0;
    QString customerCode;
    qint64 billingProfileId = 0;
    QDate periodStart;
    QDate periodEnd;
    QDate issueDate;
    QDate dueDate;
    Currency currency;
    std::vector<BillingLine> lines;
    Money net; // the lines' sum; a credit note's is what it credits, positive
    // A credit note: the invoice it credits, an earlier one's id or the key
    // of one this run makes.
    qint64 creditInvoiceId = 0;
    QString creditInvoiceKey;
    int creditLine = 1; // the position of that invoice's plan line
    qint64 changeId = 0; // the change a proration bills
    QString reason; // a credit note's reason
};

// Bills the subscriptions due on a date: each period that has begun, and
// each plan, quantity or cancellation change inside a period already
// billed (prorated by days). preview() says what run() would make; run()
// makes it all in one transaction. Billing keys make a second run for the
// same date make nothing.
//
// Periods: an active subscription with renewal_date <= the run date gets an
// invoice per period [renewal, renewal + plan months - 1 day], dated the
// period's first day, priced by PlanPricing::periodCharge with the plan and
// licenses in force on that day; renewal_date and billed_through advance.
// A trial turns active once it has ended and bills from then; paused ones
// are not billed; cancelled ones bill the periods that begin by their end.
//
// Changes: in a period billed at the old terms, the unused days from the
// change's date to the period's end are credited at the old charge and
// charged at the new (Money::fraction, each rounded once): old x unused /
// period days and new x unused / period days. A net >= 0 becomes an invoice
// "chg:<id>" of one line whose description states both amounts (invoice
// lines cannot be negative); a net < 0 a credit note "chg:<id>" on the plan
// line of the invoice that billed the period, dated the run date. A change
// whose period invoice is still a draft waits until it is issued.
class BillingRun final
{
public:
    struct Result
    {
        qint64 runId = 0;
        int invoices = 0;
        int creditNotes = 0;
        int subscriptions = 0; // subscriptions looked at
        bool issued = true;
    };
    using Sink = std::function<void(const BillingItem &)>;

    explicit BillingRun(Session &session);

    // What run() would make, in the order it would make it. `issue`
    // defaults to the company setting (CompanySettings::billingRunIssues).
    std::vector<BillingItem> preview(const QDate &runDate, std::optional<bool> issue = {});
    // The same, item by item: for books with many subscriptions.
    Result preview(const QDate &runDate, std::optional<bool> issue, const Sink &sink);
    // Makes the invoices and credit notes, issues the invoices unless
    // `issue` is false, records a billing_run row and an audit record.
    Result run(const QDate &runDate, std::optional<bool> issue = {}, const Sink &made = {});

private:
    Result walk(const QDate &runDate, std::optional<bool> issue, bool write, const Sink &sink);

    Session &m_session;
};

} // namespace Accrue
