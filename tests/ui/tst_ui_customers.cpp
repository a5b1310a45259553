#include "billing/book.h"
#include "billing/customerservice.h"
#include "billing/session.h"
#include "common/error.h"
#include "dialogs/billingprofiledialog.h"
#include "dialogs/customerdialog.h"
#include "dialogs/paymentmethoddialog.h"
#include "mainwindow.h"
#include "models/customertablemodel.h"
#include "models/invoicetablemodel.h"
#include "models/paymenttablemodel.h"
#include "models/reporttablemodel.h"
#include "pages/billingprofilespanel.h"
#include "pages/customerspage.h"
#include "pages/reportspage.h"
#include "uidemobook.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Accrue;
using namespace Accrue::Testing;

// The Customers tab: the list with what each owes, a new customer through
// the dialog, archiving, payment methods that take no card number.
class TestUiCustomers : public QObject, private UiDemoBook
{
    Q_OBJECT

private slots:
    void initTestCase() { createDemoBook(); }
    void listAgreesWithTheCli();
    void newCustomerAppearsAndIsArchived();
    void aCardNumberNeverStaysInTheField();
    void billingProfilesAndCreditNotesOnTheCustomer();

private:
    int rowOf(CustomerTableModel *model, const QString &code);
};

int TestUiCustomers::rowOf(CustomerTableModel *model, const QString &code)
{
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, 0).data(CustomerTableModel::CodeRole).toString() == code)
            return row;
    return -1;
}

void TestUiCustomers::listAgreesWithTheCli()
{
    auto db = openBook();
    CustomerTableModel model(*db, kToday);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 40);
    // The same figures as accrue-cli customer list, row by row.
    const QList<QByteArray> lines = cli({ QStringLiteral("customer"), QStringLiteral("list"),
                                          QStringLiteral("--format"), QStringLiteral("csv") })
                                        .split('\n');
    QCOMPARE(lines.first().trimmed(),
             QByteArray("code,name,currency,terms_days,email,balance,overdue,credit,archived"));
    for (int row = 0; row < model.rowCount(); ++row) {
        const QList<QByteArray> cells = lines.at(row + 1).split(',');
        QCOMPARE(model.index(row, CustomerTableModel::Code).data().toString(),
                 QString::fromUtf8(cells.at(0)));
        const qint64 balance = model.index(row, CustomerTableModel::Balance)
                                   .data(CustomerTableModel::RawValueRole)
                                   .toLongLong();
        QCOMPARE(QString::number(balance / 100.0, 'f', 2), QString::fromUtf8(cells.at(5)));
    }
}

void TestUiCustomers::newCustomerAppearsAndIsArchived()
{
    const QString copy = m_dir.filePath(QStringLiteral("customers.sqlite"));
    QVERIFY(QFile::copy(m_book, copy));
    MainWindow window(std::make_unique<Book>(Database::open(copy, Database::OpenMode::MustExist)),
                      kToday);
    QVERIFY(window.showTab(QStringLiteral("customers")));
    window.show();
    CustomersPage *page = window.customers();

    CustomerDialog dialog(window.session(), page);
    dialog.field(QStringLiteral("code"))->setText(QStringLiteral("ZZNEW"));
    dialog.field(QStringLiteral("name"))->setText(QStringLiteral("Zebra Zinc AG"));
    dialog.field(QStringLiteral("city"))->setText(QStringLiteral("Zürich"));
    dialog.field(QStringLiteral("country"))->setText(QStringLiteral("ch"));
    dialog.accept();
    QCOMPARE(dialog.problem(), QString());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    // The same code again is refused in the dialog, which stays open.
    CustomerDialog twice(window.session(), page);
    twice.field(QStringLiteral("code"))->setText(QStringLiteral("ZZNEW"));
    twice.field(QStringLiteral("name"))->setText(QStringLiteral("Again"));
    twice.accept();
    QVERIFY2(twice.problem().contains(QStringLiteral("exists already")),
             qPrintable(twice.problem()));

    // The page hears the commit on the bus and shows the new customer.
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(page->model(), QStringLiteral("ZZNEW")) >= 0, 5000);
    const Customer created = *CustomerService(window.session()).findByCode(QStringLiteral("ZZNEW"));
    QCOMPARE(CustomerService(window.session()).profiles(created.id).front().country,
             QStringLiteral("CH"));

    // A customer with invoices: its documents below the list.
    page->selectRow(0);
    QVERIFY(page->invoices());
    QVERIFY(page->invoices()->rowCount() > 0);
    const Customer first = *page->current();
    for (int row = 0; row < page->invoices()->rowCount(); ++row)
        QCOMPARE(page->invoices()->index(row, InvoiceTableModel::Customer).data().toString(),
                 first.name);
    QVERIFY(page->payments()->rowCount() > 0);
    for (int row = 0; row < page->payments()->rowCount(); ++row)
        QCOMPARE(page->payments()->index(row, PaymentTableModel::Customer).data().toString(),
                 first.name);

    // Statement… shows the customer's statement of account on the Reports tab.
    QSignalSpy reported(window.reports(), &Page::loaded);
    page->findChild<QAction *>(QStringLiteral("statement"))->trigger();
    QCOMPARE(window.reports()->request().report, QStringLiteral("statement-of-account"));
    QCOMPARE(window.reports()->request().parameters.customer, first.code);
    QVERIFY(reported.wait(10000));
    QVERIFY(window.reports()->model()->rowCount() >= 2); // opening and closing at least

    // Archived: gone from the list (a page behind another tab refreshes
    // when it is shown again).
    QVERIFY(window.showTab(QStringLiteral("customers")));
    page->selectRow(rowOf(page->model(), QStringLiteral("ZZNEW")));
    page->findChild<QAction *>(QStringLiteral("archive"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(page->model(), QStringLiteral("ZZNEW")) < 0, 5000);
    QVERIFY(CustomerService(window.session())
                .findByCode(QStringLiteral("ZZNEW"))
                ->archivedAt.isValid());
}

void TestUiCustomers::aCardNumberNeverStaysInTheField()
{
    auto db = openBook();
    Session session(*db, QStringLiteral("tester"));
    session.setToday(kToday);
    const Customer c = CustomerService(session).list().front();
    PaymentMethodDialog dialog(session, c.id);
    QLineEdit *label = dialog.field(QStringLiteral("label"));
    QTest::keyClicks(label, QStringLiteral("visa 4111 1111 1111 1111"));
    QCOMPARE(label->text(), QString());
    QVERIFY(label->isUndoAvailable() == false);
    QVERIFY2(dialog.problem().contains(QStringLiteral("card number")),
             qPrintable(dialog.problem()));
    // A mandate with a valid IBAN goes in, masked, even one whose digits
    // hold a stretch that passes the Luhn check.
    dialog.setKind(QStringLiteral("sepa_debit"));
    QTest::keyClicks(dialog.field(QStringLiteral("iban")),
                     QStringLiteral("DE30 9568 7174 2892 4696 03"));
    QCOMPARE(dialog.field(QStringLiteral("iban"))->text(),
             QStringLiteral("DE30 9568 7174 2892 4696 03"));
    dialog.field(QStringLiteral("iban"))->clear();
    QTest::keyClicks(dialog.field(QStringLiteral("mandate")), QStringLiteral("MNDT-7"));
    QTest::keyClicks(dialog.field(QStringLiteral("iban")),
                     QStringLiteral("GB29 NWBK 6016 1331 9268 19"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const std::vector<PaymentMethod> methods = CustomerService(session).paymentMethods(c.id);
    QCOMPARE(methods.back().account, QStringLiteral("******************6819"));
}

// A second billing profile with a default payment method, made the default,
// then the old default removed; the customer's credit notes on their tab.
void TestUiCustomers::billingProfilesAndCreditNotesOnTheCustomer()
{
    const QString copy = m_dir.filePath(QStringLiteral("profiles.sqlite"));
    QVERIFY(QFile::copy(m_book, copy));
    MainWindow window(std::make_unique<Book>(Database::open(copy, Database::OpenMode::MustExist)),
                      kToday);
    QVERIFY(window.showTab(QStringLiteral("customers")));
    window.show();
    CustomersPage *page = window.customers();
    Session &session = window.session();

    // A customer of the demo with a credit note: the tab lists exactly theirs.
    auto db = openBook();
    const QByteArray json
        = cli({ QStringLiteral("report"), QStringLiteral("credit-notes"), QStringLiteral("--from"),
                QStringLiteral("2000-01-01"), QStringLiteral("--to"), kToday.toString(Qt::ISODate),
                QStringLiteral("--format"), QStringLiteral("json") });
    const QJsonArray notes
        = QJsonDocument::fromJson(json).object().value(QStringLiteral("rows")).toArray();
    QVERIFY2(!notes.isEmpty(), json.constData());
    const QString code = notes.first().toObject().value(QStringLiteral("customer_code")).toString();
    int expected = 0;
    for (const QJsonValue &n : notes)
        expected += n.toObject().value(QStringLiteral("customer_code")).toString() == code ? 1 : 0;
    page->selectRow(rowOf(page->model(), code));
    QCOMPARE(page->current()->code, code);
    int listed = 0;
    for (int row = 0; row < page->creditNotes()->rowCount(); ++row)
        listed += page->creditNotes()->index(row, 3).data().toString() == code ? 1 : 0;
    QCOMPARE(listed, expected);
    // Its PDF… action waits for a credit note to be chosen.
    auto *pdf = page->findChild<QAction *>(QStringLiteral("creditNotePdf"));
    QVERIFY(pdf);
    QVERIFY(!pdf->isEnabled());
    auto *noteTable = pdf->associatedObjects().isEmpty()
        ? nullptr
        : qobject_cast<QTableView *>(pdf->associatedObjects().constLast());
    QVERIFY(noteTable);
    noteTable->selectRow(0);
    QVERIFY(pdf->isEnabled());

    const Customer c = *page->current();
    PaymentMethod method;
    method.kind = QStringLiteral("bank_transfer");
    method.label = QStringLiteral("Main account");
    CustomerService(session).addPaymentMethod(c.id, method);

    BillingProfilesPanel *profiles = page->profiles();
    const std::size_t before = profiles->profiles().size();
    BillingProfileDialog dialog(session, c.id, profiles);
    dialog.field(QStringLiteral("name"))->setText(QStringLiteral("Branch Graz"));
    dialog.field(QStringLiteral("city"))->setText(QStringLiteral("Graz"));
    dialog.field(QStringLiteral("stateProvince"))->setText(QStringLiteral("ST"));
    dialog.field(QStringLiteral("country"))->setText(QStringLiteral("at"));
    dialog.field(QStringLiteral("contactEmail"))->setText(QStringLiteral("not an address"));
    dialog.paymentMethod()->setCurrentIndex(dialog.paymentMethod()->findData(method.id));
    dialog.accept();
    QVERIFY2(dialog.problem().contains(QStringLiteral("e-mail")), qPrintable(dialog.problem()));
    dialog.field(QStringLiteral("contactEmail"))->setText(QStringLiteral("ap@graz.example"));
    dialog.accept();
    QCOMPARE(dialog.problem(), QString());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    // (Add Profile… reloads the panel after its dialog; here the page does.)
    page->refresh();
    page->selectRow(rowOf(page->model(), code));
    QCOMPARE(profiles->profiles().size(), before + 1);
    const std::vector<BillingProfile> stored = CustomerService(session).profiles(c.id);
    const BillingProfile oldDefault = stored.front();
    QVERIFY(oldDefault.isDefault);
    const BillingProfile graz = stored.back();
    QCOMPARE(graz.country, QStringLiteral("AT"));
    QCOMPARE(graz.paymentMethodId, method.id);
    QVERIFY(!graz.isDefault);

    // The default cannot be removed; Make Default moves it, then the old
    // one goes unless an invoice names it.
    profiles->selectProfile(0);
    QVERIFY(!profiles->findChild<QAction *>(QStringLiteral("removeProfile"))->isEnabled());
    profiles->selectProfile(int(profiles->profiles().size()) - 1);
    profiles->findChild<QAction *>(QStringLiteral("makeDefaultProfile"))->trigger();
    QCOMPARE(CustomerService(session).profiles(c.id).front().id, graz.id);
    QVERIFY_THROWS_EXCEPTION(Error,
                             CustomerService(session).removeProfile(c.id, graz.id)); // default
    // The demo's first profile is named by the customer's invoices: it stays.
    try {
        CustomerService(session).removeProfile(c.id, oldDefault.id);
        QFAIL("a profile named by invoices was removed");
    } catch (const Error &e) {
        QVERIFY2(e.userMessage().contains(QStringLiteral("invoice")), qPrintable(e.userMessage()));
    }
}

QTEST_MAIN(TestUiCustomers)
#include "tst_ui_customers.moc"
