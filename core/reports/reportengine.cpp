#include "reports/reportengine.h"

#include "common/error.h"
#include "common/localdates.h"
#include "money/currency.h"
#include "reports/agingreport.h"
#include "reports/creditnotesreport.h"
#include "reports/customercreditreport.h"
#include "reports/deferredrevenuereport.h"
#include "reports/generalledgerreport.h"
#include "reports/invoicelistreport.h"
#include "reports/invoicesummaryreport.h"
#include "reports/monthlyrevenuereport.h"
#include "reports/partnerrevenuereport.h"
#include "reports/paymentreconciliationreport.h"
#include "reports/paymentsreceivedreport.h"
#include "reports/recognitionreports.h"
#include "reports/revenuesharereport.h"
#include "reports/statementofaccountreport.h"
#include "reports/taxreport.h"
#include "reports/trialbalancereport.h"
#include "reports/unbilledrevenuereport.h"
#include "storage/database.h"
#include "storage/tenantrepository.h"

#include <QCoreApplication>

namespace Accrue {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Accrue::ReportEngine", text);
}

using P = ReportParameter;
using Kind = ReportChart::Kind;

std::vector<ReportDefinition> makeReports()
{
    const QList<P> period { P::DateRange, P::Customer, P::Module, P::Plan };
    auto share = [](RevenueShareReport::By by) {
        return [by](Database &db, const ReportParameters &p, ReportSink &sink) {
            RevenueShareReport(db, by).run(p, sink);
        };
    };
    const ReportChart donut {
        Kind::Donut, QStringLiteral("name"), { QStringLiteral("revenue") }, {}
    };
    std::vector<ReportDefinition> all {
        { QStringLiteral("monthly-revenue"),
          tr("Monthly revenue"),
          tr("Invoiced revenue net of tax and credit notes by month; --split module|customer|plan"),
          { P::DateRange, P::Customer, P::Module, P::Plan, P::Currency, P::Split,
            P::ReportingCurrency },
          { Kind::StackedBars,
            QStringLiteral("month"),
            { QStringLiteral("revenue") },
            QStringLiteral("name") },
          [](Database &db, const ReportParameters &p, ReportSink &sink) {
              MonthlyRevenueReport(db).run(p, sink);
          } },
        { QStringLiteral("partner-revenue"),
          tr("Partner revenue"),
          tr("Billed revenue per partner and month: invoices net of tax less credit notes, per "
             "currency (\"Direct\": the root's own customers); for commissions"),
          { P::DateRange, P::Currency },
          {},
          [](Database &db, const ReportParameters &p, ReportSink &sink) {
              PartnerRevenueReport(db).run(p, sink);
          },
          true },
        { QStringLiteral("revenue-by-module"), tr("Revenue by module"),
          tr("Revenue per module (product) with its share of the total"),
          period + QList<P> { P::Currency }, donut, share(RevenueShareReport::By::Module) },
        { QStringLiteral("revenue-by-customer"), tr("Revenue by customer"),
          tr("Revenue per customer with its share of the total"), period + QList<P> { P::Currency },
          donut, share(RevenueShareReport::By::Customer) },
        { QStringLiteral("revenue-by-plan"), tr("Revenue by plan"),
          tr("Revenue per plan with its share of the total"), period + QList<P> { P::Currency },
          donut, share(RevenueShareReport::By::Plan) },
        { QStringLiteral("customer-invoices"),
          tr("Customer invoices"),
          tr("Every invoice (of a customer, or all) with status and balance"),
          period + QList<P> { P::Status, P::ReportingCurrency },
          {},
          [](Database &db, const ReportParameters &p, ReportSink &sink) {
              InvoiceListReport::Filter f;
              f.status = p.status;
              f.customer = p.customer;
              f.module = p.module;
              f.plan = p.plan;
              f.from = p.from;
              f.to = p.to;
              f.today = p.today;
              InvoiceListReport(db).run(f, sink, p.reportingCurrency);
          } },
        { QStringLiteral("statement-of-account"),
          tr("Statement of account"),
          tr("One customer's charges, payments and credits in a period with the running "
             "balance and what is open by age"),
          { P::DateRange, P::Customer, P::ReportingCurrency },
          {},
          [](Database &db, const ReportParameters &p, ReportSink &sink) {
              StatementOfAccountReport(db).run(p, sink);
          } },
        { QStringLiteral("invoice-summary"),
          tr("Invoice summary"),
          tr("Invoices issued in the period counted and summed by status (period close)"),
          period + QList<P> { P::ReportingCurrency },
          { Kind::Bars, QStringLiteral("status"), { QStringLiteral("total") }, {} },
          [](Database &db, const ReportParameters &p, ReportSink &sink) {
              InvoiceSummaryReport(db).run(p, sink);
          } },
        { QStringLiteral("ar-aging"),
          tr("AR aging"),
          tr("Open balances by days past due per customer, with DSO"),
          { P::AsOf, P::Customer, P::Module, P::Plan, P::ReportingCurrency },
          // The buckets of the total row(s), one set per currency.
          { Kind::Bars,
            QStringLiteral("currency"),
            { QStringLiteral("current"), QStringLiteral("days_1_30"), QStringLiteral("days_31_60"),
              QStringLiteral("days_61_90"), QStringLiteral("days_90_plus") },
            {},
            true },
          [](Database &db, const ReportParameters &p, ReportSink &sink) {
              AgingReport(db).run(p.asOf, sink, p.scope(), p.reportingCurrency);
          } },
        { QStringLiteral("payments-received"),
          tr("Payments received"),
          tr("Payments received in the period, with what is unapplied"),
          { P::DateRange, P::Customer },
          {},
          [](Database &db, const ReportParameters &p, ReportSink &sink) {
              PaymentsReceivedReport(db).run(p, sink);
          } },
        { QStringLiteral("payment-reconciliation"),
          tr("Payment reconciliation"),
          tr("A bank account's statement against the booked payments, with what is unmatched"),
          { P::DateRange, P::Account, P::ReportingCurrency },
          {},
          [](Database &db, const ReportParameters &p, ReportSink &sink) {
              PaymentReconciliationReport(db).run(p, sink);
          },
          false,
          true },
        { QStringLiteral("deferred-revenue"),
          tr("Deferred revenue"),
          tr("The part of invoiced service periods that falls after the date"),
          { P::AsOf, P::Customer, P::Module, P::Plan, P::ReportingCurrency },
          {},
          [](Database &db, const ReportParameters &p, ReportSink &sink) {
              DeferredRevenueReport(db).run(p, sink);
          } },
        { QStringLiteral("unbilled-revenue"),
          tr("Unbilled revenue"),
          tr("Service on active subscriptions delivered up to the date and not yet invoiced"),
          { P::AsOf, P::Customer, P::Module, P::Plan },
          {},
          [](Database &db, const ReportParameters &p, ReportSink &sink) {
              UnbilledRevenueReport(db).run(p, sink);
          } },
        { QStringLiteral("trial-balance"),
          tr("Trial balance"),
          tr("Every account's balance as of the date; debits equal credits"),
          { P::AsOf },
          {},
          [](Database &db, const ReportParameters &p, ReportSink &sink) {
              TrialBalanceReport(db).run(p.asOf, sink);
          },
          false,
          true },
        { QStringLiteral("general-ledger"),
          tr("General ledger"),
          tr("Journal lines per account with opening, running and closing balance"),
          { P::DateRange, P::Account },
          {},
          [](Database &db, const ReportParameters &p, ReportSink &sink) {
              GeneralLedgerReport(db).run(p, sink);
          },
          false,
          true },
        { QStringLiteral("credit-notes"),
          tr("Credit notes"),
          tr("Credit notes issued in the period with the invoices they correct"),
          period,
          {},
          [](Database &db, const ReportParameters &p, ReportSink &sink) {
              CreditNotesReport(db).run(p, sink);
          } },
        { QStringLiteral("tax"),
          tr("Tax"),
          tr("Taxable amounts and tax by country, region, category and rate, invoices less "
             "credit notes, checked against the ledger's tax payable"),
          { P::DateRange, P::Customer },
          {},
          [](Database &db, const ReportParameters &p, ReportSink &sink) {
              TaxReport(db).run(p, sink);
          } },
        { QStringLiteral("customer-credit"),
          tr("Customer credit balances"),
          tr("Unapplied over-payments and credit notes per customer"),
          { P::Customer },
          {},
          [](Database &db, const ReportParameters &p, ReportSink &sink) {
              CustomerCreditReport(db).run(p, sink);
          } },
    };
    for (ReportDefinition &r : recognitionReports())
        all.push_back(std::move(r));
    // The ledger's and the bank's records of the book owner: journal lines
    // without a customer (recognition per currency and date, FX, bank) and
    // statements. Refused here, whoever runs them, for a user below the root.
    for (ReportDefinition &r : all) {
        if (!r.bookLevel)
            continue;
        r.run = [run = std::move(r.run), title = r.title](Database &db, const ReportParameters &p,
                                                          ReportSink &sink) {
            TenantRepository(db).requireWholeBook(title);
            run(db, p, sink);
        };
    }
    return all;
}

} // namespace

const std::vector<ReportDefinition> &ReportEngine::reports()
{
    static const std::vector<ReportDefinition> all = makeReports();
    return all;
}

std::vector<const ReportDefinition *> ReportEngine::reportsFor(const Database &db)
{
    std::vector<const ReportDefinition *> out;
    for (const ReportDefinition &r : reports())
        if (!r.bookLevel || !db.tenantScope().isRestricted())
            out.push_back(&r);
    return out;
}

const ReportDefinition *ReportEngine::find(const QString &name)
{
    for (const ReportDefinition &r : reports())
        if (r.name == name)
            return &r;
    return nullptr;
}

const ReportDefinition &ReportEngine::require(const QString &name)
{
    if (const ReportDefinition *r = find(name))
        return *r;
    QStringList names;
    for (const ReportDefinition &r : reports())
        names << r.name;
    throw Error(
        tr("There is no report “%1”. Reports: %2").arg(name, names.join(QStringLiteral(", "))));
}

ReportParameters ReportEngine::withDefaults(const ReportDefinition &report, ReportParameters p,
                                            const QDate &today)
{
    if (!p.today.isValid())
        p.today = today;
    if (!p.asOf.isValid())
        p.asOf = today;
    if (!p.to.isValid())
        p.to = today;
    if (!p.from.isValid()) {
        // Revenue over time reads best over a year; lists over this month.
        p.from = report.spansYear() ? QDate(p.to.year(), p.to.month(), 1).addMonths(-11)
                                    : QDate(p.to.year(), p.to.month(), 1);
    }
    if (p.from > p.to)
        throw Error(tr("The period starts (%1) after it ends (%2)")
                        .arg(p.from.toString(Qt::ISODate), p.to.toString(Qt::ISODate)));
    if (!p.reportingCurrency.isEmpty()) {
        p.reportingCurrency = p.reportingCurrency.trimmed().toUpper();
        if (!Currency::fromCode(p.reportingCurrency))
            throw Error(tr("reporting currency: “%1” is not an ISO 4217 currency code")
                            .arg(p.reportingCurrency));
    }
    if (!p.split.isEmpty() && p.split != QLatin1String("module")
        && p.split != QLatin1String("customer") && p.split != QLatin1String("plan"))
        throw Error(tr("Split by module, customer or plan, not “%1”").arg(p.split));
    return p;
}

void ReportEngine::run(Database &db, const QString &name, const ReportParameters &parameters,
                       ReportSink &sink)
{
    const ReportDefinition &report = require(name);
    // "Today" is the session's (a test's, a --today), never the machine's.
    if (!parameters.today.isValid())
        throw Error(tr("The report %1 was run without the session's date").arg(name));
    report.run(db, withDefaults(report, parameters, parameters.today), sink);
}

QString ReportEngine::describe(const ReportDefinition &report, const ReportParameters &p,
                               const QLocale &locale)
{
    QStringList parts;
    auto date = [&locale](const QDate &d) { return LocalDates::longDate(d, locale); };
    if (report.takes(P::DateRange))
        parts << tr("%1 to %2").arg(date(p.from), date(p.to));
    if (report.takes(P::AsOf))
        parts << tr("as of %1").arg(date(p.asOf));
    const std::pair<P, QString> texts[] = {
        { P::Customer, p.customer.isEmpty() ? QString() : tr("customer %1").arg(p.customer) },
        { P::Module, p.module.isEmpty() ? QString() : tr("module %1").arg(p.module) },
        { P::Plan, p.plan.isEmpty() ? QString() : tr("plan %1").arg(p.plan) },
        { P::Currency, p.currency.isEmpty() ? QString() : tr("currency %1").arg(p.currency) },
        { P::Status, p.status.isEmpty() ? QString() : tr("status %1").arg(p.status) },
        { P::Split, p.split.isEmpty() ? QString() : tr("split by %1").arg(p.split) },
        { P::Account, p.account.isEmpty() ? QString() : tr("account %1").arg(p.account) },
        { P::Invoice, p.invoice.isEmpty() ? QString() : tr("invoice %1").arg(p.invoice) },
        { P::ReportingCurrency,
          p.reportingCurrency.isEmpty()
              ? QString()
              : tr("in %1 at the rates of each document's date").arg(p.reportingCurrency) },
    };
    for (const auto &[parameter, text] : texts)
        if (report.takes(parameter) && !text.isEmpty())
            parts << text;
    QString joined = parts.join(QStringLiteral("; "));
    if (!joined.isEmpty())
        joined[0] = joined[0].toUpper();
    return joined;
}

QString ReportEngine::optionText(ReportParameter parameter)
{
    switch (parameter) {
    case P::DateRange:
        return QStringLiteral("--from D --to D");
    case P::AsOf:
        return QStringLiteral("--as-of D");
    case P::Customer:
        return QStringLiteral("--customer C");
    case P::Module:
        return QStringLiteral("--module M");
    case P::Plan:
        return QStringLiteral("--plan P");
    case P::Currency:
        return QStringLiteral("--currency CUR");
    case P::Status:
        return QStringLiteral("--status S");
    case P::Split:
        return QStringLiteral("--split module|customer|plan");
    case P::Account:
        return QStringLiteral("--account CODE");
    case P::ReportingCurrency:
        return QStringLiteral("--reporting-currency CUR");
    case P::Invoice:
        return QStringLiteral("--invoice NUMBER");
    }
    return {};
}

} // namespace Accrue
