#include "storage/recognitionreportrepository.h"

#include "storage/database.h"
#include "storage/sqlquery.h"

namespace Accrue {

RecognitionReportRepository::RecognitionReportRepository(Database &db)
    : m_db(db)
{
}

std::vector<RecognitionReportRepository::WaterfallCell>
RecognitionReportRepository::waterfall(const QString &currency, const QDate &from, const QDate &to,
                                       const QDate &asOf, const ReportScope &scope)
{
    // Driven by the index on recognize_on: the range's rows only. A posted
    // row stays recognised even if its invoice was voided later; a due row
    // counts once its invoice is issued and stands.
    QString sql = QStringLiteral(
        "SELECT substr(i.issue_date, 1, 7), substr(s.recognize_on, 1, 7), SUM(s.amount_minor) "
        "FROM recognition_schedule s JOIN invoice_line l ON l.id = s.invoice_line_id "
        "JOIN invoice i ON i.id = l.invoice_id "
        "WHERE s.recognize_on >= ? AND s.recognize_on <= ? AND i.currency = ? "
        "AND (s.entry_id IS NOT NULL OR (s.recognize_on <= ? "
        "AND i.status NOT IN ('draft', 'void')))");
    sql += scope.customerCondition(m_db, QStringLiteral("i.customer_id"));
    if (!scope.module.isEmpty())
        sql += QStringLiteral(" AND l.product_id IN (SELECT id FROM product WHERE code = ?)");
    sql += QStringLiteral(" GROUP BY substr(i.issue_date, 1, 7), substr(s.recognize_on, 1, 7)"
                          " ORDER BY 1, 2");
    SqlQuery q = m_db.query(sql);
    q.bindAll(from, to, currency, asOf);
    scope.bindCustomer(q);
    if (!scope.module.isEmpty())
        q.bind(scope.module);
    q.exec();
    std::vector<WaterfallCell> out;
    while (q.next())
        out.push_back({ q.text(0), q.text(1), q.int64(2) });
    return out;
}

std::vector<RecognitionReportRepository::DeferredMovement>
RecognitionReportRepository::deferredMovements(const QString &currency, const QDate &from,
                                               const QDate &to)
{
    // The account's lines in the range (its index), each with its entry's kind.
    SqlQuery q = m_db.query(QStringLiteral(
        "SELECT substr(jl.entry_date, 1, 7), je.kind, SUM(jl.debit_minor), SUM(jl.credit_minor) "
        "FROM journal_line jl JOIN journal_entry je ON je.id = jl.entry_id "
        "WHERE jl.account_id IN (SELECT id FROM account WHERE system_role = 'deferred_revenue') "
        "AND jl.entry_date >= ? AND jl.entry_date <= ? AND jl.currency = ? "
        "GROUP BY substr(jl.entry_date, 1, 7), je.kind ORDER BY 1, 2"));
    q.bindAll(from, to, currency).exec();
    std::vector<DeferredMovement> out;
    while (q.next())
        out.push_back({ q.text(0), q.text(1), q.int64(2), q.int64(3) });
    return out;
}

void RecognitionReportRepository::scheduleLines(
    const ScheduleFilter &filter, const std::function<void(RecognitionScheduleLine)> &visit)
{
    QString sql = QStringLiteral(
        "SELECT i.id, i.number, c.code, c.name, l.position, l.description, "
        "l.recognition_method, l.service_start, l.service_end, i.currency, s.recognize_on, "
        "s.amount_minor, COALESCE(m.position, 0), COALESCE(m.name, ''), m.done_on, "
        "COALESCE(cn.number, ''), CASE WHEN s.entry_id IS NULL THEN 0 ELSE 1 END "
        "FROM recognition_schedule s JOIN invoice_line l ON l.id = s.invoice_line_id "
        "JOIN invoice i ON i.id = l.invoice_id JOIN customer c ON c.id = i.customer_id "
        "LEFT JOIN recognition_milestone m ON m.id = s.milestone_id "
        "LEFT JOIN credit_note cn ON cn.id = s.credit_note_id WHERE ");
    const bool one = filter.invoiceId > 0 || !filter.invoiceNumber.isEmpty();
    if (filter.invoiceId > 0)
        sql += QStringLiteral("i.id = ?") + m_db.customerScope(QStringLiteral("i.customer_id"));
    else if (one)
        sql += QStringLiteral("i.number = ?") + m_db.customerScope(QStringLiteral("i.customer_id"));
    else
        sql += QStringLiteral("i.issue_date >= ? AND i.issue_date <= ? AND i.status <> 'draft'")
            + filter.scope.conditions(m_db, QStringLiteral("i.customer_id"),
                                      QStringLiteral("i.id"));
    // By currency first, for the totals per currency. NULLs sort first on
    // SQLite and last on PostgreSQL: say where.
    sql += QStringLiteral(" ORDER BY i.currency, i.issue_date, i.id, l.position, "
                          "CASE WHEN s.recognize_on IS NULL THEN 1 ELSE 0 END, s.recognize_on, "
                          "COALESCE(m.position, 0), s.id");
    SqlQuery q = m_db.query(sql);
    if (filter.invoiceId > 0)
        q.bind(filter.invoiceId);
    else if (one)
        q.bind(filter.invoiceNumber);
    else {
        q.bindAll(filter.from, filter.to);
        filter.scope.bind(q);
    }
    q.exec();
    while (q.next()) {
        RecognitionScheduleLine r;
        r.invoiceId = q.int64(0);
        r.invoiceNumber = q.text(1);
        r.customerCode = q.text(2);
        r.customerName = q.text(3);
        r.linePosition = int(q.int64(4));
        r.description = q.text(5);
        r.method = q.text(6);
        r.serviceStart = q.date(7);
        r.serviceEnd = q.date(8);
        const Currency currency = Currency::fromCode(q.text(9)).value_or(Currency());
        r.date = q.date(10);
        r.amount = Money(q.int64(11), currency);
        r.milestonePosition = int(q.int64(12));
        r.milestoneName = q.text(13);
        r.milestoneDoneOn = q.date(14);
        r.creditNoteNumber = q.text(15);
        r.posted = q.int64(16) != 0;
        visit(std::move(r));
    }
}

} // namespace Accrue
