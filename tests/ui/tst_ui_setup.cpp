#include "billing/book.h"
#include "billing/booksetup.h"
#include "billing/customerservice.h"
#include "billing/session.h"
#include "billing/settingsservice.h"
#include "dialogs/firstrunwizard.h"
#include "mainwindow.h"
#include "storage/database.h"
#include "uidemobook.h"

#include <QComboBox>
#include <QLineEdit>
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

QTEST_MAIN(TestUiSetup)
#include "tst_ui_setup.moc"
