// Dunning: the reminder schedule, the plan for a date, runs that act once
// per step and invoice, late fees as their own invoices (tests/core/
// dunningbook.h has the book and what each invoice is due for).

#include "common/error.h"
#include "dunning/dunningschedule.h"
#include "dunning/dunningservice.h"
#include "dunningbook.h"
#include "mail/outboxservice.h"
#include "storage/auditrepository.h"
#include "storage/dunningrepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Accrue;
using namespace Accrue::Testing;

class TestDunning : public QObject
{
    Q_OBJECT
private slots:
    void defaultScheduleFollowsCommonPractice();
    void scheduleIsValidatedVersionedAndAudited();
    void planListsTheLatestStepDuePerInvoice();
    void runQueuesRemindersOnceAndASecondRunNothing();
    void skippedStepsNeverFireLater();
    void lateFeeIsItsOwnInvoiceAndTheLedgerBalances();
    void invoiceSettledAfterThePlanIsLeftAlone();
    void twoClientsRecordEachStepOnce();
    void reviewStepFlagsWithoutMail();
    void reviewFlagIsClearedWithANote();
    void customerWithoutAddressDoesNotStopTheRest();
};

namespace {

const QDate runDate(2026, 7, 2);

Money eur(qint64 minor)
{
    return Money(minor, Currency::require(QStringLiteral("EUR")));
}

qint64 auditCount(Database &db, const QString &action)
{
    return db.query(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ?"))
        .bind(action)
        .scalar()
        .toLongLong();
}

qint64 outboxCount(Database &db)
{
    return db.query(QStringLiteral("SELECT COUNT(*) FROM email_outbox")).scalar().toLongLong();
}

DunningStep *stepOf(DunningSchedule &s, const char *key)
{
    for (DunningStep &step : s.steps)
        if (step.key == QLatin1String(key))
            return &step;
    return nullptr;
}

} // namespace

void TestDunning::defaultScheduleFollowsCommonPractice()
{
    const DunningSchedule s = DunningSchedule::defaults();
    QCOMPARE(s.problems(), QStringList());
    QList<int> days;
    QStringList keys;
    for (const DunningStep &step : s.steps) {
        days << step.day;
        keys << step.key;
        QVERIFY(!step.hasFee());
    }
    QCOMPARE(days, (QList<int> { -3, 1, 3, 7, 14 }));
    QCOMPARE(
        keys,
        (QStringList { QStringLiteral("due_soon"), QStringLiteral("day_1"), QStringLiteral("day_3"),
                       QStringLiteral("day_7"), QStringLiteral("final") }));
    QCOMPARE(s.steps.back().action, DunningStep::Action::StopService);
    // Round trip through the stored JSON.
    const DunningSchedule back = DunningSchedule::fromJson(s.toJson());
    QCOMPARE(back.toJson(), s.toJson());
}

void TestDunning::scheduleIsValidatedVersionedAndAudited()
{
    TestBook book;
    DunningSettingsService service(book.session());
    DunningSchedule s = service.load();
    QCOMPARE(s.version, 0);
    QCOMPARE(s.steps.size(), size_t(5));

    DunningSchedule bad = s;
    stepOf(bad, "day_1")->subject = QStringLiteral("Invoice {invoice} due {amount_du}");
    QVERIFY(bad.problems().join(u'\n').contains(QStringLiteral("{amount_du}")));
    QVERIFY_THROWS_EXCEPTION(Error, service.save(bad));
    bad = s;
    stepOf(bad, "day_3")->day = 1; // two steps on day 1
    QVERIFY_THROWS_EXCEPTION(Error, service.save(bad));
    bad = s;
    stepOf(bad, "day_7")->fee = DunningStep::Fee::Fixed;
    stepOf(bad, "day_7")->feeAmount = QStringLiteral("0.00");
    QVERIFY_THROWS_EXCEPTION(Error, service.save(bad));
    stepOf(bad, "day_7")->fee = DunningStep::Fee::Percent;
    stepOf(bad, "day_7")->feeBasisPoints = 10001;
    QVERIFY_THROWS_EXCEPTION(Error, service.save(bad));

    const qint64 audits = auditCount(book.db(), QStringLiteral("settings.dunning"));
    // Out of order on purpose: save sorts by day.
    std::swap(s.steps[0], s.steps[4]);
    stepOf(s, "day_7")->fee = DunningStep::Fee::Fixed;
    stepOf(s, "day_7")->feeAmount = QStringLiteral("5.00");
    const DunningSchedule saved = service.save(s);
    QCOMPARE(saved.version, 1);
    QCOMPARE(auditCount(book.db(), QStringLiteral("settings.dunning")), audits + 1);
    const DunningSchedule back = service.load();
    QCOMPARE(back.version, 1);
    QCOMPARE(back.steps.front().key, QStringLiteral("due_soon"));
    QCOMPARE(back.steps.back().key, QStringLiteral("final"));
    QCOMPARE(back.find(QStringLiteral("day_7"))->feeAmount, QStringLiteral("5.00"));
    // A save over the version read before someone else's is refused.
    try {
        service.save(s); // still version 0
        QFAIL("a stale schedule was saved");
    } catch (const Error &e) {
        QCOMPARE(e.kind(), Error::Kind::Conflict);
    }
}

void TestDunning::planListsTheLatestStepDuePerInvoice()
{
    DunningBook db;
    const std::vector<DunningPlanRow> plan
        = DunningService(db.book.session(), dunningMailSettings()).plan(runDate);
    // Oldest due first: b (due 2026-05-31), then a (2026-07-01). c is paid,
    // d disputed, e not due for 18 more days.
    QCOMPARE(plan.size(), size_t(2));
    const DunningPlanRow &b = plan[0];
    QCOMPARE(b.invoiceNumber, db.b.number);
    QCOMPARE(b.step.key, QStringLiteral("final"));
    QCOMPARE(b.daysOverdue, 32); // 2026-05-31 -> 2026-07-02: 1 + 30 + 1
    QCOMPARE(b.skippedKeys,
             (QStringList { QStringLiteral("due_soon"), QStringLiteral("day_1"),
                            QStringLiteral("day_3"), QStringLiteral("day_7") }));
    QCOMPARE(b.skippedDays, (QList<int> { -3, 1, 3, 7 }));
    QCOMPARE(b.recipient, QStringLiteral("ap@beta.example"));
    QCOMPARE(b.balance, eur(20000));
    QVERIFY(b.fee.isZero());
    QVERIFY(b.problem.isEmpty());
    const DunningPlanRow &a = plan[1];
    QCOMPARE(a.invoiceNumber, db.a.number);
    QCOMPARE(a.step.key, QStringLiteral("day_1"));
    QCOMPARE(a.daysOverdue, 1);
    QCOMPARE(a.skippedKeys, QStringList { QStringLiteral("due_soon") });
    QCOMPARE(a.recipient, QStringLiteral("ap@acme.example"));
    QCOMPARE(a.customerCode, QStringLiteral("ACME"));

    // Three days before a's due date only "due soon" is due: a and d are
    // due 2026-07-01 (d disputed), b's last step would be final.
    const std::vector<DunningPlanRow> early
        = DunningService(db.book.session(), dunningMailSettings()).plan(QDate(2026, 6, 28));
    QCOMPARE(early.size(), size_t(2));
    QCOMPARE(early[0].invoiceNumber, db.b.number); // 28 days overdue: final
    QCOMPARE(early[0].step.key, QStringLiteral("final"));
    QCOMPARE(early[1].invoiceNumber, db.a.number);
    QCOMPARE(early[1].step.key, QStringLiteral("due_soon"));
    QCOMPARE(early[1].daysOverdue, -3);
    QVERIFY(early[1].skippedKeys.isEmpty());
}

void TestDunning::runQueuesRemindersOnceAndASecondRunNothing()
{
    DunningBook db;
    Session &session = db.book.session();
    DunningService service(session, dunningMailSettings(), QLocale::c());
    const DunningRunResult r = service.run(runDate);
    QVERIFY2(r.problems.isEmpty(), qPrintable(r.problems.join(u'\n')));
    QCOMPARE(r.queued, 2);
    QCOMPARE(r.flagged, 0);
    QCOMPARE(r.lateFees, 0);
    QCOMPARE(r.notices.size(), size_t(2));

    OutboxService outbox(session);
    QCOMPARE(outboxCount(db.book.db()), 2);
    const std::vector<OutboxMessage> toB = outbox.forDocument(QStringLiteral("reminder"), db.b.id);
    QCOMPARE(toB.size(), size_t(1));
    QCOMPARE(toB[0].recipients, QStringList { QStringLiteral("ap@beta.example") });
    QCOMPARE(toB[0].subject,
             QStringLiteral("Final notice: invoice %1 – service at risk").arg(db.b.number));
    QCOMPARE(toB[0].sender, QStringLiteral("billing@seller.example"));
    const std::vector<OutboxMessage> toA = outbox.forDocument(QStringLiteral("reminder"), db.a.id);
    QCOMPARE(toA.size(), size_t(1));
    QCOMPARE(toA[0].recipients, QStringList { QStringLiteral("ap@acme.example") });
    QCOMPARE(toA[0].subject, QStringLiteral("Reminder: invoice %1 is overdue").arg(db.a.number));
    // The text has the days, the amount and the bank details filled in.
    const QByteArray raw = toA[0].message;
    QVERIFY(raw.contains("application/pdf"));
    QVERIFY(outbox.forDocument(QStringLiteral("reminder"), db.c.id).empty());
    QVERIFY(outbox.forDocument(QStringLiteral("reminder"), db.d.id).empty());

    QCOMPARE(db.book.reload(db.a.id).lastReminded, runDate);
    QCOMPARE(db.book.reload(db.b.id).lastReminded, runDate);
    QVERIFY(!db.book.reload(db.e.id).lastReminded.isValid());
    const std::vector<DunningNotice> notices = service.notices(db.a.id);
    QCOMPARE(notices.size(), size_t(2));
    QCOMPARE(notices[0].stepKey, QStringLiteral("due_soon"));
    QCOMPARE(notices[0].action, QStringLiteral("skipped"));
    QCOMPARE(notices[0].outboxId, 0);
    QCOMPARE(notices[1].stepKey, QStringLiteral("day_1"));
    QCOMPARE(notices[1].action, QStringLiteral("email"));
    QCOMPARE(notices[1].outboxId, toA[0].id);
    QCOMPARE(notices[1].daysOverdue, 1);
    QCOMPARE(notices[1].date, runDate);
    QCOMPARE(service.notices(db.b.id).size(), size_t(5)); // 4 skipped + final
    QCOMPARE(service.notices(db.b.id).back().action, QStringLiteral("stop_service"));
    QCOMPARE(auditCount(db.book.db(), QStringLiteral("dunning.notice")), 2);
    QCOMPARE(auditCount(db.book.db(), QStringLiteral("dunning.run")), 1);

    // Again the same day, and the next day: nothing is due, nothing sent.
    QVERIFY(service.plan(runDate).empty());
    const DunningRunResult again = service.run(runDate);
    QCOMPARE(again.queued, 0);
    QVERIFY(again.notices.empty());
    QCOMPARE(service.run(runDate.addDays(1)).queued, 0);
    QCOMPARE(outboxCount(db.book.db()), 2);
    QCOMPARE(auditCount(db.book.db(), QStringLiteral("dunning.run")), 3);
    db.book.checkBooks();
}

void TestDunning::skippedStepsNeverFireLater()
{
    DunningBook db;
    Session &session = db.book.session();
    DunningService(session, dunningMailSettings()).run(runDate);
    // A step added after a had day_1, on a day before it: never fires for a.
    DunningSettingsService settings(session);
    DunningSchedule s = settings.load();
    DunningStep extra = *s.find(QStringLiteral("day_1"));
    extra.key = QStringLiteral("day_0");
    extra.name = QStringLiteral("Due today");
    extra.day = 0;
    s.steps.push_back(extra);
    settings.save(s);

    DunningService service(session, dunningMailSettings());
    // 2026-07-04: a is 3 days overdue, day_3 is due; due_soon (skipped)
    // and day_0 (before day_1, which a had) are not; b had final.
    const std::vector<DunningPlanRow> plan = service.plan(QDate(2026, 7, 4));
    QCOMPARE(plan.size(), size_t(1));
    QCOMPARE(plan[0].invoiceNumber, db.a.number);
    QCOMPARE(plan[0].step.key, QStringLiteral("day_3"));
    QVERIFY(plan[0].skippedKeys.isEmpty());
    // Weeks later a is past final: day_7 is skipped on the way, due_soon
    // and day_0 still never come back.
    const std::vector<DunningPlanRow> late = service.plan(QDate(2026, 8, 1));
    QCOMPARE(late.size(), size_t(2)); // a (31 days) and e (12 days: day_7)
    QCOMPARE(late[0].invoiceNumber, db.a.number);
    QCOMPARE(late[0].step.key, QStringLiteral("final"));
    QCOMPARE(late[0].skippedKeys,
             (QStringList { QStringLiteral("day_3"), QStringLiteral("day_7") }));
    QCOMPARE(late[1].invoiceNumber, db.e.number);
    QCOMPARE(late[1].step.key, QStringLiteral("day_7"));
    QCOMPARE(late[1].daysOverdue, 12); // 2026-07-20 -> 2026-08-01
}

void TestDunning::lateFeeIsItsOwnInvoiceAndTheLedgerBalances()
{
    DunningBook db;
    Session &session = db.book.session();
    // f: GAMMA, 123.45 issued 2026-05-25, due 2026-06-24: 8 days overdue
    // on 2026-07-02, so day_7 is due.
    const Invoice f = db.book.issue(db.gamma, { { 1000, 12345 } }, QDate(2026, 5, 25));
    DunningSettingsService settings(session);
    DunningSchedule s = settings.load();
    stepOf(s, "day_7")->fee = DunningStep::Fee::Percent;
    stepOf(s, "day_7")->feeBasisPoints = 150; // 1.5 %
    stepOf(s, "final")->fee = DunningStep::Fee::Fixed;
    stepOf(s, "final")->feeAmount = QStringLiteral("5.00");
    settings.save(s);

    DunningService service(session, dunningMailSettings(), QLocale::c());
    const std::vector<DunningPlanRow> plan = service.plan(runDate);
    QCOMPARE(plan.size(), size_t(3)); // b (final), f (day_7), a (day_1)
    QCOMPARE(plan[0].invoiceNumber, db.b.number);
    QCOMPARE(plan[0].fee, eur(500));
    QCOMPARE(plan[1].invoiceNumber, f.number);
    QCOMPARE(plan[1].step.key, QStringLiteral("day_7"));
    QCOMPARE(plan[1].fee, eur(185)); // 123.45 x 1.5 % = 1.85175 -> 1.85
    QVERIFY(plan[2].fee.isZero());

    const DunningRunResult r = service.execute(runDate, plan);
    QVERIFY2(r.problems.isEmpty(), qPrintable(r.problems.join(u'\n')));
    QCOMPARE(r.lateFees, 2);
    QCOMPARE(r.queued, 3);
    const DunningNotice &onB = r.notices[0];
    QVERIFY(onB.lateFeeInvoiceId > 0);
    const Invoice feeB = db.book.reload(onB.lateFeeInvoiceId);
    QVERIFY(feeB.status == InvoiceStatus::Open);
    QVERIFY(!feeB.number.isEmpty());
    QCOMPARE(feeB.customerId, db.beta);
    QCOMPARE(feeB.currency.code(), QStringLiteral("EUR"));
    QCOMPARE(feeB.total, eur(500));
    QCOMPARE(feeB.tax, eur(0));
    QCOMPARE(feeB.issueDate, runDate);
    QCOMPARE(feeB.dueDate, QDate(2026, 8, 1)); // 30 days' terms
    QCOMPARE(feeB.lines.size(), size_t(1));
    QCOMPARE(feeB.lines[0].description, QStringLiteral("Late fee for invoice %1").arg(db.b.number));
    const Invoice feeF = db.book.reload(r.notices[1].lateFeeInvoiceId);
    QCOMPARE(feeF.total, eur(185));
    QCOMPARE(feeF.customerId, db.gamma);
    // The overdue invoices themselves are unchanged (issued is immutable).
    QCOMPARE(db.book.reload(db.b.id).total, eur(20000));
    QCOMPARE(db.book.reload(f.id).balance, eur(12345));
    // Dr AR 6.85 / Cr Late fees 6.85: revenue accounts hold credits.
    QCOMPARE(db.book.roleBalance(QStringLiteral("late_fees")), -685);
    db.book.checkBooks();

    // 2026-08-20: the fee invoices are 19 days overdue and reminded (final),
    // but never charged a fee on a fee; f (57 days: 6 + 31 + 20) reaches
    // final and its fixed 5.00.
    const std::vector<DunningPlanRow> later = service.plan(QDate(2026, 8, 20));
    int fees = 0;
    for (const DunningPlanRow &row : later) {
        if (row.invoiceId == feeB.id || row.invoiceId == feeF.id) {
            QCOMPARE(row.step.key, QStringLiteral("final"));
            QCOMPARE(row.daysOverdue, 19);
            QVERIFY(row.fee.isZero());
        }
        if (row.invoiceId == f.id) {
            QCOMPARE(row.daysOverdue, 57);
            QCOMPARE(row.fee, eur(500));
        }
        fees += row.fee.isPositive();
    }
    // a (50 days), e (31) and f reach final's 5.00; the fee invoices do not.
    QCOMPARE(fees, 3);
}

void TestDunning::invoiceSettledAfterThePlanIsLeftAlone()
{
    DunningBook db;
    Session &session = db.book.session();
    DunningService service(session, dunningMailSettings());
    const std::vector<DunningPlanRow> plan = service.plan(runDate);
    QCOMPARE(plan.size(), size_t(2));
    // Paid in full, and b disputed, between the plan and its confirmation.
    PaymentService(session).payInvoice(db.a.id, db.a.balance, runDate,
                                       PaymentMethodKind::BankTransfer, QString());
    CollectionsService(session).openDispute(db.b.id, QStringLiteral("Wrong quantity"), {}, runDate);
    const DunningRunResult r = service.execute(runDate, plan);
    QCOMPARE(r.noLongerDue, 2);
    QCOMPARE(r.queued, 0);
    QCOMPARE(outboxCount(db.book.db()), 0);
    QVERIFY(service.notices(db.a.id).empty());
    QVERIFY(service.plan(runDate).empty());
}

void TestDunning::twoClientsRecordEachStepOnce()
{
    DunningBook db;
    auto second = Database::open(db.book.path(), Database::OpenMode::MustExist);
    second->checkSchema();
    Session other(*second, db.book.session().userName());
    other.setToday(db.book.session().today());
    // Both look at the plan; the other client confirms first.
    DunningService mine(db.book.session(), dunningMailSettings());
    DunningService theirs(other, dunningMailSettings());
    const std::vector<DunningPlanRow> myPlan = mine.plan(runDate);
    QCOMPARE(theirs.run(runDate).queued, 2);
    const DunningRunResult r = mine.execute(runDate, myPlan);
    QCOMPARE(r.alreadyDone, 2);
    QCOMPARE(r.queued, 0);
    QVERIFY(r.problems.isEmpty());
    QCOMPARE(outboxCount(db.book.db()), 2);
    // The UNIQUE pair itself refuses a second row for a step.
    DunningNotice n;
    n.invoiceId = db.a.id;
    n.stepKey = QStringLiteral("day_1");
    n.date = runDate;
    n.action = QStringLiteral("email");
    n.userName = QStringLiteral("tester");
    QVERIFY(!DunningRepository(db.book.db()).insertNotice(n));
}

void TestDunning::reviewStepFlagsWithoutMail()
{
    DunningBook db;
    Session &session = db.book.session();
    DunningSettingsService settings(session);
    DunningSchedule s = settings.load();
    stepOf(s, "final")->action = DunningStep::Action::Review;
    settings.save(s);
    DunningService service(session, dunningMailSettings());
    const DunningRunResult r = service.run(runDate);
    QCOMPARE(r.flagged, 1); // b
    QCOMPARE(r.queued, 1); // a's day_1
    const std::vector<DunningNotice> flagged = service.flagged();
    QCOMPARE(flagged.size(), size_t(1));
    QCOMPARE(flagged[0].invoiceNumber, db.b.number);
    QCOMPARE(flagged[0].outboxId, 0);
    // Nothing was sent to b, so it was not reminded.
    QVERIFY(!db.book.reload(db.b.id).lastReminded.isValid());
}

// Clearing b's flag: it leaves the list, the audit log says who and why,
// a second clear and a clear of an invoice never flagged are refused, and
// the next run does not flag b again (its review step stays recorded).
void TestDunning::reviewFlagIsClearedWithANote()
{
    DunningBook db;
    Session &session = db.book.session();
    DunningSettingsService settings(session);
    DunningSchedule s = settings.load();
    stepOf(s, "final")->action = DunningStep::Action::Review;
    settings.save(s);
    DunningService service(session, dunningMailSettings());
    QCOMPARE(service.run(runDate).flagged, 1); // b
    QCOMPARE(service.flagged().size(), size_t(1));

    service.clearFlag(db.b.id, QStringLiteral("Called them: paying on Friday"));
    QVERIFY(service.flagged().empty());
    QCOMPARE(auditCount(db.book.db(), DunningService::clearAction()), 1);
    const QJsonObject after
        = QJsonDocument::fromJson(db.book.db()
                                      .query(QStringLiteral("SELECT after_json FROM audit_log "
                                                            "WHERE action = ?"))
                                      .bind(DunningService::clearAction())
                                      .scalar()
                                      .toString()
                                      .toUtf8())
              .object();
    QCOMPARE(after.value(QStringLiteral("note")).toString(),
             QStringLiteral("Called them: paying on Friday"));
    QCOMPARE(after.value(QStringLiteral("invoice")).toString(), db.b.number);
    QCOMPARE(after.value(QStringLiteral("step")).toString(), QStringLiteral("final"));
    // The clear is kept beside the notice: who, when and why.
    SqlQuery clear = db.book.db().query(
        QStringLiteral("SELECT cleared_date, cleared_by, note FROM dunning_flag_clear"));
    clear.exec();
    QVERIFY(clear.next());
    QCOMPARE(clear.date(0), session.today());
    QCOMPARE(clear.text(1), session.userName());
    QCOMPARE(clear.text(2), QStringLiteral("Called them: paying on Friday"));
    QVERIFY(!clear.next());

    QVERIFY_THROWS_EXCEPTION(Error, service.clearFlag(db.b.id, QString()));
    QVERIFY_THROWS_EXCEPTION(Error, service.clearFlag(db.a.id, QString()));
    QCOMPARE(auditCount(db.book.db(), DunningService::clearAction()), 1);
    // A week later b has no step left to reach; a gets its day_7 reminder.
    const DunningRunResult later = service.run(runDate.addDays(7));
    QCOMPARE(later.flagged, 0);
    QVERIFY(service.flagged().empty());
}

void TestDunning::customerWithoutAddressDoesNotStopTheRest()
{
    DunningBook db;
    Session &session = db.book.session();
    // BETA loses its address: b cannot be reminded, a still is.
    db.book.db()
        .query(QStringLiteral("UPDATE customer SET email = '' WHERE id = ?"))
        .bind(db.beta)
        .exec();
    DunningService service(session, dunningMailSettings());
    const DunningRunResult r = service.run(runDate);
    QCOMPARE(r.queued, 1);
    QCOMPARE(r.problems.size(), 1);
    QVERIFY(r.problems[0].startsWith(db.b.number));
    QVERIFY(service.notices(db.b.id).empty()); // tried again next run
    QCOMPARE(service.notices(db.a.id).size(), size_t(2));
}

QTEST_MAIN(TestDunning)
#include "tst_dunning.moc"
