#pragma once

#include "money/money.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <optional>
#include <vector>

namespace Accrue {

// What is stored. Partially paid and overdue are not stored: they follow from
// the balance and the due date (see displayStatus()).
enum class InvoiceStatus { Draft, Open, Paid, Void, Uncollectible };

// What people see.
enum class DisplayStatus { Draft, Open, PartiallyPaid, Paid, Overdue, Void, Uncollectible };

QString toString(InvoiceStatus status);
InvoiceStatus invoiceStatusFromString(const QString &text); // throws Error
QString toString(DisplayStatus status); // "partially_paid"
std::optional<DisplayStatus> displayStatusFromString(const QString &text);
QString displayName(DisplayStatus status); // "Partially paid" (translated)

struct InvoiceLine
{
    qint64 id = 0;
    int position = 0;
    qint64 productId = 0;
    qint64 revenueAccountId = 0;
    QString description;
    qint64 quantityMilli = 1000;
    Money unitPrice;
    int discountBp = 0;
    int taxRatePpm = 0; // parts per million: 19 % = 190000 (TaxPercent)
    Money net; // computed by computeAmounts()
    Money tax;
    QDate serviceStart;
    QDate serviceEnd;
    QString recognitionMethod;
    // Where and how the line is taxed (InvoiceService fills them from the
    // tax table: see TaxRules). A line whose rate a person set keeps it:
    // taxOverride, stored as the category "override" (TaxCategory::Override).
    QString taxCategory; // empty: taxed before the book had places
    QString taxCountry;
    QString taxRegion; // the place's, where the table has rates for it; else empty
    bool taxOverride = false;

    // Line rounding rule: gross = qty x price rounded; discount = gross x bp
    // rounded; net = gross - discount; tax = net x ppm rounded. Each step
    // rounds half away from zero (Money's rule), once, per line. The price,
    // net and tax end up in `currency`.
    void computeAmounts(const Currency &currency);
};

// Net and tax of the lines at one tax rate: the invoice's tax breakdown.
struct TaxAtRate
{
    int ratePpm = 0;
    Money net;
    Money tax;
};

struct Invoice
{
    qint64 id = 0;
    QString number; // empty while draft
    qint64 customerId = 0;
    qint64 billingProfileId = 0;
    qint64 subscriptionId = 0;
    InvoiceStatus status = InvoiceStatus::Draft;
    QDate issueDate;
    QDate dueDate;
    Currency currency;
    // All in `currency` (computeTotals() and the repository see to it).
    Money subtotal;
    Money tax;
    Money total;
    Money paid;
    Money credited;
    // Given up as a bad debt (InvoiceService::writeOff); balance = total -
    // paid - credited - writtenOff.
    Money writtenOff;
    Money balance;
    QString notes;
    int version = 1;
    QDate lastReminded;
    QDateTime createdAt;
    QDateTime issuedAt;
    std::vector<InvoiceLine> lines;

    // Recomputes every line and the totals from quantities and prices, all in
    // the invoice's currency.
    void computeTotals();
    DisplayStatus displayStatus(const QDate &today) const;
    // By rate, lowest first, from the lines' computed amounts.
    std::vector<TaxAtRate> taxByRate() const;
};

} // namespace Accrue
