#include "billing/book.h"
#include "billing/booksetup.h"
#include "billing/customerservice.h"
#include "billing/invoiceservice.h"
#include "billing/session.h"
#include "billing/settingsservice.h"
#include "dialogs/billingrundialog.h"
#include "dialogs/firstrunwizard.h"
#include "dialogs/paymentdialog.h"
#include "dialogs/plandialog.h"
#include "dialogs/productdialog.h"
#include "dialogs/subscriptiondialog.h"
#include "mainwindow.h"
#include "models/billingpreviewmodel.h"
#include "queries/booklists.h"
#include "reports/reportengine.h"
#include "reports/reporttable.h"
#include "storage/database.h"
#include "uidemobook.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace Accrue;
using namespace Accrue::Testing;

// A new book set up through the GUI alone: the first-run assistant names
// the company and the first customer.
class TestUiSetup : public QObject
{
    Q_OBJECT

private slots:
    void assistantSetsUpAnEmptyBook();
    void assistantOffersTheDemo();
    void newBookThroughTheGuiAlone();

private:
    QTemporaryDir m_dir;
};

void TestUiSetup::assistantSetsUpAnEmptyBook()
{
    auto book
        = Book::open(m_dir.filePath(QStringLiteral("new.sqlite")), Book::OpenMode::CreateIfMissing);
    book->migrate();
    Session &session = book->startSession(QStringLiteral("tester"), kToday);
    QVERIFY(BookSetup(session).needsSetup());

    FirstRunWizard wizard(session);
    wizard.show();
    QCOMPARE(wizard.currentId(), int(FirstRunWizard::Welcome));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(FirstRunWizard::Company));
    // No name: the page stays.
    wizard.next();
    QCOMPARE(wizard.currentId(), int(FirstRunWizard::Company));
    wizard.field(QStringLiteral("legalName"))->setText(QStringLiteral("Nordlicht Software GmbH"));
    wizard.field(QStringLiteral("taxCountry"))->setText(QStringLiteral("de"));
    wizard.currency()->setCurrentText(QStringLiteral("EUR"));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(FirstRunWizard::FirstCustomer));
    wizard.field(QStringLiteral("customerCode"))->setText(QStringLiteral("ACME"));
    wizard.field(QStringLiteral("customerName"))->setText(QStringLiteral("Acme Corp"));
    wizard.field(QStringLiteral("customerEmail"))->setText(QStringLiteral("ap@acme.example"));
    wizard.field(QStringLiteral("customerState"))->setText(QStringLiteral("BY"));
    // A bad country is refused on the page; nothing is kept.
    wizard.field(QStringLiteral("customerCountry"))->setText(QStringLiteral("Germany"));
    QVERIFY(!wizard.validateCurrentPage());
    QVERIFY2(wizard.problem().contains(QStringLiteral("country")), qPrintable(wizard.problem()));
    QVERIFY(SettingsService(session).company().legalName.isEmpty());
    QVERIFY(BookSetup(session).needsSetup());

    wizard.field(QStringLiteral("customerCountry"))->clear(); // the tax country then
    QVERIFY(wizard.validateCurrentPage());
    const CompanySettings company = SettingsService(session).company();
    QCOMPARE(company.legalName, QStringLiteral("Nordlicht Software GmbH"));
    QCOMPARE(company.currency, QStringLiteral("EUR"));
    QCOMPARE(company.taxCountry, QStringLiteral("DE"));
    const std::optional<Customer> acme
        = CustomerService(session).findByCode(QStringLiteral("ACME"));
    QVERIFY(acme);
    QCOMPARE(acme->currency.code(), QStringLiteral("EUR"));
    const BillingProfile profile = CustomerService(session).profiles(acme->id).front();
    QCOMPARE(profile.country, QStringLiteral("DE"));
    QCOMPARE(profile.stateProvince, QStringLiteral("BY"));
    QVERIFY(!BookSetup(session).needsSetup());
}

void TestUiSetup::assistantOffersTheDemo()
{
    auto book = Book::open(m_dir.filePath(QStringLiteral("demo.sqlite")),
                           Book::OpenMode::CreateIfMissing);
    book->migrate();
    Session &session = book->startSession(QStringLiteral("tester"), kToday);
    FirstRunWizard wizard(session);
    wizard.show();
    wizard.chooseDemo(true);
    QCOMPARE(wizard.nextId(), -1); // the demo needs no more pages
    QVERIFY(wizard.validateCurrentPage());
    QVERIFY(wizard.demoLoaded());
    QVERIFY(!book->isEmpty());
}

// Company and customer (the assistant), a product, a per-seat plan, a
// subscription, the billing run (twice), the payment: all through the
// dialogs a user works with, and the statement of account shows it.
void TestUiSetup::newBookThroughTheGuiAlone()
{
    auto book
        = Book::open(m_dir.filePath(QStringLiteral("gui.sqlite")), Book::OpenMode::CreateIfMissing);
    book->migrate();
    Session &session = book->startSession(QStringLiteral("tester"), kToday);
    const Currency eur = Currency::require(u"EUR");
    const QLocale locale;

    FirstRunWizard wizard(session);
    wizard.show();
    wizard.next();
    wizard.field(QStringLiteral("legalName"))->setText(QStringLiteral("Nordlicht Software GmbH"));
    wizard.field(QStringLiteral("taxCountry"))->setText(QStringLiteral("DE"));
    wizard.currency()->setCurrentText(QStringLiteral("EUR"));
    wizard.next();
    wizard.field(QStringLiteral("customerCode"))->setText(QStringLiteral("ACME"));
    wizard.field(QStringLiteral("customerName"))->setText(QStringLiteral("Acme Corp"));
    QVERIFY(wizard.validateCurrentPage());
    const Customer acme = *CustomerService(session).findByCode(QStringLiteral("ACME"));

    ProductDialog product(session);
    product.field(QStringLiteral("code"))->setText(QStringLiteral("SEATS"));
    product.field(QStringLiteral("name"))->setText(QStringLiteral("Seats"));
    product.field(QStringLiteral("price"))->setText(Money(1000, eur).formatNumber(locale));
    product.field(QStringLiteral("unit"))->setText(QStringLiteral("seat"));
    product.accept();
    QCOMPARE(product.problem(), QString());

    PlanDialog plan(session);
    plan.field(QStringLiteral("code"))->setText(QStringLiteral("SEATS-M"));
    plan.field(QStringLiteral("name"))->setText(QStringLiteral("Seats, monthly"));
    plan.combo(QStringLiteral("pricing"))
        ->setCurrentIndex(
            plan.combo(QStringLiteral("pricing"))->findData(QStringLiteral("per_unit")));
    plan.combo(QStringLiteral("currency"))->setCurrentText(QStringLiteral("EUR"));
    plan.field(QStringLiteral("price"))->setText(Money(1000, eur).formatNumber(locale));
    plan.exampleQuantity()->setValue(3);
    // 3 seats x 10.00 = 30.00 a month
    QVERIFY2(plan.example().contains(Money(3000, eur).formatNumber(locale)),
             qPrintable(plan.example()));
    plan.accept();
    QCOMPARE(plan.problem(), QString());

    SubscriptionDialog subscribe(session, acme.id);
    QVERIFY(subscribe.plan()->count() == 1);
    subscribe.licenses()->setValue(3);
    subscribe.date()->setDate(QDate(2026, 6, 1));
    subscribe.accept();
    QCOMPARE(subscribe.problem(), QString());

    BillingRunDialog run(session);
    run.date()->setDate(QDate(2026, 6, 1));
    run.issue()->setChecked(true);
    QSignalSpy ready(&run, &BillingRunDialog::previewReady);
    run.startPreview();
    QVERIFY(ready.wait(20000));
    QCOMPARE(run.model()->rowCount(), 1);
    QCOMPARE(run.model()->items().front().net, Money(3000, eur));
    QSignalSpy finished(&run, &BillingRunDialog::finished);
    run.startRun();
    QVERIFY(finished.wait(20000));
    QVERIFY2(finished.first().first().toBool(), qPrintable(run.summary()));
    // The same date again: nothing more to bill.
    run.startPreview();
    QVERIFY(ready.wait(20000));
    QCOMPARE(run.model()->rowCount(), 0);

    InvoiceListFilter mine;
    mine.customer = QStringLiteral("ACME");
    const std::vector<InvoiceListRow> rows
        = BookLists(session.db()).invoices(mine, ListWindow<InvoiceListRow>::top(0, 10));
    QCOMPARE(rows.size(), std::size_t(1));
    const Invoice invoice = InvoiceService(session).load(rows.front().id);
    QVERIFY(!invoice.number.isEmpty()); // issued
    QCOMPARE(invoice.total, Money(3000, eur)); // no tax table: the product's 0 %
    PaymentDialog pay(session, invoice);
    pay.setAmountText(Money(3000, eur).formatNumber(locale));
    pay.accept();
    QCOMPARE(pay.result(), int(QDialog::Accepted));
    QVERIFY(InvoiceService(session).load(invoice.id).balance.isZero());

    ReportParameters p;
    p.from = QDate(2026, 6, 1);
    p.to = kToday;
    p.today = kToday;
    p.customer = QStringLiteral("ACME");
    ReportTable statement;
    ReportEngine::run(session.db(), QStringLiteral("statement-of-account"), p, statement);
    QStringList seen;
    for (const QVariantList &row : statement.rows())
        for (const QVariant &cell : row)
            seen << plainCellText(cell);
    QVERIFY2(seen.contains(invoice.number), qPrintable(seen.join(u',')));
    QVERIFY2(seen.contains(QStringLiteral("30.00")), qPrintable(seen.join(u',')));
}

QTEST_MAIN(TestUiSetup)
#include "tst_ui_setup.moc"
