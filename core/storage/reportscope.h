#pragma once

#include <QString>

namespace Accrue {

class Database;
class SqlQuery;

// The customer / module / plan a report is narrowed to, as SQL conditions on
// an invoice (alias `i`). A customer is an exact code or else part of a name;
// a module is a product code (the invoice has a line of it); a plan is a plan
// code (the invoice belongs to a subscription on it). Empty means all.
struct ReportScope
{
    QString customer;
    QString module;
    QString plan;

    bool isEmpty() const { return customer.isEmpty() && module.isEmpty() && plan.isEmpty(); }
    // " AND ..." conditions; customerColumn holds a customer id.
    QString conditions(const Database &db, const QString &customerColumn,
                       const QString &invoiceColumn) const;
    // Binds the values for conditions(), in the same order.
    void bind(SqlQuery &query) const;
    // Only the customer part, for rows with no invoice (payments, credit).
    QString customerCondition(const Database &db, const QString &customerColumn) const;
    void bindCustomer(SqlQuery &query) const;
};

} // namespace Accrue
