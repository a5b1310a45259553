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

// Everything a credit note's document shows: the note, the invoice it
// credits, whom it is for and who issues it.
struct CreditNoteDocumentData
{
    CreditNote note;
    QString invoiceNumber;
    QDate invoiceIssueDate;
    Customer customer;
    std::optional<BillingProfile> profile;
    CompanySettings company;
};

} // namespace Accrue
