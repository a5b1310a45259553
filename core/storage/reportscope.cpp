#include "storage/reportscope.h"

#include "storage/database.h"
#include "storage/sqlquery.h"

namespace Accrue {

QString ReportScope::customerCondition(const Database &db, const QString &customerColumn) const
{
    // The user's tenant scope narrows every report (nothing for the root).
    const QString scoped = db.customerScope(customerColumn);
    if (customer.isEmpty())
        return scoped;
    // As a set of ids, so the planner can use the customer index.
    return scoped + QStringLiteral(" AND ") + customerColumn
        + QStringLiteral(" IN (SELECT id FROM customer WHERE code = ?"
                         " OR (NOT EXISTS (SELECT 1 FROM customer x WHERE x.code = ?) AND ")
        + db.containsText(QStringLiteral("name")) + QStringLiteral("))");
}

void ReportScope::bindCustomer(SqlQuery &q) const
{
    if (!customer.isEmpty())
        q.bindAll(customer, customer, Database::containsPattern(customer));
}

QString ReportScope::conditions(const Database &db, const QString &customerColumn,
                                const QString &invoiceColumn) const
{
    QString sql = customerCondition(db, customerColumn);
    if (!module.isEmpty())
        sql += QStringLiteral(" AND EXISTS (SELECT 1 FROM invoice_line ml JOIN product mp"
                              " ON mp.id = ml.product_id WHERE ml.invoice_id = ")
            + invoiceColumn + QStringLiteral(" AND mp.code = ?)");
    if (!plan.isEmpty())
        sql += QStringLiteral(" AND EXISTS (SELECT 1 FROM invoice pi JOIN subscription ps"
                              " ON ps.id = pi.subscription_id JOIN plan pp ON pp.id = ps.plan_id"
                              " WHERE pi.id = ")
            + invoiceColumn + QStringLiteral(" AND pp.code = ?)");
    return sql;
}

void ReportScope::bind(SqlQuery &q) const
{
    bindCustomer(q);
    if (!module.isEmpty())
        q.bind(module);
    if (!plan.isEmpty())
        q.bind(plan);
}

} // namespace Accrue
