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
    qint64 unitPriceMinor = 0;
    int discountBp = 0;
    int taxRateBp = 0;
    qint64 netMinor = 0; // computed by computeAmounts()
    qint64 taxMinor = 0;
    QDate serviceStart;
    QDate serviceEnd;
    QString recognitionMethod;

    // Line rounding rule: gross = qty x price rounded; discount = gross x bp
    // rounded; net = gross - discount; tax = net x rate rounded. Each step
    // rounds half away from zero (Money's rule), once, per line.
    void computeAmounts(const Currency &currency);
};

// Net and tax of the lines at one tax rate: the invoice's tax breakdown.
struct TaxAtRate
{
    int rateBp = 0;
    qint64 netMinor = 0;
    qint64 taxMinor = 0;
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
    qint64 subtotalMinor = 0;
    qint64 taxMinor = 0;
    qint64 totalMinor = 0;
    qint64 paidMinor = 0;
    qint64 creditedMinor = 0;
    qint64 balanceMinor = 0;
    QString notes;
    int version = 1;
    QDate lastReminded;
    QDateTime createdAt;
    QDateTime issuedAt;
    std::vector<InvoiceLine> lines;

    // Recomputes every line and the totals from quantities and prices.
    void computeTotals();
    DisplayStatus displayStatus(const QDate &today) const;
    // By rate, lowest first, from the lines' computed amounts.
    std::vector<TaxAtRate> taxByRate() const;
    Money total() const { return Money(totalMinor, currency); }
    Money balance() const { return Money(balanceMinor, currency); }
};

} // namespace Accrue
