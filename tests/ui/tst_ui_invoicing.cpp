// The invoice screens on a real demo book, offscreen: the editor (problems at
// the field, totals, undo, duplicates), the view, the payment, credit note
// and settings dialogs, the Invoices page's actions and its PDF exports.
#include "backgroundtask.h"
#include "billing/bankimportservice.h"
#include "billing/customerservice.h"
#include "billing/invoiceservice.h"
#include "billing/reconciliationservice.h"
#include "billing/session.h"
#include "billing/settingsservice.h"
#include "billing/userservice.h"
#include "common/error.h"
#include "demo/demogenerator.h"
#include "dialogs/creditnotedialog.h"
#include "dialogs/csvmappingdialog.h"
#include "dialogs/invoiceeditordialog.h"
#include "dialogs/invoiceviewdialog.h"
#include "dialogs/manualmatchdialog.h"
#include "dialogs/paymentdialog.h"
#include "dialogs/revenuedrilldialog.h"
#include "dialogs/settingsdialog.h"
#include "dialogs/usersdialog.h"
#include "documents/invoicedocument.h"
#include "documents/reporthtml.h"
#include "domain/taxrate.h"
#include "editor/invoicedraft.h"
#include "exchange/bankcsvmapping.h"
#include "mainwindow.h"
#include "models/banklinetablemodel.h"
#include "models/invoicelinesmodel.h"
#include "models/invoicetablemodel.h"
#include "models/paymenttablemodel.h"
#include "models/reporttablemodel.h"
#include "models/revenuetablemodel.h"
#include "pages/banklinespanel.h"
#include "pages/dashboardpage.h"
#include "pages/invoicespage.h"
#include "pages/reportspage.h"
#include "pages/revenuepage.h"
#include "pages/transactionspage.h"
#include "reports/agingreport.h"
#include "reports/revenuereport.h"
#include "security/auditlog.h"
#include "storage/bankrepository.h"
#include "storage/database.h"
#include "storage/invoiceregister.h"
#include "storage/sqlquery.h"
#include "storage/userrepository.h"
#include "uidemobook.h"
#include "widgets/reportchartview.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTimer>
#include <QUndoStack>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <atomic>

using namespace Accrue;
using namespace Accrue::Testing;

class TestUiInvoicing : public QObject, private UiDemoBook
{
    Q_OBJECT

private slots:
    void initTestCase() { createDemoBook(); }
    void invoicePdfShowsEverythingLiterally();
    void settingsDialogShowsProblemsAndSaves();
    void paymentAndCreditNoteDialogs();
    void invoiceEditorShowsProblemsAtTheField();
    void invoiceEditorTotalsUndoSaveIssue();
    void invoiceEditorDuplicates();
    void creditNoteByChosenLinesAndVoid();
    void invoicesPageActionsFollowTheSelection();
    void exportPdfsOfTheSelection();
    void exportEInvoiceOfTheCurrentRow();
    void invoiceViewOffersTheLifeCycle();
    void editorOffersReloadWhenSomeoneElseSaved();
};

namespace {

// What a person types in the editor's line cells, in the test's locale.
void type(InvoiceLinesModel *model, int row, int column, const QString &text)
{
    model->setData(model->index(row, column), text, Qt::EditRole);
}

qint64 firstCustomerId(Session &session)
{
    return CustomerService(session).list().front().id;
}

} // namespace

void TestUiInvoicing::invoicePdfShowsEverythingLiterally()
{
    const QString path = m_dir.filePath(QStringLiteral("evil.sqlite"));
    auto db = Database::open(path, Database::OpenMode::CreateIfMissing);
    db->migrate();
    Session session(*db, QStringLiteral("tester"));
    session.setToday(kToday);
    Customer customer;
    customer.code = QStringLiteral("EVIL");
    customer.name = QStringLiteral("<b>Evil</b> & Co");
    customer.currency = Currency::require(QStringLiteral("EUR"));
    BillingProfile profile;
    profile.city = QStringLiteral("Köln");
    CustomerService(session).create(customer, profile);
    Invoice draft;
    draft.customerId = customer.id;
    draft.currency = Currency::require(QStringLiteral("EUR"));
    draft.issueDate = QDate(2026, 3, 1);
    draft.dueDate = QDate(2026, 3, 31);
    // Enough lines to run onto a second page.
    for (int i = 1; i <= 60; ++i) {
        InvoiceLine line;
        line.description = QStringLiteral("Item %1 <i>not italic</i>").arg(i);
        line.quantityMilli = 1000 * i;
        line.unitPrice = Money(1250, draft.currency);
        line.taxRatePpm = 190000;
        draft.lines.push_back(line);
    }
    InvoiceService invoices(session);
    const Invoice inv = invoices.issue(invoices.createDraft(draft));
    const QString pdf = m_dir.filePath(QStringLiteral("evil.pdf"));
    InvoiceDocument::writePdf(invoices.documentData(inv.id), pdf, QPageSize::A4, QLocale::c());

    QProcess info;
    info.start(QStringLiteral("pdfinfo"), { pdf });
    QVERIFY(info.waitForFinished(30000));
    QVERIFY2(info.readAllStandardOutput().contains("Pages:"), "pdfinfo reads the PDF");
    QProcess text;
    text.start(QStringLiteral("pdftotext"),
               { QStringLiteral("-layout"), pdf, QStringLiteral("-") });
    QVERIFY(text.waitForFinished(30000));
    const QString printed = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY(printed.contains(inv.number));
    QVERIFY(printed.contains(QStringLiteral("<b>Evil</b> & Co")));
    // Markup in a description prints as text, on one line: the description
    // column is wide enough not to break words.
    QVERIFY2(printed.contains(QStringLiteral("Item 1 <i>not italic</i>")),
             qPrintable(printed.left(1500)));
    QVERIFY(printed.contains(QStringLiteral("Item 60 <i>not italic</i>")));
    // Every page is numbered "n of N" with the invoice number.
    const int pages = int(printed.count(u'\f'));
    QVERIFY(pages >= 2);
    for (int page = 1; page <= pages; ++page)
        QVERIFY2(printed.contains(
                     QStringLiteral("%1 · Page %2 of %3").arg(inv.number).arg(page).arg(pages)),
                 qPrintable(printed.right(300)));
    QVERIFY(printed.contains(inv.total.formatNumber(QLocale::c())));
    // The column titles repeat on the second page.
    QVERIFY(printed.count(QStringLiteral("Unit price")) >= 2);
}

void TestUiInvoicing::settingsDialogShowsProblemsAndSaves()
{
    auto db = openBook();
    Session session(*db, QStringLiteral("tester"));
    session.setToday(kToday);
    // What the dialog shows besides its fields is saved unchanged.
    CompanySettings before = SettingsService(session).company();
    before.currency = QStringLiteral("USD");
    before.billingRunIssues = false;
    SettingsService(session).saveCompany(before);
    SettingsDialog dialog(session);
    dialog.findChild<QLineEdit *>(QStringLiteral("taxCountry"))->setText(QStringLiteral("us"));
    // By name: the E-mail tab's fields come first among the dialog's children.
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("legalName"));
    auto *iban = dialog.findChild<QLineEdit *>(QStringLiteral("iban"));
    QVERIFY(name && iban);
    QCOMPARE(name->text(), QStringLiteral("Accrue Demo Software Ltd")); // the demo's company
    iban->setText(QStringLiteral("DE89 3704 0044 0532 0130 01"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected)); // still open: a problem to fix
    bool shown = false;
    for (QLabel *label : dialog.findChildren<QLabel *>())
        shown = shown || label->text().contains(QStringLiteral("IBAN"));
    QVERIFY(shown);
    iban->setText(QStringLiteral("GB82 WEST 1234 5698 7654 32"));
    name->setText(QStringLiteral("Renamed Ltd"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const CompanySettings saved = SettingsService(session).company();
    QCOMPARE(saved.legalName, QStringLiteral("Renamed Ltd"));
    QCOMPARE(saved.currency, QStringLiteral("USD"));
    QCOMPARE(saved.taxCountry, QStringLiteral("US"));
    QVERIFY(!saved.billingRunIssues);
    QVERIFY(AuditLog(*db, QString()).verify().ok);
}

void TestUiInvoicing::paymentAndCreditNoteDialogs()
{
    auto db = openBook();
    Session session(*db, QStringLiteral("tester"));
    session.setToday(kToday);
    InvoiceListFilter filter;
    filter.status = QStringLiteral("open");
    filter.today = kToday;
    std::vector<qint64> open;
    InvoiceRegister(*db).invoices(filter,
                                  [&](const InvoiceListRow &row) { open.push_back(row.id); });
    QVERIFY(open.size() >= 2);
    InvoiceService invoices(session);
    const Invoice first = invoices.load(open[0]);

    PaymentDialog bad(session, first);
    bad.setAmountText(QStringLiteral("twelve"));
    bad.accept();
    QCOMPARE(bad.result(), int(QDialog::Rejected)); // stays open with the problem shown
    QCOMPARE(invoices.load(first.id).balance.minor(), first.balance.minor());

    PaymentDialog pay(session, first);
    pay.setAmountText(Money(1000, first.currency).formatNumber(QLocale()));
    pay.accept();
    QCOMPARE(pay.result(), int(QDialog::Accepted));
    QCOMPARE(invoices.load(first.id).balance.minor(), first.balance.minor() - 1000);

    const Invoice second = invoices.load(open[1]);
    CreditNoteDialog noReason(session, second);
    noReason.accept();
    QCOMPARE(noReason.result(), int(QDialog::Rejected));
    CreditNoteDialog credit(session, second);
    credit.setReason(QStringLiteral("Cancelled"));
    credit.accept();
    QCOMPARE(credit.result(), int(QDialog::Accepted));
    QVERIFY(invoices.load(second.id).status == InvoiceStatus::Void);
    QVERIFY(AuditLog(*db, QString()).verify().ok);
}

void TestUiInvoicing::invoiceEditorShowsProblemsAtTheField()
{
    auto db = openBook();
    Session session(*db, QStringLiteral("tester"));
    session.setToday(kToday);
    InvoiceEditorDialog editor(session, InvoiceEditorDialog::newInvoice(session));
    InvoiceLinesModel *lines = editor.linesModel();
    QAbstractItemModelTester tester(lines, QAbstractItemModelTester::FailureReportingMode::QtTest);

    // Nothing chosen yet: the customer and the lines say so, and nothing is saved.
    QVERIFY(editor.fieldProblem(InvoiceProblem::Field::Customer).contains(u"customer"));
    QVERIFY(editor.fieldProblem(InvoiceProblem::Field::Lines).contains(u"line"));
    QVERIFY(!editor.saveDraft());
    QCOMPARE(editor.draft()->invoice().id, qint64(0));

    editor.setCustomer(firstCustomerId(session));
    QVERIFY(editor.fieldProblem(InvoiceProblem::Field::Customer).isEmpty());
    lines->addLine();
    QVERIFY(editor.fieldProblem(InvoiceProblem::Field::Lines).isEmpty());
    type(lines, 0, InvoiceLinesModel::Description, QStringLiteral("Consulting"));
    type(lines, 0, InvoiceLinesModel::UnitPrice, QStringLiteral("100"));

    // A negative quantity and a tax rate over 100% are kept, marked at the cell, and block saving.
    type(lines, 0, InvoiceLinesModel::Quantity, QStringLiteral("-1"));
    QVERIFY(lines->index(0, InvoiceLinesModel::Quantity)
                .data(InvoiceLinesModel::ProblemRole)
                .toString()
                .contains(u"greater than zero"));
    QVERIFY(!editor.saveDraft());
    type(lines, 0, InvoiceLinesModel::Quantity, QStringLiteral("1"));
    QVERIFY(
        lines->index(0, InvoiceLinesModel::Quantity).data(InvoiceLinesModel::ProblemRole).isNull());
    type(lines, 0, InvoiceLinesModel::TaxRate, QStringLiteral("150"));
    QVERIFY(lines->index(0, InvoiceLinesModel::TaxRate)
                .data(InvoiceLinesModel::ProblemRole)
                .toString()
                .contains(u"100%"));
    QVERIFY(!editor.saveDraft());
    type(lines, 0, InvoiceLinesModel::TaxRate, QStringLiteral("20"));

    // Text that is not a number never reaches the invoice; the reason is shown.
    QSignalSpy rejected(lines, &InvoiceLinesModel::inputRejected);
    type(lines, 0, InvoiceLinesModel::Quantity, QStringLiteral("three"));
    QCOMPARE(rejected.size(), 1);
    QCOMPARE(editor.draft()->invoice().lines.front().quantityMilli, qint64(1000));
    QVERIFY(editor.findChild<QLabel *>(QStringLiteral("inputProblem"))->text().contains(u"three"));

    // A due date before the issue date is shown at the due date.
    editor.draft()->edit(QStringLiteral("due"),
                         [](Invoice &inv) { inv.dueDate = inv.issueDate.addDays(-1); });
    QVERIFY(editor.fieldProblem(InvoiceProblem::Field::DueDate).contains(u"before the issue date"));
    QVERIFY(!editor.saveDraft());
    editor.draft()->undoStack()->undo();
    QVERIFY(editor.fieldProblem(InvoiceProblem::Field::DueDate).isEmpty());
    QVERIFY(editor.saveDraft());
    QVERIFY(editor.draft()->invoice().id > 0);
    QVERIFY(!editor.draft()->isModified());
}

void TestUiInvoicing::invoiceEditorTotalsUndoSaveIssue()
{
    auto db = openBook();
    Session session(*db, QStringLiteral("tester"));
    session.setToday(kToday);
    InvoiceEditorDialog editor(session, InvoiceEditorDialog::newInvoice(session));
    InvoiceLinesModel *lines = editor.linesModel();
    editor.setCustomer(firstCustomerId(session));
    const Currency currency = editor.draft()->invoice().currency;
    const QLocale locale;
    lines->addLine();
    type(lines, 0, InvoiceLinesModel::Description, QStringLiteral("Licences"));
    type(lines, 0, InvoiceLinesModel::Quantity, locale.toString(2.5, 'f', 1));
    type(lines, 0, InvoiceLinesModel::UnitPrice, Money(1999, currency).formatNumber(locale));
    type(lines, 0, InvoiceLinesModel::TaxRate, QStringLiteral("19"));
    lines->addLine();
    type(lines, 1, InvoiceLinesModel::Description, QStringLiteral("Set-up"));
    type(lines, 1, InvoiceLinesModel::UnitPrice, Money(5000, currency).formatNumber(locale));
    type(lines, 1, InvoiceLinesModel::TaxRate, QStringLiteral("7"));
    type(lines, 1, InvoiceLinesModel::Discount, QStringLiteral("10"));

    // 2.5 x 19.99 = 49.975 -> 49.98, tax 19% 9.4962 -> 9.50; 50.00 less 10% = 45.00, tax 7% 3.15.
    const Invoice &inv = editor.draft()->invoice();
    QCOMPARE(inv.lines[0].net.minor(), qint64(4998));
    QCOMPARE(inv.lines[0].tax.minor(), qint64(950));
    QCOMPARE(inv.lines[1].net.minor(), qint64(4500));
    QCOMPARE(inv.lines[1].tax.minor(), qint64(315));
    QCOMPARE(inv.total.minor(), qint64(4998 + 950 + 4500 + 315));
    const QString totals = editor.findChild<QLabel *>(QStringLiteral("totals"))->text();
    QVERIFY(totals.contains(Money(inv.total.minor(), currency).format(locale).toHtmlEscaped()));
    QVERIFY(totals.contains(Money(950, currency).format(locale).toHtmlEscaped()));
    QVERIFY(totals.contains(Money(315, currency).format(locale).toHtmlEscaped()));

    // Undo takes back one edit at a time, redo brings it back.
    QUndoStack *undo = editor.draft()->undoStack();
    undo->undo(); // the discount
    QCOMPARE(editor.draft()->invoice().lines[1].net.minor(), qint64(5000));
    undo->redo();
    QCOMPARE(editor.draft()->invoice().lines[1].net.minor(), qint64(4500));

    // Tax rates take four decimals (New York City's 8.875 %), not a fifth.
    QSignalSpy rejected(lines, &InvoiceLinesModel::inputRejected);
    type(lines, 1, InvoiceLinesModel::TaxRate,
         QStringLiteral("8") + locale.decimalPoint() + QStringLiteral("87501"));
    QCOMPARE(rejected.size(), 1);
    QCOMPARE(editor.draft()->invoice().lines[1].taxRatePpm, 70000);
    QVERIFY(editor.findChild<QLabel *>(QStringLiteral("inputProblem"))
                ->text()
                .contains(u"four decimals"));
    type(lines, 1, InvoiceLinesModel::TaxRate,
         QStringLiteral("8") + locale.decimalPoint() + QStringLiteral("875"));
    QCOMPARE(editor.draft()->invoice().lines[1].taxRatePpm, 88750);
    // 45.00 x 88750 / 1000000 = 3.99375 -> 3.99
    QCOMPARE(editor.draft()->invoice().lines[1].tax.minor(), qint64(399));
    QCOMPARE(lines->index(1, InvoiceLinesModel::TaxRate).data().toString(),
             TaxPercent::text(88750, locale));
    QVERIFY(editor.findChild<QLabel *>(QStringLiteral("totals"))
                ->text()
                .contains(TaxPercent::text(88750, locale) + u'%'));
    type(lines, 1, InvoiceLinesModel::TaxRate, QStringLiteral("7"));
    QCOMPARE(editor.draft()->invoice().lines[1].tax.minor(), qint64(315));

    // ACCRUE_UI_SHOTS=DIR keeps a picture of the editor to look at (docs/screenshots).
    if (const QString shots = qEnvironmentVariable("ACCRUE_UI_SHOTS"); !shots.isEmpty()) {
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QVERIFY(editor.grab().save(QDir(shots).filePath(QStringLiteral("editor.png"))));
    }
    QVERIFY(editor.saveDraft());
    const qint64 id = editor.draft()->invoice().id;
    InvoiceService service(session);
    QCOMPARE(service.load(id).total.minor(), qint64(10763));
    QCOMPARE(int(service.load(id).lines.size()), 2);

    // An edit after saving updates the same draft.
    type(lines, 1, InvoiceLinesModel::Discount, QString());
    QVERIFY(editor.saveDraft());
    QCOMPARE(editor.draft()->invoice().id, id);
    QCOMPARE(service.load(id).lines[1].net.minor(), qint64(5000));

    QSignalSpy issued(&editor, &InvoiceEditorDialog::issued);
    QVERIFY(editor.issue(false));
    QCOMPARE(issued.size(), 1);
    const Invoice stored = service.load(id);
    QVERIFY(stored.status == InvoiceStatus::Open);
    QCOMPARE(issued.front().front().toString(), stored.number);

    // Opened again, an issued invoice is read-only in the editor too.
    InvoiceEditorDialog again(session, stored);
    QVERIFY(!(again.linesModel()->flags(again.linesModel()->index(0, 1)) & Qt::ItemIsEditable));
    QVERIFY(!again.linesModel()->setData(again.linesModel()->index(0, 1), QStringLiteral("x"),
                                         Qt::EditRole));
    QVERIFY(!again.saveDraft());
    QVERIFY(!again.issue(false));
    QCOMPARE(service.load(id).lines[0].description, QStringLiteral("Licences"));
}

void TestUiInvoicing::invoiceEditorDuplicates()
{
    auto db = openBook();
    Session session(*db, QStringLiteral("tester"));
    session.setToday(kToday);
    InvoiceListFilter filter;
    filter.status = QStringLiteral("paid");
    filter.today = kToday;
    qint64 paidId = 0;
    InvoiceRegister(*db).invoices(filter, [&](const InvoiceListRow &row) {
        if (!paidId)
            paidId = row.id;
    });
    QVERIFY(paidId > 0);
    InvoiceService service(session);
    const Invoice source = service.load(paidId);
    InvoiceEditorDialog editor(session, source);
    editor.duplicate();
    const Invoice &copy = editor.draft()->invoice();
    QCOMPARE(copy.id, qint64(0));
    QVERIFY(copy.number.isEmpty());
    QCOMPARE(copy.customerId, source.customerId);
    QCOMPARE(copy.issueDate, session.today());
    QCOMPARE(copy.issueDate.daysTo(copy.dueDate), source.issueDate.daysTo(source.dueDate));
    QCOMPARE(copy.total.minor(), source.total.minor());
    QVERIFY(editor.saveDraft());
    QVERIFY(editor.draft()->invoice().id != paidId);
    QVERIFY(service.load(editor.draft()->invoice().id).status == InvoiceStatus::Draft);
    QVERIFY(service.load(paidId).status == InvoiceStatus::Paid);
}

void TestUiInvoicing::creditNoteByChosenLinesAndVoid()
{
    auto db = openBook();
    Session session(*db, QStringLiteral("tester"));
    session.setToday(kToday);
    InvoiceService service(session);
    Invoice inv = InvoiceEditorDialog::newInvoice(session);
    inv.customerId = firstCustomerId(session);
    for (int i = 1; i <= 2; ++i) {
        InvoiceLine line;
        line.position = i;
        line.description = QStringLiteral("Line %1").arg(i);
        line.unitPrice = Money(10000 * i, inv.currency);
        line.taxRatePpm = 100000;
        inv.lines.push_back(line);
    }
    const qint64 id = service.createDraft(inv);
    const Invoice issued = service.issue(id);
    QCOMPARE(issued.total.minor(), qint64(33000));

    CreditNoteDialog byLine(session, issued);
    byLine.chooseLine(2, Money(5000, issued.currency).formatNumber(QLocale()));
    byLine.setReason(QStringLiteral("Half of line 2"));
    byLine.accept();
    QCOMPARE(byLine.result(), int(QDialog::Accepted));
    QCOMPARE(service.load(id).balance.minor(), qint64(33000 - 5500));

    CreditNoteDialog voiding(session, service.load(id));
    voiding.setVoidMode();
    voiding.accept(); // no reason yet
    QCOMPARE(voiding.result(), int(QDialog::Rejected));
    voiding.setReason(QStringLiteral("Sent to the wrong customer"));
    voiding.accept();
    QCOMPARE(voiding.result(), int(QDialog::Accepted));
    const Invoice after = service.load(id);
    QVERIFY(after.status == InvoiceStatus::Void);
    QCOMPARE(after.balance.minor(), qint64(0));
    QVERIFY(AuditLog(*db, QString()).verify().ok);
}

void TestUiInvoicing::invoicesPageActionsFollowTheSelection()
{
    auto db = openBook();
    Session session(*db, QStringLiteral("tester"));
    session.setToday(kToday);
    InvoicesPage page(session);
    QCOMPARE(page.action(QStringLiteral("new"))->shortcut(), QKeySequence(QKeySequence::New));
    // The window's while the page is shown, whatever has the focus
    // (tst_ui_invoices presses it from the search field, table and tab bar).
    QCOMPARE(page.action(QStringLiteral("new"))->shortcutContext(), Qt::WindowShortcut);
    auto *table = page.findChild<QTableView *>();
    auto select = [&](const QString &status) {
        page.setStatusFilter(status);
        QTRY_VERIFY(page.model()->rowCount() > 0);
        table->setCurrentIndex(page.model()->index(0, 0));
    };
    select(QStringLiteral("draft"));
    QVERIFY(page.action(QStringLiteral("edit"))->isEnabled());
    QVERIFY(page.action(QStringLiteral("issue"))->isEnabled());
    QVERIFY(!page.action(QStringLiteral("pay"))->isEnabled());
    QVERIFY(!page.action(QStringLiteral("void"))->isEnabled());
    select(QStringLiteral("overdue"));
    QVERIFY(!page.action(QStringLiteral("edit"))->isEnabled());
    QVERIFY(page.action(QStringLiteral("pay"))->isEnabled());
    QVERIFY(page.action(QStringLiteral("void"))->isEnabled());
    QVERIFY(page.action(QStringLiteral("remind"))->isEnabled());

    // Mark Reminded shows in the list's own column.
    const qint64 id = page.model()->index(0, 0).data(InvoiceTableModel::IdRole).toLongLong();
    page.markReminded();
    QTRY_COMPARE(page.model()
                     ->index(0, InvoiceTableModel::Reminded)
                     .data(InvoiceTableModel::RawValueRole)
                     .toString(),
                 kToday.toString(Qt::ISODate));
    QCOMPARE(page.model()->index(0, 0).data(InvoiceTableModel::IdRole).toLongLong(), id);
}

void TestUiInvoicing::exportPdfsOfTheSelection()
{
    auto db = openBook();
    Session session(*db, QStringLiteral("tester"));
    session.setToday(kToday);
    InvoicesPage page(session);
    page.setStatusFilter(QStringLiteral("paid"));
    QTRY_VERIFY(page.model()->rowCount() >= 3);
    auto *table = page.findChild<QTableView *>();
    QStringList numbers;
    for (int row = 0; row < 3; ++row) {
        table->selectionModel()->select(page.model()->index(row, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
        numbers << page.model()->index(row, InvoiceTableModel::Number).data().toString();
    }
    // The company prints on Letter: the batch follows it, as the CLI does.
    CompanySettings company = SettingsService(session).company();
    const QString paperBefore = company.paper;
    company.paper = QStringLiteral("letter");
    SettingsService(session).saveCompany(company);
    QTemporaryDir out;
    QSignalSpy exported(&page, &InvoicesPage::pdfsExported);
    page.exportPdfsTo(out.path());
    QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 1, 30000);
    QCOMPARE(exported.front().front().toInt(), 3);
    for (const QString &number : numbers) {
        const QString path = QDir(out.path()).filePath(number + QStringLiteral(".pdf"));
        QFile pdf(path);
        QVERIFY2(pdf.open(QIODevice::ReadOnly), qPrintable(number));
        QVERIFY(pdf.read(5) == "%PDF-");
        QProcess info;
        info.start(QStringLiteral("pdfinfo"), { path });
        QVERIFY(info.waitForFinished());
        QVERIFY2(info.readAllStandardOutput().contains("612 x 792 pts (letter)"),
                 qPrintable(number));
    }
    company = SettingsService(session).company();
    company.paper = paperBefore;
    SettingsService(session).saveCompany(company);
}

// Invoice → Export E-invoice…: the current row's UBL file, and the
// validator's words in the message box when the book lacks what it needs.
void TestUiInvoicing::exportEInvoiceOfTheCurrentRow()
{
    auto db = openBook();
    Session session(*db, QStringLiteral("tester"));
    session.setToday(kToday);
    InvoicesPage page(session);
    page.setStatusFilter(QStringLiteral("paid"));
    QTRY_VERIFY(page.model()->rowCount() >= 1);
    auto *table = page.findChild<QTableView *>();
    table->setCurrentIndex(page.model()->index(0, 0));
    const QString number = page.model()->index(0, InvoiceTableModel::Number).data().toString();
    auto *action = page.findChild<QAction *>(QStringLiteral("einvoice"));
    QVERIFY(action);
    QVERIFY(action->isEnabled());
    QTemporaryDir out;
    const QString path = out.filePath(number + QStringLiteral(".xml"));
    QVERIFY(page.exportEInvoiceTo(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray xml = file.readAll();
    QVERIFY(xml.contains(QStringLiteral("<cbc:ID>%1</cbc:ID>").arg(number).toUtf8()));
    QVERIFY(xml.contains("urn:fdc:peppol.eu:2017:poacc:billing:3.0"));

    // Without the company's electronic address: refused, the field named.
    CompanySettings company = SettingsService(session).company();
    const CompanySettings before = company;
    company.endpointScheme.clear();
    company.endpointId.clear();
    SettingsService(session).saveCompany(company);
    QString shown;
    QTimer::singleShot(0, this, [&shown] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            shown = box->text();
            box->accept();
        }
    });
    QVERIFY(!page.exportEInvoiceTo(out.filePath(QStringLiteral("refused.xml"))));
    QVERIFY2(shown.contains(QStringLiteral("seller's electronic address (BT-34)")),
             qPrintable(shown));
    QVERIFY(!QFile::exists(out.filePath(QStringLiteral("refused.xml"))));
    company = SettingsService(session).company();
    company.endpointScheme = before.endpointScheme;
    company.endpointId = before.endpointId;
    SettingsService(session).saveCompany(company);
}

void TestUiInvoicing::invoiceViewOffersTheLifeCycle()
{
    auto db = openBook();
    Session session(*db, QStringLiteral("tester"));
    session.setToday(kToday);
    InvoicesPage page(session);
    page.setStatusFilter(QStringLiteral("overdue"));
    QTRY_VERIFY(page.model()->rowCount() > 0);
    page.findChild<QTableView *>()->setCurrentIndex(page.model()->index(0, 0));
    const qint64 id = page.model()->index(0, 0).data(InvoiceTableModel::IdRole).toLongLong();
    InvoiceViewDialog view(session, InvoiceService(session).documentData(id));
    view.offerActions({ page.action(QStringLiteral("pay")), page.action(QStringLiteral("edit")) });
    QPushButton *pay = nullptr;
    QPushButton *edit = nullptr;
    for (QPushButton *b : view.findChildren<QPushButton *>()) {
        if (b->text() == page.action(QStringLiteral("pay"))->text())
            pay = b;
        if (b->text() == page.action(QStringLiteral("edit"))->text())
            edit = b;
    }
    QVERIFY(pay && edit);
    QVERIFY(pay->isEnabled());
    QVERIFY(!edit->isEnabled()); // an issued invoice is not edited
    pay->click();
    QCOMPARE(view.result(), int(QDialog::Accepted));
    QCOMPARE(view.chosenAction(), page.action(QStringLiteral("pay")));
}

void TestUiInvoicing::editorOffersReloadWhenSomeoneElseSaved()
{
    auto db = openBook();
    Session session(*db, QStringLiteral("tester"));
    session.setToday(kToday);
    InvoiceService service(session);
    Invoice draft = InvoiceEditorDialog::newInvoice(session);
    draft.customerId = firstCustomerId(session);
    InvoiceLine line;
    line.description = QStringLiteral("Hours");
    line.quantityMilli = 1000;
    line.unitPrice = Money(10000, draft.currency);
    draft.lines.push_back(line);
    const qint64 id = service.createDraft(draft);
    InvoiceEditorDialog editor(session, service.load(id));

    // A colleague saves the same draft from another connection meanwhile.
    auto other = openBook();
    Session colleague(*other, QStringLiteral("colleague"));
    colleague.setToday(kToday);
    Invoice theirs = InvoiceService(colleague).load(id);
    theirs.notes = QStringLiteral("Agreed with the customer by phone");
    InvoiceService(colleague).updateDraft(theirs);

    type(editor.linesModel(), 0, InvoiceLinesModel::Description, QStringLiteral("Mine"));
    QString shown;
    QTimer::singleShot(0, this, [&shown] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        shown = box->text();
        for (QAbstractButton *b : box->buttons())
            if (b->text().contains(QStringLiteral("Reload")))
                b->click();
    });
    QVERIFY(!editor.saveDraft());
    QVERIFY2(shown.contains(QStringLiteral("colleague")), qPrintable(shown));
    QCOMPARE(editor.draft()->invoice().notes, theirs.notes); // their version is on screen
    QCOMPARE(editor.draft()->invoice().lines.at(0).description, QStringLiteral("Hours"));
    type(editor.linesModel(), 0, InvoiceLinesModel::Description, QStringLiteral("Mine"));
    QVERIFY(editor.saveDraft()); // on top of theirs, now
    QCOMPARE(service.load(id).notes, theirs.notes);
    QCOMPARE(service.load(id).lines.at(0).description, QStringLiteral("Mine"));
    service.deleteDraft(id);
}

QTEST_MAIN(TestUiInvoicing)
#include "tst_ui_invoicing.moc"
