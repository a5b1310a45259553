#pragma once

#include "storage/invoiceregister.h"

namespace Accrue {

class Database;
class ReportSink;

// The invoice register with its filters: status (as people see it: open,
// partially paid, overdue, paid, void, draft; or unpaid), customer, issue dates.
class InvoiceListReport final
{
public:
    using Filter = InvoiceListFilter;

    explicit InvoiceListReport(Database &db);
    // Throws Error for an unknown status. A reporting currency converts each
    // invoice's amounts at the rate of its issue date (CurrencyConversion),
    // names the rate in a "conversion" column and adds a total row.
    void run(Filter filter, ReportSink &sink, const QString &reportingCurrency = {});
    static QStringList statusKeys();

private:
    Database &m_db;
};

} // namespace Accrue
