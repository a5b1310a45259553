#include "cliapp.h"

#include "billing/recognitionservice.h"
#include "billing/session.h"
#include "common/error.h"
#include "common/safetext.h"
#include "documents/reportfile.h"
#include "exchange/columnmapping.h"
#include "exchange/csvwriter.h"
#include "exchange/texttablewriter.h"
#include "mail/receiptmailer.h"
#include "reports/reportengine.h"
#include "security/auditlog.h"
#include "security/keychainlogin.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <cstdio>
#include <optional>

namespace Accrue {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Accrue::Cli", text);
}

struct OptionSpec
{
    const char *name;
    const char *valueName; // nullptr: a flag
    const char *help;
};

// Every option any command takes; checkOptionsAllowed() says which belong where.
constexpr OptionSpec optionSpecs[] = {
    { "db", "PATH|URL", "Book to use: a SQLite file or postgresql://user@host:port/db." },
    { "user", "NAME",
      "SQLite: work as this registered user of the book (accrue-cli user add; default: the "
      "login name, which the audit trail records too); on PostgreSQL the server's user is "
      "recorded." },
    { "today", "YYYY-MM-DD", "Date to treat as today (statuses, demo end)." },
    { "customers", "N", "demo: number of customers." },
    { "invoices", "N", "demo: number of invoices." },
    { "seed", "S", "demo: random seed (same seed, same book)." },
    { "currency", "CODE",
      "demo: ISO 4217 currency of the book; report: the currency; customer, product, plan "
      "add|edit: theirs." },
    { "status", "S",
      "invoice list, report: draft, open, partially_paid, overdue, paid, void, "
      "unpaid." },
    { "customer", "C", "invoice list, report: customer code or part of the name." },
    { "from", "YYYY-MM-DD|BOOK",
      "invoice list, report: from this date on; copy: the book to copy (file or URL)." },
    { "to", "YYYY-MM-DD|BOOK",
      "invoice list, report: up to this date; copy: the new book (file or URL)." },
    { "state", "S", "bank list: unmatched, proposed, matched or ignored." },
    { "as-of", "YYYY-MM-DD", "report: the date the report is as of (default today)." },
    { "module", "CODE", "report: only this module (product code)." },
    { "plan", "CODE", "report: only this plan (plan code)." },
    { "split", "BY", "report monthly-revenue: split by module, customer or plan." },
    { "account", "CODE",
      "report general-ledger: only this account; import bank, bank list: "
      "the bank account (default MAIN)." },
    { "excel", nullptr, "report --format csv: Excel's dialect for the locale (BOM, ; and ,)." },
    { "format", "table|csv|json|pdf",
      "Output format (default table; pdf needs -o); import bank: "
      "csv, ofx or camt053 (default: from the file)." },
    { "output", "FILE", "Write to FILE instead of standard output." },
    { "checkpoint", "FILE",
      "audit verify: also prove the trail still extends the checkpoint line in FILE." },
    { "issue", nullptr, "invoice create: issue the invoice right away." },
    { "amount", "A", "Amount as a decimal with a dot (invoice pay, credit-note create)." },
    { "date", "YYYY-MM-DD", "Date of the issue, payment or credit note (default today)." },
    { "method", "M", "invoice pay: bank_transfer, cheque, cash, card, direct_debit." },
    { "reference", "R", "invoice pay: the payer's reference." },
    { "invoice", "NUMBER",
      "credit-note create: the invoice to credit; reconcile accept: the invoice an ambiguous "
      "line pays; report recognition-schedule: the invoice whose schedule to show." },
    { "lines", "LIST", "credit-note create: line numbers, e.g. 1,3 or 2:50.00 (net)." },
    { "reason", "TEXT",
      "credit-note create: why the invoice is credited; reconcile ignore: why; reopen-period: "
      "why the period is reopened (required)." },
    { "keep-as-credit", nullptr, "credit-note create: keep it as customer credit." },
    { "out-dir", "DIR", "invoice pdf: write one PDF per invoice of --status into DIR." },
    { "paper", "a4|letter", "invoice pdf: paper size (default from the locale)." },
    { "mapping", "NAME|FILE",
      "import bank: the saved CSV mapping of the bank; customer|product|plan|subscription|"
      "tax-rate|rate import: a JSON file naming the file's column for each of Accrue's." },
    { "apply-confident", nullptr, "reconcile auto: apply unambiguous matches of 90% or more." },
    { "repeat", "N",
      "invoice create: create (and with --issue issue) the file's invoices N times, each time "
      "in its own transaction." },
    { "role", "admin|finance|viewer", "user add: the user's role." },
    { "name", "TEXT", "customer, product, plan add|edit: the name." },
    { "terms", "DAYS", "customer add|edit: payment terms in days (default 30)." },
    { "tax-id", "ID", "customer add|edit: tax ID (VAT number)." },
    { "email", "ADDRESS", "customer add|edit: e-mail address for invoices." },
    { "language", "CODE", "customer add|edit: language of their documents (de, en_US)." },
    { "notes", "TEXT", "customer add|edit: notes." },
    { "address", "TEXT", "customer add: street address of the billing profile." },
    { "city", "TEXT", "customer add: city." },
    { "postal-code", "TEXT", "customer add: postal code." },
    { "country", "CC", "customer add: country (ISO 3166 code)." },
    { "region", "TEXT", "customer add: region." },
    { "state-province", "TEXT", "customer add: state or province." },
    { "contact", "NAME", "customer add: contact person." },
    { "contact-email", "ADDRESS", "customer add: the contact's e-mail (default --email)." },
    { "archived", nullptr,
      "customer list: the archived customers; product, plan list: archived ones too." },
    { "kind", "KIND", "payment-method add: card, sepa_debit, bank_transfer or ach." },
    { "label", "TEXT", "payment-method add: a label (the gateway's reference)." },
    { "last4", "DIGITS", "payment-method add: the card's or account's last four digits." },
    { "expiry", "MM/YY", "payment-method add: the card's expiry." },
    { "mandate", "REF", "payment-method add: the direct-debit mandate reference." },
    { "iban", "IBAN", "payment-method add: the account's IBAN (checked, stored masked)." },
    { "cvc", "CODE", "Refused: a card's security code is never taken." },
    { "card-number", "NUMBER", "Refused: a full card number is never stored." },
    { "tax-country", "CC", "company set: where the company is registered for tax (DE, US)." },
    { "invoice-prefix", "TEXT", "company set: the invoice number prefix (INV)." },
    { "credit-note-prefix", "TEXT", "company set: the credit note number prefix (CN)." },
    { "billing-run", "issue|draft", "company set: billing runs issue invoices or leave drafts." },
    { "price", "AMOUNT",
      "product add|edit: the unit price; plan add|edit: the price per period (per unit for "
      "per_unit), a decimal with a dot." },
    { "unit", "TEXT", "product add|edit: what is sold by (unit, seat, user, GB, hour)." },
    { "tax-category", "C",
      "product add|edit: standard, reduced, zero, exempt or reverse_charge (default standard)." },
    { "recognition", "M",
      "product add|edit: point_in_time, ratably, as_delivered or milestone (default "
      "point_in_time)." },
    { "revenue-account", "CODE",
      "product add|edit: the revenue account's code (default the book's revenue account)." },
    { "product", "CODE", "plan add|edit: the product the plan bills." },
    { "period", "P", "plan add|edit: monthly, quarterly or annual (default monthly)." },
    { "pricing", "MODEL", "plan add|edit: flat, per_unit, graduated or volume (default flat)." },
    { "tier", "UPTO:PRICE[+FLAT]",
      "plan add|edit: a price tier, repeated in order; * for the open-ended last one "
      "(--tier 10:5.00 --tier '*:4.00+20.00')." },
    { "trial-days", "N", "plan add|edit: free days before the first period (default 0)." },
    { "password-stdin", nullptr,
      "user add, password set: read the password from standard input (never from the command "
      "line)." },
    // tax-rate
    { "category", "C", "tax-rate add: standard, reduced, zero, exempt or reverse_charge." },
    { "exemption-code", "CODE",
      "tax-rate add: why the supply carries no tax, as a VATEX code (VATEX-EU-AE)." },
    { "exemption-reason", "TEXT", "tax-rate add: the same in words, for e-invoices." },
    { "endpoint", "SCHEME:ID",
      "company set, customer add|edit: the electronic address for e-invoices "
      "(0088:4012345000009); customer edit sets the default billing profile's." },
    { "rate", "R",
      "tax-rate add: the rate in percent with up to four decimals, e.g. 19, 7.25 or 8.875; "
      "invoice pay: the exchange rate from "
      "the payment's --currency to the invoice's (1.0823)." },
    // Subscriptions and billing runs.
    { "licenses", "N", "subscription add|change: the number of licenses (seats)." },
    { "start", "YYYY-MM-DD", "subscription add: the first day (default today)." },
    { "profile", "ID", "subscription add: the billing profile (default the customer's)." },
    { "at-period-end", nullptr, "subscription cancel: at the end of the period holding --date." },
    { "preview", nullptr, "billing run: show what would be made, make nothing." },
    { "draft", nullptr, "billing run: leave the invoices as drafts (default: the setting)." },
    // Currencies and exchange rates.
    { "rate-from-book", nullptr,
      "invoice pay: take the book's exchange rate on the payment date." },
    { "replace", nullptr, "rate add, rate import: overwrite a stored day's different rate." },
    { "base", "CODE", "rate list: only rates of this base currency." },
    { "quote", "CODE", "rate list: only rates of this quote currency." },
    { "reporting-currency", "CODE",
      "report: convert each document at the rate of its date into this currency." },
    // Receipts, disputes and write-offs.
    { "note", "TEXT",
      "invoice dispute, dispute-note: a note on the dispute; dunning clear-flag: why." },
    { "by", "HOW", "invoice resolve-dispute: credit-note, write-off or withdrawn." },
    { "older-than", "DAYS", "write-off: invoices more than DAYS past due (default 90)." },
    { "dry-run", nullptr,
      "write-off: list what would be written off, change nothing; dunning run: the plan only; "
      "close-period: the checklist only." },
    { "receipt-prefix", "TEXT", "company set: the receipt number prefix (RCT)." },
    // Invoice and credit note documents (issue 15).
    { "out", "FILE", "credit-note pdf, receipt pdf: the PDF to write (like -o)." },
    { "pdf", "FILE", "import ubl: the PDF to show the received e-invoice in." },
    { "bic", "BIC", "company set: the bank's BIC (SWIFT code)." },
    { "bank-name", "TEXT", "company set: the bank's name on invoices." },
    { "account-number", "NUMBER", "company set: the account number (where IBANs are not used)." },
    { "routing-number", "NUMBER", "company set: the routing number (US ABA, UK sort code)." },
    { "registration-number", "TEXT",
      "company set: the company register's number for the invoice footer." },
    { "accent-color", "#RRGGBB",
      "company set: the colour of invoice headings and rules (empty: a sober blue)." },
    { "show-customer-code", "yes|no", "company set: print the customer's code on invoices." },
    { "show-status-stamp", "yes|no", "company set: stamp paid invoices \"PAID\"." },
    { "customers-change-quantity", "yes|no",
      "company set: let customer tenants' users change their subscriptions' quantities (root "
      "Admin only)." },
    // E-mail (mailcommands.cpp); mail test --to takes an address.
    { "eml", "DIR",
      "invoice send, receipt send, credit-note send: write each e-mail as DIR/NUMBER.eml "
      "instead of sending." },
    { "smtp-host", "HOST", "mail settings set: the SMTP server." },
    { "smtp-port", "PORT", "mail settings set: its port (587 STARTTLS, 465 SMTPS, 25)." },
    { "security", "none|starttls|smtps", "mail settings set: how the connection is secured." },
    { "smtp-user", "NAME",
      "mail settings set: the SMTP login (password: mail password set --password-stdin)." },
    { "from-address", "ADDRESS", "mail settings set: the sender's e-mail address." },
    { "from-name", "TEXT", "mail settings set: the sender's name (default the company's)." },
    { "timeout", "SECONDS", "mail settings set: connect timeout (a message gets 4 times)." },
    { "subject", "TEXT",
      "mail settings set: e-mail subject of the --template kind (default invoice: {customer} "
      "{invoice} {amount_due} {due_date} {company}; receipt: {customer} {receipt} {amount} "
      "{date} {invoices} {company}; credit-note: {customer} {credit_note} {invoice} {amount} "
      "{date} {company})." },
    { "body-file", "FILE",
      "mail settings set: e-mail text (UTF-8) of the --template kind, same placeholders." },
    { "template", "invoice|receipt|credit-note",
      "mail settings set: whose e-mail --subject and --body-file change (default invoice)." },
    { "ca-file", "FILE",
      "mail settings set: PEM file of the CA certificates to trust (empty: the system's)." },
    { "auto-send-receipts", "yes|no",
      "mail settings set: e-mail every receipt as its payment is recorded." },
    // Revenue recognition (recognitioncommands.cpp).
    { "through", "YYYY-MM-DD",
      "recognize: the last day to recognise revenue for (not after today)." },
    { "quantity", "Q", "usage add: the quantity delivered (up to three decimals)." },
    { "line", "N", "milestone: the invoice line's number (default 1)." },
    { "milestones", "NAME:PCT,...",
      "milestone define: the milestones and their shares (30/40/30)." },
    { "milestone", "K", "milestone done: which milestone (1 for the first)." },
    { "no-recognition", nullptr,
      "demo: leave revenue unrecognised (for benchmarks of recognize)." },
    // Tenants (tenantcommands.cpp); tenant add also takes --kind partner|customer,
    // --name, --customer CODE; tenant move --to TENANT.
    { "parent", "ID|NAME", "tenant add: the tenant the new one goes under." },
    { "tenant", "ID|NAME", "user add: the tenant the user belongs to (default the admin's)." },
};

QStringList customerOptions(bool withProfile)
{
    QStringList options { QStringLiteral("name"),  QStringLiteral("currency"),
                          QStringLiteral("terms"), QStringLiteral("tax-id"),
                          QStringLiteral("email"), QStringLiteral("language"),
                          QStringLiteral("notes"), QStringLiteral("endpoint") };
    if (withProfile)
        options << QStringLiteral("address") << QStringLiteral("city")
                << QStringLiteral("postal-code") << QStringLiteral("country")
                << QStringLiteral("region") << QStringLiteral("state-province")
                << QStringLiteral("contact") << QStringLiteral("contact-email");
    return options;
}

QStringList productOptions()
{
    return { QStringLiteral("name"),           QStringLiteral("price"),
             QStringLiteral("currency"),       QStringLiteral("unit"),
             QStringLiteral("tax-category"),   QStringLiteral("recognition"),
             QStringLiteral("revenue-account") };
}

QStringList planOptions()
{
    return { QStringLiteral("product"), QStringLiteral("name"),      QStringLiteral("period"),
             QStringLiteral("price"),   QStringLiteral("currency"),  QStringLiteral("pricing"),
             QStringLiteral("tier"),    QStringLiteral("trial-days") };
}

const QHash<QString, QStringList> &allowedOptions()
{
    static const QHash<QString, QStringList> allowed {
        { QStringLiteral("init"), {} },
        { QStringLiteral("demo"),
          { QStringLiteral("customers"), QStringLiteral("invoices"), QStringLiteral("seed"),
            QStringLiteral("currency"), QStringLiteral("no-recognition") } },
        { QStringLiteral("invoice list"),
          { QStringLiteral("status"), QStringLiteral("customer"), QStringLiteral("from"),
            QStringLiteral("to"), QStringLiteral("format"), QStringLiteral("output") } },
        { QStringLiteral("invoice show"), {} },
        { QStringLiteral("invoice create"), { QStringLiteral("issue"), QStringLiteral("repeat") } },
        { QStringLiteral("invoice issue"), { QStringLiteral("date") } },
        { QStringLiteral("invoice pdf"),
          { QStringLiteral("output"), QStringLiteral("status"), QStringLiteral("out-dir"),
            QStringLiteral("paper") } },
        { QStringLiteral("invoice pay"),
          { QStringLiteral("amount"), QStringLiteral("date"), QStringLiteral("method"),
            QStringLiteral("reference"), QStringLiteral("currency"), QStringLiteral("rate"),
            QStringLiteral("rate-from-book") } },
        { QStringLiteral("credit-note create"),
          { QStringLiteral("invoice"), QStringLiteral("amount"), QStringLiteral("lines"),
            QStringLiteral("reason"), QStringLiteral("date"), QStringLiteral("keep-as-credit") } },
        { QStringLiteral("credit-note pdf"),
          { QStringLiteral("output"), QStringLiteral("out"), QStringLiteral("paper") } },
        { QStringLiteral("report list"), {} },
        { QStringLiteral("import bank"),
          { QStringLiteral("format"), QStringLiteral("mapping"), QStringLiteral("account") } },
        { QStringLiteral("bank list"),
          { QStringLiteral("account"), QStringLiteral("state"), QStringLiteral("format"),
            QStringLiteral("output") } },
        { QStringLiteral("bank mapping"), {} },
        { QStringLiteral("import gateway"), {} },
        { QStringLiteral("import ubl"), { QStringLiteral("pdf"), QStringLiteral("paper") } },
        { QStringLiteral("reconcile auto"), { QStringLiteral("apply-confident") } },
        { QStringLiteral("reconcile accept"), { QStringLiteral("invoice") } },
        { QStringLiteral("reconcile reject"), {} },
        { QStringLiteral("reconcile ignore"), { QStringLiteral("reason") } },
        { QStringLiteral("reconcile unmatch"), {} },
        { QStringLiteral("audit verify"), { QStringLiteral("checkpoint") } },
        { QStringLiteral("audit checkpoint"), { QStringLiteral("output") } },
        { QStringLiteral("audit list"), { QStringLiteral("format"), QStringLiteral("output") } },
        { QStringLiteral("copy"), { QStringLiteral("from"), QStringLiteral("to") } },
        { QStringLiteral("user list"), {} },
        { QStringLiteral("user add"),
          { QStringLiteral("role"), QStringLiteral("password-stdin"), QStringLiteral("tenant") } },
        { QStringLiteral("tenant add"),
          { QStringLiteral("kind"), QStringLiteral("parent"), QStringLiteral("name"),
            QStringLiteral("customer") } },
        { QStringLiteral("tenant list"), { QStringLiteral("format"), QStringLiteral("output") } },
        { QStringLiteral("tenant move"), { QStringLiteral("to") } },
        { QStringLiteral("user remove"), {} },
        { QStringLiteral("password set"), { QStringLiteral("password-stdin") } },
        { QStringLiteral("password forget"), {} },
        { QStringLiteral("company show"), { QStringLiteral("format"), QStringLiteral("output") } },
        { QStringLiteral("company set"),
          { QStringLiteral("name"),
            QStringLiteral("endpoint"),
            QStringLiteral("address"),
            QStringLiteral("tax-id"),
            QStringLiteral("currency"),
            QStringLiteral("tax-country"),
            QStringLiteral("iban"),
            QStringLiteral("terms"),
            QStringLiteral("invoice-prefix"),
            QStringLiteral("credit-note-prefix"),
            QStringLiteral("billing-run"),
            QStringLiteral("bic"),
            QStringLiteral("bank-name"),
            QStringLiteral("account-number"),
            QStringLiteral("routing-number"),
            QStringLiteral("registration-number"),
            QStringLiteral("accent-color"),
            QStringLiteral("show-customer-code"),
            QStringLiteral("show-status-stamp"),
            QStringLiteral("receipt-prefix"),
            QStringLiteral("customers-change-quantity") } },
        { QStringLiteral("customer add"), customerOptions(true) },
        { QStringLiteral("customer edit"), customerOptions(false) },
        { QStringLiteral("customer list"),
          { QStringLiteral("customer"), QStringLiteral("archived"), QStringLiteral("format"),
            QStringLiteral("output") } },
        { QStringLiteral("customer show"), { QStringLiteral("format"), QStringLiteral("output") } },
        { QStringLiteral("customer archive"), {} },
        { QStringLiteral("customer restore"), {} },
        { QStringLiteral("customer delete"), {} },
        { QStringLiteral("customer import"), { QStringLiteral("mapping") } },
        { QStringLiteral("payment-method add"),
          { QStringLiteral("kind"), QStringLiteral("label"), QStringLiteral("last4"),
            QStringLiteral("expiry"), QStringLiteral("mandate"), QStringLiteral("iban"),
            QStringLiteral("cvc"), QStringLiteral("card-number") } },
        { QStringLiteral("payment-method list"),
          { QStringLiteral("format"), QStringLiteral("output") } },
        { QStringLiteral("product add"), productOptions() },
        { QStringLiteral("product edit"), productOptions() },
        { QStringLiteral("product list"),
          { QStringLiteral("archived"), QStringLiteral("format"), QStringLiteral("output") } },
        { QStringLiteral("product show"), { QStringLiteral("format"), QStringLiteral("output") } },
        { QStringLiteral("product archive"), {} },
        { QStringLiteral("product restore"), {} },
        { QStringLiteral("product import"), { QStringLiteral("mapping") } },
        { QStringLiteral("plan add"), planOptions() },
        { QStringLiteral("plan edit"), planOptions() },
        { QStringLiteral("plan list"),
          { QStringLiteral("archived"), QStringLiteral("format"), QStringLiteral("output") } },
        { QStringLiteral("plan show"), { QStringLiteral("format"), QStringLiteral("output") } },
        { QStringLiteral("plan archive"), {} },
        { QStringLiteral("plan restore"), {} },
        { QStringLiteral("plan import"), { QStringLiteral("mapping") } },
        { QStringLiteral("tax-rate add"),
          { QStringLiteral("country"), QStringLiteral("region"), QStringLiteral("category"),
            QStringLiteral("rate"), QStringLiteral("name"), QStringLiteral("from"),
            QStringLiteral("to"), QStringLiteral("exemption-code"),
            QStringLiteral("exemption-reason") } },
        { QStringLiteral("tax-rate list"),
          { QStringLiteral("country"), QStringLiteral("format"), QStringLiteral("output") } },
        { QStringLiteral("tax-rate import"), { QStringLiteral("mapping") } },
        { QStringLiteral("tax-rate end"), { QStringLiteral("to") } },
        { QStringLiteral("tax-country"), {} },
        // Subscriptions and billing runs.
        { QStringLiteral("subscription add"),
          { QStringLiteral("customer"), QStringLiteral("plan"), QStringLiteral("name"),
            QStringLiteral("licenses"), QStringLiteral("start"), QStringLiteral("region"),
            QStringLiteral("state-province"), QStringLiteral("profile") } },
        { QStringLiteral("subscription change"),
          { QStringLiteral("plan"), QStringLiteral("licenses"), QStringLiteral("date") } },
        { QStringLiteral("subscription pause"), { QStringLiteral("date") } },
        { QStringLiteral("subscription resume"), { QStringLiteral("date") } },
        { QStringLiteral("subscription cancel"),
          { QStringLiteral("date"), QStringLiteral("at-period-end") } },
        { QStringLiteral("subscription list"),
          { QStringLiteral("customer"), QStringLiteral("status"), QStringLiteral("format"),
            QStringLiteral("output") } },
        { QStringLiteral("subscription show"),
          { QStringLiteral("format"), QStringLiteral("output") } },
        { QStringLiteral("subscription import"), { QStringLiteral("mapping") } },
        { QStringLiteral("billing run"),
          { QStringLiteral("date"), QStringLiteral("preview"), QStringLiteral("issue"),
            QStringLiteral("draft"), QStringLiteral("format"), QStringLiteral("output") } },
        { QStringLiteral("rate add"), { QStringLiteral("date"), QStringLiteral("replace") } },
        { QStringLiteral("rate list"),
          { QStringLiteral("base"), QStringLiteral("quote"), QStringLiteral("from"),
            QStringLiteral("to"), QStringLiteral("format"), QStringLiteral("output") } },
        { QStringLiteral("rate import"), { QStringLiteral("replace"), QStringLiteral("mapping") } },
        // Receipts, disputes and write-offs.
        { QStringLiteral("receipt list"),
          { QStringLiteral("customer"), QStringLiteral("format"), QStringLiteral("output") } },
        { QStringLiteral("receipt show"), { QStringLiteral("format"), QStringLiteral("output") } },
        { QStringLiteral("receipt pdf"), { QStringLiteral("out"), QStringLiteral("output") } },
        { QStringLiteral("invoice dispute"),
          { QStringLiteral("reason"), QStringLiteral("note"), QStringLiteral("date") } },
        { QStringLiteral("invoice dispute-note"), { QStringLiteral("note") } },
        { QStringLiteral("invoice resolve-dispute"),
          { QStringLiteral("by"), QStringLiteral("reason"), QStringLiteral("date") } },
        { QStringLiteral("invoice write-off"),
          { QStringLiteral("reason"), QStringLiteral("date") } },
        { QStringLiteral("write-off"),
          { QStringLiteral("older-than"), QStringLiteral("as-of"), QStringLiteral("reason"),
            QStringLiteral("dry-run"), QStringLiteral("format"), QStringLiteral("output") } },
        // E-mail (mailcommands.cpp).
        { QStringLiteral("invoice send"),
          { QStringLiteral("status"), QStringLiteral("eml"), QStringLiteral("password-stdin") } },
        { QStringLiteral("mail outbox"),
          { QStringLiteral("status"), QStringLiteral("format"), QStringLiteral("output") } },
        { QStringLiteral("mail deliver"), { QStringLiteral("password-stdin") } },
        { QStringLiteral("mail test"), { QStringLiteral("to"), QStringLiteral("password-stdin") } },
        { QStringLiteral("mail retry"), {} },
        { QStringLiteral("receipt send"),
          { QStringLiteral("eml"), QStringLiteral("password-stdin") } },
        { QStringLiteral("credit-note send"),
          { QStringLiteral("eml"), QStringLiteral("password-stdin") } },
        { QStringLiteral("mail password"), { QStringLiteral("password-stdin") } },
        { QStringLiteral("mail settings"),
          { QStringLiteral("smtp-host"), QStringLiteral("smtp-port"), QStringLiteral("security"),
            QStringLiteral("smtp-user"), QStringLiteral("from-address"),
            QStringLiteral("from-name"), QStringLiteral("timeout"), QStringLiteral("subject"),
            QStringLiteral("body-file"), QStringLiteral("template"), QStringLiteral("ca-file"),
            QStringLiteral("auto-send-receipts"), QStringLiteral("format"),
            QStringLiteral("output") } },
        // Dunning (dunningcommands.cpp).
        { QStringLiteral("dunning run"),
          { QStringLiteral("date"), QStringLiteral("dry-run"), QStringLiteral("format"),
            QStringLiteral("output") } },
        { QStringLiteral("dunning steps"), { QStringLiteral("format"), QStringLiteral("output") } },
        { QStringLiteral("dunning flagged"),
          { QStringLiteral("format"), QStringLiteral("output") } },
        { QStringLiteral("dunning clear-flag"), { QStringLiteral("note") } },
        // Revenue recognition (recognitioncommands.cpp).
        { QStringLiteral("recognize"), { QStringLiteral("through"), QStringLiteral("dry-run") } },
        { QStringLiteral("usage add"),
          { QStringLiteral("customer"), QStringLiteral("product"), QStringLiteral("quantity"),
            QStringLiteral("date") } },
        { QStringLiteral("milestone define"),
          { QStringLiteral("line"), QStringLiteral("milestones"), QStringLiteral("format"),
            QStringLiteral("output") } },
        { QStringLiteral("milestone done"),
          { QStringLiteral("line"), QStringLiteral("milestone"), QStringLiteral("date") } },
        { QStringLiteral("milestone list"),
          { QStringLiteral("line"), QStringLiteral("format"), QStringLiteral("output") } },
        // Accounting exports (exportcommands.cpp).
        { QStringLiteral("export journal"),
          { QStringLiteral("format"), QStringLiteral("from"), QStringLiteral("to"),
            QStringLiteral("currency"), QStringLiteral("output") } },
        { QStringLiteral("export mapping"),
          { QStringLiteral("format"), QStringLiteral("output") } },
        { QStringLiteral("export ubl"), { QStringLiteral("output") } },
        // Month-end close (periodcommands.cpp).
        { QStringLiteral("close-period"),
          { QStringLiteral("dry-run"), QStringLiteral("format"), QStringLiteral("output") } },
        { QStringLiteral("reopen-period"), { QStringLiteral("reason") } },
        { QStringLiteral("periods"), { QStringLiteral("format"), QStringLiteral("output") } },
    };
    return allowed;
}

bool takesSubcommand(const QString &command)
{
    return command == QLatin1String("invoice") || command == QLatin1String("report")
        || command == QLatin1String("audit") || command == QLatin1String("credit-note")
        || command == QLatin1String("import") || command == QLatin1String("bank")
        || command == QLatin1String("reconcile") || command == QLatin1String("user")
        || command == QLatin1String("password") || command == QLatin1String("customer")
        || command == QLatin1String("payment-method") || command == QLatin1String("company")
        || command == QLatin1String("product") || command == QLatin1String("plan")
        || command == QLatin1String("tax-rate") || command == QLatin1String("subscription")
        || command == QLatin1String("billing") || command == QLatin1String("rate")
        || command == QLatin1String("receipt") || command == QLatin1String("mail")
        || command == QLatin1String("dunning") || command == QLatin1String("usage")
        || command == QLatin1String("milestone") || command == QLatin1String("export")
        || command == QLatin1String("tenant");
}

} // namespace

CliApp::CliApp()
    : m_out(stdout)
    , m_err(stderr)
{
    m_parser.setApplicationDescription(
        tr("Accrue billing and receivables, from the command line."));
    m_parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    for (const OptionSpec &spec : optionSpecs) {
        QStringList names { QString::fromLatin1(spec.name) };
        if (names.first() == QLatin1String("output"))
            names.prepend(QStringLiteral("o"));
        QCommandLineOption option(names, tr(spec.help));
        if (spec.valueName)
            option.setValueName(QString::fromLatin1(spec.valueName));
        m_parser.addOption(option);
    }
    m_parser.addPositionalArgument(
        QStringLiteral("command"),
        tr("init | demo | invoice list | invoice show NUMBER | invoice create FILE.json|FILE.csv "
           "(a line's optional recognition: point_in_time|ratably|as_delivered|milestone) | "
           "invoice issue ID | invoice pay NUMBER | invoice pdf | credit-note create | "
           "credit-note pdf NUMBER --out FILE | "
           "report list | report NAME | import bank FILE | import gateway FILE | bank list | bank "
           "mapping FILE.json | "
           "reconcile auto|accept|reject|ignore|unmatch | audit verify [--checkpoint "
           "FILE]|list|checkpoint [-o FILE] | copy --from BOOK "
           "--to "
           "BOOK | "
           "user list | user add NAME --role R [--tenant T] | user remove NAME | "
           "tenant add --kind partner|customer --parent T --name N [--customer CODE] | "
           "tenant list | tenant move CUSTOMER --to T | password set|forget | "
           "customer add|edit|list|show|archive|restore|delete|import FILE.csv | "
           "payment-method add|list | "
           "product add|edit|list|show|archive|restore|import FILE.csv | "
           "plan add|edit|list|show|archive|restore|import FILE.csv | "
           "tax-rate add|list|end ID --to D|import FILE.csv | tax-country [CC] | company show|set "
           "| "
           "subscription add|change|pause|resume|cancel|list|show|import | billing run | "
           "rate add BASE QUOTE RATE|list|import FILE | "
           "receipt list|show NUMBER|pdf NUMBER --out FILE | invoice dispute NUMBER --reason R | "
           "invoice dispute-note NUMBER --note N | "
           "invoice resolve-dispute NUMBER --by credit-note|write-off|withdrawn | "
           "invoice write-off NUMBER --reason R | write-off --older-than 90 --as-of D --reason R | "
           "invoice send NUMBER|--status S [--eml DIR] | receipt send NUMBER [--eml DIR] | "
           "credit-note send NUMBER [--eml DIR] | mail outbox|deliver|retry ID|test --to ADDR | "
           "mail settings show|set | mail password set|forget | "
           "dunning run [--dry-run] [--date D] | dunning steps show|set FILE.json | "
           "dunning flagged | dunning clear-flag NUMBER [--note T] | "
           "recognize --through D [--dry-run] | usage add --customer C --product P --quantity Q | "
           "milestone define|done|list NUMBER --line N | "
           "export journal --format iif|xero|netsuite|ledger [--from D --to D] [--currency C] "
           "-o FILE | export mapping show|set --format iif|xero|netsuite [FILE.csv] | "
           "export ubl NUMBER -o FILE.xml (an EN 16931 / PEPPOL BIS 3 e-invoice) | "
           "import ubl FILE.xml --pdf OUT.pdf | "

           "close-period YYYY-MM [--dry-run] (exit codes: 0 closed or nothing blocks the dry "
           "run, 1 error, 2 usage, 3 the checklist blocks, 4 already closed) | "
           "reopen-period YYYY-MM --reason TEXT (Admin) | periods"));
}

CliApp::~CliApp() = default;

void CliApp::printUsage()
{
    m_out << m_parser.helpText();
    m_out.flush();
}

int CliApp::run(const QStringList &arguments)
{
    try {
        if (!m_parser.parse(arguments))
            throw UsageError { m_parser.errorText() };
        if (m_parser.isSet(QStringLiteral("help"))) {
            printUsage();
            return 0;
        }
        if (m_parser.isSet(QStringLiteral("version"))) {
            m_out << QCoreApplication::applicationName() << ' '
                  << QCoreApplication::applicationVersion() << '\n';
            return 0;
        }
        const QStringList words = m_parser.positionalArguments();
        if (words.isEmpty())
            throw UsageError { tr("No command given (try --help)") };
        const QString command = words.first();
        const QString sub = takesSubcommand(command) && words.size() > 1 ? words.at(1) : QString();
        checkOptionsAllowed(command, sub);
        const int rc = dispatch(command, sub);
        m_out.flush();
        return rc;
    } catch (const UsageError &e) {
        m_out.flush();
        m_err << "accrue-cli: " << safeMessage(e.message) << '\n';
        return 2;
    } catch (const Error &e) {
        m_out.flush();
        m_err << "accrue-cli: " << safeMessage(e.userMessage()) << '\n';
        if (!e.detail().isEmpty() && qEnvironmentVariableIsSet("ACCRUE_DEBUG"))
            m_err << "  " << safeMessage(e.detail(), 2000) << '\n';
        return 1;
    } catch (const std::exception &e) {
        m_out.flush();
        m_err << "accrue-cli: " << safeMessage(QString::fromLocal8Bit(e.what())) << '\n';
        return 1;
    }
}

QStringList CliApp::reportOptions(const QString &name)
{
    const ReportDefinition *report = ReportEngine::find(name);
    if (!report)
        return {};
    QStringList options { QStringLiteral("format"), QStringLiteral("output"),
                          QStringLiteral("excel") };
    static const std::pair<ReportParameter, QStringList> names[] = {
        { ReportParameter::DateRange, { QStringLiteral("from"), QStringLiteral("to") } },
        { ReportParameter::AsOf, { QStringLiteral("as-of") } },
        { ReportParameter::Customer, { QStringLiteral("customer") } },
        { ReportParameter::Module, { QStringLiteral("module") } },
        { ReportParameter::Plan, { QStringLiteral("plan") } },
        { ReportParameter::Currency, { QStringLiteral("currency") } },
        { ReportParameter::Status, { QStringLiteral("status") } },
        { ReportParameter::Split, { QStringLiteral("split") } },
        { ReportParameter::Account, { QStringLiteral("account") } },
        { ReportParameter::ReportingCurrency, { QStringLiteral("reporting-currency") } },
        { ReportParameter::Invoice, { QStringLiteral("invoice") } },
    };
    for (const auto &[parameter, optionNames] : names)
        if (report->takes(parameter))
            options << optionNames;
    return options;
}

void CliApp::checkOptionsAllowed(const QString &command, const QString &sub) const
{
    const QString key = takesSubcommand(command) ? command + u' ' + sub : command;
    std::optional<QStringList> allowed;
    if (const auto it = allowedOptions().constFind(key); it != allowedOptions().constEnd())
        allowed = *it;
    else if (command == QLatin1String("report") && ReportEngine::find(sub))
        allowed = reportOptions(sub); // each report takes the options of its parameters
    if (!allowed) {
        if (command == QLatin1String("report") && !sub.isEmpty()) {
            QStringList names;
            for (const ReportDefinition &r : ReportEngine::reports())
                names << r.name;
            throw UsageError { tr("There is no report “%1”. Reports: %2")
                                   .arg(sub, names.join(QStringLiteral(", "))) };
        }
        if (takesSubcommand(command))
            throw UsageError { sub.isEmpty()
                                   ? tr("“%1” needs a subcommand (try --help)").arg(command)
                                   : tr("Unknown command “%1 %2”").arg(command, sub) };
        throw UsageError { tr("Unknown command “%1” (try --help)").arg(command) };
    }
    static const QStringList global { QStringLiteral("db"), QStringLiteral("user"),
                                      QStringLiteral("today") };
    for (const QString &name : m_parser.optionNames()) {
        const QString longName = name == QLatin1String("o") ? QStringLiteral("output") : name;
        if (!global.contains(longName) && !allowed->contains(longName))
            throw UsageError { tr("Option --%1 does not apply to “%2”").arg(longName, key) };
    }
}

int CliApp::dispatch(const QString &command, const QString &sub)
{
    if (command == QLatin1String("init"))
        return runInit(*this);
    if (command == QLatin1String("demo"))
        return runDemo(*this);
    if (command == QLatin1String("invoice") && sub == QLatin1String("list"))
        return runInvoiceList(*this);
    if (command == QLatin1String("invoice") && sub == QLatin1String("show"))
        return runInvoiceShow(*this);
    if (command == QLatin1String("invoice") && sub == QLatin1String("create"))
        return runInvoiceCreate(*this);
    if (command == QLatin1String("invoice") && sub == QLatin1String("issue"))
        return runInvoiceIssue(*this);
    if (command == QLatin1String("invoice") && sub == QLatin1String("pay"))
        return runInvoicePay(*this);
    if (command == QLatin1String("invoice") && sub == QLatin1String("pdf"))
        return runInvoicePdf(*this);
    if (command == QLatin1String("credit-note") && sub == QLatin1String("create"))
        return runCreditNoteCreate(*this);
    if (command == QLatin1String("credit-note") && sub == QLatin1String("pdf"))
        return runCreditNotePdf(*this);
    if (command == QLatin1String("import") && sub == QLatin1String("bank"))
        return runImportBank(*this);
    if (command == QLatin1String("import") && sub == QLatin1String("ubl"))
        return runImportUbl(*this);
    if (command == QLatin1String("import") && sub == QLatin1String("gateway"))
        return runImportGateway(*this);
    if (command == QLatin1String("bank") && sub == QLatin1String("list"))
        return runBankList(*this);
    if (command == QLatin1String("bank") && sub == QLatin1String("mapping"))
        return runBankMapping(*this);
    if (command == QLatin1String("reconcile") && sub == QLatin1String("auto"))
        return runReconcileAuto(*this);
    if (command == QLatin1String("reconcile"))
        return runReconcileLine(*this, sub);
    if (command == QLatin1String("report") && sub == QLatin1String("list"))
        return runReportList(*this);
    if (command == QLatin1String("report"))
        return runReport(*this, sub);
    if (command == QLatin1String("audit") && sub == QLatin1String("verify"))
        return runAuditVerify(*this);
    if (command == QLatin1String("audit") && sub == QLatin1String("list"))
        return runAuditList(*this);
    if (command == QLatin1String("audit") && sub == QLatin1String("checkpoint"))
        return runAuditCheckpoint(*this);
    if (command == QLatin1String("copy"))
        return runCopy(*this);
    if (command == QLatin1String("user"))
        return runUser(*this, sub);
    if (command == QLatin1String("password"))
        return runPassword(*this, sub);
    if (command == QLatin1String("tenant"))
        return runTenant(*this, sub);
    if (command == QLatin1String("customer") && sub == QLatin1String("add"))
        return runCustomerAdd(*this);
    if (command == QLatin1String("customer") && sub == QLatin1String("edit"))
        return runCustomerEdit(*this);
    if (command == QLatin1String("customer") && sub == QLatin1String("list"))
        return runCustomerList(*this);
    if (command == QLatin1String("customer") && sub == QLatin1String("show"))
        return runCustomerShow(*this);
    if (command == QLatin1String("customer") && sub == QLatin1String("import"))
        return runCustomerImport(*this);
    if (command == QLatin1String("customer"))
        return runCustomerState(*this, sub);
    if (command == QLatin1String("payment-method"))
        return runPaymentMethod(*this, sub);
    if (command == QLatin1String("company"))
        return runCompany(*this, sub);
    if (command == QLatin1String("product"))
        return runProduct(*this, sub);
    if (command == QLatin1String("plan"))
        return runPlan(*this, sub);
    if (command == QLatin1String("tax-rate"))
        return runTaxRate(*this, sub);
    if (command == QLatin1String("tax-country"))
        return runTaxCountry(*this);
    if (command == QLatin1String("subscription"))
        return runSubscription(*this, sub);
    if (command == QLatin1String("billing") && sub == QLatin1String("run"))
        return runBillingRun(*this);
    if (command == QLatin1String("rate"))
        return runRate(*this, sub);
    // E-mail of receipts (mailcommands.cpp), before the other receipt commands.
    if (command == QLatin1String("receipt") && sub == QLatin1String("send"))
        return runReceiptSend(*this);
    // Receipts, disputes and write-offs.
    if (command == QLatin1String("receipt"))
        return runReceipt(*this, sub);
    if (command == QLatin1String("invoice") && sub == QLatin1String("dispute"))
        return runInvoiceDispute(*this);
    if (command == QLatin1String("invoice") && sub == QLatin1String("dispute-note"))
        return runInvoiceDisputeNote(*this);
    if (command == QLatin1String("invoice") && sub == QLatin1String("resolve-dispute"))
        return runInvoiceResolveDispute(*this);
    if (command == QLatin1String("invoice") && sub == QLatin1String("write-off"))
        return runInvoiceWriteOff(*this);
    if (command == QLatin1String("write-off"))
        return runWriteOff(*this);
    if (command == QLatin1String("invoice") && sub == QLatin1String("send"))
        return runInvoiceSend(*this);
    if (command == QLatin1String("credit-note") && sub == QLatin1String("send"))
        return runCreditNoteSend(*this);
    if (command == QLatin1String("mail"))
        return runMail(*this, sub);
    if (command == QLatin1String("dunning"))
        return runDunning(*this, sub);
    // Revenue recognition.
    if (command == QLatin1String("recognize"))
        return runRecognize(*this);
    if (command == QLatin1String("usage"))
        return runUsage(*this, sub);
    if (command == QLatin1String("milestone"))
        return runMilestone(*this, sub);
    if (command == QLatin1String("export"))
        return runExport(*this, sub);
    if (command == QLatin1String("close-period") || command == QLatin1String("reopen-period")
        || command == QLatin1String("periods"))
        return runPeriodCommand(*this, command);
    throw UsageError { tr("Unknown command (try --help)") };
}

QByteArray CliApp::readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw Error(tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), f.errorString()));
    return f.readAll();
}

QByteArray CliApp::readImport(const QString &path, const QStringList &columns) const
{
    const QByteArray bytes = readFile(path);
    if (!isSet(QStringLiteral("mapping")))
        return bytes;
    const QString mappingFile = value(QStringLiteral("mapping"));
    return ColumnMapping::fromJson(readFile(mappingFile), QFileInfo(mappingFile).fileName())
        .apply(bytes, QFileInfo(path).fileName(), columns);
}

QStringList CliApp::commandArguments() const
{
    QStringList words = m_parser.positionalArguments();
    const int skip = takesSubcommand(words.value(0)) ? 2 : 1;
    return words.mid(skip);
}

QDate CliApp::dateOption(const QString &option, const QDate &fallback) const
{
    if (!m_parser.isSet(option))
        return fallback;
    const QString text = m_parser.value(option);
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid() || text.size() != 10)
        throw UsageError {
            tr("--%1: “%2” is not a valid date (use YYYY-MM-DD)").arg(option, text)
        };
    return date;
}

qint64 CliApp::integerOption(const QString &option, qint64 fallback, qint64 min, qint64 max) const
{
    if (!m_parser.isSet(option))
        return fallback;
    bool ok = false;
    const qint64 value = m_parser.value(option).toLongLong(&ok);
    if (!ok || value < min || value > max)
        throw UsageError { tr("--%1: “%2” is not a whole number from %3 to %4")
                               .arg(option, m_parser.value(option))
                               .arg(min)
                               .arg(max) };
    return value;
}

Database &CliApp::openBook(bool create)
{
    const QDate today = dateOption(QStringLiteral("today"), QDate()); // checked before opening
    const QString location = m_parser.isSet(QStringLiteral("db"))
        ? m_parser.value(QStringLiteral("db"))
        : Database::defaultLocation();
    Database::refusePasswordInArguments(location);
    m_db = connect(
        location,
        int(create ? Database::OpenMode::CreateIfMissing : Database::OpenMode::MustExist));
    const int before = create ? m_db->schemaVersion() : 0;
    if (create)
        m_db->migrate();
    else
        m_db->checkSchema();
    const bool claimed = m_parser.isSet(QStringLiteral("user"));
    const QString user
        = claimed ? m_parser.value(QStringLiteral("user")) : AuditLog::currentUserName();
    if (claimed)
        Session::checkUserName(*m_db, user); // SQLite: registered users only
    m_session = std::make_unique<Session>(*m_db, user);
    m_session->setToday(today);
    if (RecognitionService::needsCatchUp(before))
        RecognitionService(*m_session).catchUp(); // schedules for a book from before them
    // Receipts issued by this command are e-mailed when the book says so.
    ReceiptMailer::installAutoSend(*m_session);
    // What a change must tell the user (a posting moved out of a closed
    // month) goes to standard error, beside the command's own output.
    QObject::connect(&m_session->changes(), &ChangeBus::noticed, [this](const QString &text) {
        m_err << text << '\n' << Qt::flush;
    });
    return *m_db;
}

QString CliApp::location() const
{
    return m_parser.isSet(QStringLiteral("db")) ? m_parser.value(QStringLiteral("db"))
                                                : Database::defaultLocation();
}

std::unique_ptr<Database> CliApp::connect(const QString &location, int mode)
{
    // A password is never taken from the command line; without one from
    // libpq or the keychain, say how to give one.
    bool noKeychain = false;
    try {
        return KeychainLogin::open(location, Database::OpenMode(mode), &noKeychain);
    } catch (const Error &e) {
        if (e.kind() != Error::Kind::PasswordRequired)
            throw;
        throw Error(
            e.userMessage() + u'\n'
                + tr("Give it with PGPASSWORD or ~/.pgpass, or store it in the OS "
                     "keychain: accrue-cli password set --db URL --password-stdin%1")
                      .arg(noKeychain ? tr(" (no keychain is reachable from here)") : QString()),
            e.detail(), Error::Kind::PasswordRequired);
    }
}

QString CliApp::readSecretFromStdin()
{
    QTextStream in(stdin);
    const QString password = in.readLine();
    if (password.isEmpty())
        throw UsageError { tr("--password-stdin: standard input held no password") };
    return password;
}

Session &CliApp::session()
{
    Q_ASSERT(m_session);
    return *m_session;
}

void CliApp::writeReport(const std::function<void(ReportSink &)> &produce,
                         const QString &parameters)
{
    const QString format = m_parser.isSet(QStringLiteral("format"))
        ? m_parser.value(QStringLiteral("format"))
        : QStringLiteral("table");
    if (format != QLatin1String("table") && format != QLatin1String("csv")
        && format != QLatin1String("pdf") && format != QLatin1String("json"))
        throw UsageError { tr("--format: “%1” is not table, csv, json or pdf").arg(format) };
    const bool csv = format == QLatin1String("csv");
    const bool excel = m_parser.isSet(QStringLiteral("excel"));
    if (excel && !csv)
        throw UsageError { tr("--excel goes with --format csv") };
    if (format == QLatin1String("pdf") && !m_parser.isSet(QStringLiteral("output")))
        throw UsageError { tr("--format pdf needs -o FILE.pdf") };

    m_out.flush(); // what was said before comes first on standard output
    const ReportFile::Format fileFormat = format == QLatin1String("pdf") ? ReportFile::Format::Pdf
        : format == QLatin1String("json")                                ? ReportFile::Format::Json
        : !csv                                                           ? ReportFile::Format::Table
        : excel ? ReportFile::Format::ExcelCsv
                : ReportFile::Format::Csv;
    const QString output = m_parser.isSet(QStringLiteral("output"))
        ? m_parser.value(QStringLiteral("output"))
        : QStringLiteral("-");
    ReportFile::write(session(), output, fileFormat, produce, parameters);
}

} // namespace Accrue
