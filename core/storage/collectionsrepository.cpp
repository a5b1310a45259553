#include "storage/collectionsrepository.h"

#include "common/error.h"
#include "storage/database.h"
#include "storage/sqlquery.h"

#include <QCoreApplication>

namespace Accrue {

namespace {

QString isoUtc(const QDateTime &at)
{
    return (at.isValid() ? at : QDateTime::currentDateTimeUtc()).toString(Qt::ISODateWithMs);
}

// The open dispute of an invoice, in every query that asks "disputed?".
const QString openDisputeExists = QStringLiteral(
    "EXISTS (SELECT 1 FROM dispute d WHERE d.invoice_id = i.id AND d.resolved_date IS NULL)");

} // namespace

CollectionsRepository::CollectionsRepository(Database &db)
    : m_db(db)
{
}

qint64 CollectionsRepository::insertDispute(Dispute &d)
{
    if (!d.openedAt.isValid())
        d.openedAt = QDateTime::currentDateTimeUtc();
    d.id = m_db.query(QStringLiteral("INSERT INTO dispute (invoice_id, reason, opened_date, "
                                     "opened_by, opened_at) VALUES (?, ?, ?, ?, ?) RETURNING id"))
               .bindAll(d.invoiceId, d.reason, d.openedDate, d.openedBy, isoUtc(d.openedAt))
               .scalar()
               .toLongLong();
    return d.id;
}

void CollectionsRepository::insertNote(qint64 disputeId, const DisputeNote &note)
{
    m_db.query(QStringLiteral("INSERT INTO dispute_note (dispute_id, note, user_name, created_at) "
                              "VALUES (?, ?, ?, ?)"))
        .bindAll(disputeId, note.note, note.userName, isoUtc(note.createdAt))
        .exec();
}

void CollectionsRepository::resolveDispute(const Dispute &d)
{
    SqlQuery q = m_db.query(
        QStringLiteral("UPDATE dispute SET resolution = ?, resolved_date = ?, resolved_by = ?, "
                       "resolved_at = ? WHERE id = ? AND resolved_date IS NULL"));
    q.bindAll(toString(*d.resolution), d.resolvedDate, d.resolvedBy, isoUtc(d.resolvedAt), d.id)
        .exec();
    if (q.rowsAffected() != 1)
        throw Error(QCoreApplication::translate("Accrue::CollectionsService",
                                                "The dispute was resolved meanwhile"),
                    {}, Error::Kind::Conflict);
}

std::optional<Dispute> CollectionsRepository::openDispute(qint64 invoiceId)
{
    for (const Dispute &d : disputes(invoiceId))
        if (d.isOpen())
            return d;
    return std::nullopt;
}

std::vector<Dispute> CollectionsRepository::disputes(qint64 invoiceId)
{
    SqlQuery q = m_db.query(
        QStringLiteral("SELECT id, invoice_id, reason, opened_date, opened_by, opened_at, "
                       "COALESCE(resolution, ''), resolved_date, COALESCE(resolved_by, ''), "
                       "COALESCE(resolved_at, '') FROM dispute WHERE invoice_id = ? ORDER BY id"));
    q.bind(invoiceId).exec();
    std::vector<Dispute> out;
    while (q.next()) {
        Dispute d;
        d.id = q.int64(0);
        d.invoiceId = q.int64(1);
        d.reason = q.text(2);
        d.openedDate = q.date(3);
        d.openedBy = q.text(4);
        d.openedAt = QDateTime::fromString(q.text(5), Qt::ISODateWithMs);
        d.resolution = disputeResolutionFromString(q.text(6));
        d.resolvedDate = q.date(7);
        d.resolvedBy = q.text(8);
        d.resolvedAt = QDateTime::fromString(q.text(9), Qt::ISODateWithMs);
        out.push_back(d);
    }
    for (Dispute &d : out)
        d.notes = notes(d.id);
    return out;
}

std::vector<DisputeNote> CollectionsRepository::notes(qint64 disputeId)
{
    SqlQuery q = m_db.query(QStringLiteral(
        "SELECT note, user_name, created_at FROM dispute_note WHERE dispute_id = ? ORDER BY id"));
    q.bind(disputeId).exec();
    std::vector<DisputeNote> out;
    while (q.next())
        out.push_back(
            { q.text(0), q.text(1), QDateTime::fromString(q.text(2), Qt::ISODateWithMs) });
    return out;
}

bool CollectionsRepository::isDisputed(qint64 invoiceId)
{
    return m_db.query(QStringLiteral("SELECT COUNT(*) FROM invoice i WHERE i.id = ? AND ")
                      + openDisputeExists)
               .bind(invoiceId)
               .scalar()
               .toLongLong()
        > 0;
}

std::vector<qint64> CollectionsRepository::disputedInvoiceIds()
{
    SqlQuery q
        = m_db.query(QStringLiteral("SELECT i.id FROM invoice i WHERE i.status = 'open' AND ")
                     + openDisputeExists + QStringLiteral(" ORDER BY i.id"));
    q.exec();
    std::vector<qint64> ids;
    while (q.next())
        ids.push_back(q.int64(0));
    return ids;
}

qint64 CollectionsRepository::insertWriteOff(WriteOff &w)
{
    w.id = m_db
               .query(QStringLiteral(
                   "INSERT INTO write_off (invoice_id, amount_minor, currency, write_off_date, "
                   "reason, user_name, entry_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                   "RETURNING id"))
               .bindAll(w.invoiceId, w.amount.minor(), w.amount.currency().code(), w.date, w.reason,
                        w.userName, w.entryId, isoUtc({}))
               .scalar()
               .toLongLong();
    return w.id;
}

std::vector<WriteOff> CollectionsRepository::writeOffs(qint64 invoiceId)
{
    SqlQuery q = m_db.query(
        QStringLiteral("SELECT id, amount_minor, currency, write_off_date, reason, user_name, "
                       "COALESCE(entry_id, 0) FROM write_off WHERE invoice_id = ? ORDER BY id"));
    q.bind(invoiceId).exec();
    std::vector<WriteOff> out;
    while (q.next())
        out.push_back({ q.int64(0), invoiceId, Money(q.int64(1), Currency::require(q.text(2))),
                        q.date(3), q.text(4), q.text(5), q.int64(6) });
    return out;
}

std::vector<CollectionsRepository::OverdueInvoice> CollectionsRepository::overdue(const QDate &asOf,
                                                                                  int days)
{
    SqlQuery q = m_db.query(QStringLiteral(
        "SELECT i.id, i.number, c.code, i.due_date, i.currency, i.balance_minor FROM invoice i "
        "JOIN customer c ON c.id = i.customer_id WHERE i.status = 'open' AND i.balance_minor > 0 "
        "AND i.due_date < ? AND i.issue_date <= ? ORDER BY i.due_date, i.number"));
    q.bindAll(asOf.addDays(-days), asOf).exec();
    std::vector<OverdueInvoice> out;
    while (q.next())
        out.push_back({ q.int64(0), q.text(1), q.text(2), q.date(3),
                        Money(q.int64(5), Currency::require(q.text(4))) });
    return out;
}

} // namespace Accrue
