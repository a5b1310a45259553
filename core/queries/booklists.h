#pragma once

#include "domain/bankline.h"
#include "domain/customerlist.h"
#include "domain/invoicelist.h"
#include "domain/listwindow.h"
#include "domain/paymentlist.h"

#include <optional>
#include <vector>

namespace Accrue {

class Database;

// The lists the pages show, read a window at a time: the pages' query API.
// Filters, rows and windows are plain core types; how they are read (SQL,
// keyset seeks, which indexes) stays in storage. Made on whichever thread
// reads: the GUI's connection for a cheap window, a worker's for a deep one.
class BookLists final
{
public:
    explicit BookLists(Database &db);

    qint64 invoiceCount(const InvoiceListFilter &filter);
    std::vector<InvoiceListRow> invoices(const InvoiceListFilter &filter,
                                         const ListWindow<InvoiceListRow> &window);

    qint64 paymentCount(const PaymentListFilter &filter);
    // Newest first.
    std::vector<PaymentListRow> payments(const PaymentListFilter &filter,
                                         const ListWindow<PaymentListRow> &window);

    qint64 bankLineCount(const BankLineFilter &filter);
    // Oldest first.
    std::vector<BankLine> bankLines(const BankLineFilter &filter,
                                    const ListWindow<BankLine> &window);
    std::optional<BankLine> bankLine(qint64 id);

    qint64 customerCount(const CustomerListFilter &filter);
    // By name, with balance, overdue and credit in each one's currency.
    std::vector<CustomerListRow> customers(const CustomerListFilter &filter,
                                           const ListWindow<CustomerListRow> &window);

private:
    Database &m_db;
};

} // namespace Accrue
