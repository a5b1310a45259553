#include "storage/recognitionrepository.h"

#include "storage/bulkinserter.h"
#include "storage/database.h"
#include "storage/sqlquery.h"

#include <QDateTime>

namespace Accrue {

namespace {

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

std::vector<RecognitionRepository::DueGroup> readGroups(SqlQuery &q)
{
    std::vector<RecognitionRepository::DueGroup> out;
    while (q.next())
        out.push_back({ q.text(0), q.date(1), q.int64(2), q.int64(3), q.int64(4) });
    return out;
}

} // namespace

RecognitionRepository::RecognitionRepository(Database &db)
    : m_db(db)
{
}

void RecognitionRepository::insertRows(const std::vector<RecognitionRow> &rows, const Currency &)
{
    for (const RecognitionRow &r : rows)
        m_db.query(QStringLiteral("INSERT INTO recognition_schedule (invoice_line_id, "
                                  "recognize_on, amount_minor, milestone_id, credit_note_id, "
                                  "entry_id) VALUES (?, ?, ?, ?, ?, ?)"))
            .bind(r.invoiceLineId)
            .bind(r.date)
            .bind(r.amount.minor())
            .bindNullable(r.milestoneId)
            .bindNullable(r.creditNoteId)
            .bindNullable(r.entryId)
            .exec();
}

std::vector<RecognitionRow> RecognitionRepository::rowsOfLine(qint64 lineId,
                                                              const Currency &currency)
{
    SqlQuery q = m_db.query(QStringLiteral(
        "SELECT id, recognize_on, amount_minor, COALESCE(milestone_id, 0), "
        "COALESCE(credit_note_id, 0), COALESCE(entry_id, 0) FROM recognition_schedule "
        "WHERE invoice_line_id = ? ORDER BY id"));
    q.bind(lineId).exec();
    std::vector<RecognitionRow> out;
    while (q.next()) {
        RecognitionRow r;
        r.id = q.int64(0);
        r.invoiceLineId = lineId;
        r.date = q.date(1);
        r.amount = Money(q.int64(2), currency);
        r.milestoneId = q.int64(3);
        r.creditNoteId = q.int64(4);
        r.entryId = q.int64(5);
        out.push_back(r);
    }
    return out;
}

void RecognitionRepository::insertManyRows(const std::vector<RecognitionRow> &rows)
{
    // 64 rows a statement: most of SQLite's per-statement work goes.
    BulkInserter out(m_db, QStringLiteral("recognition_schedule"),
                     { QStringLiteral("invoice_line_id"), QStringLiteral("recognize_on"),
                       QStringLiteral("amount_minor"), QStringLiteral("milestone_id"),
                       QStringLiteral("credit_note_id"), QStringLiteral("entry_id") },
                     64);
    for (const RecognitionRow &r : rows) {
        out.add(r.invoiceLineId)
            .add(r.date)
            .add(r.amount.minor())
            .addId(r.milestoneId)
            .addId(r.creditNoteId)
            .addId(r.entryId);
        out.insertRow();
    }
    out.flush();
}

void RecognitionRepository::markLinePosted(qint64 lineId, const QDate &date, qint64 entryId)
{
    m_db.query(QStringLiteral("UPDATE recognition_schedule SET entry_id = ? WHERE "
                              "invoice_line_id = ? AND entry_id IS NULL AND recognize_on <= ?"))
        .bindAll(entryId, lineId, date)
        .exec();
}

std::vector<RecognitionRepository::DueGroup> RecognitionRepository::dueRows(const QDate &through,
                                                                            bool oneCurrency)
{
    // Driven by the index of unposted rows: a run reads only what it posts.
    // With one currency in the book the invoice is not looked up per row:
    // that lookup was a third of the query, and more once the invoice table
    // outgrows the cache.
    SqlQuery q = m_db.query(
        oneCurrency
            ? QStringLiteral("SELECT (SELECT currency FROM invoice LIMIT 1), s.recognize_on, "
                             "l.revenue_account_id, SUM(s.amount_minor), COUNT(*) "
                             "FROM recognition_schedule s "
                             "JOIN invoice_line l ON l.id = s.invoice_line_id "
                             "WHERE s.entry_id IS NULL AND s.recognize_on <= ? "
                             "GROUP BY s.recognize_on, l.revenue_account_id ORDER BY 2, 3")
            : QStringLiteral("SELECT i.currency, s.recognize_on, l.revenue_account_id, "
                             "SUM(s.amount_minor), COUNT(*) FROM recognition_schedule s "
                             "JOIN invoice_line l ON l.id = s.invoice_line_id "
                             "JOIN invoice i ON i.id = l.invoice_id "
                             "WHERE s.entry_id IS NULL AND s.recognize_on <= ? "
                             "GROUP BY i.currency, s.recognize_on, l.revenue_account_id "
                             "ORDER BY 1, 2, 3"));
    q.bind(through).exec();
    return readGroups(q);
}

qint64 RecognitionRepository::markPosted(const QString &currency, const QDate &date, qint64 entryId,
                                         bool oneCurrency)
{
    SqlQuery q = m_db.query(
        oneCurrency
            ? QStringLiteral("UPDATE recognition_schedule SET entry_id = ? "
                             "WHERE entry_id IS NULL AND recognize_on = ?")
            : QStringLiteral("UPDATE recognition_schedule SET entry_id = ? WHERE entry_id IS NULL "
                             "AND recognize_on = ? AND (SELECT i.currency FROM invoice_line l "
                             "JOIN invoice i ON i.id = l.invoice_id "
                             "WHERE l.id = recognition_schedule.invoice_line_id) = ?"));
    q.bindAll(entryId, date);
    if (!oneCurrency)
        q.bind(currency);
    q.exec();
    return q.rowsAffected();
}

int RecognitionRepository::invoiceCurrencyCount()
{
    return m_db
        .query(QStringLiteral("SELECT COUNT(*) FROM (SELECT DISTINCT currency FROM invoice) c"))
        .scalar()
        .toInt();
}

std::vector<RecognitionMilestone> RecognitionRepository::milestones(qint64 lineId)
{
    SqlQuery q = m_db.query(
        QStringLiteral("SELECT id, position, name, share_bp, done_on, COALESCE(done_by, '') "
                       "FROM recognition_milestone WHERE invoice_line_id = ? ORDER BY position"));
    q.bind(lineId).exec();
    std::vector<RecognitionMilestone> out;
    while (q.next()) {
        RecognitionMilestone m;
        m.id = q.int64(0);
        m.invoiceLineId = lineId;
        m.position = int(q.int64(1));
        m.name = q.text(2);
        m.shareBp = int(q.int64(3));
        m.doneOn = q.date(4);
        m.doneBy = q.text(5);
        out.push_back(m);
    }
    return out;
}

void RecognitionRepository::insertMilestone(RecognitionMilestone &m)
{
    m.id = m_db.query(QStringLiteral("INSERT INTO recognition_milestone (invoice_line_id, "
                                     "position, name, share_bp) VALUES (?, ?, ?, ?) RETURNING id"))
               .bindAll(m.invoiceLineId, m.position, m.name, m.shareBp)
               .scalar()
               .toLongLong();
}

void RecognitionRepository::deleteMilestones(qint64 lineId)
{
    m_db.query(QStringLiteral("DELETE FROM recognition_schedule WHERE invoice_line_id = ? "
                              "AND entry_id IS NULL AND recognize_on IS NULL"))
        .bind(lineId)
        .exec();
    m_db.query(QStringLiteral("DELETE FROM recognition_milestone WHERE invoice_line_id = ?"))
        .bind(lineId)
        .exec();
}

void RecognitionRepository::markMilestoneDone(qint64 milestoneId, const QDate &date,
                                              const QString &userName)
{
    m_db.query(QStringLiteral(
                   "UPDATE recognition_milestone SET done_on = ?, done_by = ? WHERE id = ?"))
        .bindAll(date, userName, milestoneId)
        .exec();
    m_db.query(QStringLiteral("UPDATE recognition_schedule SET recognize_on = ? "
                              "WHERE milestone_id = ? AND recognize_on IS NULL"))
        .bindAll(date, milestoneId)
        .exec();
}

qint64 RecognitionRepository::insertUsage(UsageRecord &u, const QString &currency,
                                          const QString &userName)
{
    u.id = m_db.query(QStringLiteral(
                          "INSERT INTO usage_record (customer_id, product_id, delivered_on, "
                          "quantity_milli, amount_minor, currency, revenue_account_id, "
                          "user_name, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"))
               .bindAll(u.customerId, u.productId, u.deliveredOn, u.quantityMilli, u.amount.minor(),
                        currency, u.revenueAccountId, userName, nowUtc())
               .scalar()
               .toLongLong();
    return u.id;
}

std::vector<RecognitionRepository::DueGroup>
RecognitionRepository::unaccruedUsage(const QDate &through)
{
    SqlQuery q = m_db.query(QStringLiteral(
        "SELECT currency, delivered_on, revenue_account_id, SUM(amount_minor), COUNT(*) "
        "FROM usage_record WHERE accrual_entry_id IS NULL AND invoice_line_id IS NULL "
        "AND delivered_on <= ? GROUP BY currency, delivered_on, revenue_account_id "
        "ORDER BY 1, 2, 3"));
    q.bind(through).exec();
    return readGroups(q);
}

qint64 RecognitionRepository::markUsageAccrued(const QString &currency, const QDate &date,
                                               qint64 entryId)
{
    SqlQuery q = m_db.query(QStringLiteral(
        "UPDATE usage_record SET accrual_entry_id = ? WHERE accrual_entry_id IS NULL "
        "AND invoice_line_id IS NULL AND delivered_on = ? AND currency = ?"));
    q.bindAll(entryId, date, currency).exec();
    return q.rowsAffected();
}

std::vector<UsageRecord> RecognitionRepository::unbilledUsage(qint64 customerId, qint64 productId,
                                                              const QDate &from, const QDate &to)
{
    SqlQuery q = m_db.query(QStringLiteral(
        "SELECT id, delivered_on, quantity_milli, amount_minor, currency, revenue_account_id, "
        "COALESCE(accrual_entry_id, 0) FROM usage_record WHERE invoice_line_id IS NULL "
        "AND customer_id = ? AND product_id = ? AND delivered_on >= ? AND delivered_on <= ? "
        "ORDER BY delivered_on, id"));
    q.bindAll(customerId, productId, from, to).exec();
    std::vector<UsageRecord> out;
    while (q.next()) {
        UsageRecord u;
        u.id = q.int64(0);
        u.customerId = customerId;
        u.productId = productId;
        u.deliveredOn = q.date(1);
        u.quantityMilli = q.int64(2);
        u.amount = Money(q.int64(3), Currency::fromCode(q.text(4)).value_or(Currency()));
        u.revenueAccountId = q.int64(5);
        u.accrualEntryId = q.int64(6);
        out.push_back(u);
    }
    return out;
}

void RecognitionRepository::linkUsage(qint64 usageId, qint64 lineId)
{
    m_db.query(QStringLiteral("UPDATE usage_record SET invoice_line_id = ? WHERE id = ? "
                              "AND invoice_line_id IS NULL"))
        .bindAll(lineId, usageId)
        .exec();
}

std::vector<UsageListRow> RecognitionRepository::usageOfCustomer(qint64 customerId, int limit)
{
    SqlQuery q = m_db.query(QStringLiteral(
        "SELECT u.id, u.product_id, u.delivered_on, u.quantity_milli, u.amount_minor, "
        "u.currency, u.revenue_account_id, COALESCE(u.accrual_entry_id, 0), "
        "COALESCE(u.invoice_line_id, 0), p.code, p.name, p.unit, COALESCE(i.number, '') "
        "FROM usage_record u JOIN product p ON p.id = u.product_id "
        "LEFT JOIN invoice_line l ON l.id = u.invoice_line_id "
        "LEFT JOIN invoice i ON i.id = l.invoice_id "
        "WHERE u.customer_id = ? ORDER BY u.delivered_on DESC, u.id DESC LIMIT ?"));
    q.bindAll(customerId, limit).exec();
    std::vector<UsageListRow> out;
    while (q.next()) {
        UsageListRow row;
        UsageRecord &u = row.usage;
        u.id = q.int64(0);
        u.customerId = customerId;
        u.productId = q.int64(1);
        u.deliveredOn = q.date(2);
        u.quantityMilli = q.int64(3);
        u.amount = Money(q.int64(4), Currency::fromCode(q.text(5)).value_or(Currency()));
        u.revenueAccountId = q.int64(6);
        u.accrualEntryId = q.int64(7);
        u.invoiceLineId = q.int64(8);
        row.productCode = q.text(9);
        row.productName = q.text(10);
        row.unit = q.text(11);
        row.invoiceNumber = q.text(12);
        out.push_back(row);
    }
    return out;
}

qint64 RecognitionRepository::unbilledAccruedMinor(const QString &currency)
{
    return m_db
        .query(QStringLiteral("SELECT COALESCE(SUM(amount_minor), 0) FROM usage_record "
                              "WHERE accrual_entry_id IS NOT NULL AND invoice_line_id IS NULL "
                              "AND currency = ?"))
        .bind(currency)
        .scalar()
        .toLongLong();
}

std::vector<RecognitionRepository::UnscheduledLine>
RecognitionRepository::unscheduledLines(qint64 afterInvoiceId, qint64 throughInvoiceId)
{
    // A range of invoice ids walks the (invoice_id, position) index of the
    // lines; the issue entry and the credits are one index seek each.
    SqlQuery q = m_db.query(QStringLiteral(
        "SELECT i.id, i.issue_date, i.currency, COALESCE((SELECT MIN(e.id) FROM journal_entry e "
        "WHERE e.source_type = 'invoice' AND e.source_id = i.id AND e.kind = 'invoice_issued'), "
        "0), l.id, l.position, COALESCE(l.product_id, 0), l.net_minor, l.revenue_account_id, "
        "l.service_start, l.service_end, l.recognition_method, COALESCE((SELECT "
        "SUM(c.net_minor) FROM credit_note_line c WHERE c.invoice_line_id = l.id), 0) "
        "FROM invoice_line l JOIN invoice i ON i.id = l.invoice_id "
        "WHERE l.invoice_id > ? AND l.invoice_id <= ? AND i.status <> 'draft' "
        "AND NOT EXISTS (SELECT 1 FROM recognition_schedule s WHERE s.invoice_line_id = l.id) "
        "ORDER BY l.invoice_id, l.position"));
    q.bindAll(afterInvoiceId, throughInvoiceId).exec();
    std::vector<UnscheduledLine> out;
    QString code;
    Currency currency;
    while (q.next()) {
        UnscheduledLine u;
        u.invoiceId = q.int64(0);
        u.issueDate = q.date(1);
        if (q.text(2) != code) { // one currency after another, rarely
            code = q.text(2);
            currency = Currency::require(code);
        }
        u.issueEntryId = q.int64(3);
        u.line.id = q.int64(4);
        u.line.position = int(q.int64(5));
        u.line.productId = q.int64(6);
        u.line.net = Money(q.int64(7), currency);
        u.line.revenueAccountId = q.int64(8);
        u.line.serviceStart = q.date(9);
        u.line.serviceEnd = q.date(10);
        u.line.recognitionMethod = q.text(11);
        u.creditedNetMinor = q.int64(12);
        out.push_back(std::move(u));
    }
    return out;
}

qint64 RecognitionRepository::lastInvoiceId()
{
    return m_db.query(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM invoice"))
        .scalar()
        .toLongLong();
}

qint64 RecognitionRepository::creditedNetOfLine(qint64 lineId)
{
    return m_db
        .query(QStringLiteral("SELECT COALESCE(SUM(net_minor), 0) FROM credit_note_line "
                              "WHERE invoice_line_id = ?"))
        .bind(lineId)
        .scalar()
        .toLongLong();
}

} // namespace Accrue
