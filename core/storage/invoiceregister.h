#pragma once

#include "domain/agingbucket.h"
#include "storage/reportscope.h"

#include <QDate>
#include <QString>
#include <functional>

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
    };

    struct InvoiceFilter
    {
        QString status; // display status key, "unpaid", or empty for all
        QString customer; // customer code, or part of the name
        QString module; // invoices with a line of this product code
        QString plan; // invoices of subscriptions on this plan code
        QDate from; // issue date range, inclusive
        QDate to;
        QDate today; // for overdue
        QString search; // free text: number, customer code or part of the name
        int agingBucket = -1; // 0..4: open invoices in that aging bucket as of `today`
        QString sortKey; // a column key of the invoice list; default issue_date
        bool descending = false;
    };

    struct InvoiceRow
    {
        qint64 id = 0;
        QString number;
        QString customerCode;
        QString customerName;
        QString issueDate; // ISO text straight from storage
        QString dueDate;
        QString currency;
        qint64 totalMinor = 0;
        qint64 paidMinor = 0;
        qint64 creditedMinor = 0;
        qint64 balanceMinor = 0;
        QString status; // display status key
        QString lastReminded; // ISO date, empty when never reminded
    };

    explicit InvoiceRegister(Database &db);

    // Balances as of the date (allocations after it do not count), by customer.
    void aging(const QDate &asOf, const std::function<void(const AgingRow &)> &visit,
               const ReportScope &scope = {});
    void invoices(const InvoiceFilter &filter,
                  const std::function<void(const InvoiceRow &)> &visit);
    // One window of the filtered, sorted list: for views that fetch as they
    // scroll. With the list's total it reads from the nearer end.
    void invoicePage(const InvoiceFilter &filter, qint64 offset, qint64 limit,
                     const std::function<void(const InvoiceRow &)> &visit, qint64 total = -1);
    // The rows such a page skips over: what it costs.
    static qint64 rowsSkippedFor(qint64 offset, qint64 total);
    qint64 invoiceCount(const InvoiceFilter &filter);
    QString invoiceListSql(const InvoiceFilter &filter) const;

private:
    QString invoiceWhere(const InvoiceFilter &filter) const;
    static void bindInvoiceFilter(SqlQuery &q, const InvoiceFilter &filter);
    static void readInvoices(SqlQuery &q, const std::function<void(const InvoiceRow &)> &visit);

    Database &m_db;
};

} // namespace Accrue
