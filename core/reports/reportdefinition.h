#pragma once

#include "reports/reportparameters.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

namespace Accrue {

class Database;
class ReportSink;

// A parameter a report takes; the Reports tab builds its form from these and
// accrue-cli its options (--from/--to, --as-of, --customer, ...).
enum class ReportParameter {
    DateRange,
    AsOf,
    Customer,
    Module,
    Plan,
    Currency,
    Status,
    Split,
    Account,
    ReportingCurrency, // --reporting-currency: convert at each document's date
    Invoice // --invoice NUMBER: one invoice
};

// How the Reports tab pictures a report's rows, where a picture says more.
struct ReportChart
{
    enum class Kind { None, Bars, Lines, StackedBars, Donut };
    Kind kind = Kind::None;
    QString labelColumn; // column key of the category axis or slice labels
    QStringList valueColumns; // column keys of the values (one series each)
    QString seriesColumn; // StackedBars from long rows: the column naming the series
    // Bars of the total rows: the value columns are the categories (aging buckets).
    bool totalsOnly = false;
};

// A named report: its parameters, columns come from running it.
struct ReportDefinition
{
    QString name; // "ar-aging": the CLI name and the preset key
    QString title; // translated
    QString summary; // one line for `report list` and tooltips
    QList<ReportParameter> parameters;
    ReportChart chart;
    std::function<void(Database &, const ReportParameters &, ReportSink &)> run;
    // Reads best over a year (a month per column or row): the default range
    // is the twelve months to today, as for a chart of stacked bars.
    bool monthly = false;
    // Reads the book owner's ledger or bank records without a customer
    // (trial balance, general ledger, bank reconciliation): the root's
    // users only. ReportEngine neither lists nor runs it for a user whose
    // tenant is below the root (Database::tenantScope()).
    bool bookLevel = false;

    bool takes(ReportParameter parameter) const { return parameters.contains(parameter); }
    bool spansYear() const { return monthly || chart.kind == ReportChart::Kind::StackedBars; }
};

} // namespace Accrue
