// The GUI's dunning: the Dunning Run dialog shows the plan for a date and
// carries it out on Confirm (on a worker thread), then delivers the
// reminders to the SMTP sink tests/mail/run-with-smtp.sh starts; its
// Flagged for Review tab clears a flag; the settings' Dunning tab edits the
// steps and shows what is wrong before saving. The book is
// tests/core/dunningbook.h's.

#include "common/error.h"
#include "core/dunningbook.h"
#include "dialogs/dunningrundialog.h"
#include "dialogs/dunningsettingspane.h"
#include "dunning/dunningservice.h"
#include "mail/outboxservice.h"
#include "models/dunningplanmodel.h"
#include "pages/invoicespage.h"
#include "storage/database.h"
#include "storage/sqlquery.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace Accrue;
using namespace Accrue::Testing;

class TestUiDunning : public QObject
{
    Q_OBJECT
private slots:
    void runDialogShowsThePlanAndConfirms();
    void confirmWithoutEmailSaysSo();
    void flaggedInvoiceIsClearedInTheDialog();
    void settingsPaneValidatesAndSaves();
};

namespace {

int sinkPort()
{
    const int port = qEnvironmentVariableIntValue("ACCRUE_TEST_SMTP_PORT");
    if (port <= 0)
        qFatal("ACCRUE_TEST_SMTP_PORT is not set: run tst_ui_dunning through ctest");
    return port;
}

int mailCount()
{
    return int(QDir(qEnvironmentVariable("ACCRUE_TEST_MAILDIR") + QStringLiteral("/new"))
                   .entryList(QDir::Files)
                   .size());
}

} // namespace

void TestUiDunning::runDialogShowsThePlanAndConfirms()
{
    DunningBook db;
    Session &session = db.book.session();
    MailSettingsService(session).save(dunningMailSettings(sinkPort()));
    // The Invoices tab offers the run to billing roles.
    InvoicesPage page(session);
    QVERIFY(page.action(QStringLiteral("dunningRun")));
    QVERIFY(page.action(QStringLiteral("dunningRun"))->isVisible());

    DunningRunDialog dialog(session);
    QAbstractItemModelTester tester(dialog.model());
    QSignalSpy finished(&dialog, &DunningRunDialog::runFinished);
    QSignalSpy delivered(&dialog, &DunningRunDialog::mailDelivered);
    const int before = mailCount();
    dialog.setDate(QDate(2026, 7, 2));
    DunningPlanModel *model = dialog.model();
    // On 2026-07-02: b its final notice, a its first reminder (a's "due
    // soon", what the plan for the opening date 2026-06-30 shows, is gone).
    QTRY_COMPARE(model->data(model->index(1, DunningPlanModel::Step)).toString(),
                 QStringLiteral("First reminder"));
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->data(model->index(0, DunningPlanModel::Invoice)).toString(), db.b.number);
    QCOMPARE(model->data(model->index(0, DunningPlanModel::Step)).toString(),
             QStringLiteral("Final notice"));
    QCOMPARE(
        model->data(model->index(0, DunningPlanModel::Days), DunningPlanModel::RawRole).toInt(),
        32);
    QCOMPARE(model->data(model->index(1, DunningPlanModel::Recipient)).toString(),
             QStringLiteral("ap@acme.example"));
    auto *confirm = dialog.findChild<QPushButton *>(QStringLiteral("confirm"));
    QVERIFY(confirm);
    QTRY_VERIFY(confirm->isEnabled());

    QTest::mouseClick(confirm, Qt::LeftButton);
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toInt(), 2); // queued
    QCOMPARE(finished.at(0).at(1).toInt(), 0); // problems
    // The notices are in the book; the plan that follows is empty.
    DunningService service(session, dunningMailSettings());
    QCOMPARE(service.notices(db.a.id).back().stepKey, QStringLiteral("day_1"));
    QCOMPARE(service.notices(db.b.id).back().action, QStringLiteral("stop_service"));
    QTRY_COMPARE(model->rowCount(), 0);
    QVERIFY(!confirm->isEnabled());
    // Not left queued: both reminders went to the sink.
    QTRY_COMPARE_WITH_TIMEOUT(delivered.count(), 1, 30000);
    QCOMPARE(delivered.at(0).at(0).toInt(), 2); // sent
    QCOMPARE(delivered.at(0).at(1).toInt(), 0); // retrying
    QCOMPARE(delivered.at(0).at(2).toInt(), 0); // failed
    QCOMPARE(mailCount(), before + 2);
    QVERIFY2(dialog.statusText().contains(QStringLiteral("E-mail: 2 sent, 0 to retry later, "
                                                         "0 failed.")),
             qPrintable(dialog.statusText()));
    QCOMPARE(OutboxService(session).list().front().status, QStringLiteral("sent"));
}

// No e-mail settings: nothing can be queued or sent, and the dialog says
// why instead of pretending the reminders are on their way.
void TestUiDunning::confirmWithoutEmailSaysSo()
{
    DunningBook db;
    DunningRunDialog dialog(db.book.session());
    QSignalSpy finished(&dialog, &DunningRunDialog::runFinished);
    QSignalSpy delivered(&dialog, &DunningRunDialog::mailDelivered);
    dialog.setDate(QDate(2026, 7, 2));
    QTRY_COMPARE(dialog.model()->rowCount(), 2);
    auto *confirm = dialog.findChild<QPushButton *>(QStringLiteral("confirm"));
    QTRY_VERIFY(confirm->isEnabled());
    dialog.confirm();
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toInt(), 0); // queued
    QCOMPARE(finished.at(0).at(1).toInt(), 2); // a and b: no server to write to
    QTRY_VERIFY2(dialog.statusText().contains(QStringLiteral("E-mail is not set up")),
                 qPrintable(dialog.statusText()));
    QCOMPARE(delivered.count(), 0);
    QVERIFY(OutboxService(db.book.session()).list().empty());
}

// The final step made a review: b shows on the Flagged for Review tab
// after Confirm; Clear Flag takes it off, with the note in the audit log.
void TestUiDunning::flaggedInvoiceIsClearedInTheDialog()
{
    DunningBook db;
    Session &session = db.book.session();
    MailSettingsService(session).save(dunningMailSettings(sinkPort()));
    DunningSettingsService settings(session);
    DunningSchedule s = settings.load();
    for (DunningStep &step : s.steps)
        if (step.key == QLatin1String("final"))
            step.action = DunningStep::Action::Review;
    settings.save(s);
    DunningRunDialog dialog(session);
    QTableWidget *flagged = dialog.flaggedTable();
    QCOMPARE(flagged->rowCount(), 0);
    QSignalSpy delivered(&dialog, &DunningRunDialog::mailDelivered);
    dialog.setDate(QDate(2026, 7, 2));
    QTRY_COMPARE(dialog.model()->rowCount(), 2);
    auto *confirm = dialog.findChild<QPushButton *>(QStringLiteral("confirm"));
    QTRY_VERIFY(confirm->isEnabled());
    dialog.confirm();
    QTRY_COMPARE(flagged->rowCount(), 1);
    QCOMPARE(flagged->item(0, 0)->text(), db.b.number);
    QCOMPARE(flagged->item(0, 1)->text(), QStringLiteral("final"));
    QTRY_COMPARE_WITH_TIMEOUT(delivered.count(), 1, 30000);
    QCOMPARE(delivered.at(0).at(0).toInt(), 1); // a's reminder; b is flagged, not mailed

    auto *clear = dialog.findChild<QPushButton *>(QStringLiteral("clearFlag"));
    QVERIFY(clear && !clear->isEnabled());
    flagged->selectRow(0);
    QVERIFY(clear->isEnabled());
    dialog.clearChosenFlag(QStringLiteral("Called: pays on Friday"));
    QCOMPARE(flagged->rowCount(), 0);
    DunningService service(session, dunningMailSettings(sinkPort()));
    QVERIFY(service.flagged().empty());
    const QString after = db.book.db()
                              .query(QStringLiteral("SELECT after_json FROM audit_log WHERE "
                                                    "action = 'dunning.flag_clear'"))
                              .scalar()
                              .toString();
    QVERIFY2(after.contains(QStringLiteral("Called: pays on Friday")), qPrintable(after));
}

void TestUiDunning::settingsPaneValidatesAndSaves()
{
    TestBook book;
    DunningSettingsPane pane(book.session());
    QVERIFY(pane.problems().isEmpty());
    QVERIFY(!pane.isModified());
    pane.selectStep(1); // day_1
    pane.subjectEdit()->setText(QStringLiteral("Invoice {invoice}: {amount_du} due"));
    QVERIFY(pane.problemsLabel()->text().contains(QStringLiteral("{amount_du}")));
    QVERIFY_THROWS_EXCEPTION(Error, pane.save());
    pane.subjectEdit()->setText(QStringLiteral("Invoice {invoice}: {amount_due} due"));
    QVERIFY(pane.problemsLabel()->text().isEmpty());
    QVERIFY(pane.isModified());
    pane.save();
    const DunningSchedule saved = DunningSettingsService(book.session()).load();
    QCOMPARE(saved.version, 1);
    QCOMPARE(saved.find(QStringLiteral("day_1"))->subject,
             QStringLiteral("Invoice {invoice}: {amount_due} due"));
    QVERIFY(!pane.isModified());
}

QTEST_MAIN(TestUiDunning)
#include "tst_ui_dunning.moc"
