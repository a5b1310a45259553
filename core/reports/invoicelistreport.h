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
    // Throws Error for an unknown status.
    void run(Filter filter, ReportSink &sink);
    static QStringList statusKeys();

private:
    Database &m_db;
};

} // namespace Accrue
