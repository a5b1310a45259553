#pragma once

#include "domain/auditrecord.h"
#include "domain/creditnote.h"
#include "domain/invoice.h"
#include "domain/payment.h"
#include "domain/product.h"
#include "domain/receipt.h"
#include "domain/recognition.h"
#include "ledger/journalentry.h"

#include <optional>
#include <vector>

namespace Accrue {

// What the demo planner decides for one invoice, ids and audit hashes
// included, so that the writer only has to store it.
struct PlannedPayment
{
    Payment payment;
    Money applied;
    Receipt receipt; // every recorded payment gets one, as PaymentService issues it
};

struct PlannedInvoice
{
    Invoice invoice;
    std::optional<CreditNote> creditNote;
    Money creditApplied;
    std::vector<PlannedPayment> payments;
    std::vector<JournalEntry> entries;
    std::vector<AuditRecord> audit;
    // Recognition schedules of the lines (credit-note reductions included)
    // and the milestones of milestone lines (done on their day).
    std::vector<RecognitionRow> schedule;
    std::vector<RecognitionMilestone> milestones;
};

using PlannedBatch = std::vector<PlannedInvoice>;

// How a demo customer behaves.
struct DemoCustomer
{
    enum class Payer { Prompt, Late, Poor };

    qint64 id = 0;
    qint64 profileId = 0;
    qint64 subscriptionId = 0;
    int plan = 0;
    int licenses = 1;
    int termsDays = 30;
    int taxRatePpm = 0;
    Payer payer = Payer::Prompt;
    bool analytics = false;
};

struct DemoCatalogue
{
    std::vector<Product> modules; // CORE, ANALYTICS, SUPPORT, API, SERVICES, TRAINING
    std::vector<Plan> plans; // see demogenerator.cpp for the list
};

// A catalogue price written with two decimals (4900 = 49.00), in the book
// currency's minor units (JPY 49, KWD 49.000).
inline qint64 demoPrice(qint64 cents, const Currency &currency)
{
    qint64 value = cents;
    for (int d = currency.minorDigits(); d < 2; ++d)
        value /= 10;
    for (int d = 2; d < currency.minorDigits(); ++d)
        value *= 10;
    return value;
}

// The next free ids and the audit chain's head, handed from the database to
// the planner once, before planning starts.
struct DemoIds
{
    qint64 invoice = 1;
    qint64 line = 1;
    qint64 payment = 1;
    qint64 creditNote = 1;
    qint64 receipt = 1;
    qint64 entry = 1;
    qint64 milestone = 1;
    qint64 auditSeq = 0;
    QString auditHash;
};

} // namespace Accrue
