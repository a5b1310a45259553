// Getting paid in the GUI, offscreen on a demo book: disputes and write-offs
// from the Invoices page's dialogs, the 90+ bulk write-off, receipts as PDF,
// the Dashboard's Disputed and Due soon tiles and the Due soon filter.
#include "billing/collectionsservice.h"
#include "billing/customerservice.h"
#include "billing/invoiceservice.h"
#include "billing/paymentservice.h"
#include "billing/receiptservice.h"
#include "billing/session.h"
#include "common/error.h"
#include "dialogs/bulkwriteoffdialog.h"
#include "dialogs/closeperioddialog.h"
#include "dialogs/disputedialog.h"
#include "dialogs/invoiceeditordialog.h"
#include "dialogs/invoiceviewdialog.h"
#include "dialogs/writeoffdialog.h"
#include "models/invoicetablemodel.h"
#include "models/moneyformat.h"
#include "models/paymenttablemodel.h"
#include "pages/dashboardpage.h"
#include "pages/invoicespage.h"
#include "pages/receiptspanel.h"
#include "pages/transactionspage.h"
#include "receipttasks.h"
#include "storage/database.h"
#include "storage/invoiceregister.h"
#include "storage/journalrepository.h"
#include "storage/sqlquery.h"
#include "storage/userrepository.h"
#include "uidemobook.h"
#include "widgets/figuretile.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Accrue;
using namespace Accrue::Testing;

class TestUiCollections : public QObject, private UiDemoBook
{
    Q_OBJECT

private slots:
    void initTestCase() { createDemoBook(); }
    void disputeThroughTheDialogsShowsFlagAndTile();
    void writeOffLowersArAndNeedsTheRole();
    void bulkWriteOffOfTwo90PlusInvoices();
    void receiptPdfFromThePaymentLists();
    void dueSoonFilterAndTile();
    void collectActionsSitInMenus();
    void closePeriodDialogClosesAndReopens(); // last: it closes months of the book
};

namespace {

// The dashboard's figures once loaded (they come from a worker thread).
DashboardFigures loadFigures(DashboardPage &page)
{
    QSignalSpy loaded(&page, &DashboardPage::figuresLoaded);
    page.refresh();
    if (!loaded.wait(30000))
        qWarning("the dashboard figures did not load");
    return page.figures();
}

QString tileText(FigureTile *tile)
{
    QStringList texts;
    for (const QLabel *label : tile->findChildren<QLabel *>())
        texts << label->text();
    return texts.join(u'|');
}

// The first open invoice in the book's main currency that the test may use.
Invoice openInvoice(Session &session, const Currency &currency, const QString &status,
                    const std::vector<qint64> &skip = {})
{
    InvoiceListFilter filter;
    filter.status = status;
    filter.today = session.today();
    filter.sortKey = QStringLiteral("number");
    qint64 found = 0;
    InvoiceRegister(session.db()).invoices(filter, [&](const InvoiceListRow &r) {
        if (!found && r.currency == currency && r.balance.isPositive() && !r.disputed
            && std::find(skip.begin(), skip.end(), r.id) == skip.end())
            found = r.id;
    });
    return InvoiceService(session).load(found);
}

// The row of the invoice in the page's list (-1 if not there).
int rowOf(InvoicesPage &page, qint64 id)
{
    for (int row = 0; row < page.model()->rowCount(); ++row)
        if (page.model()->index(row, 0).data(InvoiceTableModel::IdRole).toLongLong() == id)
            return row;
    return -1;
}

qint64 count(Database &db, const QString &action)
{
    return db.query(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ?"))
        .bind(action)
        .scalar()
        .toLongLong();
}

} // namespace

void TestUiCollections::disputeThroughTheDialogsShowsFlagAndTile()
{
    auto db = openBook();
    Session session(*db, QStringLiteral("tester"));
    session.setToday(kToday);
    DashboardPage dashboard(session);
    const DashboardFigures before = loadFigures(dashboard);
    const Invoice inv = openInvoice(session, before.currency, QStringLiteral("overdue"));
    QVERIFY(inv.id > 0);

    // A reason is required: the dialog says so and stays open.
    DisputeDialog empty(session, inv, DisputeDialog::Mode::Open);
    empty.accept();
    QCOMPARE(empty.result(), int(QDialog::Rejected));
    QVERIFY2(empty.problem().contains(QStringLiteral("reason")), qPrintable(empty.problem()));
    DisputeDialog dialog(session, inv, DisputeDialog::Mode::Open);
    dialog.setReason(QStringLiteral("Seats were never activated"));
    dialog.setNote(QStringLiteral("Called Jo in purchasing"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    DisputeDialog note(session, inv, DisputeDialog::Mode::AddNote);
    note.setNote(QStringLiteral("They sent screenshots"));
    note.accept();
    QCOMPARE(note.result(), int(QDialog::Accepted));

    // The flag in the list: the Disputed filter, the status text, the role.
    InvoicesPage page(session);
    QAbstractItemModelTester tester(page.model());
    page.setStatusFilter(QStringLiteral("disputed"));
    QTRY_VERIFY(rowOf(page, inv.id) >= 0);
    const int row = rowOf(page, inv.id);
    QVERIFY(page.model()->index(row, 0).data(InvoiceTableModel::DisputedRole).toBool());
    QVERIFY(page.model()
                ->index(row, InvoiceTableModel::Status)
                .data()
                .toString()
                .contains(QStringLiteral("Disputed")));
    for (int r = 0; r < page.model()->rowCount(); ++r)
        QVERIFY(page.model()->index(r, 0).data(InvoiceTableModel::DisputedRole).toBool());
    page.findChild<QTableView *>()->setCurrentIndex(page.model()->index(row, 0));
    QVERIFY(!page.action(QStringLiteral("dispute"))->isEnabled());
    QVERIFY(page.action(QStringLiteral("disputeNote"))->isEnabled());
    QVERIFY(page.action(QStringLiteral("resolveDispute"))->isEnabled());

    // The tile: the balance more, one invoice more.
    const DashboardFigures during = loadFigures(dashboard);
    QCOMPARE(during.disputed.minor(), before.disputed.minor() + inv.balance.minor());
    QCOMPARE(during.disputedInvoices, before.disputedInvoices + 1);
    QVERIFY2(tileText(dashboard.disputedTile()).contains(Display::moneyWithCode(during.disputed)),
             qPrintable(tileText(dashboard.disputedTile())));
    // Clicking it asks for the Disputed filter.
    QSignalSpy requested(&dashboard, &DashboardPage::invoicesRequested);
    emit dashboard.disputedTile()->clicked();
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.front().front().toString(), QStringLiteral("disputed"));

    // The view shows the history.
    const QString history = InvoiceViewDialog::collectionsText(session, inv.id);
    QVERIFY2(history.contains(QStringLiteral("Seats were never activated"))
                 && history.contains(QStringLiteral("Called Jo in purchasing"))
                 && history.contains(QStringLiteral("They sent screenshots")),
             qPrintable(history));

    // Resolved as withdrawn: the flag and the tile's share go.
    WriteOffDialog resolve(session, inv, WriteOffDialog::Mode::ResolveDispute);
    resolve.setResolution(DisputeResolution::Withdrawn);
    resolve.accept();
    QCOMPARE(resolve.result(), int(QDialog::Accepted));
    QVERIFY(!CollectionsService(session).isDisputed(inv.id));
    page.refresh();
    QTRY_COMPARE(rowOf(page, inv.id), -1);
    const DashboardFigures after = loadFigures(dashboard);
    QCOMPARE(after.disputed.minor(), before.disputed.minor());
    QCOMPARE(after.disputedInvoices, before.disputedInvoices);
    QVERIFY(InvoiceViewDialog::collectionsText(session, inv.id)
                .contains(QStringLiteral("withdrawn by the customer")));
}

void TestUiCollections::writeOffLowersArAndNeedsTheRole()
{
    auto db = openBook();
    Session session(*db, QStringLiteral("tester"));
    session.setToday(kToday);
    DashboardPage dashboard(session);
    const DashboardFigures before = loadFigures(dashboard);
    const QString currency = before.currency.code();
    const Invoice inv = openInvoice(session, before.currency, QStringLiteral("overdue"));
    QVERIFY(inv.id > 0);
    const qint64 arBefore = JournalRepository(*db).balanceOfRole(QStringLiteral("ar"), currency);

    // A Viewer sees the action disabled, and the service's refusal in words.
    UserRepository users(*db);
    users.setRole(QStringLiteral("tester"), Role::Admin);
    users.setRole(QStringLiteral("vera"), Role::Viewer);
    Session vera(*db, QStringLiteral("vera"));
    vera.setToday(kToday);
    InvoicesPage viewerPage(vera);
    viewerPage.setStatusFilter(QStringLiteral("overdue"));
    QTRY_VERIFY(viewerPage.model()->rowCount() > 0);
    viewerPage.findChild<QTableView *>()->setCurrentIndex(viewerPage.model()->index(0, 0));
    QVERIFY(viewerPage.action(QStringLiteral("writeOff"))->isVisible());
    QVERIFY(!viewerPage.action(QStringLiteral("writeOff"))->isEnabled());
    QVERIFY(!viewerPage.action(QStringLiteral("dispute"))->isEnabled());
    WriteOffDialog refused(vera, inv, WriteOffDialog::Mode::WriteOff);
    refused.setReason(QStringLiteral("Gone bust"));
    refused.accept();
    QCOMPARE(refused.result(), int(QDialog::Rejected));
    QVERIFY2(!refused.problem().isEmpty(), "no refusal shown");

    // Finance (the tester is Admin) may; a reason is required.
    InvoicesPage page(session);
    page.setStatusFilter(QStringLiteral("overdue"));
    QTRY_VERIFY(rowOf(page, inv.id) >= 0);
    page.findChild<QTableView *>()->setCurrentIndex(page.model()->index(rowOf(page, inv.id), 0));
    QVERIFY(page.action(QStringLiteral("writeOff"))->isEnabled());
    WriteOffDialog dialog(session, inv, WriteOffDialog::Mode::WriteOff);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY2(dialog.problem().contains(QStringLiteral("reason")), qPrintable(dialog.problem()));
    dialog.setReason(QStringLiteral("Customer went bust"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    // AR falls by exactly the balance, in the ledger and on the Dashboard.
    QCOMPARE(JournalRepository(*db).balanceOfRole(QStringLiteral("ar"), currency),
             arBefore - inv.balance.minor());
    const DashboardFigures after = loadFigures(dashboard);
    QCOMPARE(after.outstanding.minor(), before.outstanding.minor() - inv.balance.minor());
    QCOMPARE(toString(InvoiceService(session).load(inv.id).status),
             toString(InvoiceStatus::Uncollectible));
    QVERIFY(InvoiceViewDialog::collectionsText(session, inv.id)
                .contains(QStringLiteral("Customer went bust")));
    page.refresh();
    QTRY_COMPARE(rowOf(page, inv.id), -1); // no longer overdue
}

void TestUiCollections::bulkWriteOffOfTwo90PlusInvoices()
{
    auto db = openBook();
    Session session(*db, QStringLiteral("tester"));
    session.setToday(kToday);
    const auto candidates = CollectionsService(session).overdue(kToday, 90);
    QVERIFY2(candidates.size() >= 3, "the demo book needs three invoices 90+ days past due");
    BulkWriteOffDialog dialog(session, 90);
    QCOMPARE(dialog.invoiceCount(), int(candidates.size()));
    // Keep all but the first two.
    for (int row = 2; row < dialog.invoiceCount(); ++row)
        dialog.setChecked(row, false);
    // The total of the two, when they share a currency (else one per currency).
    const bool oneCurrency = candidates[0].balance.currency() == candidates[1].balance.currency();
    const QString expected = oneCurrency
        ? (candidates[0].balance + candidates[1].balance).format(QLocale())
        : candidates[0].balance.format(QLocale());
    const QString preview = dialog.preview();
    QVERIFY2(preview.contains(QStringLiteral("2 invoice")), qPrintable(preview));
    QVERIFY2(preview.contains(expected), qPrintable(preview));
    // The dry run wrote nothing.
    QCOMPARE(CollectionsService(session).overdue(kToday, 90).size(), candidates.size());
    const qint64 auditBefore = count(*db, QStringLiteral("invoice.write_off"));
    QVERIFY(!dialog.writeOff()); // no reason yet
    QVERIFY(!dialog.problem().isEmpty());
    dialog.setReason(QStringLiteral("Year-end clean-up"));
    QVERIFY(dialog.writeOff());
    QVERIFY2(dialog.summary().contains(QStringLiteral("2 invoice")), qPrintable(dialog.summary()));
    QVERIFY2(dialog.summary().contains(expected), qPrintable(dialog.summary()));
    QCOMPARE(count(*db, QStringLiteral("invoice.write_off")), auditBefore + 2);
    for (int i = 0; i < 2; ++i)
        QCOMPARE(
            toString(InvoiceService(session).load(candidates[std::size_t(i)].invoiceId).status),
            toString(InvoiceStatus::Uncollectible));
    const auto left = CollectionsService(session).overdue(kToday, 90);
    QCOMPARE(left.size(), candidates.size() - 2);
    QCOMPARE(left.front().invoiceId, candidates[2].invoiceId);
}

void TestUiCollections::receiptPdfFromThePaymentLists()
{
    auto db = openBook();
    Session session(*db, QStringLiteral("tester"));
    session.setToday(kToday);
    DashboardPage dashboard(session);
    const Invoice inv
        = openInvoice(session, loadFigures(dashboard).currency, QStringLiteral("unpaid"));
    const Payment payment = PaymentService(session).payInvoice(
        inv.id, inv.balance, kToday, PaymentMethodKind::BankTransfer, QStringLiteral("Wire 77"));
    const QString number = ReceiptService(session).forPayment(payment.id)->number;
    QVERIFY(!number.isEmpty());

    // Transactions: the newest payment's row carries its receipt.
    TransactionsPage transactions(session);
    auto *table = transactions.findChild<QTableView *>(QStringLiteral("payments"));
    QVERIFY(table);
    int row = -1;
    for (int r = 0; r < transactions.model()->rowCount() && row < 0; ++r)
        if (transactions.model()->index(r, 0).data(PaymentTableModel::IdRole).toLongLong()
            == payment.id)
            row = r;
    QVERIFY(row >= 0);
    QCOMPARE(transactions.model()->index(row, PaymentTableModel::Receipt).data().toString(),
             number);
    table->setCurrentIndex(transactions.model()->index(row, 0));
    QCOMPARE(transactions.chosenReceipt(), number);
    QVERIFY(transactions.receiptPdfAction()->isEnabled());

    // The customer's Receipts tab lists it.
    ReceiptsPanel receipts(session);
    receipts.setCustomer(inv.customerId);
    QVERIFY(receipts.rowCount() >= 1);
    QCOMPARE(receipts.numberAt(0), number);
    receipts.selectRow(0);
    QCOMPARE(receipts.selectedNumber(), number);
    QVERIFY(receipts.pdfAction()->isEnabled());

    // The PDF: a real one, with the receipt's number in its text.
    QTemporaryDir out;
    const QString path = out.filePath(number + QStringLiteral(".pdf"));
    ReceiptTasks::writePdf(session, number, path);
    QFile pdf(path);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QCOMPARE(pdf.read(5), QByteArray("%PDF-"));
    QProcess text;
    text.start(QStringLiteral("pdftotext"), { path, QStringLiteral("-") });
    QVERIFY(text.waitForFinished(30000));
    const QByteArray shown = text.readAllStandardOutput();
    QVERIFY2(shown.contains(number.toUtf8()), shown.constData());
    QVERIFY_THROWS_EXCEPTION(Error,
                             ReceiptTasks::writePdf(session, QStringLiteral("RCT-0000-9"),
                                                    out.filePath(QStringLiteral("x.pdf"))));
}

void TestUiCollections::dueSoonFilterAndTile()
{
    auto db = openBook();
    Session session(*db, QStringLiteral("tester"));
    session.setToday(kToday);
    DashboardPage dashboard(session);
    const DashboardFigures before = loadFigures(dashboard);
    Customer c;
    c.code = QStringLiteral("SOON");
    c.name = QStringLiteral("Soon Ltd");
    c.currency = before.currency;
    BillingProfile profile;
    profile.city = QStringLiteral("Basel");
    CustomerService(session).create(c, profile);
    InvoiceService service(session);
    auto issue = [&](int dueInDays, qint64 priceMinor) {
        Invoice inv = InvoiceEditorDialog::newInvoice(session);
        inv.customerId = c.id;
        inv.currency = c.currency;
        inv.issueDate = kToday.addDays(-20);
        inv.dueDate = kToday.addDays(dueInDays);
        InvoiceLine line;
        line.description = QStringLiteral("Work");
        line.quantityMilli = 1000;
        line.unitPrice = Money(priceMinor, inv.currency);
        inv.lines.push_back(line);
        return service.issue(service.createDraft(inv));
    };
    // Due in 0, 3 and 7 days: due soon. In 8 days, 1 day ago, or paid: not.
    const Invoice today = issue(0, 1000);
    const Invoice in3 = issue(3, 2000);
    const Invoice in7 = issue(7, 4000);
    issue(8, 8000);
    issue(-1, 16000);
    const Invoice paid = issue(2, 32000);
    PaymentService(session).payInvoice(paid.id, paid.balance, kToday, PaymentMethodKind::Cash,
                                       QString());

    InvoicesPage page(session);
    auto *customer = page.findChild<QLineEdit *>(QStringLiteral("customerFilter"));
    QVERIFY(customer);
    customer->setText(c.code);
    page.setStatusFilter(QStringLiteral("due_soon"));
    QTRY_COMPARE(page.model()->rowCount(), 3);
    QStringList numbers;
    for (int row = 0; row < 3; ++row)
        numbers << page.model()->index(row, InvoiceTableModel::Number).data().toString();
    numbers.sort();
    QCOMPARE(numbers, (QStringList { today.number, in3.number, in7.number }));

    // The tile counts them too (the balances of 10.00 + 20.00 + 40.00, with
    // tax as the book's default adds it: compare with the invoices' own).
    const DashboardFigures after = loadFigures(dashboard);
    QCOMPARE(after.dueSoonInvoices, before.dueSoonInvoices + 3);
    QCOMPARE(after.dueSoon.minor(),
             before.dueSoon.minor() + today.balance.minor() + in3.balance.minor()
                 + in7.balance.minor());
    QSignalSpy requested(&dashboard, &DashboardPage::invoicesRequested);
    emit dashboard.dueSoonTile()->clicked();
    QCOMPARE(requested.front().front().toString(), QStringLiteral("due_soon"));
}

void TestUiCollections::collectActionsSitInMenus()
{
    auto db = openBook();
    Session session(*db, QStringLiteral("tester"));
    session.setToday(kToday);
    InvoicesPage page(session);
    auto *collect = page.findChild<QToolButton *>(QStringLiteral("collectMenu"));
    auto *send = page.findChild<QToolButton *>(QStringLiteral("sendMenu"));
    QVERIFY(collect && send);
    const QList<QAction *> collectActions = collect->menu()->actions();
    for (const char *name :
         { "pay", "dunningRun", "dispute", "disputeNote", "resolveDispute", "writeOff" })
        QVERIFY2(collectActions.contains(page.action(QString::fromLatin1(name))), name);
    QVERIFY(send->menu()->actions().contains(page.action(QStringLiteral("pdf"))));
    QVERIFY(send->menu()->actions().contains(page.action(QStringLiteral("mail"))));
}

// Close Period… (issue 16): the checklist of the month before today's, Close
// Month, the history, and an Admin's reopen with a reason. The checklist and
// the close run on a worker: each step waits for the month's checklist.
void TestUiCollections::closePeriodDialogClosesAndReopens()
{
    auto db = openBook();
    Session session(*db, QStringLiteral("tester")); // SQLite, no user list: Admin
    session.setToday(kToday);
    ClosePeriodDialog dialog(session, {});
    QSignalSpy finished(&dialog, &ClosePeriodDialog::closeFinished);
    QCOMPARE(dialog.month(), QDate(2026, 5, 1)); // nothing closed: the month before June
    QTRY_COMPARE(dialog.shownMonth(), QDate(2026, 5, 1));
    QTableWidget *checks = dialog.checklistTable();
    QCOMPARE(checks->rowCount(), 8);
    QCOMPARE(checks->item(0, 0)->data(Qt::UserRole).toString(), QStringLiteral("order"));
    // No recognition passed in: its row warns, in words as well as the icon.
    QCOMPARE(checks->item(7, 0)->data(Qt::UserRole).toString(), QStringLiteral("recognition"));
    QCOMPARE(checks->item(7, 1)->text(), QStringLiteral("Warning"));
    // June has not ended on the 17th: it cannot be closed.
    dialog.setMonth(QDate(2026, 6, 1));
    QTRY_COMPARE(dialog.shownMonth(), QDate(2026, 6, 1));
    QCOMPARE(checks->item(0, 1)->text(), QStringLiteral("Blocking"));
    QVERIFY(!dialog.closeButton()->isEnabled());
    dialog.setMonth(QDate(2026, 5, 1));
    QTRY_COMPARE(dialog.shownMonth(), QDate(2026, 5, 1));
    QVERIFY2(dialog.closeButton()->isEnabled(), qPrintable(dialog.statusText()));
    dialog.closeMonth();
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(dialog.statusText()));
    QTRY_COMPARE(dialog.shownMonth(), QDate(2026, 5, 1)); // read again after the close
    QVERIFY2(dialog.statusText().contains(QStringLiteral("closed through 2026-05-31")),
             qPrintable(dialog.statusText()));
    QCOMPARE(PeriodCloseService(session).lock().closedThrough, QDate(2026, 5, 31));
    QCOMPARE(dialog.historyTable()->rowCount(), 1);
    QVERIFY(!dialog.closeButton()->isEnabled()); // May is closed now
    QVERIFY(dialog.reopenMonth(QStringLiteral("Statement arrived late")));
    QVERIFY(!PeriodCloseService(session).lock().closedThrough.isValid());
    QTRY_COMPARE(dialog.shownMonth(), QDate(2026, 5, 1));
    QCOMPARE(dialog.historyTable()->rowCount(), 2);
    QCOMPARE(dialog.historyTable()->item(0, 5)->text(), QStringLiteral("Statement arrived late"));
}

QTEST_MAIN(TestUiCollections)
#include "tst_ui_collections.moc"
