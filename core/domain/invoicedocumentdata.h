#pragma once

#include "domain/companysettings.h"
#include "domain/creditnote.h"
#include "domain/customer.h"
#include "domain/invoice.h"
#include "domain/payment.h"

#include <QDate>
#include <optional>
#include <vector>

namespace Accrue {

// Everything an invoice view or document shows, gathered from the book.
struct InvoiceDocumentData
{
    Invoice invoice;
    Customer customer;
    std::optional<BillingProfile> profile;
    std::vector<Allocation> allocations;
    QDate today;
    CompanySettings company;
};

} // namespace Accrue
