#pragma once

#include "storage/reportscope.h"

#include <QDate>
#include <QString>

namespace Accrue {

// What a report is run for. Each report takes the parameters its definition
// names (ReportDefinition::parameters) and ignores the rest; the engine fills
// in defaults (today, this month) for the ones left empty.
struct ReportParameters
{
    QDate from; // date range, inclusive
    QDate to;
    QDate asOf;
    QString customer; // code, or part of the name
    QString module; // product code
    QString plan; // plan code
    QString currency; // ISO code; empty: the book's main currency
    QString status; // invoice status key
    QString split; // monthly revenue: module, customer, plan or empty
    QString account; // general ledger: account code or empty for all
    QDate today; // for overdue; defaults to the session's today
    // ISO code: amounts converted into it at each document's date (see
    // CurrencyConversion); empty: every currency apart.
    QString reportingCurrency;
    QString invoice; // invoice number (recognition schedule)

    ReportScope scope() const { return { customer, module, plan }; }
};

} // namespace Accrue
