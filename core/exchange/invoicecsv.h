#pragma once

#include "domain/invoice.h"

#include <QByteArray>
#include <QString>
#include <vector>

namespace Accrue {

class Database;

// Invoice descriptions as CSV, one row per invoice line, for spreadsheets:
//   invoice,customer,issue_date,due_date,currency,product,description,quantity,unit_price,...
// Columns are found by their header (any order): invoice (a key grouping rows
// into invoices; without it the file is one invoice), customer, issue_date,
// due_date or terms_days, currency, notes, and per line product, description,
// quantity, unit_price, discount, tax_rate, service_start, service_end,
// recognition (the line's RecognitionMethod; empty: the product's). The
// values mean what they mean in the JSON description (InvoiceJson): decimal
// numbers with a dot, dates as YYYY-MM-DD. Invoice fields may be repeated on
// every row of an invoice but must not differ. Errors name file, line and
// column: "invoices.csv:4: unit_price: “1,5” is not a number".
class InvoiceCsv final
{
public:
    static std::vector<Invoice> parse(const QByteArray &csv, const QString &fileName, Database &db);
};

} // namespace Accrue
