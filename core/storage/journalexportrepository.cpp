#include "storage/journalexportrepository.h"

#include "storage/database.h"
#include "storage/sqlquery.h"

namespace Accrue {

namespace {

// The range's conditions on journal_entry e (or journal_line: same columns).
QString rangeCondition(const QString &alias)
{
    return alias + QStringLiteral(".entry_date >= ? AND ") + alias
        + QStringLiteral(".entry_date <= ? AND (? = '' OR ") + alias
        + QStringLiteral(".currency = ?)");
}

// A null QString binds NULL; the mapping's columns are NOT NULL.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

void bindRange(SqlQuery &q, const ExportRange &range)
{
    // A null QString binds NULL, which "= ''" never matches.
    const QString currency = range.currency.isEmpty() ? QStringLiteral("") : range.currency;
    q.bindAll(JournalExportRepository::firstDay(range), JournalExportRepository::lastDay(range),
              currency, currency);
}

} // namespace

JournalExportRepository::JournalExportRepository(Database &db)
    : m_db(db)
{
}

QDate JournalExportRepository::firstDay(const ExportRange &range)
{
    return range.from.isValid() ? range.from : QDate(1, 1, 1);
}

QDate JournalExportRepository::lastDay(const ExportRange &range)
{
    return range.to.isValid() ? range.to : QDate(9999, 12, 31);
}

void JournalExportRepository::forEachEntry(const ExportRange &range,
                                           const std::function<void(const ExportedEntry &)> &visit)
{
    // One pass over entries and their lines; the document number comes with
    // the entry so that no export asks for it per row.
    SqlQuery q = m_db.query(
        QStringLiteral(
            "SELECT e.id, e.entry_date, e.kind, e.source_type, e.source_id, e.currency, "
            "COALESCE(e.memo, ''), COALESCE(i.number, n.number, p.reference, ''), l.account_id, "
            "COALESCE(c.name, ''), l.debit_minor, l.credit_minor FROM journal_entry e "
            "JOIN journal_line l ON l.entry_id = e.id "
            "LEFT JOIN invoice i ON e.source_type = 'invoice' AND i.id = e.source_id "
            "LEFT JOIN credit_note n ON e.source_type = 'credit_note' AND n.id = e.source_id "
            "LEFT JOIN payment p ON e.source_type = 'payment' AND p.id = e.source_id "
            "LEFT JOIN customer c ON c.id = l.customer_id WHERE ")
        + rangeCondition(QStringLiteral("e"))
        + QStringLiteral(" ORDER BY e.entry_date, e.id, l.id"));
    bindRange(q, range);
    q.exec();
    ExportedEntry entry;
    while (q.next()) {
        const qint64 id = q.int64(0);
        if (id != entry.id) {
            if (entry.id != 0)
                visit(entry);
            entry.id = id;
            entry.date = q.date(1);
            entry.kind = q.text(2);
            entry.sourceType = q.text(3);
            entry.sourceId = q.int64(4);
            entry.currency = Currency::require(q.text(5));
            entry.memo = q.text(6);
            entry.document = q.text(7);
            entry.lines.clear();
        }
        entry.lines.push_back({ q.int64(8), q.text(9), q.int64(10), q.int64(11) });
    }
    if (entry.id != 0)
        visit(entry);
}

qint64 JournalExportRepository::countEntries(const ExportRange &range)
{
    SqlQuery q = m_db.query(QStringLiteral("SELECT COUNT(*) FROM journal_entry e WHERE ")
                            + rangeCondition(QStringLiteral("e")));
    bindRange(q, range);
    return q.scalar().toLongLong();
}

std::vector<qint64> JournalExportRepository::accountsUsed(const ExportRange &range)
{
    // Per account through the covering index journal_line_account: one seek
    // each, not a pass over every line.
    SqlQuery q = m_db.query(
        QStringLiteral("SELECT a.id FROM account a WHERE EXISTS (SELECT 1 FROM journal_line l "
                       "WHERE l.account_id = a.id AND ")
        + rangeCondition(QStringLiteral("l")) + QStringLiteral(") ORDER BY a.code"));
    bindRange(q, range);
    q.exec();
    std::vector<qint64> out;
    while (q.next())
        out.push_back(q.int64(0));
    return out;
}

QStringList JournalExportRepository::currenciesUsed(const ExportRange &range)
{
    SqlQuery q = m_db.query(QStringLiteral("SELECT DISTINCT e.currency FROM journal_entry e WHERE ")
                            + rangeCondition(QStringLiteral("e"))
                            + QStringLiteral(" ORDER BY e.currency"));
    bindRange(q, range);
    q.exec();
    QStringList out;
    while (q.next())
        out << q.text(0);
    return out;
}

std::vector<ExportMapping> JournalExportRepository::mappings(const QString &target)
{
    SqlQuery q = m_db.query(
        QStringLiteral("SELECT kind, source_key, target_code, target_name, updated_by, updated_at "
                       "FROM export_mapping WHERE target = ? ORDER BY kind, source_key"));
    q.bind(target).exec();
    std::vector<ExportMapping> out;
    while (q.next())
        out.push_back({ q.text(0), q.text(1), q.text(2), q.text(3), q.text(4),
                        QDateTime::fromString(q.text(5), Qt::ISODateWithMs), {} });
    return out;
}

void JournalExportRepository::saveMapping(const QString &target, const ExportMapping &m)
{
    m_db.query(
            QStringLiteral("INSERT INTO export_mapping (target, kind, source_key, target_code, "
                           "target_name, updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
                           "ON CONFLICT (target, kind, source_key) DO UPDATE SET target_code = "
                           "excluded.target_code, target_name = excluded.target_name, updated_by = "
                           "excluded.updated_by, updated_at = excluded.updated_at"))
        .bindAll(target, m.kind, m.sourceKey, text(m.targetCode), text(m.targetName), m.updatedBy,
                 m.updatedAt.toUTC().toString(Qt::ISODateWithMs))
        .exec();
}

void JournalExportRepository::removeMapping(const QString &target, const QString &kind,
                                            const QString &sourceKey)
{
    m_db.query(QStringLiteral(
                   "DELETE FROM export_mapping WHERE target = ? AND kind = ? AND source_key = ?"))
        .bindAll(target, kind, sourceKey)
        .exec();
}

} // namespace Accrue
