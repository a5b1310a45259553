// The Invoices side's defaults and list behaviour, on small hand-built books:
// new invoices and bank layouts in the book's currency, a product's tax
// category on an invoice line, the credit note's open balance, the selection
// across actions, Ctrl+N from any focus, the Dashboard's filter chip, and
// the save dialogs' proposed names and folder.
#include "billing/auditaccess.h"
#include "billing/book.h"
#include "billing/customerservice.h"
#include "billing/invoiceservice.h"
#include "billing/paymentservice.h"
#include "billing/session.h"
#include "billing/settingsservice.h"
#include "billing/taxservice.h"
#include "core/testbook.h"
#include "dialogs/auditlogdialog.h"
#include "dialogs/creditnotedialog.h"
#include "dialogs/csvmappingdialog.h"
#include "dialogs/invoiceeditordialog.h"
#include "domain/taxrate.h"
#include "editor/invoicedraft.h"
#include "einvoice/einvoiceservice.h"
#include "mainwindow.h"
#include "models/invoicelinesmodel.h"
#include "models/invoicetablemodel.h"
#include "pages/invoicespage.h"
#include "storage/productrepository.h"
#include "widgets/savefile.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QFile>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace Accrue;
using namespace Accrue::Testing;

class TestUiInvoices : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup() { SaveFile::setChooserForTesting({}); }
    void newInvoiceAndBankLayoutStartInTheBooksCurrency();
    void pickingAProductKeepsItsTaxCategory();
    void creditNoteOffersTheOpenBalance();
    void selectionSurvivesIssueAndActions();
    void ctrlNOpensANewInvoiceFromAnyFocus();
    void dashboardFilterIsARemovableChip();
    void saveDialogsProposeANameInTheLastFolder();
};

namespace {

void setCompany(TestBook &book, const QString &currency, const QString &taxCountry = {})
{
    SettingsService settings(book.session());
    CompanySettings company = settings.company();
    company.legalName = QStringLiteral("Nordlicht Software GmbH");
    company.currency = currency;
    company.taxCountry = taxCountry;
    settings.saveCompany(company);
}

// The ids of the rows the table has selected, and of its current row.
QList<qint64> selectedIds(QTableView *table)
{
    QList<qint64> ids;
    for (const QModelIndex &index : table->selectionModel()->selectedRows())
        ids << index.data(InvoiceTableModel::IdRole).toLongLong();
    std::sort(ids.begin(), ids.end());
    return ids;
}

int rowOf(InvoiceTableModel *model, qint64 id)
{
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, 0).data(InvoiceTableModel::IdRole).toLongLong() == id)
            return row;
    return -1;
}

} // namespace

void TestUiInvoices::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("AccrueTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_ui_invoices"));
    QSettings().clear();
}

void TestUiInvoices::newInvoiceAndBankLayoutStartInTheBooksCurrency()
{
    TestBook book;
    // Customers mostly in EUR, the company keeps its books in GBP.
    book.addCustomer(QStringLiteral("A"), QStringLiteral("A"), QStringLiteral("EUR"));
    book.addCustomer(QStringLiteral("B"), QStringLiteral("B"), QStringLiteral("EUR"));
    setCompany(book, QStringLiteral("GBP"));

    const Invoice fresh = InvoiceEditorDialog::newInvoice(book.session());
    QCOMPARE(fresh.currency.code(), QStringLiteral("GBP"));
    InvoiceEditorDialog editor(book.session(), fresh);
    QCOMPARE(editor.draft()->invoice().currency.code(), QStringLiteral("GBP"));

    const QString bookCurrency = SettingsService(book.session()).bookCurrency().code();
    CsvMappingDialog layout("Date,Amount\n2026-06-01,10.00\n", QStringLiteral("s.csv"), {},
                            bookCurrency);
    QCOMPARE(layout.mapping().currency, QStringLiteral("GBP"));
    QCOMPARE(layout.findChild<QLineEdit *>(QStringLiteral("currency"))->text(),
             QStringLiteral("GBP"));
}

void TestUiInvoices::pickingAProductKeepsItsTaxCategory()
{
    TestBook book;
    setCompany(book, QStringLiteral("EUR"), QStringLiteral("DE"));
    TaxService taxes(book.session());
    for (const auto &[category, ppm] : { std::pair { TaxCategory::Standard, 190000 },
                                         std::pair { TaxCategory::Reduced, 70000 } }) {
        TaxRate rate;
        rate.country = QStringLiteral("DE");
        rate.category = category;
        rate.ratePpm = ppm;
        rate.name = category;
        taxes.addRate(rate);
    }
    const qint64 customer = book.addCustomer();
    const qint64 productId = book.addProduct(QStringLiteral("EBOOK"), QStringLiteral("4100"));
    Product ebook = *ProductRepository(book.db()).find(productId);
    ebook.taxCategory = TaxCategory::Reduced;
    ebook.taxRatePpm = 0; // the table, not the product, knows the rate in DE
    ProductRepository(book.db()).update(ebook);

    InvoiceEditorDialog editor(book.session(), InvoiceEditorDialog::newInvoice(book.session()));
    editor.setCustomer(customer);
    InvoiceLinesModel *lines = editor.linesModel();
    lines->addLine();
    // Tabbing through the tax cell commits the rate it shows: no override.
    const QString shown = lines->index(0, InvoiceLinesModel::TaxRate).data().toString();
    lines->setData(lines->index(0, InvoiceLinesModel::TaxRate), shown, Qt::EditRole);
    QVERIFY(!editor.draft()->invoice().lines[0].taxOverride);
    // A rate typed by hand is an override, until a product is picked.
    lines->setData(lines->index(0, InvoiceLinesModel::TaxRate), QStringLiteral("19"), Qt::EditRole);
    QVERIFY(editor.draft()->invoice().lines[0].taxOverride);
    lines->setData(lines->index(0, InvoiceLinesModel::Product), productId, Qt::EditRole);
    const InvoiceLine &line = editor.draft()->invoice().lines[0];
    QCOMPARE(line.taxCategory, TaxCategory::Reduced);
    QVERIFY(!line.taxOverride);
    QCOMPARE(line.taxRatePpm, 70000); // the reduced rate, shown before saving
    QCOMPARE(lines->index(0, InvoiceLinesModel::TaxRate).data().toString(),
             TaxPercent::text(70000, QLocale()));

    lines->setData(lines->index(0, InvoiceLinesModel::UnitPrice), QStringLiteral("10.00"),
                   Qt::EditRole);
    QVERIFY(editor.saveDraft());
    const Invoice stored = book.reload(editor.draft()->invoice().id);
    QCOMPARE(stored.lines.at(0).taxCategory, TaxCategory::Reduced);
    QCOMPARE(stored.lines.at(0).taxRatePpm, 70000);
}

void TestUiInvoices::creditNoteOffersTheOpenBalance()
{
    TestBook book;
    const qint64 customer = book.addCustomer();
    const Invoice issued = book.issue(customer, { { 1000, 10000, 190000 } }); // 119.00
    PaymentService(book.session())
        .payInvoice(issued.id, Money(5000, issued.currency), QDate(2026, 6, 10),
                    QStringLiteral("bank_transfer"), QStringLiteral("part"));
    const Invoice partlyPaid = book.reload(issued.id);
    QCOMPARE(partlyPaid.balance.minor(), qint64(6900));

    CreditNoteDialog dialog(book.session(), partlyPaid);
    const QLocale locale;
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("openBalance"))->text(),
             partlyPaid.balance.format(locale));
    auto *note = dialog.findChild<QLabel *>(QStringLiteral("note"));
    QVERIFY(!note->isHidden());
    QVERIFY2(note->text().contains(Money(5000, issued.currency).format(locale)),
             qPrintable(note->text()));
    bool offered = false;
    for (QLineEdit *edit : dialog.findChildren<QLineEdit *>())
        offered |= edit->isEnabled() && edit->text() == partlyPaid.balance.formatNumber(locale);
    QVERIFY(offered);
    dialog.setReason(QStringLiteral("Goodwill"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const Invoice settled = book.reload(issued.id);
    QCOMPARE(settled.balance.minor(), qint64(0));
    QCOMPARE(settled.credited.minor(), qint64(6900));

    // A fresh invoice: the whole invoice as before, nothing said.
    const Invoice unpaid = book.issue(customer, { { 1000, 5000 } });
    CreditNoteDialog whole(book.session(), unpaid);
    QVERIFY(!whole.findChild<QLabel *>(QStringLiteral("openBalance")));
    QVERIFY(whole.findChild<QLabel *>(QStringLiteral("note"))->isHidden());
}

void TestUiInvoices::selectionSurvivesIssueAndActions()
{
    TestBook book;
    const qint64 customer = book.addCustomer();
    std::vector<qint64> issued;
    for (int i = 0; i < 12; ++i)
        issued.push_back(
            book.issue(customer, { { 1000, 1000 + 100 * i } }, QDate(2026, 5, 1).addDays(i)).id);
    const qint64 draft
        = InvoiceService(book.session())
              .createDraft(book.draft(customer, { { 1000, 4200 } }, QDate(2026, 5, 4)));
    InvoicesPage page(book.session());
    auto *table = page.findChild<QTableView *>();
    InvoiceTableModel *model = page.model();

    // Two issued invoices selected, the second current: a reminder (an
    // action that reloads the list) keeps both.
    const int first = rowOf(model, issued[3]), second = rowOf(model, issued[7]);
    table->selectionModel()->select(model->index(first, 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    table->selectionModel()->setCurrentIndex(
        model->index(second, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QCOMPARE(selectedIds(table), (QList<qint64> { issued[3], issued[7] }));
    page.markReminded();
    QCOMPARE(selectedIds(table), (QList<qint64> { issued[3], issued[7] }));
    QCOMPARE(table->currentIndex().data(InvoiceTableModel::IdRole).toLongLong(), issued[7]);

    // Issue: the draft gets its number, moves in the list, and stays selected.
    table->selectionModel()->setCurrentIndex(model->index(rowOf(model, draft), 0),
                                             QItemSelectionModel::ClearAndSelect
                                                 | QItemSelectionModel::Rows);
    table->sortByColumn(InvoiceTableModel::Number, Qt::AscendingOrder);
    table->selectionModel()->setCurrentIndex(model->index(rowOf(model, draft), 0),
                                             QItemSelectionModel::ClearAndSelect
                                                 | QItemSelectionModel::Rows);
    const int draftRow = table->currentIndex().row();
    QTimer::singleShot(0, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->button(QMessageBox::Yes)->click();
    });
    page.issueDraft();
    QVERIFY(!book.reload(draft).number.isEmpty());
    QCOMPARE(selectedIds(table), QList<qint64> { draft });
    QCOMPARE(table->currentIndex().data(InvoiceTableModel::IdRole).toLongLong(), draft);
    QVERIFY(table->currentIndex().row() != draftRow); // "(draft)" sorted apart from numbers

    // A payment recorded elsewhere (another client): in place, still selected.
    PaymentService(book.session())
        .payInvoice(draft, Money(4200, Currency::require(u"EUR")), QDate(2026, 6, 1),
                    QStringLiteral("bank_transfer"), QString());
    page.refreshFromOthers();
    QCOMPARE(selectedIds(table), QList<qint64> { draft });
}

void TestUiInvoices::ctrlNOpensANewInvoiceFromAnyFocus()
{
    TestBook book;
    book.addCustomer();
    auto db = Database::open(book.path(), Database::OpenMode::MustExist);
    MainWindow window(std::make_unique<Book>(std::move(db)), QDate(2026, 6, 30));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QApplication::setActiveWindow(&window);
    QVERIFY(window.showTab(QStringLiteral("invoices")));
    InvoicesPage *page = window.invoices();
    auto *tabs = qobject_cast<QTabWidget *>(window.centralWidget());
    QVERIFY(tabs);
    auto *search = page->findChild<QLineEdit *>(QStringLiteral("search"));
    QVERIFY(search);
    const std::pair<const char *, QWidget *> focuses[] = {
        { "search field", search },
        { "table", page->findChild<QTableView *>() },
        { "tab bar", tabs->tabBar() },
    };
    for (const auto &[where, widget] : focuses) {
        // The editor of the round before took the activation with it.
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        widget->setFocus(Qt::OtherFocusReason);
        QTRY_COMPARE(QApplication::focusWidget(), widget);
        auto opened = std::make_shared<QString>();
        QTimer::singleShot(0, [opened] {
            if (auto *dialog
                = qobject_cast<InvoiceEditorDialog *>(QApplication::activeModalWidget())) {
                *opened = dialog->windowTitle();
                dialog->reject();
            }
        });
        QTest::keyClick(widget, Qt::Key_N, Qt::ControlModifier);
        QVERIFY2(opened->startsWith(QStringLiteral("New Invoice")), where);
    }
}

void TestUiInvoices::dashboardFilterIsARemovableChip()
{
    TestBook book;
    const qint64 customer = book.addCustomer();
    book.issue(customer, { { 1000, 1000 } }, QDate(2026, 4, 1)); // 60 days overdue on 30 June
    book.issue(customer, { { 1000, 2000 } }, QDate(2026, 6, 20)); // not yet due
    InvoicesPage page(book.session());
    page.show();
    auto *chip = page.findChild<QToolButton *>(QStringLiteral("drillDownChip"));
    QVERIFY(chip);
    QVERIFY(chip->isHidden());

    page.setAgingBucket(2);
    QVERIFY(chip->isVisible());
    QCOMPARE(page.drillDown(), QStringLiteral("Overdue 31–60 days"));
    QVERIFY(chip->text().contains(u'×'));
    QCOMPARE(page.model()->filter().agingBucket, 2);
    QCOMPARE(page.model()->rowCount(), 1);

    // Typing a search looks through everything again.
    auto *search = page.findChild<QLineEdit *>(QStringLiteral("search"));
    QTest::keyClicks(search, QStringLiteral("INV"));
    QVERIFY(chip->isHidden());
    QTRY_COMPARE(page.model()->filter().agingBucket, -1);
    QCOMPARE(page.model()->filter().search, QStringLiteral("INV"));
    QCOMPARE(page.model()->rowCount(), 2);

    // A status from the Dashboard clears the search; the chip's × removes it.
    page.setStatusFilter(QStringLiteral("overdue"));
    QVERIFY(chip->isVisible());
    QCOMPARE(page.model()->filter().status, QStringLiteral("overdue"));
    QVERIFY(page.model()->filter().search.isEmpty());
    QCOMPARE(page.model()->rowCount(), 1);
    QTest::mouseClick(chip, Qt::LeftButton);
    QVERIFY(chip->isHidden());
    QVERIFY(page.drillDown().isEmpty());
    QVERIFY(page.model()->filter().status.isEmpty());
    QCOMPARE(page.model()->rowCount(), 2);
}

void TestUiInvoices::saveDialogsProposeANameInTheLastFolder()
{
    TestBook book;
    const qint64 customer = book.addCustomer();
    const Invoice issued = book.issue(customer, { { 1000, 1000 } });
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    // A file saved there before: the next dialog starts in its folder.
    SaveFile::remember(folder.filePath(QStringLiteral("earlier.csv")));
    QCOMPARE(SaveFile::lastFolder(), QFileInfo(folder.path()).absoluteFilePath());
    QCOMPARE(SaveFile::safeName(QStringLiteral("CN/2026:1")), QStringLiteral("CN-2026-1"));

    QStringList proposed;
    QString answer;
    SaveFile::setChooserForTesting([&](const QString &path) {
        proposed << path;
        return answer;
    });
    InvoicesPage page(book.session());
    page.exportCsv(); // cancelled
    QCOMPARE(proposed.last(), folder.filePath(QStringLiteral("invoices-2026-06-30.csv")));
    auto *table = page.findChild<QTableView *>();
    table->setCurrentIndex(page.model()->index(rowOf(page.model(), issued.id), 0));
    page.exportEInvoice();
    QCOMPARE(proposed.last(), folder.filePath(EInvoiceService::fileNameFor(issued.number)));

    // Chosen: written (on a worker), and the new folder is remembered.
    QTemporaryDir other;
    answer = other.filePath(QStringLiteral("mine.csv"));
    page.exportCsv();
    QTRY_VERIFY(QFile::exists(answer));
    QCOMPARE(SaveFile::lastFolder(), QFileInfo(other.path()).absoluteFilePath());

    // The audit log's export, through the same helper and folder.
    if (AuditAccess::allowed(book.session())) {
        AuditLogDialog audit(book.session());
        answer.clear();
        QPushButton *exportButton = nullptr;
        for (QPushButton *button : audit.findChildren<QPushButton *>())
            if (button->text().contains(QStringLiteral("Export")))
                exportButton = button;
        QVERIFY(exportButton);
        exportButton->click(); // cancelled
        QCOMPARE(proposed.last(), other.filePath(QStringLiteral("audit-log-2026-06-30.csv")));
        const QString path = other.filePath(QStringLiteral("audit.csv"));
        QSignalSpy exported(&audit, &AuditLogDialog::exported);
        audit.exportTo(path);
        QVERIFY(exported.wait(10000));
        QCOMPARE(exported.first().at(1).toBool(), true);
        QVERIFY(QFile::exists(path));
    }
}

QTEST_MAIN(TestUiInvoices)
#include "tst_ui_invoices.moc"
