#include "billing/periodcloseservice.h"

#include "billing/auditcheckpoints.h"
#include "billing/recognitionservice.h"
#include "billing/session.h"
#include "common/error.h"
#include "domain/limits.h"
#include "storage/database.h"
#include "storage/periodrepository.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace Accrue {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Accrue::PeriodCloseService", text);
}

QString iso(const QDate &day)
{
    return day.toString(Qt::ISODate);
}

QDate firstOfMonth(const QDate &day)
{
    return QDate(day.year(), day.month(), 1);
}

QDate lastOfMonth(const QDate &day)
{
    return firstOfMonth(day).addMonths(1).addDays(-1);
}

void addAmounts(CloseCheck &check, const QString &label, const std::vector<Money> &amounts)
{
    for (const Money &m : amounts)
        check.figures.push_back({ label, m, 0 });
}

void addTally(CloseCheck &check, const QString &countLabel, const QString &amountLabel,
              const PeriodRepository::Tally &t)
{
    check.figures.push_back({ countLabel, std::nullopt, t.count });
    addAmounts(check, amountLabel, t.amounts);
}

// A check that counts things: fine with none, `status` and `note` with any.
CloseCheck tallyCheck(const QString &key, const QString &title, const QString &countLabel,
                      const QString &amountLabel, const PeriodRepository::Tally &tally,
                      CloseStatus status, const QString &note)
{
    CloseCheck check { key, title, CloseStatus::Ok, {}, {} };
    addTally(check, countLabel, amountLabel, tally);
    if (tally.count > 0) {
        check.status = status;
        check.note = note;
    }
    return check;
}

std::vector<Money> negated(std::vector<Money> amounts)
{
    for (Money &m : amounts)
        m = -m;
    return amounts;
}

QJsonObject lockJson(const PeriodLock &lock)
{
    return { { QStringLiteral("closed_from"), iso(lock.closedFrom) },
             { QStringLiteral("closed_through"), iso(lock.closedThrough) } };
}

} // namespace

PeriodCloseService::PeriodCloseService(Session &session, Recognizer recognize)
    : m_session(session)
    , m_recognize(std::move(recognize))
{
}

PeriodCloseService::Recognizer PeriodCloseService::recognizerFor(Session &session)
{
    return [&session](const QDate &through) {
        return describe(RecognitionService(session).run(through));
    };
}

QString PeriodCloseService::describe(const RecognitionService::Summary &summary)
{
    QStringList amounts;
    for (const auto &[currency, minor] : summary.recognisedMinor)
        amounts << currency + u' '
                + Money(minor, Currency::fromCode(currency).value_or(Currency())).toPlainString();
    QString text = tr("Recognised through %1: %2 schedule rows in %3 entries")
                       .arg(iso(summary.through))
                       .arg(summary.rows)
                       .arg(summary.entries);
    if (!amounts.isEmpty())
        text += u" (" + amounts.join(QStringLiteral(", ")) + u')';
    if (summary.usageRecords > 0)
        text += tr("; %1 usage records accrued as unbilled").arg(summary.usageRecords);
    return text;
}

PeriodLock PeriodCloseService::lock()
{
    return PeriodRepository(m_session.db()).lock();
}

QDate PeriodCloseService::nextMonthToClose()
{
    const PeriodLock current = lock();
    if (current.closedThrough.isValid())
        return current.firstOpenDay();
    return firstOfMonth(m_session.today()).addMonths(-1);
}

std::vector<PeriodEvent> PeriodCloseService::history()
{
    return PeriodRepository(m_session.db()).history();
}

CloseChecklist PeriodCloseService::checklist(const QDate &month)
{
    if (!month.isValid())
        throw Error(tr("month: enter it as YYYY-MM"));
    return checklistLocked(firstOfMonth(month), lock());
}

CloseCheck PeriodCloseService::orderCheck(const QDate &start, const PeriodLock &lock) const
{
    const QString name = PeriodText::monthName(start);
    CloseCheck c {
        QStringLiteral("order"), tr("Month and order of closing"), CloseStatus::Ok, {}, {}
    };
    if (lock.isClosed(start)) {
        c.status = CloseStatus::Blocking;
        c.note = tr("%1 is already closed (the books are closed through %2)")
                     .arg(name, iso(lock.closedThrough));
    } else if (lock.closedThrough.isValid() && start != lock.firstOpenDay()) {
        c.status = CloseStatus::Blocking;
        c.note = tr("Months close in order: close %1 first (the books are closed through %2)")
                     .arg(PeriodText::monthName(lock.firstOpenDay()), iso(lock.closedThrough));
    } else if (lastOfMonth(start) >= m_session.today()) {
        c.status = CloseStatus::Blocking;
        c.note = tr("%1 has not ended yet: it can be closed from %2 on")
                     .arg(name, iso(lastOfMonth(start).addDays(1)));
    } else if (!lock.closedThrough.isValid()) {
        c.note = tr("The first close of this book: everything through %1 is closed with it")
                     .arg(iso(lastOfMonth(start)));
    } else {
        c.note = tr("The next month after %1").arg(iso(lock.closedThrough));
    }
    return c;
}

CloseChecklist PeriodCloseService::checklistLocked(const QDate &start, const PeriodLock &lock)
{
    PeriodRepository repo(m_session.db());
    const QDate end = lastOfMonth(start);
    CloseChecklist list;
    list.month = start;
    list.checks.push_back(orderCheck(start, lock));

    list.checks.push_back(tallyCheck(QStringLiteral("drafts"),
                                     tr("Draft invoices dated in the month"), tr("Drafts"),
                                     tr("Total"), repo.drafts(start, end), CloseStatus::Blocking,
                                     tr("Issue, delete or re-date them into an open month first")));
    list.checks.push_back(
        tallyCheck(QStringLiteral("bank_lines"), tr("Unmatched bank lines up to the month end"),
                   tr("Lines"), tr("Amount"), repo.unmatchedBankLines(end), CloseStatus::Warning,
                   tr("Payments they stand for will be posted in the next open month")));
    list.checks.push_back(tallyCheck(
        QStringLiteral("overdue_not_dunned"), tr("Overdue at the month end, never reminded"),
        tr("Invoices"), tr("Open"), repo.overdueWithoutDunning(end), CloseStatus::Warning,
        tr("No dunning step reached them by %1: check the dunning run").arg(iso(end))));

    CloseCheck deferred { QStringLiteral("deferred_revenue"),
                          tr("Deferred revenue at the month end"),
                          CloseStatus::Ok,
                          {},
                          {} };
    const std::vector<Money> deferredBalance
        = negated(repo.roleBalanceThrough(QStringLiteral("deferred_revenue"), start));
    addAmounts(deferred, tr("Balance"), deferredBalance);
    for (const Money &m : deferredBalance)
        if (m.isNegative()) {
            deferred.status = CloseStatus::Warning;
            deferred.note = tr("A debit balance: more was recognised than deferred");
        }
    list.checks.push_back(std::move(deferred));

    CloseCheck recognised { QStringLiteral("recognised_vs_billed"),
                            tr("Revenue recognised and billed in the month"),
                            CloseStatus::Ok,
                            {},
                            {} };
    addAmounts(recognised, tr("Recognised"), repo.revenueCredits(start));
    const PeriodRepository::Tally billed = repo.invoicedNet(start, end);
    addAmounts(recognised, tr("Billed (net)"), billed.amounts);
    recognised.figures.push_back({ tr("Invoices"), std::nullopt, billed.count });
    list.checks.push_back(std::move(recognised));

    CloseCheck unbilled { QStringLiteral("unbilled_revenue"),
                          tr("Unbilled revenue at the month end"),
                          CloseStatus::Ok,
                          {},
                          {} };
    addAmounts(unbilled, tr("Balance"),
               repo.roleBalanceThrough(QStringLiteral("unbilled_revenue"), start));
    list.checks.push_back(std::move(unbilled));

    CloseCheck recognition {
        QStringLiteral("recognition"), tr("Revenue recognition"), CloseStatus::Ok, {}, {}
    };
    if (m_recognize) {
        recognition.note = tr("Closing posts the revenue recognised through %1").arg(iso(end));
        if (end <= m_session.today()) {
            // What the run would post now: rows still due and their amounts.
            const RecognitionService::Summary due = RecognitionService(m_session).preview(end);
            recognition.figures.push_back({ tr("Schedule rows due"), std::nullopt, due.rows });
            for (const auto &[currency, minor] : due.recognisedMinor)
                recognition.figures.push_back(
                    { tr("To recognise"),
                      Money(minor, Currency::fromCode(currency).value_or(Currency())), 0 });
            recognition.figures.push_back(
                { tr("Usage records to accrue"), std::nullopt, due.usageRecords });
        }
    } else {
        recognition.status = CloseStatus::Warning;
        recognition.note = tr("No revenue recognition is connected: closing posts none");
    }
    list.checks.push_back(std::move(recognition));
    return list;
}

PeriodCloseService::Result PeriodCloseService::close(const QDate &month)
{
    m_session.require(Permission::Billing, tr("close periods"));
    m_session.requireWholeBook(tr("the month-end close"));
    if (!month.isValid())
        throw Error(tr("month: enter it as YYYY-MM"));
    const QDate start = firstOfMonth(month);
    const QDate end = lastOfMonth(start);
    Database &db = m_session.db();
    Transaction tx(db);
    PeriodRepository repo(db);
    // Postings under way finish first; new ones wait for the new lock date.
    const PeriodLock before = repo.lockForUpdate();
    Result result;
    result.checklist = checklistLocked(start, before);
    if (result.checklist.isBlocked()) {
        QStringList why;
        for (const CloseCheck &c : result.checklist.checks)
            if (c.status == CloseStatus::Blocking)
                why << c.title + QStringLiteral(": ") + c.note;
        throw Error(tr("%1 cannot be closed: %2")
                        .arg(PeriodText::monthName(start), why.join(QStringLiteral("; "))));
    }
    // Recognition is dated inside the month: it posts before the lock moves.
    if (m_recognize)
        result.recognition = m_recognize(end);
    result.lock = { before.closedFrom.isValid() ? before.closedFrom : start, end };
    repo.setLock(result.lock, m_session.userName());
    PeriodEvent event;
    event.month = start;
    event.action = PeriodEvent::Action::Close;
    event.closedThrough = end;
    event.summary = result.recognition;
    event.userName = m_session.userName();
    repo.insertEvent(event);
    QJsonObject after = lockJson(result.lock);
    after.insert(QStringLiteral("recognition"), result.recognition);
    after.insert(QStringLiteral("warnings"), result.checklist.count(CloseStatus::Warning));
    m_session.audit().append(QStringLiteral("period.close"), QStringLiteral("period"),
                             PeriodText::monthKey(start), lockJson(before), after);
    tx.commit();
    // The closed month's trail, signed, to keep outside the book.
    result.checkpoint
        = AuditCheckpoints(m_session)
              .make(tr("close of %1").arg(PeriodText::monthName(start)), &result.checkpointWarning)
              .line();
    return result;
}

PeriodLock PeriodCloseService::reopen(const QDate &month, const QString &reason)
{
    m_session.require(Permission::Administer, tr("reopen closed periods"));
    m_session.requireWholeBook(tr("the month-end close"));
    if (!month.isValid())
        throw Error(tr("month: enter it as YYYY-MM"));
    const QString why = reason.trimmed();
    if (why.isEmpty())
        throw Error(tr("reason: say why the period is reopened"));
    if (why.size() > 2000 || Limits::hasControlCharacters(why.split(u'\n').join(u' ')))
        throw Error(tr("reason: at most 2000 characters, without control characters"));
    const QDate start = firstOfMonth(month);
    Database &db = m_session.db();
    Transaction tx(db);
    PeriodRepository repo(db);
    const PeriodLock before = repo.lockForUpdate();
    if (!before.isClosed(start))
        throw Error(before.closedThrough.isValid()
                        ? tr("%1 is not closed (the books are closed through %2)")
                              .arg(PeriodText::monthName(start), iso(before.closedThrough))
                        : tr("%1 is not closed: no period is").arg(PeriodText::monthName(start)));
    // Reopening the first month closed (or one before it) opens the book.
    PeriodLock after;
    if (start > before.closedFrom)
        after = { before.closedFrom, start.addDays(-1) };
    repo.setLock(after, m_session.userName());
    PeriodEvent event;
    event.month = start;
    event.action = PeriodEvent::Action::Reopen;
    event.closedThrough = after.closedThrough;
    event.reason = why;
    event.userName = m_session.userName();
    repo.insertEvent(event);
    QJsonObject afterJson = lockJson(after);
    afterJson.insert(QStringLiteral("reason"), why);
    const QString reopened = PeriodText::monthKey(start) + QStringLiteral("..")
        + PeriodText::monthKey(before.closedThrough);
    afterJson.insert(QStringLiteral("reopened"), reopened);
    m_session.audit().append(QStringLiteral("period.reopen"), QStringLiteral("period"),
                             PeriodText::monthKey(start), lockJson(before), afterJson);
    tx.commit();
    return after;
}

} // namespace Accrue
