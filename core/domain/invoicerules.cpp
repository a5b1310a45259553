#include "domain/invoicerules.h"

#include "common/error.h"
#include "domain/limits.h"
#include "domain/taxrate.h"
#include "money/money.h"

#include <QCoreApplication>
#include <QStringBuilder>

namespace Accrue {

namespace {

// The messages keep the translation context they had in InvoiceService.
QString tr(const char *text)
{
    return QCoreApplication::translate("Accrue::InvoiceService", text);
}

} // namespace

namespace {

// Quantity times price, or past the limit when that does not fit at all.
qint64 lineTotalMinor(const Invoice &inv, const InvoiceLine &line)
{
    try {
        return Money(line.unitPrice.minor(), inv.currency)
            .timesQuantity(line.quantityMilli)
            .minor();
    } catch (const Error &) {
        return Limits::maxAmountMinor + 1;
    }
}

} // namespace

std::vector<InvoiceProblem> InvoiceRules::check(const Invoice &inv)
{
    using F = InvoiceProblem::Field;
    std::vector<InvoiceProblem> problems;
    auto problem = [&problems](F field, int line, const QString &message) {
        problems.push_back({ field, line, message });
    };
    if (inv.customerId <= 0)
        problem(F::Customer, -1, tr("choose a customer"));
    if (!inv.currency.isValid())
        problem(F::Currency, -1, tr("choose a valid ISO 4217 currency"));
    if (!inv.issueDate.isValid())
        problem(F::IssueDate, -1, tr("enter the issue date"));
    else if (!Limits::isPlausibleDate(inv.issueDate))
        problem(F::IssueDate, -1,
                tr("%1 is not a plausible issue date (years %2 to %3)")
                    .arg(inv.issueDate.toString(Qt::ISODate))
                    .arg(Limits::firstYear)
                    .arg(Limits::lastYear));
    if (!inv.dueDate.isValid())
        problem(F::DueDate, -1, tr("enter the due date"));
    else if (inv.issueDate.isValid() && inv.dueDate < inv.issueDate)
        problem(F::DueDate, -1, tr("the due date is before the issue date"));
    else if (inv.issueDate.isValid() && inv.issueDate.daysTo(inv.dueDate) > Limits::maxTermsDays)
        problem(
            F::DueDate, -1,
            tr("the due date is more than %1 days after the issue date").arg(Limits::maxTermsDays));
    if (Limits::hasControlCharacters(inv.notes))
        problem(F::Notes, -1, tr("the notes contain control characters (such as NUL)"));
    if (inv.lines.empty())
        problem(F::Lines, -1, tr("add at least one line"));
    for (int i = 0; i < int(inv.lines.size()); ++i) {
        const InvoiceLine &line = inv.lines[size_t(i)];
        if (line.description.trimmed().isEmpty())
            problem(F::Description, i, tr("enter a description"));
        else if (Limits::hasControlCharacters(line.description))
            problem(F::Description, i,
                    tr("the description contains control characters (such as NUL)"));
        if (line.quantityMilli <= 0)
            problem(F::Quantity, i, tr("the quantity must be greater than zero"));
        else if (line.quantityMilli > Limits::maxQuantityMilli)
            problem(F::Quantity, i,
                    tr("the quantity is larger than %1").arg(Limits::maxQuantityMilli / 1000));
        if (line.unitPrice.isNegative())
            problem(F::UnitPrice, i, tr("the unit price cannot be negative"));
        else if (!Limits::isPlausibleAmount(line.unitPrice.minor()))
            problem(F::UnitPrice, i, tr("the unit price is larger than Accrue accepts"));
        else if (!Limits::isPlausibleAmount(lineTotalMinor(inv, line)))
            problem(F::UnitPrice, i, tr("the line's amount is larger than Accrue accepts"));
        if (line.discountBp < 0 || line.discountBp > 10000)
            problem(F::Discount, i, tr("the discount must be between 0% and 100%"));
        if (line.taxRatePpm < 0 || line.taxRatePpm > TaxPercent::Max)
            problem(F::TaxRate, i, tr("the tax rate must be between 0% and 100%"));
        if (line.serviceStart.isValid() != line.serviceEnd.isValid()
            || (line.serviceStart.isValid() && line.serviceEnd < line.serviceStart))
            problem(F::ServicePeriod, i,
                    tr("the service period must have a start on or before its end"));
    }
    return problems;
}

QString InvoiceProblem::text() const
{
    if (line >= 0)
        return QStringLiteral("line %1: ").arg(line + 1) % message;
    QString key;
    switch (field) {
    case Field::Customer:
        key = QStringLiteral("customer");
        break;
    case Field::Currency:
        key = QStringLiteral("currency");
        break;
    case Field::IssueDate:
        key = QStringLiteral("issue_date");
        break;
    case Field::DueDate:
        key = QStringLiteral("due_date");
        break;
    case Field::Notes:
        key = QStringLiteral("notes");
        break;
    default:
        key = QStringLiteral("lines");
        break;
    }
    return key % u": " % message;
}

QStringList InvoiceRules::validate(const Invoice &inv)
{
    QStringList problems;
    for (const InvoiceProblem &p : check(inv))
        problems << p.text();
    return problems;
}

Invoice InvoiceRules::duplicateOf(const Invoice &source, const QDate &today)
{
    Invoice copy;
    copy.customerId = source.customerId;
    copy.billingProfileId = source.billingProfileId;
    copy.currency = source.currency;
    copy.notes = source.notes;
    copy.issueDate = today;
    const qint64 termDays = source.issueDate.isValid() && source.dueDate.isValid()
        ? source.issueDate.daysTo(source.dueDate)
        : 30;
    copy.dueDate = today.addDays(termDays);
    for (InvoiceLine line : source.lines) {
        line.id = 0;
        copy.lines.push_back(std::move(line));
    }
    copy.computeTotals();
    return copy;
}

Invoice InvoiceRules::newDraft(const CompanySettings &company, const QDate &today,
                               const Currency &currency)
{
    Invoice inv;
    inv.issueDate = today;
    inv.dueDate = today.addDays(company.defaultTermsDays);
    inv.currency = currency;
    return inv;
}

void InvoiceRules::applyCustomer(Invoice &invoice, const Customer &customer, qint64 profileId)
{
    invoice.customerId = customer.id;
    invoice.billingProfileId = profileId;
    if (customer.currency.isValid())
        invoice.currency = customer.currency;
    if (customer.paymentTermsDays >= 0 && invoice.issueDate.isValid())
        invoice.dueDate = invoice.issueDate.addDays(customer.paymentTermsDays);
}

bool InvoiceRules::applyProduct(InvoiceLine &line, const Product &product, const Currency &currency)
{
    line.productId = product.id;
    line.revenueAccountId = 0; // InvoiceService posts to the product's account
    line.description = product.name;
    // The tax follows the product: its category (InvoiceService::applyTaxes
    // finds the rate for it) and, where there is no tax table, its rate. A
    // rate typed on the line before no longer stands.
    line.taxRatePpm = product.taxRatePpm;
    line.taxCategory = product.taxCategory;
    line.taxOverride = false;
    line.recognitionMethod = product.recognitionMethod;
    // The product's price is in its own currency: copied only into that one.
    if (product.currency != currency)
        return false;
    line.unitPrice = Money(product.unitPrice.minor(), currency);
    return true;
}

QString InvoiceRules::recognitionProblem(const InvoiceLine &line, const QString &method,
                                         const Product *product)
{
    if (!RecognitionMethod::isKnown(method))
        return tr("“%1” is not a recognition method (%2)")
            .arg(method, RecognitionMethod::all().join(QStringLiteral(", ")));
    if (method == RecognitionMethod::Ratably
        && (!line.serviceStart.isValid() || !line.serviceEnd.isValid()))
        return tr("ratably needs the service period to spread over (service_start and "
                  "service_end)");
    if (method == RecognitionMethod::AsDelivered && !product)
        return tr("as_delivered bills the usage recorded for a product: name the line's product");
    if (method == RecognitionMethod::AsDelivered
        && product->recognitionMethod != RecognitionMethod::AsDelivered)
        return tr("as_delivered bills recorded usage, and usage is recorded only for products "
                  "recognised as delivered; %1 is recognised %2")
            .arg(product->code, product->recognitionMethod);
    return {};
}

bool InvoiceRules::allows(InvoiceAction action, const QString &status)
{
    const auto display = displayStatusFromString(status);
    if (!display)
        return false;
    using S = DisplayStatus;
    const bool draft = *display == S::Draft;
    const bool unpaid
        = *display == S::Open || *display == S::Overdue || *display == S::PartiallyPaid;
    const bool creditable = !draft && *display != S::Void;
    switch (action) {
    case InvoiceAction::Edit:
    case InvoiceAction::Issue:
    case InvoiceAction::Delete:
        return draft;
    case InvoiceAction::Duplicate:
        return true;
    case InvoiceAction::Pay:
    case InvoiceAction::ApplyCredit:
    case InvoiceAction::Remind:
        return unpaid;
    case InvoiceAction::Credit:
        return creditable;
    case InvoiceAction::Void:
        return creditable && *display != S::Paid;
    case InvoiceAction::Pdf:
        return !draft;
    }
    return false;
}

Permission InvoiceRules::permission(InvoiceAction action)
{
    return action == InvoiceAction::Pdf ? Permission::Export : Permission::Billing;
}

bool InvoiceRules::allows(InvoiceAction action, const QString &status, Role role)
{
    return roleAllows(role, permission(action)) && allows(action, status);
}

std::vector<InvoiceStatusFilter> InvoiceRules::statusFilters()
{
    std::vector<InvoiceStatusFilter> out {
        { QString(), QCoreApplication::translate("Accrue::Invoice", "All statuses") },
        { QStringLiteral("unpaid"), QCoreApplication::translate("Accrue::Invoice", "Unpaid") }
    };
    for (const DisplayStatus s :
         { DisplayStatus::Draft, DisplayStatus::Open, DisplayStatus::PartiallyPaid,
           DisplayStatus::Overdue, DisplayStatus::Paid, DisplayStatus::Void })
        out.push_back({ toString(s), displayName(s) });
    out.push_back({ QStringLiteral("due_soon"),
                    QCoreApplication::translate("Accrue::Invoice", "Due soon (7 days)") });
    out.push_back({ QStringLiteral("needs_review"),
                    QCoreApplication::translate("Accrue::Invoice", "Needs review (card failed)") });
    out.push_back(
        { QStringLiteral("disputed"), QCoreApplication::translate("Accrue::Invoice", "Disputed") });
    out.push_back(
        { toString(DisplayStatus::Uncollectible), displayName(DisplayStatus::Uncollectible) });
    return out;
}

} // namespace Accrue
