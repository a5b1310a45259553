// The GUI's revenue recognition: the Revenue tab's billed-against-
// recognised chart and its Recognise Revenue… dialog (preview and run on a
// worker), the Close Period… dialog (checklist and close on a worker),
// Record Usage… (a customer's usage recorded and listed as unbilled,
// accrued, billed; core's refusals shown), and the invoice view's
// Revenue Schedule tab with Mark Milestone Done…. The book is built by hand
// (tests/core/testbook.h), so the figures are known.

#include "billing/journalexportservice.h"
#include "billing/periodcloseservice.h"
#include "billing/recognitionservice.h"
#include "common/error.h"
#include "core/testbook.h"
#include "dialogs/accountingexportpane.h"
#include "dialogs/closeperioddialog.h"
#include "dialogs/invoiceviewdialog.h"
#include "dialogs/journalexportdialog.h"
#include "dialogs/recogniserevenuedialog.h"
#include "dialogs/recordusagedialog.h"
#include "exchange/exportmappingtable.h"
#include "models/recognitionschedulemodel.h"
#include "models/usagerecordmodel.h"
#include "pages/revenuepage.h"
#include "pages/revenueschedulepanel.h"
#include "storage/userrepository.h"
#include "widgets/barchart.h"
#include "widgets/recognitionchartview.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QtCharts/QBarCategoryAxis>

using namespace Accrue;
using namespace Accrue::Testing;

class TestUiRecognition : public QObject
{
    Q_OBJECT
private slots:
    void recogniseDialogPreviewsAndRuns();
    void closePeriodChecklistComesFromAWorker();
    void closePeriodClosesOnAWorker();
    void revenueTabChartsBilledAgainstRecognised();
    void chartMonthLabelsStayWhole();
    void mappingEditedInThePaneIsSaved();
    void journalExportWritesAClosedMonth();
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

namespace {

QString checklistKey(const ClosePeriodDialog &dialog, int row)
{
    return dialog.checklistTable()->item(row, 0)->data(Qt::UserRole).toString();
}

QString checklistCell(const ClosePeriodDialog &dialog, int row, int column)
{
    return dialog.checklistTable()->item(row, column)->text();
}

} // namespace

// The checklist is read on a worker: until it is in, the dialog says what it
// checks and nothing can be closed; a month chosen meanwhile wins over the
// one asked for before it.
void TestUiRecognition::closePeriodChecklistComesFromAWorker()
{
    TestBook book;
    issueAnnual(book);
    RevenuePage page(book.session());
    QVERIFY(page.findChild<QAction *>(QStringLiteral("closePeriod")));

    ClosePeriodDialog dialog(book.session(), &PeriodCloseService::recognizerFor);
    QSignalSpy shown(&dialog, &ClosePeriodDialog::checklistShown);
    // Nothing closed and today is 30 June: May is next. The result can only
    // arrive through the event loop, which has not run yet.
    QCOMPARE(dialog.month(), QDate(2026, 5, 1));
    QVERIFY(dialog.isBusy());
    QVERIFY(!dialog.shownMonth().isValid());
    QVERIFY(!dialog.closeButton()->isEnabled());
    QCOMPARE(dialog.checklistTable()->rowCount(), 0);
    QCOMPARE(dialog.statusText(), QStringLiteral("Checking May 2026…"));

    QTRY_COMPARE(shown.count(), 1);
    QCOMPARE(shown.at(0).at(0).toDate(), QDate(2026, 5, 1));
    QVERIFY(!dialog.isBusy());
    const QStringList keys { QStringLiteral("order"),
                             QStringLiteral("drafts"),
                             QStringLiteral("bank_lines"),
                             QStringLiteral("overdue_not_dunned"),
                             QStringLiteral("deferred_revenue"),
                             QStringLiteral("recognised_vs_billed"),
                             QStringLiteral("unbilled_revenue"),
                             QStringLiteral("recognition") };
    QCOMPARE(dialog.checklistTable()->rowCount(), int(keys.size()));
    for (int row = 0; row < int(keys.size()); ++row)
        QCOMPARE(checklistKey(dialog, row), keys.at(row));
    QCOMPARE(checklistCell(dialog, 0, 1), QStringLiteral("OK"));
    QVERIFY(checklistCell(dialog, 0, 3).contains(QStringLiteral("2026-05-31")));
    // Due 14 Feb (15 Jan + 30 days), unpaid and never reminded by 31 May.
    QCOMPARE(checklistCell(dialog, 3, 1), QStringLiteral("Warning"));
    QVERIFY(checklistCell(dialog, 3, 2).startsWith(QStringLiteral("Invoices: 1;")));
    // Nothing recognised yet: all 12,000.00 is still deferred at the end of May.
    QVERIFY2(checklistCell(dialog, 4, 2).contains(QStringLiteral("12,000.00")),
             qPrintable(checklistCell(dialog, 4, 2)));
    // The run the close makes: January to May, 558.90 + 920.55 + 1019.18 +
    // 986.30 + 1019.18 = 4504.11 in five rows.
    QCOMPARE(checklistCell(dialog, 7, 1), QStringLiteral("OK"));
    QVERIFY2(checklistCell(dialog, 7, 2).contains(QStringLiteral("Schedule rows due: 5"))
                 && checklistCell(dialog, 7, 2).contains(QStringLiteral("4,504.11")),
             qPrintable(checklistCell(dialog, 7, 2)));
    // The overdue warning does not block.
    QVERIFY2(dialog.statusText().startsWith(QStringLiteral("Ready to close May 2026")),
             qPrintable(dialog.statusText()));
    QVERIFY(dialog.closeButton()->isEnabled());

    // April, then March at once: April's checklist, whenever it comes, is
    // dropped; March's is shown.
    dialog.setMonth(QDate(2026, 4, 1));
    QVERIFY(!dialog.closeButton()->isEnabled());
    QCOMPARE(dialog.checklistTable()->rowCount(), 0);
    dialog.setMonth(QDate(2026, 3, 1));
    QCOMPARE(dialog.statusText(), QStringLiteral("Checking March 2026…"));
    QTRY_COMPARE(shown.count(), 2);
    QCOMPARE(shown.at(1).at(0).toDate(), QDate(2026, 3, 1));
    QTest::qWait(300); // time for April's worker to end too
    QCOMPARE(shown.count(), 2);
    QCOMPARE(dialog.shownMonth(), QDate(2026, 3, 1));
    QVERIFY(checklistCell(dialog, 0, 3).contains(QStringLiteral("2026-03-31")));
    // January to March: 558.90 + 920.55 + 1019.18 = 2498.63 in three rows.
    QVERIFY2(checklistCell(dialog, 7, 2).contains(QStringLiteral("Schedule rows due: 3"))
                 && checklistCell(dialog, 7, 2).contains(QStringLiteral("2,498.63")),
             qPrintable(checklistCell(dialog, 7, 2)));
    QVERIFY(dialog.closeButton()->isEnabled());
}

// Close Month runs on the worker too: the dialog is busy meanwhile, then
// shows the month closed with what the recognition posted; a month that
// cannot close says why.
void TestUiRecognition::closePeriodClosesOnAWorker()
{
    TestBook book;
    issueAnnual(book);
    ClosePeriodDialog dialog(book.session(), &PeriodCloseService::recognizerFor);
    QSignalSpy shown(&dialog, &ClosePeriodDialog::checklistShown);
    QSignalSpy finished(&dialog, &ClosePeriodDialog::closeFinished);
    QSignalSpy failed(&dialog, &ClosePeriodDialog::failed);
    QTRY_COMPARE(dialog.shownMonth(), QDate(2026, 5, 1));
    QVERIFY(dialog.closeButton()->isEnabled());

    dialog.closeMonth();
    QVERIFY(dialog.isBusy());
    QVERIFY(!dialog.closeButton()->isEnabled());
    QVERIFY(!dialog.findChild<QComboBox *>(QStringLiteral("month"))->isEnabled());
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(dialog.statusText()));
    QCOMPARE(PeriodCloseService(book.session()).lock().closedThrough, QDate(2026, 5, 31));
    // 12000.00 - 4504.11 = 7495.89 left deferred.
    QCOMPARE(book.roleBalance(QStringLiteral("deferred_revenue")), -749589);
    // Read again: May is closed, so no checklist and nothing to close; the
    // outcome stays above it.
    QTRY_COMPARE(dialog.shownMonth(), QDate(2026, 5, 1));
    QCOMPARE(dialog.checklistTable()->rowCount(), 0);
    QVERIFY(!dialog.closeButton()->isEnabled());
    QVERIFY2(dialog.statusText().startsWith(
                 QStringLiteral("Closed May 2026: the books are closed through 2026-05-31.")),
             qPrintable(dialog.statusText()));
    QVERIFY(dialog.statusText().contains(QStringLiteral("May 2026 is closed.")));
    // The close's audit checkpoint, to copy out of the book.
    QVERIFY2(dialog.statusText().contains(QStringLiteral(
                 "Audit checkpoint, to keep outside the book: accrue-audit-checkpoint 1 book=")),
             qPrintable(dialog.statusText()));
    QCOMPARE(dialog.historyTable()->rowCount(), 1);
    QVERIFY2(dialog.historyTable()->item(0, 6)->text().startsWith(
                 QStringLiteral("Recognised through 2026-05-31: 5 schedule rows in 5 entries")),
             qPrintable(dialog.historyTable()->item(0, 6)->text()));

    // June has not ended on the 30th: its checklist blocks, and a close
    // asked for anyway (the button is off) fails on the worker, in words.
    dialog.setMonth(QDate(2026, 6, 1));
    QTRY_COMPARE(dialog.shownMonth(), QDate(2026, 6, 1));
    QCOMPARE(checklistCell(dialog, 0, 1), QStringLiteral("Blocking"));
    QVERIFY(!dialog.closeButton()->isEnabled());
    dialog.closeMonth();
    QTRY_COMPARE(finished.count(), 2);
    QVERIFY(!finished.at(1).at(0).toBool());
    QCOMPARE(failed.count(), 1);
    QVERIFY2(failed.at(0).at(0).toString().contains(QStringLiteral("has not ended yet")),
             qPrintable(failed.at(0).at(0).toString()));
    QTRY_COMPARE(dialog.shownMonth(), QDate(2026, 6, 1));
    QVERIFY2(dialog.statusText().startsWith(QStringLiteral("June 2026 was not closed:")),
             qPrintable(dialog.statusText()));
    QCOMPARE(PeriodCloseService(book.session()).lock().closedThrough, QDate(2026, 5, 31));
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
    // The last twelve months and June to date: June 2025 ... June 2026.
    const auto &figures = chart->figures();
    QCOMPARE(figures.size(), 13);
    QCOMPARE(figures.at(7), std::make_pair(qint64(1200000), qint64(55890))); // January
    QCOMPARE(figures.at(8), std::make_pair(qint64(0), qint64(92055))); // February
    QCOMPARE(figures.at(12), std::make_pair(qint64(0), qint64(98630))); // June
    QVERIFY(chart->chart());
    QCOMPARE(chart->chart()->series().size(), 1);
}

// The month axes (Revenue and Dashboard): short names with their year,
// laid out level, slanted or upright, and thinned only when even upright
// ones would touch; never cut short.
void TestUiRecognition::chartMonthLabelsStayWhole()
{
    QStringList year;
    for (int m = 0; m < 12; ++m)
        year << QDate(2025, 7, 1).addMonths(m).toString(QStringLiteral("yyyy-MM"));
    // Every month with its year: "Aug" alone reads as this year's.
    const QStringList labels = BarChart::monthLabels(year);
    QCOMPARE(labels.size(), 12);
    QCOMPARE(labels.at(0), QStringLiteral("Jul 25"));
    QCOMPARE(labels.at(1), QStringLiteral("Aug 25"));
    QCOMPARE(labels.at(5), QStringLiteral("Dec 25"));
    QCOMPARE(labels.at(6), QStringLiteral("Jan 26"));
    QCOMPARE(labels.at(11), QStringLiteral("Jun 26"));

    // Labels 37.5 wide and 14 high, twelve of them; the gap is half the
    // height, 7.
    // 540 wide: slots of 45 >= 37.5 + 7 = 44.5, level.
    QCOMPARE(BarChart::fitLabels(37.5, 14, 12, 540), (BarChart::LabelFit { 0, 1 }));
    // 480: slots of 40 < 44.5; at 45° (37.5 + 14) / sqrt 2 + 3.5 = 39.92 <= 40.
    QCOMPARE(BarChart::fitLabels(37.5, 14, 12, 480), (BarChart::LabelFit { -45, 1 }));
    // 420: slots of 35 < 39.92, upright; 14 + 7 = 21 <= 35, every month named.
    QCOMPARE(BarChart::fitLabels(37.5, 14, 12, 420), (BarChart::LabelFit { -90, 1 }));
    // 24 months in 330: slots of 13.75 < 21, every ceil(21 / 13.75) = 2nd month.
    QCOMPARE(BarChart::fitLabels(37.5, 14, 24, 330), (BarChart::LabelFit { -90, 2 }));
    // 24 in 200: slots of 8.33, every ceil(2.52) = 3rd.
    QCOMPARE(BarChart::fitLabels(37.5, 14, 24, 200), (BarChart::LabelFit { -90, 3 }));

    // The Revenue tab's charts keep their labels whole.
    TestBook book;
    issueAnnual(book);
    RevenuePage page(book.session());
    QSignalSpy loaded(&page, &Page::loaded);
    QSignalSpy shown(page.recognitionChart(), &RecognitionChartView::shown);
    page.refresh();
    QTRY_VERIFY(loaded.count() >= 1 && shown.count() >= 1);
    const auto charts = page.findChildren<QChartView *>();
    QCOMPARE(charts.size(), 2);
    for (QChartView *view : charts) {
        const auto axes = view->chart()->axes(Qt::Horizontal);
        QCOMPARE(axes.size(), 1);
        auto *axis = qobject_cast<QBarCategoryAxis *>(axes.front());
        QVERIFY(axis);
        QVERIFY(!axis->truncateLabels());
        QCOMPARE(axis->count(), 13); // 12 whole months and June to date
    }
    // The stacked chart's legend wraps under it between names, never inside one.
    auto *legend = page.findChild<QLabel *>(QStringLiteral("revenueLegend"));
    QVERIFY(legend);
    page.findChildren<QComboBox *>().at(0)->setCurrentIndex(1); // by customer
    QTRY_VERIFY2(legend->text().contains(QStringLiteral("&#9632;</span>&nbsp;Acme&nbsp;Corp")),
                 qPrintable(legend->text()));
}

// Settings > Accounting Export: every account with its code and name,
// whether the export can use it, and an edit that core reads back.
void TestUiRecognition::mappingEditedInThePaneIsSaved()
{
    TestBook book;
    issueAnnual(book);
    using Pane = AccountingExportPane;
    Pane pane(book.session());
    pane.setFormat(ExportFormat::Iif);
    QTableWidget *table = pane.table();
    const int accounts
        = int(JournalExportService(book.session()).mapping(ExportFormat::Iif).size());
    QCOMPARE(table->rowCount(), accounts);
    QVERIFY2(pane.summaryText().startsWith(
                 QStringLiteral("QuickBooks (IIF): accounts mapped: 0 of %1.").arg(accounts)),
             qPrintable(pane.summaryText()));
    QVERIFY(table->isColumnHidden(Pane::TargetCode)); // QuickBooks reads names only
    const int ar = pane.rowOf(ExportMapping::accountKind(), QStringLiteral("1100"));
    QVERIFY(ar >= 0);
    QCOMPARE(table->item(ar, Pane::SourceName)->text(), QStringLiteral("Accounts receivable"));
    QCOMPARE(table->item(ar, Pane::Status)->text(), QStringLiteral("Not mapped"));

    table->item(ar, Pane::TargetName)->setText(QStringLiteral("Accounts Receivable:Trade"));
    QCOMPARE(table->item(ar, Pane::Status)->text(), QStringLiteral("Mapped"));
    QVERIFY(pane.summaryText().startsWith(
        QStringLiteral("QuickBooks (IIF): accounts mapped: 1 of %1.").arg(accounts)));
    QVERIFY(pane.isModified());
    pane.save();
    QVERIFY(!pane.isModified());

    // Core reads it back, and no other account was touched.
    const ExportMappingTable saved(JournalExportService(book.session()).mapping(ExportFormat::Iif));
    const ExportMapping *row = saved.account(QStringLiteral("1100"));
    QVERIFY(row);
    QCOMPARE(row->targetName, QStringLiteral("Accounts Receivable:Trade"));
    QCOMPARE(row->targetFor(ExportFormat::Iif), QStringLiteral("Accounts Receivable:Trade"));
    QVERIFY(!saved.account(QStringLiteral("2300")));
    Pane again(book.session());
    QCOMPARE(again.table()->item(ar, Pane::TargetName)->text(),
             QStringLiteral("Accounts Receivable:Trade"));
    QCOMPARE(again.table()->item(ar, Pane::Status)->text(), QStringLiteral("Mapped"));

    // What the service refuses names the format and the row.
    table->item(ar, Pane::TargetName)->setText(QString(201, u'x'));
    try {
        pane.save();
        QFAIL("a 201-character name was saved");
    } catch (const Error &e) {
        QCOMPARE(e.userMessage(),
                 QStringLiteral("Accounting Export, QuickBooks (IIF): account 1100: name: at "
                                "most 200 characters"));
    }
}

// Revenue > Export Journal on a closed month: it opens on that month,
// refuses while accounts are unmapped (naming them, writing nothing), then
// writes the QuickBooks file.
void TestUiRecognition::journalExportWritesAClosedMonth()
{
    QSettings().remove(QStringLiteral("journalExport"));
    TestBook book;
    issueAnnual(book);
    // Closing May posts May's recognition on 31 May: 1019.18, one entry.
    PeriodCloseService(book.session(), PeriodCloseService::recognizerFor(book.session()))
        .close(QDate(2026, 5, 1));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());

    JournalExportDialog dialog(book.session());
    QCOMPARE(dialog.format(), ExportFormat::Iif);
    QCOMPARE(dialog.fromEdit()->date(), QDate(2026, 5, 1));
    QCOMPARE(dialog.toEdit()->date(), QDate(2026, 5, 31));
    QVERIFY2(dialog.periodLabel()->text().startsWith(QStringLiteral("Closed")),
             qPrintable(dialog.periodLabel()->text()));
    QCOMPARE(dialog.suggestedFileName(), QStringLiteral("accrue-journal-2026-05.iif"));
    const QString file = dir.filePath(dialog.suggestedFileName());
    dialog.fileEdit()->setText(file);
    QSignalSpy finished(&dialog, &JournalExportDialog::exportFinished);

    dialog.startExport();
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(!finished.at(0).at(0).toBool());
    QVERIFY(!QFile::exists(file));
    QVERIFY2(dialog.statusLabel()->text().startsWith(QStringLiteral("Nothing was written.")),
             qPrintable(dialog.statusLabel()->text()));
    QVERIFY2(dialog.problemsText().contains(
                 QStringLiteral("account 2300 Deferred revenue has no QuickBooks (IIF) account")),
             qPrintable(dialog.problemsText()));

    // Every account under its own name, then the same export again.
    JournalExportService service(book.session());
    std::vector<ExportMapping> rows = service.mapping(ExportFormat::Iif);
    for (ExportMapping &row : rows)
        row.targetName = row.sourceName;
    service.setMapping(ExportFormat::Iif, rows);
    dialog.startExport();
    QTRY_COMPARE(finished.count(), 2);
    QVERIFY2(finished.at(1).at(0).toBool(), qPrintable(dialog.problemsText()));
    QVERIFY(dialog.problemsText().isEmpty());
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QVERIFY(written.readAll().startsWith(
        "!TRNS\tTRNSID\tTRNSTYPE\tDATE\tACCNT\tNAME\tAMOUNT\tDOCNUM\tMEMO\r\n"));
    QVERIFY2(dialog.statusLabel()->text().startsWith(QStringLiteral("Journal entries written: 1.")),
             qPrintable(dialog.statusLabel()->text()));
    QCOMPARE(QSettings().value(QStringLiteral("journalExport/format")).toString(),
             QStringLiteral("iif"));

    // The suggestion follows the range, format and currency.
    dialog.fromEdit()->setDate(QDate(2026, 3, 1));
    QCOMPARE(dialog.suggestedFileName(), QStringLiteral("accrue-journal-2026-03-to-2026-05.iif"));
    dialog.formatBox()->setCurrentIndex(dialog.formatBox()->findData(int(ExportFormat::Ledger)));
    dialog.findChild<QLineEdit *>(QStringLiteral("exportCurrency"))->setText(QStringLiteral("eur"));
    QCOMPARE(dialog.suggestedFileName(),
             QStringLiteral("accrue-journal-2026-03-to-2026-05-EUR.journal"));
    dialog.toEdit()->setDate(QDate(2026, 5, 15));
    QCOMPARE(dialog.suggestedFileName(),
             QStringLiteral("accrue-journal-2026-03-01-to-2026-05-15-EUR.journal"));
    dialog.wholeBookBox()->setChecked(true);
    QCOMPARE(dialog.suggestedFileName(), QStringLiteral("accrue-journal-all-EUR.journal"));
    QSettings().remove(QStringLiteral("journalExport"));
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
