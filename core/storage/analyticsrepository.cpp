#include "storage/analyticsrepository.h"

#include "storage/database.h"
#include "storage/journalrepository.h"
#include "storage/sqlquery.h"

namespace Accrue {

AnalyticsRepository::AnalyticsRepository(Database &db)
    : m_db(db)
{
}

std::vector<AnalyticsRepository::StatusSum>
AnalyticsRepository::invoiceSummary(const QDate &from, const QDate &to, const QDate &today,
                                    const ReportScope &scope)
{
    SqlQuery q = m_db.query(
        QStringLiteral(
            "SELECT CASE WHEN i.status <> 'open' THEN i.status"
            "  WHEN i.due_date < ? THEN 'overdue'"
            "  WHEN i.balance_minor < i.total_minor THEN 'partially_paid' ELSE 'open' END AS st,"
            " i.currency, COUNT(*), SUM(i.total_minor), SUM(i.paid_minor),"
            " SUM(i.credited_minor), SUM(i.balance_minor)"
            " FROM invoice i WHERE i.issue_date >= ? AND i.issue_date <= ?")
        + scope.conditions(m_db, QStringLiteral("i.customer_id"), QStringLiteral("i.id"))
        + QStringLiteral(" GROUP BY 1, 2 ORDER BY 2, 1"));
    q.bindAll(today, from, to);
    scope.bind(q);
    q.exec();
    std::vector<StatusSum> out;
    while (q.next())
        out.push_back(
            { q.text(0), q.text(1), q.int64(2), q.int64(3), q.int64(4), q.int64(5), q.int64(6) });
    return out;
}

void AnalyticsRepository::invoiceSummaryDocuments(
    const QDate &from, const QDate &to, const QDate &today, const ReportScope &scope,
    const std::function<void(const StatusSum &, const QDate &)> &visit)
{
    SqlQuery q = m_db.query(
        QStringLiteral(
            "SELECT CASE WHEN i.status <> 'open' THEN i.status"
            "  WHEN i.due_date < ? THEN 'overdue'"
            "  WHEN i.balance_minor < i.total_minor THEN 'partially_paid' ELSE 'open' END AS st,"
            " i.currency, 1, i.total_minor, i.paid_minor, i.credited_minor, i.balance_minor,"
            " i.issue_date FROM invoice i WHERE i.issue_date >= ? AND i.issue_date <= ?")
        + scope.conditions(m_db, QStringLiteral("i.customer_id"), QStringLiteral("i.id"))
        + QStringLiteral(" ORDER BY i.issue_date, i.id"));
    q.bindAll(today, from, to);
    scope.bind(q);
    q.exec();
    while (q.next())
        visit({ q.text(0), q.text(1), q.int64(2), q.int64(3), q.int64(4), q.int64(5), q.int64(6) },
              q.date(7));
}

void AnalyticsRepository::payments(const QDate &from, const QDate &to, const ReportScope &scope,
                                   const std::function<void(const PaymentRow &)> &visit)
{
    SqlQuery q = m_db.query(
        QStringLiteral("SELECT p.received_date, p.id, c.code, c.name, p.method,"
                       " COALESCE(p.reference, ''), p.currency, p.amount_minor, p.unapplied_minor"
                       " FROM payment p JOIN customer c ON c.id = p.customer_id"
                       " WHERE p.received_date >= ? AND p.received_date <= ?")
        + scope.customerCondition(m_db, QStringLiteral("p.customer_id"))
        + QStringLiteral(" ORDER BY p.currency, p.received_date, p.id"));
    q.bindAll(from, to);
    scope.bindCustomer(q);
    q.exec();
    PaymentRow r;
    while (q.next()) {
        r.date = q.date(0);
        r.id = q.int64(1);
        r.customerCode = q.text(2);
        r.customerName = q.text(3);
        r.method = q.text(4);
        r.reference = q.text(5);
        r.currency = q.text(6);
        r.amountMinor = q.int64(7);
        r.unappliedMinor = q.int64(8);
        visit(r);
    }
}

void AnalyticsRepository::creditNotes(const QDate &from, const QDate &to, const ReportScope &scope,
                                      const std::function<void(const CreditNoteRow &)> &visit)
{
    SqlQuery q = m_db.query(
        QStringLiteral("SELECT n.number, n.issue_date, i.number, c.code, c.name, n.reason,"
                       " n.currency, n.subtotal_minor, n.tax_minor, n.total_minor,"
                       " n.unapplied_minor FROM credit_note n"
                       " JOIN invoice i ON i.id = n.invoice_id"
                       " JOIN customer c ON c.id = n.customer_id"
                       " WHERE n.issue_date >= ? AND n.issue_date <= ?")
        + scope.conditions(m_db, QStringLiteral("n.customer_id"), QStringLiteral("i.id"))
        + QStringLiteral(" ORDER BY n.currency, n.issue_date, n.number"));
    q.bindAll(from, to);
    scope.bind(q);
    q.exec();
    CreditNoteRow r;
    while (q.next()) {
        r.number = q.text(0);
        r.date = q.date(1);
        r.invoiceNumber = q.text(2);
        r.customerCode = q.text(3);
        r.customerName = q.text(4);
        r.reason = q.text(5);
        r.currency = q.text(6);
        r.subtotalMinor = q.int64(7);
        r.taxMinor = q.int64(8);
        r.totalMinor = q.int64(9);
        r.unappliedMinor = q.int64(10);
        visit(r);
    }
}

std::vector<AnalyticsRepository::CreditRow>
AnalyticsRepository::customerCredit(const ReportScope &scope)
{
    SqlQuery q = m_db.query(
        QStringLiteral("SELECT c.code, c.name, t.currency, SUM(t.pay), SUM(t.notes) FROM ("
                       " SELECT customer_id, currency, unapplied_minor AS pay, 0 AS notes"
                       " FROM payment WHERE unapplied_minor > 0"
                       " UNION ALL SELECT customer_id, currency, 0, unapplied_minor"
                       " FROM credit_note WHERE unapplied_minor > 0) t"
                       " JOIN customer c ON c.id = t.customer_id WHERE 1 = 1")
        + scope.customerCondition(m_db, QStringLiteral("t.customer_id"))
        + QStringLiteral(" GROUP BY c.code, c.name, t.currency ORDER BY t.currency, c.name"));
    scope.bindCustomer(q);
    q.exec();
    std::vector<CreditRow> out;
    while (q.next())
        out.push_back({ q.text(0), q.text(1), q.text(2), q.int64(3), q.int64(4) });
    return out;
}

void AnalyticsRepository::linesServingAfter(const QDate &asOf, const ReportScope &scope,
                                            const std::function<void(const ServiceLine &)> &visit)
{
    // The module narrows lines (not whole invoices) here.
    ReportScope invoiceScope = scope;
    invoiceScope.module.clear();
    // What a line has yet to earn as of asOf is the sum of its schedule rows
    // dated later (or undated: milestones not done), counting only the
    // reductions of credit notes issued by then.
    SqlQuery q = m_db.query(
        QStringLiteral("SELECT i.number, c.code, c.name, COALESCE(p.code, ''), l.description,"
                       " l.service_start, l.service_end, i.currency, i.issue_date,"
                       " l.net_minor - COALESCE(("
                       "  SELECT SUM(cl.net_minor) FROM credit_note_line cl"
                       "  JOIN credit_note n ON n.id = cl.credit_note_id"
                       "  WHERE cl.invoice_line_id = l.id AND n.issue_date <= ?), 0),"
                       " d.deferred, l.recognition_method"
                       " FROM (SELECT s.invoice_line_id AS line_id, SUM(s.amount_minor) AS deferred"
                       "  FROM recognition_schedule s"
                       "  LEFT JOIN credit_note n ON n.id = s.credit_note_id"
                       "  WHERE (s.recognize_on IS NULL OR s.recognize_on > ?)"
                       "  AND (s.credit_note_id IS NULL OR n.issue_date <= ?)"
                       "  GROUP BY s.invoice_line_id HAVING SUM(s.amount_minor) <> 0) d"
                       " JOIN invoice_line l ON l.id = d.line_id"
                       " JOIN invoice i ON i.id = l.invoice_id"
                       " JOIN customer c ON c.id = i.customer_id"
                       " LEFT JOIN product p ON p.id = l.product_id"
                       " WHERE i.status <> 'draft' AND i.issue_date <= ?")
        + invoiceScope.conditions(m_db, QStringLiteral("i.customer_id"), QStringLiteral("i.id"))
        + (scope.module.isEmpty() ? QString() : QStringLiteral(" AND p.code = ?"))
        + QStringLiteral(" ORDER BY i.currency, c.name, i.number, l.position"));
    q.bindAll(asOf, asOf, asOf, asOf);
    invoiceScope.bind(q);
    if (!scope.module.isEmpty())
        q.bind(scope.module);
    q.exec();
    ServiceLine r;
    while (q.next()) {
        r.invoiceNumber = q.text(0);
        r.customerCode = q.text(1);
        r.customerName = q.text(2);
        r.module = q.text(3);
        r.description = q.text(4);
        r.serviceStart = q.date(5);
        r.serviceEnd = q.date(6);
        r.currency = q.text(7);
        r.issueDate = q.date(8);
        r.netMinor = q.int64(9);
        r.deferredMinor = q.int64(10);
        r.method = q.text(11);
        visit(r);
    }
}

std::vector<AnalyticsRepository::SubscriptionRow>
AnalyticsRepository::activeSubscriptions(const QDate &asOf, const ReportScope &scope)
{
    QString sql = QStringLiteral(
        "SELECT s.name, c.code, c.name, pl.code, pl.name, pl.currency, pl.price_minor,"
        " pl.billing_period_months, s.licenses, s.start_date, s.end_date,"
        // Billed through: the latest service end on its three most recent
        // invoices (a one-off invoice in between does not hide the period),
        // read through invoice (subscription_id, issue_date).
        " (SELECT MAX(l.service_end) FROM invoice_line l WHERE l.invoice_id IN ("
        "  SELECT i.id FROM invoice i WHERE i.subscription_id = s.id"
        "  AND i.status NOT IN ('draft', 'void') ORDER BY i.issue_date DESC LIMIT 3))"
        " FROM subscription s JOIN customer c ON c.id = s.customer_id"
        " JOIN plan pl ON pl.id = s.plan_id"
        " WHERE s.status = 'active' AND s.start_date <= ?");
    sql += scope.customerCondition(m_db, QStringLiteral("s.customer_id"));
    if (!scope.plan.isEmpty())
        sql += QStringLiteral(" AND pl.code = ?");
    if (!scope.module.isEmpty())
        sql += QStringLiteral(" AND pl.product_id IN (SELECT id FROM product WHERE code = ?)");
    sql += QStringLiteral(" ORDER BY pl.currency, c.name, s.name");
    SqlQuery q = m_db.query(sql);
    q.bind(asOf);
    scope.bindCustomer(q);
    if (!scope.plan.isEmpty())
        q.bind(scope.plan);
    if (!scope.module.isEmpty())
        q.bind(scope.module);
    q.exec();
    std::vector<SubscriptionRow> out;
    while (q.next()) {
        SubscriptionRow r;
        r.name = q.text(0);
        r.customerCode = q.text(1);
        r.customerName = q.text(2);
        r.planCode = q.text(3);
        r.planName = q.text(4);
        r.currency = q.text(5);
        r.priceMinor = q.int64(6);
        r.periodMonths = q.value(7).toInt();
        r.licenses = q.value(8).toInt();
        r.start = q.date(9);
        r.end = q.date(10);
        r.billedThrough = q.date(11);
        out.push_back(std::move(r));
    }
    return out;
}

std::vector<AnalyticsRepository::Billed> AnalyticsRepository::billedByCustomer(const QDate &from,
                                                                               const QDate &to)
{
    // What was debited to AR on issue: the totals of the invoices issued in
    // the window (void ones too, as the ledger keeps them).
    SqlQuery q = m_db.query(
        QStringLiteral(
            "SELECT c.code, t.currency, t.billed FROM (SELECT i.customer_id, i.currency,"
            " SUM(i.total_minor) AS billed FROM invoice i WHERE i.status <> 'draft'"
            " AND i.issue_date >= ? AND i.issue_date <= ?%1 GROUP BY i.customer_id, i.currency) t"
            " JOIN customer c ON c.id = t.customer_id")
            .arg(m_db.customerScope(QStringLiteral("i.customer_id"))));
    q.bindAll(from, to).exec();
    std::vector<Billed> out;
    while (q.next())
        out.push_back({ q.text(0), q.text(1), q.int64(2) });
    return out;
}

void AnalyticsRepository::billedDocuments(
    const QDate &from, const QDate &to,
    const std::function<void(const Billed &, const QDate &)> &visit)
{
    SqlQuery q = m_db.query(
        QStringLiteral("SELECT c.code, i.currency, i.total_minor, i.issue_date FROM invoice i"
                       " JOIN customer c ON c.id = i.customer_id WHERE i.status <> 'draft'"
                       " AND i.issue_date >= ? AND i.issue_date <= ?%1")
            .arg(m_db.customerScope(QStringLiteral("i.customer_id"))));
    q.bindAll(from, to).exec();
    Billed b;
    while (q.next()) {
        b.customerCode = q.text(0);
        b.currency = q.text(1);
        b.minor = q.int64(2);
        visit(b, q.date(3));
    }
}

std::vector<AnalyticsRepository::Opening>
AnalyticsRepository::openingBalances(const QDate &before, const QString &accountCode)
{
    SqlQuery q = m_db.query(
        QStringLiteral("SELECT a.code, a.name, t.currency, t.balance FROM ("
                       " SELECT account_id, currency, SUM(debit) - SUM(credit) AS balance FROM (")
        + JournalRepository::balancesBeforeSql()
        + QStringLiteral(
            ") b GROUP BY account_id, currency) t JOIN account a ON a.id = t.account_id")
        + (accountCode.isEmpty() ? QString() : QStringLiteral(" WHERE a.code = ?"))
        + QStringLiteral(" ORDER BY a.code, t.currency"));
    JournalRepository::bindBalancesBefore(q, before);
    if (!accountCode.isEmpty())
        q.bind(accountCode);
    q.exec();
    std::vector<Opening> out;
    while (q.next())
        out.push_back({ q.text(0), q.text(1), q.text(2), q.int64(3) });
    return out;
}

void AnalyticsRepository::ledgerLines(const QDate &from, const QDate &to,
                                      const QString &accountCode,
                                      const std::function<void(const LedgerLine &)> &visit)
{
    SqlQuery q
        = m_db.query(QStringLiteral("SELECT a.code, a.name, l.currency, l.entry_date, e.id, e.kind,"
                                    " COALESCE(e.memo, ''), l.debit_minor, l.credit_minor"
                                    " FROM journal_line l JOIN account a ON a.id = l.account_id"
                                    " JOIN journal_entry e ON e.id = l.entry_id"
                                    " WHERE l.entry_date >= ? AND l.entry_date <= ?")
                     + (accountCode.isEmpty() ? QString() : QStringLiteral(" AND a.code = ?"))
                     + QStringLiteral(" ORDER BY a.code, l.currency, l.entry_date, e.id, l.id"));
    q.bindAll(from, to);
    if (!accountCode.isEmpty())
        q.bind(accountCode);
    q.exec();
    LedgerLine r;
    while (q.next()) {
        r.accountCode = q.text(0);
        r.accountName = q.text(1);
        r.currency = q.text(2);
        r.date = q.date(3);
        r.entryId = q.int64(4);
        r.kind = q.text(5);
        r.memo = q.text(6);
        r.debitMinor = q.int64(7);
        r.creditMinor = q.int64(8);
        visit(r);
    }
}

} // namespace Accrue
