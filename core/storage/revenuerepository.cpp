#include "storage/revenuerepository.h"

#include "domain/limits.h"
#include "storage/database.h"
#include "storage/sqlquery.h"

#include <map>

namespace Accrue {

namespace {

// Key and label per dimension, on rows that expose invoice i, customer c,
// and the line's product p (joined below).
struct DimensionSql
{
    const char *key;
    const char *label;
    const char *joins;
};

DimensionSql dimensionSql(RevenueRepository::Dimension d)
{
    switch (d) {
    case RevenueRepository::Dimension::Module:
        return { "COALESCE(p.code, '')", "COALESCE(p.name, 'Other')",
                 " LEFT JOIN product p ON p.id = l.product_id" };
    case RevenueRepository::Dimension::Customer:
        return { "c.code", "c.name", " JOIN customer c ON c.id = i.customer_id" };
    case RevenueRepository::Dimension::Plan:
        return { "COALESCE(pl.code, '')", "COALESCE(pl.name, 'No plan')",
                 " LEFT JOIN subscription s ON s.id = i.subscription_id"
                 " LEFT JOIN plan pl ON pl.id = s.plan_id" };
    }
    return { "''", "''", "" };
}

} // namespace

RevenueRepository::RevenueRepository(Database &db, Source source)
    : m_db(db)
    , m_source(source)
{
}

std::vector<RevenueRepository::Cell> RevenueRepository::byMonth(Dimension dimension,
                                                                const QString &currency,
                                                                const QDate &from, const QDate &to,
                                                                const ReportScope &scope)
{
    // The monthly balances are the whole book's: a user below the root gets
    // the same figures from its customers' documents.
    if (m_source == Source::MonthlyBalances && dimension == Dimension::Module
        && !m_db.tenantScope().isRestricted() && scope.customer.isEmpty() && scope.plan.isEmpty()
        && accountsAreModules())
        return modulesFromBalances(currency, from, to, scope.module);
    return fromDocuments(dimension, currency, from, to, scope);
}

bool RevenueRepository::accountsAreModules()
{
    // A product on the default revenue account, on an account another
    // product has, or on one that is not a revenue account breaks the rule.
    // So does revenue recognised over time: once anything has passed
    // through Deferred or Unbilled revenue, a revenue account's balance is
    // what was recognised in the month, not what was invoiced.
    return m_db.query(QStringLiteral(
                          "SELECT COUNT(*) FROM product p WHERE p.revenue_account_id NOT IN"
                          " (SELECT id FROM account WHERE type = 'revenue' AND system_role IS NULL)"
                          " OR p.revenue_account_id IN (SELECT revenue_account_id FROM product"
                          " GROUP BY revenue_account_id HAVING COUNT(*) > 1)"))
               .scalar()
               .toLongLong()
        == 0
        && !m_db.query(QStringLiteral(
                           "SELECT EXISTS (SELECT 1 FROM journal_line l JOIN account a"
                           " ON a.id = l.account_id"
                           " WHERE a.system_role IN ('deferred_revenue', 'unbilled_revenue'))"))
                .scalar()
                .toBool();
}

std::vector<RevenueRepository::Cell> RevenueRepository::modulesFromBalances(const QString &currency,
                                                                            const QDate &from,
                                                                            const QDate &to,
                                                                            const QString &module)
{
    struct Module
    {
        QString code;
        QString name;
    };
    std::map<qint64, Module> byAccount;
    SqlQuery products
        = m_db.query(QStringLiteral("SELECT revenue_account_id, code, name FROM product"));
    products.exec();
    while (products.next())
        byAccount[products.int64(0)] = { products.text(1), products.text(2) };
    // Lines without a product post to the default account: "Other".
    const Module other { QString(), QStringLiteral("Other") };
    std::map<std::pair<QString, QString>, Cell> cells; // by key, month
    for (const auto &m : MonthlyBalanceRepository(m_db).movements(
             MonthlyBalanceRepository::Accounts::Revenue, currency, from, to)) {
        const auto it = byAccount.find(m.accountId);
        const Module &owner = it == byAccount.end() ? other : it->second;
        if (!module.isEmpty() && owner.code != module)
            continue;
        Cell &cell = cells[{ owner.code, m.month }];
        cell.key = owner.code;
        cell.label = owner.name;
        cell.month = m.month;
        cell.amountMinor = Limits::checkedAdd(cell.amountMinor, m.creditMinor - m.debitMinor);
    }
    std::vector<Cell> out;
    for (auto &[key, cell] : cells)
        out.push_back(std::move(cell));
    return out;
}

std::vector<RevenueRepository::Cell>
RevenueRepository::fromDocuments(Dimension dimension, const QString &currency, const QDate &from,
                                 const QDate &to, const ReportScope &scope)
{
    // The customer and plan narrow invoices; the module narrows lines.
    QString narrow = scope.customerCondition(m_db, QStringLiteral("i.customer_id"));
    if (!scope.plan.isEmpty())
        narrow += QStringLiteral(" AND i.subscription_id IN (SELECT s2.id FROM subscription s2"
                                 " JOIN plan p2 ON p2.id = s2.plan_id WHERE p2.code = ?)");
    if (!scope.module.isEmpty())
        narrow += QStringLiteral(" AND l.product_id IN (SELECT id FROM product WHERE code = ?)");
    auto bindNarrow = [&scope](SqlQuery &q) {
        scope.bindCustomer(q);
        if (!scope.plan.isEmpty())
            q.bind(scope.plan);
        if (!scope.module.isEmpty())
            q.bind(scope.module);
    };
    const DimensionSql d = dimensionSql(dimension);
    const QString key = QString::fromLatin1(d.key);
    const QString label = QString::fromLatin1(d.label);
    const QString joins = QString::fromLatin1(d.joins);
    // Invoice lines add, credit note lines subtract; both grouped the same way.
    const QString sql = QStringLiteral("SELECT k, lbl, m, SUM(amount) FROM ("
                                       " SELECT ")
        + key + QStringLiteral(" AS k, ") + label
        + QStringLiteral(" AS lbl, substr(i.issue_date, 1, 7) AS m, l.net_minor AS amount"
                         " FROM invoice i JOIN invoice_line l ON l.invoice_id = i.id")
        + joins
        + QStringLiteral(" WHERE i.status <> 'draft' AND i.currency = ?"
                         " AND i.issue_date >= ? AND i.issue_date <= ?")
        + narrow + QStringLiteral(" UNION ALL SELECT ") + key + QStringLiteral(", ") + label
        + QStringLiteral(", substr(n.issue_date, 1, 7), -cl.net_minor"
                         " FROM credit_note n JOIN credit_note_line cl ON cl.credit_note_id = n.id"
                         " JOIN invoice i ON i.id = n.invoice_id"
                         " LEFT JOIN invoice_line l ON l.id = cl.invoice_line_id")
        + joins
        + QStringLiteral(" WHERE n.currency = ? AND n.issue_date >= ? AND n.issue_date <= ?")
        + narrow + QStringLiteral(") t GROUP BY k, lbl, m ORDER BY k, m");
    SqlQuery q = m_db.query(sql);
    q.bindAll(currency, from, to);
    bindNarrow(q);
    q.bindAll(currency, from, to);
    bindNarrow(q);
    q.exec();
    std::vector<Cell> out;
    while (q.next())
        out.push_back({ q.text(0), q.text(1), q.text(2), q.int64(3) });
    return out;
}

std::vector<RevenueRepository::DocumentCell> RevenueRepository::byDocument(Dimension dimension,
                                                                           const QDate &from,
                                                                           const QDate &to,
                                                                           const ReportScope &scope)
{
    // As fromDocuments(), in every currency and grouped per document too.
    QString narrow = scope.customerCondition(m_db, QStringLiteral("i.customer_id"));
    if (!scope.plan.isEmpty())
        narrow += QStringLiteral(" AND i.subscription_id IN (SELECT s2.id FROM subscription s2"
                                 " JOIN plan p2 ON p2.id = s2.plan_id WHERE p2.code = ?)");
    if (!scope.module.isEmpty())
        narrow += QStringLiteral(" AND l.product_id IN (SELECT id FROM product WHERE code = ?)");
    auto bindNarrow = [&scope](SqlQuery &q) {
        scope.bindCustomer(q);
        if (!scope.plan.isEmpty())
            q.bind(scope.plan);
        if (!scope.module.isEmpty())
            q.bind(scope.module);
    };
    const DimensionSql d = dimensionSql(dimension);
    const QString key = QString::fromLatin1(d.key);
    const QString label = QString::fromLatin1(d.label);
    const QString joins = QString::fromLatin1(d.joins);
    const QString sql = QStringLiteral("SELECT k, lbl, dt, cur, SUM(amount) FROM (SELECT ") + key
        + QStringLiteral(" AS k, ") + label
        + QStringLiteral(" AS lbl, i.issue_date AS dt, i.currency AS cur, 0 AS doc_kind,"
                         " i.id AS doc_id, l.net_minor AS amount"
                         " FROM invoice i JOIN invoice_line l ON l.invoice_id = i.id")
        + joins
        + QStringLiteral(" WHERE i.status <> 'draft' AND i.issue_date >= ? AND i.issue_date <= ?")
        + narrow + QStringLiteral(" UNION ALL SELECT ") + key + QStringLiteral(", ") + label
        + QStringLiteral(", n.issue_date, n.currency, 1, n.id, -cl.net_minor"
                         " FROM credit_note n JOIN credit_note_line cl ON cl.credit_note_id = n.id"
                         " JOIN invoice i ON i.id = n.invoice_id"
                         " LEFT JOIN invoice_line l ON l.id = cl.invoice_line_id")
        + joins + QStringLiteral(" WHERE n.issue_date >= ? AND n.issue_date <= ?") + narrow
        + QStringLiteral(") t GROUP BY k, lbl, dt, cur, doc_kind, doc_id"
                         " ORDER BY dt, doc_kind, doc_id, k");
    SqlQuery q = m_db.query(sql);
    q.bindAll(from, to);
    bindNarrow(q);
    q.bindAll(from, to);
    bindNarrow(q);
    q.exec();
    std::vector<DocumentCell> out;
    while (q.next())
        out.push_back({ q.text(0), q.text(1), q.date(2), q.text(3), q.int64(4) });
    return out;
}

std::vector<RevenueRepository::PartnerCell>
RevenueRepository::byPartner(const QDate &from, const QDate &to, const QString &currency)
{
    // The one partner above a customer's tenant (a partner holds no
    // partner): its closure rows with a partner ancestor. None: the root's.
    const QString partnerJoin = QStringLiteral(
        " JOIN customer c ON c.id = %1.customer_id"
        " LEFT JOIN (SELECT pp.descendant_id, pt.id AS partner_id, pt.name AS partner_name"
        " FROM tenant_path pp JOIN tenant pt ON pt.id = pp.ancestor_id"
        " WHERE pt.kind = 'partner') pa ON pa.descendant_id = c.tenant_id");
    auto byCurrency = [&currency](QLatin1String alias) {
        return currency.isEmpty() ? QString() : QStringLiteral(" AND %1.currency = ?").arg(alias);
    };
    const QString sql
        = QStringLiteral("SELECT pid, pname, m, cur, SUM(invoiced), SUM(credited) FROM ("
                         " SELECT COALESCE(pa.partner_id, 0) AS pid,"
                         " COALESCE(pa.partner_name, '') AS pname,"
                         " substr(i.issue_date, 1, 7) AS m, i.currency AS cur,"
                         " i.subtotal_minor AS invoiced, 0 AS credited FROM invoice i")
        + partnerJoin.arg(QLatin1String("i"))
        + QStringLiteral(" WHERE i.status <> 'draft' AND i.issue_date >= ? AND i.issue_date <= ?")
        + byCurrency(QLatin1String("i")) + m_db.customerScope(QStringLiteral("i.customer_id"))
        + QStringLiteral(" UNION ALL SELECT COALESCE(pa.partner_id, 0),"
                         " COALESCE(pa.partner_name, ''), substr(n.issue_date, 1, 7), n.currency,"
                         " 0, n.subtotal_minor FROM credit_note n")
        + partnerJoin.arg(QLatin1String("n"))
        + QStringLiteral(" WHERE n.issue_date >= ? AND n.issue_date <= ?")
        + byCurrency(QLatin1String("n"))
        + m_db.customerScope(QStringLiteral("n.customer_id"))
        // The root's own customers ("Direct") after the partners.
        + QStringLiteral(") t GROUP BY pid, pname, m, cur"
                         " ORDER BY CASE WHEN pid = 0 THEN 1 ELSE 0 END, pname, pid, m, cur");
    SqlQuery q = m_db.query(sql);
    for (int part = 0; part < 2; ++part) {
        q.bindAll(from, to);
        if (!currency.isEmpty())
            q.bind(currency);
    }
    q.exec();
    std::vector<PartnerCell> out;
    while (q.next())
        out.push_back({ q.int64(0), q.text(1), q.text(2), q.text(3), q.int64(4), q.int64(5) });
    return out;
}

} // namespace Accrue
