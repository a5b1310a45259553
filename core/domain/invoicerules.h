#pragma once

#include "domain/companysettings.h"
#include "domain/customer.h"
#include "domain/invoice.h"
#include "domain/product.h"
#include "domain/role.h"

#include <QStringList>
#include <vector>

namespace Accrue {

// One thing that blocks saving an invoice, tied to the field that shows it.
struct InvoiceProblem
{
    enum class Field {
        Customer,
        Currency,
        IssueDate,
        DueDate,
        Lines,
        Description,
        Quantity,
        UnitPrice,
        Discount,
        TaxRate,
        ServicePeriod,
        Notes
    };
    Field field;
    int line = -1; // 0-based line index for line fields
    QString message;

    QString text() const; // "due_date: …", "line 2: …"
};

// What a person can do to an invoice from a list or a view.
enum class InvoiceAction {
    Edit,
    Issue,
    Delete,
    Duplicate,
    Pay,
    Credit,
    Void,
    ApplyCredit,
    Remind,
    Pdf
};

// A choice of the invoice list's status filter: a display status, or a
// group ("unpaid", "needs_review"); an empty key is every status.
struct InvoiceStatusFilter
{
    QString key;
    QString name; // translated
};

// The rules an invoice keeps whatever it comes from (the editor, the CLI,
// JSON or CSV import): checked without the book, so every reader and the
// editor call the same code.
class InvoiceRules final
{
public:
    // Problems that block saving, each tied to its field; empty when valid.
    static std::vector<InvoiceProblem> check(const Invoice &invoice);
    // The same as "field: message" lines.
    static QStringList validate(const Invoice &invoice);
    // A new, unsaved draft with the same customer, currency, lines and terms,
    // dated today.
    static Invoice duplicateOf(const Invoice &source, const QDate &today);

    // A new draft as the company writes them: dated today, due after the
    // company's terms, in the book's currency.
    static Invoice newDraft(const CompanySettings &company, const QDate &today,
                            const Currency &currency);
    // Choosing the customer brings its billing profile, currency and terms.
    static void applyCustomer(Invoice &invoice, const Customer &customer, qint64 profileId);
    // A line for a product: its name, tax category and rate (a rate typed
    // on the line before no longer overrides), recognition and (in the
    // product's own currency only) its price. False when the price could
    // not be taken because the invoice is in another currency.
    static bool applyProduct(InvoiceLine &line, const Product &product, const Currency &currency);
    // Why a line cannot be recognised by `method` when a file names it for
    // the line (a product's own method is taken as it is): empty when it
    // can. Asked for by name, a method has to be what the schedule does:
    // ratably spreads over the service period, so it needs one (without,
    // RecognitionSchedule would earn it at a point in time); as_delivered
    // bills the usage recorded for the line's product, so it needs a
    // product recognised as delivered. Unknown names are refused.
    static QString recognitionProblem(const InvoiceLine &line, const QString &method,
                                      const Product *product);

    // Whether the action applies to an invoice in a display status
    // ("draft", "overdue", ...; see toString(DisplayStatus)).
    static bool allows(InvoiceAction action, const QString &displayStatus);
    // The permission the action needs; with the role: whether it may.
    static Permission permission(InvoiceAction action);
    static bool allows(InvoiceAction action, const QString &displayStatus, Role role);
    // The status filter's choices, in the order a list offers them.
    static std::vector<InvoiceStatusFilter> statusFilters();
    // "Due soon": open invoices not yet overdue that fall due within this
    // many days from today (the filter and the Dashboard tile agree on it).
    static constexpr int dueSoonDays = 7;
};

} // namespace Accrue
