#pragma once

#include "domain/agingbucket.h"
#include "domain/invoicelist.h"
#include "domain/listwindow.h"
#include "storage/reportscope.h"

#include <QDate>
#include <QString>
#include <functional>
#include <vector>

namespace Accrue {

class Database;
class SqlQuery;

// The invoice register: every invoice with its customer, amounts and status
// as of a day, filtered, sorted and paged in SQL (the Invoices list, the CLI's
// invoice list and the customer-invoices report), and open balances by aging
// bucket per customer. Reports in core/reports shape these rows.
class InvoiceRegister final
{
public:
    struct AgingRow
    {
        QString customerCode;
        QString customerName;
        QString currency;
        qint64 buckets[Aging::bucketCount] = {}; // Current, 1-30, 31-60, 61-90, 90+
        qint64 disputedMinor = 0; // the part of them in dispute on the date
    };
    // One invoice's balance as of a date, for reports that convert each
    // invoice at its own date's rate before summing.
    struct OpenInvoice
    {
        QString customerCode;
        QString customerName;
        QString currency;
        QDate issueDate;
        QDate dueDate;
        qint64 openMinor = 0;
        bool disputed = false; // in dispute on the date
    };

    explicit InvoiceRegister(Database &db);

    // Balances as of the date (allocations after it do not count), by customer.
    void aging(const QDate &asOf, const std::function<void(const AgingRow &)> &visit,
               const ReportScope &scope = {});
    // The same balances invoice by invoice (those not zero), streamed in
    // customer order (name, code): one row in memory at a time.
    void openInvoices(const QDate &asOf, const std::function<void(const OpenInvoice &)> &visit,
                      const ReportScope &scope = {});
    void invoices(const InvoiceListFilter &filter,
                  const std::function<void(const InvoiceListRow &)> &visit);
    // One window of the filtered, sorted list, sought from its anchor row
    // (keyset paging): for views that fetch as they scroll.
    std::vector<InvoiceListRow> page(const InvoiceListFilter &filter,
                                     const ListWindow<InvoiceListRow> &window);
    qint64 invoiceCount(const InvoiceListFilter &filter);

private:
    QString openBalancesSql(const QString &extraColumns) const;
    static constexpr int openBalancesBinds = 6; // the as-of date, that many times
    QString invoiceWhere(const InvoiceListFilter &filter) const;
    static void bindInvoiceFilter(SqlQuery &q, const InvoiceListFilter &filter);
    static InvoiceListRow readInvoice(const SqlQuery &q);

    Database &m_db;
};

} // namespace Accrue
