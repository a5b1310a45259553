// The GUI's dunning: the Dunning Run dialog shows the plan for a date and
// carries it out on Confirm (on a worker thread); the settings' Dunning
// tab edits the steps and shows what is wrong before saving. The book is
// tests/core/dunningbook.h's.

#include "common/error.h"
#include "core/dunningbook.h"
#include "dialogs/dunningrundialog.h"
#include "dialogs/dunningsettingspane.h"
#include "dunning/dunningservice.h"
#include "models/dunningplanmodel.h"
#include "pages/invoicespage.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Accrue;
using namespace Accrue::Testing;

class TestUiDunning : public QObject
{
    Q_OBJECT
private slots:
    void runDialogShowsThePlanAndConfirms();
    void settingsPaneValidatesAndSaves();
};

void TestUiDunning::runDialogShowsThePlanAndConfirms()
{
    DunningBook db;
    Session &session = db.book.session();
    MailSettingsService(session).save(dunningMailSettings());
    // The Invoices tab offers the run to billing roles.
    InvoicesPage page(session);
    QVERIFY(page.action(QStringLiteral("dunningRun")));
    QVERIFY(page.action(QStringLiteral("dunningRun"))->isVisible());

    DunningRunDialog dialog(session);
    QAbstractItemModelTester tester(dialog.model());
    QSignalSpy finished(&dialog, &DunningRunDialog::runFinished);
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
