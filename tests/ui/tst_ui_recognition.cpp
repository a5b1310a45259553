// The GUI's revenue recognition: the Revenue tab's billed-against-
// recognised chart and its Recognise Revenue… dialog (preview and run on a
// worker), Record Usage… (a customer's usage recorded and listed as
// unbilled, accrued, billed; core's refusals shown), and the invoice view's
// Revenue Schedule tab with Mark Milestone Done…. The book is built by hand
// (tests/core/testbook.h), so the figures are known.

#include "billing/recognitionservice.h"
#include "core/testbook.h"
#include "dialogs/invoiceviewdialog.h"
#include "dialogs/recogniserevenuedialog.h"
#include "dialogs/recordusagedialog.h"
#include "models/recognitionschedulemodel.h"
#include "models/usagerecordmodel.h"
#include "pages/revenuepage.h"
#include "pages/revenueschedulepanel.h"
#include "storage/userrepository.h"
#include "widgets/recognitionchartview.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace Accrue;
using namespace Accrue::Testing;

class TestUiRecognition : public QObject
{
    Q_OBJECT
private slots:
    void recogniseDialogPreviewsAndRuns();
    void revenueTabChartsBilledAgainstRecognised();
    void invoiceViewShowsTheSchedule();
    void milestoneMarkedDoneFromTheView();
    void recordUsageDialogRecordsAndLists();
    void recordUsageDialogShowsCoreRefusals();
};

namespace {

// 12,000.00 billed 15 Jan 2026 for 15 Jan 2026 - 14 Jan 2027 (365 days),
// recognised ratably; the book's today is 30 June 2026.
qint64 issueAnnual(TestBook &book)
{
    const qint64 acme = book.addCustomer();
    Invoice draft = book.draft(acme, { { 1000, 1200000 } }, QDate(2026, 1, 15));
    draft.lines[0].serviceStart = QDate(2026, 1, 15);
    draft.lines[0].serviceEnd = QDate(2027, 1, 14);
    draft.lines[0].recognitionMethod = RecognitionMethod::Ratably;
    InvoiceService service(book.session());
    return service.issue(service.createDraft(draft)).id;
}

// 5,000.00 of implementation work issued 1 Mar 2026, recognised when its
// one milestone ("Completion", 100 %) is done.
qint64 issueMilestone(TestBook &book)
{
    const qint64 beta = book.addCustomer(QStringLiteral("BETA"), QStringLiteral("Beta GmbH"));
    Invoice draft = book.draft(beta, { { 1000, 500000 } }, QDate(2026, 3, 1));
    draft.lines[0].recognitionMethod = RecognitionMethod::Milestone;
    InvoiceService service(book.session());
    return service.issue(service.createDraft(draft)).id;
}

// A product sold at `priceMinor` EUR per `unit`, recognised by `method`.
qint64 addProduct(TestBook &book, const QString &code, const QString &method, qint64 priceMinor,
                  const QString &unit)
{
    const qint64 id = book.addProduct(code, QStringLiteral("4400"));
    ProductRepository products(book.db());
    Product p = *products.find(id);
    p.name = code == QLatin1String("STORAGE") ? QStringLiteral("Storage") : code;
    p.recognitionMethod = method;
    p.unitPrice = Money(priceMinor, Currency::require(QStringLiteral("EUR")));
    p.unit = unit;
    products.update(p);
    return id;
}

QString cell(const QAbstractItemModel *model, int row, int column, int role = Qt::DisplayRole)
{
    return model->data(model->index(row, column), role).toString();
}

} // namespace

void TestUiRecognition::recogniseDialogPreviewsAndRuns()
{
    TestBook book;
    issueAnnual(book);
    // The Revenue tab offers the run.
    RevenuePage page(book.session());
    QVERIFY(page.findChild<QAction *>(QStringLiteral("recogniseRevenue")));

    RecogniseRevenueDialog dialog(book.session());
    QSignalSpy previewed(&dialog, &RecogniseRevenueDialog::previewShown);
    QSignalSpy finished(&dialog, &RecogniseRevenueDialog::runFinished);
    // The month before today's (30 June): through 31 May.
    QCOMPARE(dialog.through(), QDate(2026, 5, 31));
    QTRY_COMPARE(previewed.count(), 1);
    // Five month-end rows, January to May, one entry each: 558.90 + 920.55
    // + 1019.18 + 986.30 + 1019.18 = 4504.11.
    QCOMPARE(previewed.at(0).at(0).toLongLong(), 5);
    QCOMPARE(dialog.lastSummary().rows, 5);
    QCOMPARE(dialog.lastSummary().recognisedMinor.at(QStringLiteral("EUR")), 450411);
    QCOMPARE(dialog.amounts()->rowCount(), 1);
    QCOMPARE(dialog.amounts()->item(0, 0)->text(), QStringLiteral("EUR"));
    QVERIFY(dialog.amounts()->item(0, 1)->text().contains(QStringLiteral("4,504.11")));
    QCOMPARE(book.roleBalance(QStringLiteral("deferred_revenue")), -1200000); // nothing yet

    auto *run = dialog.findChild<QPushButton *>(QStringLiteral("run"));
    QVERIFY(run);
    QTRY_VERIFY(run->isEnabled());
    QTest::mouseClick(run, Qt::LeftButton);
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toLongLong(), 5);
    // 12000.00 - 4504.11 = 7495.89 left deferred; the preview that follows
    // finds nothing more.
    QCOMPARE(book.roleBalance(QStringLiteral("deferred_revenue")), -749589);
    QTRY_COMPARE(previewed.count(), 2);
    QCOMPARE(previewed.at(1).at(0).toLongLong(), 0);
    QVERIFY(!run->isEnabled());
    QVERIFY2(dialog.statusText().contains(QStringLiteral("Journal entries posted: 5;")),
             qPrintable(dialog.statusText()));
    book.checkBooks();
}

void TestUiRecognition::revenueTabChartsBilledAgainstRecognised()
{
    TestBook book;
    issueAnnual(book);
    RecognitionService(book.session()).run(QDate(2026, 6, 30));
    RevenuePage page(book.session());
    RecognitionChartView *chart = page.recognitionChart();
    QVERIFY(chart);
    QSignalSpy shown(chart, &RecognitionChartView::shown);
    page.refresh();
    QTRY_VERIFY(shown.count() >= 1);
    // The last twelve months to June 2026: July 2025 ... June 2026.
    const auto &figures = chart->figures();
    QCOMPARE(figures.size(), 12);
    QCOMPARE(figures.at(6), std::make_pair(qint64(1200000), qint64(55890))); // January
    QCOMPARE(figures.at(7), std::make_pair(qint64(0), qint64(92055))); // February
    QCOMPARE(figures.at(11), std::make_pair(qint64(0), qint64(98630))); // June
    QVERIFY(chart->chart());
    QCOMPARE(chart->chart()->series().size(), 1);
}

void TestUiRecognition::invoiceViewShowsTheSchedule()
{
    TestBook book;
    const qint64 id = issueAnnual(book);
    RecognitionService(book.session()).run(QDate(2026, 2, 28));
    InvoiceViewDialog view(book.session(), InvoiceService(book.session()).documentData(id));
    QVERIFY(view.tabs());
    QCOMPARE(view.tabs()->count(), 2);
    auto *panel = view.findChild<RevenueSchedulePanel *>();
    QVERIFY(panel);
    RecognitionScheduleModel *model = panel->model();
    QAbstractItemModelTester tester(model);
    QCOMPARE(model->rowCount(), 13); // January 2026 to January 2027
    QCOMPARE(model->data(model->index(0, RecognitionScheduleModel::Method)).toString(),
             QStringLiteral("Ratably"));
    QCOMPARE(model
                 ->data(model->index(0, RecognitionScheduleModel::Date),
                        RecognitionScheduleModel::RawRole)
                 .toDate(),
             QDate(2026, 1, 31));
    QCOMPARE(model
                 ->data(model->index(0, RecognitionScheduleModel::Amount),
                        RecognitionScheduleModel::RawRole)
                 .toLongLong(),
             55890);
    QCOMPARE(model->data(model->index(1, RecognitionScheduleModel::State)).toString(),
             QStringLiteral("Posted"));
    QCOMPARE(model->data(model->index(2, RecognitionScheduleModel::State)).toString(),
             QStringLiteral("Pending"));
    // 558.90 + 920.55 = 1479.45 posted; 12000.00 - 1479.45 = 10520.55 deferred.
    QVERIFY2(panel->summaryText().contains(QStringLiteral("1,479.45"))
                 && panel->summaryText().contains(QStringLiteral("10,520.55")),
             qPrintable(panel->summaryText()));
    // No milestone here: nothing to mark done.
    panel->table()->selectRow(2);
    auto *markDone = panel->findChild<QPushButton *>(QStringLiteral("markMilestoneDone"));
    QVERIFY(markDone);
    QVERIFY(!markDone->isEnabled());

    // An invoice without a schedule (a draft) has no tab.
    Invoice draft = book.draft(book.addCustomer(QStringLiteral("GAMMA")), { { 1000, 100 } });
    const qint64 draftId = InvoiceService(book.session()).createDraft(draft);
    InvoiceViewDialog plain(book.session(), InvoiceService(book.session()).documentData(draftId));
    QVERIFY(!plain.tabs());
}

void TestUiRecognition::milestoneMarkedDoneFromTheView()
{
    TestBook book;
    const qint64 id = issueMilestone(book);
    InvoiceViewDialog view(book.session(), InvoiceService(book.session()).documentData(id));
    auto *panel = view.findChild<RevenueSchedulePanel *>();
    QVERIFY(panel);
    RecognitionScheduleModel *model = panel->model();
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->data(model->index(0, RecognitionScheduleModel::State)).toString(),
             QStringLiteral("Awaiting milestone"));
    QCOMPARE(model->data(model->index(0, RecognitionScheduleModel::Milestone)).toString(),
             QStringLiteral("Completion"));
    panel->table()->selectRow(0);
    auto *markDone = panel->findChild<QPushButton *>(QStringLiteral("markMilestoneDone"));
    QVERIFY(markDone->isEnabled());
    QSignalSpy done(panel, &RevenueSchedulePanel::milestoneDone);
    QVERIFY(panel->markChosenMilestoneDone(QDate(2026, 6, 15)));
    QCOMPARE(done.count(), 1);
    // The row is dated now and waits for the run; the run recognises all
    // 5,000.00 on that day.
    QCOMPARE(model
                 ->data(model->index(0, RecognitionScheduleModel::Date),
                        RecognitionScheduleModel::RawRole)
                 .toDate(),
             QDate(2026, 6, 15));
    QCOMPARE(model->data(model->index(0, RecognitionScheduleModel::State)).toString(),
             QStringLiteral("Pending"));
    const auto summary = RecognitionService(book.session()).run(QDate(2026, 6, 30));
    QCOMPARE(summary.recognisedMinor.at(QStringLiteral("EUR")), 500000);
    panel->reload();
    QCOMPARE(model->data(model->index(0, RecognitionScheduleModel::State)).toString(),
             QStringLiteral("Posted"));
    book.checkBooks();
}

void TestUiRecognition::recordUsageDialogRecordsAndLists()
{
    TestBook book; // today 30 June 2026
    const qint64 acme = book.addCustomer();
    book.addCustomer(QStringLiteral("BETA"), QStringLiteral("Beta GmbH"));
    // Storage at 0.05 EUR per GB, as delivered; a point-in-time product is
    // not offered.
    const qint64 storage = addProduct(book, QStringLiteral("STORAGE"),
                                      RecognitionMethod::AsDelivered, 5, QStringLiteral("GB"));
    addProduct(book, QStringLiteral("SETUP"), RecognitionMethod::PointInTime, 50000,
               QStringLiteral("unit"));
    // The Revenue tab offers it (and --action recordUsage finds it).
    RevenuePage page(book.session());
    QVERIFY(page.findChild<QAction *>(QStringLiteral("recordUsage")));

    RecordUsageDialog dialog(book.session());
    QAbstractItemModelTester tester(dialog.model());
    QSignalSpy recorded(&dialog, &RecordUsageDialog::recorded);
    QVERIFY(dialog.hasProducts());
    auto *products = dialog.findChild<QComboBox *>(QStringLiteral("product"));
    QCOMPARE(products->count(), 1);
    QCOMPARE(products->itemText(0), QStringLiteral("STORAGE — Storage"));
    QCOMPARE(dialog.findChild<QDateEdit *>(QStringLiteral("deliveredOn"))->date(),
             QDate(2026, 6, 30)); // the session's today
    QCOMPARE(dialog.model()->rowCount(), 0);

    dialog.setCustomer(acme);
    dialog.setProduct(storage);
    dialog.setDeliveredOn(QDate(2026, 6, 15));
    // 12.3 GB x 0.05 EUR = 0.615 EUR, half away from zero: 0.62 EUR.
    dialog.setQuantityText(QStringLiteral("12.3"));
    QVERIFY2(dialog.amountText().startsWith(QStringLiteral("0.62 EUR")),
             qPrintable(dialog.amountText()));
    auto *record = dialog.findChild<QPushButton *>(QStringLiteral("record"));
    QVERIFY(record->isEnabled());
    QTest::mouseClick(record, Qt::LeftButton);
    QCOMPARE(recorded.count(), 1);
    QVERIFY2(dialog.problemText().isEmpty(), qPrintable(dialog.problemText()));

    // Stored as typed and priced as shown.
    auto stored = RecognitionService(book.session()).usageOf(acme);
    QCOMPARE(stored.size(), std::size_t(1));
    QCOMPARE(stored[0].usage.productId, storage);
    QCOMPARE(stored[0].usage.deliveredOn, QDate(2026, 6, 15));
    QCOMPARE(stored[0].usage.quantityMilli, qint64(12300));
    QCOMPARE(stored[0].usage.amount.minor(), qint64(62));
    // And listed, unbilled.
    const UsageRecordModel *model = dialog.model();
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(cell(model, 0, UsageRecordModel::Product), QStringLiteral("STORAGE — Storage"));
    QCOMPARE(cell(model, 0, UsageRecordModel::Quantity), QStringLiteral("12.3 GB"));
    QCOMPARE(cell(model, 0, UsageRecordModel::Amount), QStringLiteral("0.62 EUR"));
    QCOMPARE(cell(model, 0, UsageRecordModel::State), QStringLiteral("Unbilled"));
    QVERIFY(dialog.findChild<QLineEdit *>(QStringLiteral("quantity"))->text().isEmpty());

    // The run accrues it; 1,000 GB more on 30 June: 1000 x 0.05 = 50.00.
    RecognitionService(book.session()).run(QDate(2026, 6, 20));
    dialog.setDeliveredOn(QDate(2026, 6, 30));
    dialog.setQuantityText(QStringLiteral("1000"));
    QVERIFY(dialog.record());
    QCOMPARE(model->rowCount(), 2); // newest delivery first
    QCOMPARE(
        model->data(model->index(0, UsageRecordModel::Date), UsageRecordModel::RawRole).toDate(),
        QDate(2026, 6, 30));
    QCOMPARE(model->data(model->index(0, UsageRecordModel::Amount), UsageRecordModel::RawRole)
                 .toLongLong(),
             5000);
    QCOMPARE(cell(model, 0, UsageRecordModel::State), QStringLiteral("Unbilled"));
    QCOMPARE(cell(model, 1, UsageRecordModel::State), QStringLiteral("Accrued"));

    // An invoice for June's storage bills both: 1,012.3 GB x 0.05 = 50.615,
    // 50.62 EUR (0.62 accrued + 50.00 not).
    Invoice draft = book.draft(acme, { { 1012300, 5 } }, QDate(2026, 6, 30), 30, storage);
    draft.lines[0].serviceStart = QDate(2026, 6, 1);
    draft.lines[0].serviceEnd = QDate(2026, 6, 30);
    InvoiceService invoices(book.session());
    const Invoice june = invoices.issue(invoices.createDraft(draft));
    QCOMPARE(june.subtotal.minor(), qint64(5062));
    dialog.setCustomer(0);
    QCOMPARE(model->rowCount(), 0);
    dialog.setCustomer(acme);
    QCOMPARE(model->rowCount(), 2);
    for (int row = 0; row < 2; ++row) {
        QCOMPARE(cell(model, row, UsageRecordModel::State), QStringLiteral("Billed"));
        QCOMPARE(cell(model, row, UsageRecordModel::Invoice), june.number);
    }
    QCOMPARE(book.roleBalance(QStringLiteral("unbilled_revenue")), 0);
    book.checkBooks();
}

void TestUiRecognition::recordUsageDialogShowsCoreRefusals()
{
    TestBook book; // today 30 June 2026
    const qint64 acme = book.addCustomer();
    {
        // No as-delivered product: said plainly, nothing to record.
        addProduct(book, QStringLiteral("SETUP"), RecognitionMethod::PointInTime, 50000,
                   QStringLiteral("unit"));
        RecordUsageDialog none(book.session());
        QVERIFY(!none.hasProducts());
        auto *note = none.findChild<QLabel *>(QStringLiteral("noProducts"));
        QVERIFY(note);
        QVERIFY(note->text().contains(QStringLiteral("no product recognised as delivered")));
        QVERIFY(!none.findChild<QPushButton *>(QStringLiteral("record"))->isEnabled());
    }
    const qint64 storage = addProduct(book, QStringLiteral("STORAGE"),
                                      RecognitionMethod::AsDelivered, 5, QStringLiteral("GB"));
    RecordUsageDialog dialog(book.session());
    QSignalSpy failed(&dialog, &RecordUsageDialog::failed);
    dialog.setCustomer(acme);
    dialog.setProduct(storage);

    // After today: core refuses, and says why.
    dialog.setDeliveredOn(QDate(2026, 7, 1));
    dialog.setQuantityText(QStringLiteral("5"));
    QVERIFY(!dialog.record());
    QVERIFY2(dialog.problemText().contains(QStringLiteral("2026-07-01 is after today")),
             qPrintable(dialog.problemText()));
    // Nothing above zero.
    dialog.setDeliveredOn(QDate(2026, 6, 30));
    dialog.setQuantityText(QStringLiteral("0"));
    QVERIFY(!dialog.record());
    QVERIFY2(dialog.problemText().contains(QStringLiteral("must be more than zero")),
             qPrintable(dialog.problemText()));
    // Thousandths at most.
    dialog.setQuantityText(QStringLiteral("1.2345"));
    QVERIFY(dialog.amountText().startsWith(QStringLiteral("quantity:")));
    QVERIFY(!dialog.record());
    QVERIFY2(dialog.problemText().startsWith(QStringLiteral("quantity:")),
             qPrintable(dialog.problemText()));
    QCOMPARE(failed.count(), 3);
    QVERIFY(RecognitionService(book.session()).usageOf(acme).empty());

    // A viewer sees the button disabled and core's refusal in words.
    UserRepository users(book.db());
    users.setRole(QStringLiteral("tester"), Role::Admin);
    users.setRole(QStringLiteral("vera"), Role::Viewer);
    Session vera(book.db(), QStringLiteral("vera"));
    vera.setToday(QDate(2026, 6, 30));
    RecordUsageDialog viewer(vera);
    QVERIFY(!viewer.findChild<QPushButton *>(QStringLiteral("record"))->isEnabled());
    viewer.setCustomer(acme);
    viewer.setProduct(storage);
    viewer.setQuantityText(QStringLiteral("5"));
    QVERIFY(!viewer.record());
    QVERIFY2(viewer.problemText().contains(QStringLiteral("may not record usage")),
             qPrintable(viewer.problemText()));
    QVERIFY(RecognitionService(book.session()).usageOf(acme).empty());
}

QTEST_MAIN(TestUiRecognition)
#include "tst_ui_recognition.moc"
