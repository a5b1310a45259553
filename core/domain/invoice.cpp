#include "domain/invoice.h"

#include "common/error.h"

#include <QCoreApplication>
#include <map>

namespace Accrue {

namespace {

struct StatusName
{
    InvoiceStatus status;
    QLatin1String name;
};

constexpr StatusName storedNames[] = {
    { InvoiceStatus::Draft, QLatin1String("draft") },
    { InvoiceStatus::Open, QLatin1String("open") },
    { InvoiceStatus::Paid, QLatin1String("paid") },
    { InvoiceStatus::Void, QLatin1String("void") },
    { InvoiceStatus::Uncollectible, QLatin1String("uncollectible") },
};

struct DisplayName
{
    DisplayStatus status;
    QLatin1String key;
    const char *label;
};

constexpr DisplayName displayNames[] = {
    { DisplayStatus::Draft, QLatin1String("draft"), QT_TRANSLATE_NOOP("Accrue::Invoice", "Draft") },
    { DisplayStatus::Open, QLatin1String("open"), QT_TRANSLATE_NOOP("Accrue::Invoice", "Open") },
    { DisplayStatus::PartiallyPaid, QLatin1String("partially_paid"),
      QT_TRANSLATE_NOOP("Accrue::Invoice", "Partially paid") },
    { DisplayStatus::Paid, QLatin1String("paid"), QT_TRANSLATE_NOOP("Accrue::Invoice", "Paid") },
    { DisplayStatus::Overdue, QLatin1String("overdue"),
      QT_TRANSLATE_NOOP("Accrue::Invoice", "Overdue") },
    { DisplayStatus::Void, QLatin1String("void"), QT_TRANSLATE_NOOP("Accrue::Invoice", "Void") },
    { DisplayStatus::Uncollectible, QLatin1String("uncollectible"),
      QT_TRANSLATE_NOOP("Accrue::Invoice", "Uncollectible") },
};

} // namespace

QString toString(InvoiceStatus status)
{
    for (const auto &n : storedNames)
        if (n.status == status)
            return n.name;
    return {};
}

InvoiceStatus invoiceStatusFromString(const QString &text)
{
    for (const auto &n : storedNames)
        if (n.name == text)
            return n.status;
    throw Error(
        QCoreApplication::translate("Accrue::Invoice", "Unknown invoice status “%1”").arg(text));
}

QString toString(DisplayStatus status)
{
    for (const auto &n : displayNames)
        if (n.status == status)
            return n.key;
    return {};
}

std::optional<DisplayStatus> displayStatusFromString(const QString &text)
{
    QString key = text.trimmed().toLower();
    key.replace(QLatin1Char('-'), QLatin1Char('_')).replace(QLatin1Char(' '), QLatin1Char('_'));
    for (const auto &n : displayNames)
        if (n.key == key)
            return n.status;
    return std::nullopt;
}

QString displayName(DisplayStatus status)
{
    for (const auto &n : displayNames)
        if (n.status == status)
            return QCoreApplication::translate("Accrue::Invoice", n.label);
    return {};
}

namespace {

// The line's amounts as they are, in `currency`: a line left uncomputed (its
// amount overflows) still agrees with the invoice.
void adoptCurrency(InvoiceLine &line, const Currency &currency)
{
    line.unitPrice = Money(line.unitPrice.minor(), currency);
    line.net = Money(line.net.minor(), currency);
    line.tax = Money(line.tax.minor(), currency);
}

} // namespace

void InvoiceLine::computeAmounts(const Currency &currency)
{
    adoptCurrency(*this, currency);
    const Money gross = unitPrice.timesQuantity(quantityMilli);
    net = gross - gross.percentOf(discountBp);
    tax = net.partsPerMillion(taxRatePpm);
}

void Invoice::computeTotals()
{
    // Summed as Money: an overflow throws instead of wrapping around.
    paid = Money(paid.minor(), currency);
    credited = Money(credited.minor(), currency);
    writtenOff = Money(writtenOff.minor(), currency);
    int position = 0;
    for (InvoiceLine &line : lines) {
        line.position = ++position;
        adoptCurrency(line, currency);
    }
    Money netSum = Money::zero(currency);
    Money taxSum = Money::zero(currency);
    for (InvoiceLine &line : lines) {
        line.computeAmounts(currency);
        netSum += line.net;
        taxSum += line.tax;
    }
    subtotal = netSum;
    tax = taxSum;
    total = subtotal + tax;
    balance = total - paid - credited - writtenOff;
}

DisplayStatus Invoice::displayStatus(const QDate &today) const
{
    switch (status) {
    case InvoiceStatus::Draft:
        return DisplayStatus::Draft;
    case InvoiceStatus::Void:
        return DisplayStatus::Void;
    case InvoiceStatus::Uncollectible:
        return DisplayStatus::Uncollectible;
    case InvoiceStatus::Paid:
        return DisplayStatus::Paid;
    case InvoiceStatus::Open:
        break;
    }
    if (!balance.isPositive())
        return DisplayStatus::Paid;
    if (dueDate < today)
        return DisplayStatus::Overdue;
    if (balance < total)
        return DisplayStatus::PartiallyPaid;
    return DisplayStatus::Open;
}

std::vector<TaxAtRate> Invoice::taxByRate() const
{
    std::map<int, TaxAtRate> byRate;
    for (const InvoiceLine &line : lines) {
        TaxAtRate &entry = byRate[line.taxRatePpm];
        entry.ratePpm = line.taxRatePpm;
        entry.net += line.net;
        entry.tax += line.tax;
    }
    std::vector<TaxAtRate> result;
    for (const auto &[rate, entry] : byRate)
        result.push_back(entry);
    return result;
}

} // namespace Accrue
