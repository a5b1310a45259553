#include "billing/collectionsservice.h"

#include "billing/session.h"
#include "billing/settlement.h"
#include "common/error.h"
#include "domain/invoice.h"
#include "domain/limits.h"
#include "ledger/chartofaccounts.h"
#include "ledger/journalentry.h"
#include "storage/accountrepository.h"
#include "storage/database.h"
#include "storage/invoicerepository.h"
#include "storage/journalrepository.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Accrue {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Accrue::CollectionsService", text);
}

QString invoiceName(const Invoice &inv)
{
    return inv.number.isEmpty() ? tr("(draft)") : inv.number;
}

} // namespace

CollectionsService::CollectionsService(Session &session)
    : m_session(session)
{
}

QString CollectionsService::checkedText(const QString &text, const QString &field, bool required)
{
    const QString trimmed = text.trimmed();
    if (required && trimmed.isEmpty())
        throw Error(tr("%1: enter it").arg(field));
    if (Limits::hasControlCharacters(trimmed.split(u'\n').join(u' ')))
        throw Error(tr("%1: contains control characters (such as NUL)").arg(field));
    if (trimmed.size() > 2000)
        throw Error(tr("%1: at most 2000 characters").arg(field));
    return trimmed;
}

Dispute CollectionsService::openDispute(qint64 invoiceId, const QString &reason,
                                        const QString &note, const QDate &date)
{
    m_session.require(Permission::Billing, tr("put invoices in dispute"));
    Dispute d;
    d.invoiceId = invoiceId;
    d.reason = checkedText(reason, tr("reason"), true);
    const QString firstNote = checkedText(note, tr("note"), false);
    d.openedDate = date.isValid() ? date : m_session.today();
    d.openedBy = m_session.userName();
    Database &db = m_session.db();
    Transaction tx(db);
    InvoiceRepository(db).lockForUpdate(invoiceId);
    const auto inv = InvoiceRepository(db).load(invoiceId);
    if (!inv)
        throw Error(tr("No invoice with id %1").arg(invoiceId));
    if (inv->status != InvoiceStatus::Open)
        throw Error(tr("Invoice %1 is %2: only an open invoice can be disputed")
                        .arg(invoiceName(*inv), displayName(inv->displayStatus(d.openedDate))));
    CollectionsRepository repo(db);
    if (repo.openDispute(invoiceId))
        throw Error(tr("Invoice %1 is already in dispute").arg(inv->number));
    repo.insertDispute(d);
    if (!firstNote.isEmpty()) {
        const DisputeNote n { firstNote, d.openedBy, d.openedAt };
        repo.insertNote(d.id, n);
        d.notes.push_back(n);
    }
    m_session.audit().append(
        QStringLiteral("invoice.dispute"), QStringLiteral("invoice"), QString::number(invoiceId),
        {},
        QJsonObject { { QStringLiteral("dispute_id"), d.id },
                      { QStringLiteral("invoice"), inv->number },
                      { QStringLiteral("opened_date"), d.openedDate.toString(Qt::ISODate) },
                      { QStringLiteral("reason"), d.reason },
                      { QStringLiteral("note"), firstNote } });
    tx.commit();
    return d;
}

void CollectionsService::addNote(qint64 invoiceId, const QString &note)
{
    m_session.require(Permission::Billing, tr("note on disputes"));
    const QString text = checkedText(note, tr("note"), true);
    Database &db = m_session.db();
    Transaction tx(db);
    CollectionsRepository repo(db);
    const auto open = repo.openDispute(invoiceId);
    if (!open)
        throw Error(tr("The invoice is not in dispute"));
    repo.insertNote(open->id, { text, m_session.userName(), {} });
    m_session.audit().append(QStringLiteral("invoice.dispute_note"), QStringLiteral("invoice"),
                             QString::number(invoiceId), {},
                             QJsonObject { { QStringLiteral("dispute_id"), open->id },
                                           { QStringLiteral("note"), text } });
    tx.commit();
}

Dispute CollectionsService::resolveDispute(qint64 invoiceId, DisputeResolution how,
                                           const QDate &date)
{
    m_session.require(Permission::Billing, tr("resolve disputes"));
    if (how == DisputeResolution::WriteOff)
        throw Error(tr("Write the invoice off instead: that resolves its dispute"));
    const QDate day = date.isValid() ? date : m_session.today();
    Database &db = m_session.db();
    Transaction tx(db);
    InvoiceRepository(db).lockForUpdate(invoiceId);
    const auto inv = InvoiceRepository(db).load(invoiceId);
    const auto open = CollectionsRepository(db).openDispute(invoiceId);
    if (!inv || !open)
        throw Error(tr("The invoice is not in dispute"));
    if (day < open->openedDate)
        throw Error(tr("date: a dispute is resolved on or after the day it was opened (%1)")
                        .arg(open->openedDate.toString(Qt::ISODate)));
    resolveLocked(*open, how, day, inv->number);
    tx.commit();
    return CollectionsRepository(db).disputes(invoiceId).back();
}

void CollectionsService::resolveLocked(const Dispute &open, DisputeResolution how,
                                       const QDate &date, const QString &invoiceNumber)
{
    Dispute d = open;
    d.resolution = how;
    d.resolvedDate = date;
    d.resolvedBy = m_session.userName();
    d.resolvedAt = QDateTime::currentDateTimeUtc();
    CollectionsRepository(m_session.db()).resolveDispute(d);
    m_session.audit().append(
        QStringLiteral("invoice.dispute_resolve"), QStringLiteral("invoice"),
        QString::number(d.invoiceId), QJsonObject { { QStringLiteral("dispute_id"), d.id } },
        QJsonObject { { QStringLiteral("invoice"), invoiceNumber },
                      { QStringLiteral("resolution"), toString(how) },
                      { QStringLiteral("resolved_date"), date.toString(Qt::ISODate) } });
}

bool CollectionsService::isDisputed(qint64 invoiceId)
{
    return CollectionsRepository(m_session.db()).isDisputed(invoiceId);
}

std::vector<qint64> CollectionsService::disputedInvoiceIds()
{
    return CollectionsRepository(m_session.db()).disputedInvoiceIds();
}

std::vector<Dispute> CollectionsService::history(qint64 invoiceId)
{
    return CollectionsRepository(m_session.db()).disputes(invoiceId);
}

WriteOff CollectionsService::writeOff(qint64 invoiceId, const QString &reason, const QDate &date)
{
    m_session.require(Permission::Billing, tr("write invoices off"));
    const QString why = checkedText(reason, tr("reason"), true);
    Transaction tx(m_session.db());
    WriteOff w = writeOffLocked(invoiceId, why, date.isValid() ? date : m_session.today());
    tx.commit();
    return w;
}

std::vector<WriteOff> CollectionsService::writeOffs(qint64 invoiceId)
{
    return CollectionsRepository(m_session.db()).writeOffs(invoiceId);
}

std::vector<WriteOff> CollectionsService::writeOffInvoices(const std::vector<qint64> &invoiceIds,
                                                           const QString &reason, const QDate &date)
{
    m_session.require(Permission::Billing, tr("write invoices off"));
    const QString why = checkedText(reason, tr("reason"), true);
    if (invoiceIds.empty())
        throw Error(tr("Choose at least one invoice to write off"));
    const QDate day = date.isValid() ? date : m_session.today();
    Transaction tx(m_session.db());
    std::vector<WriteOff> done;
    for (const qint64 id : invoiceIds)
        done.push_back(writeOffLocked(id, why, day));
    tx.commit();
    return done;
}

WriteOff CollectionsService::writeOffLocked(qint64 invoiceId, const QString &reason,
                                            const QDate &date)
{
    Database &db = m_session.db();
    InvoiceRepository invoices(db);
    invoices.lockForUpdate(invoiceId);
    auto inv = invoices.load(invoiceId);
    if (!inv)
        throw Error(tr("No invoice with id %1").arg(invoiceId));
    if (inv->status != InvoiceStatus::Open || !inv->balance.isPositive())
        throw Error(tr("Invoice %1 is %2 and has nothing open to write off")
                        .arg(invoiceName(*inv), displayName(inv->displayStatus(date))));
    if (!date.isValid() || date < inv->issueDate)
        throw Error(tr("date: invoice %1 cannot be written off before it was issued (%2)")
                        .arg(inv->number, inv->issueDate.toString(Qt::ISODate)));
    const Invoice before = *inv;
    WriteOff w;
    w.invoiceId = invoiceId;
    w.amount = inv->balance;
    w.date = date;
    w.reason = reason;
    w.userName = m_session.userName();

    // Tax: the whole gross balance goes to bad debts, the VAT in it included.
    // The output tax was declared when the invoice was issued and stays
    // declared: no bad-debt relief is claimed here (where the law allows it,
    // it is a separate adjustment of the tax account, made by hand).
    AccountRepository accounts(db);
    const ChartOfAccounts chart = accounts.loadChart();
    JournalEntry entry;
    entry.date = date;
    entry.kind = QStringLiteral("bad_debt_written_off");
    entry.sourceType = QStringLiteral("invoice");
    entry.sourceId = invoiceId;
    entry.currency = inv->currency;
    entry.memo = inv->number + QStringLiteral(": ") + reason;
    entry.debit(chart.id(ChartOfAccounts::Role::BadDebt), w.amount, inv->customerId);
    entry.credit(chart.id(ChartOfAccounts::Role::Receivable), w.amount, inv->customerId);
    JournalRepository(db).insert(entry);
    w.entryId = entry.id;

    inv->writtenOff = Money::zero(inv->currency) + inv->writtenOff + w.amount;
    settleInvoice(*inv, false);
    invoices.updateSettlement(*inv);
    CollectionsRepository repo(db);
    repo.insertWriteOff(w);
    m_session.audit().append(
        QStringLiteral("invoice.write_off"), QStringLiteral("invoice"), QString::number(invoiceId),
        QJsonObject { { QStringLiteral("status"), toString(before.status) },
                      { QStringLiteral("balance_minor"), before.balance.minor() } },
        QJsonObject { { QStringLiteral("invoice"), inv->number },
                      { QStringLiteral("status"), toString(inv->status) },
                      { QStringLiteral("written_off_minor"), w.amount.minor() },
                      { QStringLiteral("currency"), inv->currency.code() },
                      { QStringLiteral("date"), date.toString(Qt::ISODate) },
                      { QStringLiteral("reason"), reason },
                      { QStringLiteral("entry"), entry.id } });
    if (const auto open = repo.openDispute(invoiceId))
        resolveLocked(*open, DisputeResolution::WriteOff, std::max(date, open->openedDate),
                      inv->number);
    return w;
}

std::vector<CollectionsService::OverdueInvoice> CollectionsService::overdue(const QDate &asOf,
                                                                            int days)
{
    return CollectionsRepository(m_session.db()).overdue(asOf, days);
}

std::vector<WriteOff> CollectionsService::writeOffOverdue(const QDate &asOf, int days,
                                                          const QString &reason)
{
    m_session.require(Permission::Billing, tr("write invoices off"));
    const QString why = checkedText(reason, tr("reason"), true);
    if (!asOf.isValid())
        throw Error(tr("as of: enter the date the invoices are written off"));
    if (days < 0)
        throw Error(tr("older than: the days past due cannot be negative"));
    Transaction tx(m_session.db());
    std::vector<WriteOff> done;
    for (const OverdueInvoice &o : CollectionsRepository(m_session.db()).overdue(asOf, days))
        done.push_back(writeOffLocked(o.invoiceId, why, asOf));
    tx.commit();
    return done;
}

} // namespace Accrue
