#pragma once

#include "domain/accountingexport.h"

#include <functional>
#include <utility>
#include <vector>

namespace Accrue {

class Database;

// The sales documents and payments an export to Xero reads: issued (not
// void) invoices and credit notes with their lines, and what payments
// applied to invoices, by date in a stable order.
class SalesExportRepository final
{
public:
    explicit SalesExportRepository(Database &db);

    // Invoices by issue date and id, then credit notes the same way.
    void forEachDocument(const ExportRange &range,
                         const std::function<void(const SalesDocument &)> &visit);
    // Allocations of payments to invoices dated in the range, by date and id.
    void forEachPaymentApplication(const ExportRange &range,
                                   const std::function<void(const PaymentApplication &)> &visit);

    // The (tax category, rate in ppm) pairs issued invoice lines use, the
    // category empty where the line has none.
    std::vector<std::pair<QString, int>> taxRatesUsed();

private:
    Database &m_db;
};

} // namespace Accrue
