// My Account in the main window: a customer tenant's user gets that page
// alone, listing its own issued invoices, with Change Quantity… enabled only
// where the book allows it and every edit disabled for a Viewer.

#include "billing/book.h"
#include "billing/customerservice.h"
#include "billing/invoiceservice.h"
#include "billing/settingsservice.h"
#include "billing/subscriptionservice.h"
#include "billing/tenantservice.h"
#include "billing/userservice.h"
#include "core/testbook.h"
#include "mainwindow.h"
#include "models/invoicetablemodel.h"
#include "pages/billingprofilespanel.h"
#include "pages/myaccountpage.h"
#include "storage/productrepository.h"
#include "storage/tenantrepository.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QMenu>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <algorithm>

using namespace Accrue;
using namespace Accrue::Testing;

namespace {

// ACME (its own customer tenant under the partner North): two issued
// invoices and one draft, a 5-seat subscription, one billing profile.
// BETA (North's): one issued invoice.
struct AccountBook
{
    TestBook book;
    qint64 acme = 0, beta = 0, acmeTenant = 0;
    QStringList acmeNumbers;

    AccountBook()
    {
        TenantService tenants(book.session());
        const qint64 root = TenantRepository(book.db()).rootId();
        const qint64 north = tenants.add(TenantKind::Partner, root, QStringLiteral("North")).id;
        acme = book.addCustomer(QStringLiteral("ACME"), QStringLiteral("Acme Corp"));
        beta = book.addCustomer(QStringLiteral("BETA"), QStringLiteral("Beta Ltd"));
        tenants.moveCustomer(beta, north);
        acmeTenant = tenants.add(TenantKind::Customer, north, QStringLiteral("Acme"), acme).id;
        BillingProfile profile;
        profile.name = QStringLiteral("Acme HQ");
        profile.country = QStringLiteral("GB");
        CustomerService(book.session()).addProfile(acme, profile, true);
        acmeNumbers << book.issue(acme, { { 1000, 10000 } }, QDate(2026, 5, 1)).number
                    << book.issue(acme, { { 2000, 2500 } }, QDate(2026, 6, 1)).number;
        acmeNumbers.sort();
        book.issue(beta, { { 1000, 30000 } });
        InvoiceService(book.session()).createDraft(book.draft(acme, { { 1000, 700 } }));

        Plan p;
        p.code = QStringLiteral("SEATS");
        p.name = QStringLiteral("Seats plan");
        p.productId = book.addProduct(QStringLiteral("SEATS"), QStringLiteral("4000"));
        p.billingPeriodMonths = 1;
        p.currency = Currency::require(QStringLiteral("EUR"));
        p.price = Money(1250, p.currency);
        p.pricing = PricingModel::PerUnit;
        ProductRepository(book.db()).insertPlan(p);
        Subscription s;
        s.customerId = acme;
        s.planId = p.id;
        s.licenses = 5;
        s.startDate = QDate(2026, 6, 1);
        SubscriptionService(book.session()).add(s);

        UserService(book.session()).setRole(QStringLiteral("cal"), Role::Finance, {}, acmeTenant);
        UserService(book.session()).setRole(QStringLiteral("vic"), Role::Viewer, {}, acmeTenant);
    }

    // The window as `user` would open it (on SQLite the GUI's user is the
    // OS login, $USER).
    std::unique_ptr<MainWindow> windowFor(const char *user)
    {
        qputenv("USER", user);
        auto db = Database::open(book.path(), Database::OpenMode::MustExist);
        db->checkSchema();
        return std::make_unique<MainWindow>(std::make_unique<Book>(std::move(db)),
                                            QDate(2026, 6, 30));
    }
};

QTabWidget *tabsOf(MainWindow &window)
{
    return qobject_cast<QTabWidget *>(window.centralWidget());
}

} // namespace

class TestUiMyAccount : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void customerWindowHasOnlyMyAccount();
    void invoiceListHoldsOnlyItsInvoices();
    void changeQuantityFollowsTheSetting();
    void viewerEditsAreDisabled();
    void financeWindowHasNoMyAccount();
};

void TestUiMyAccount::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("AccrueTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_ui_myaccount"));
    QSettings().clear();
}

void TestUiMyAccount::customerWindowHasOnlyMyAccount()
{
    AccountBook b;
    auto window = b.windowFor("cal");
    QTabWidget *tabs = tabsOf(*window);
    QVERIFY(tabs);
    QCOMPARE(tabs->count(), 1);
    QVERIFY(window->myAccount());
    QCOMPARE(window->currentPage(), static_cast<Page *>(window->myAccount()));
    QVERIFY(!window->dashboard());
    QVERIFY(!window->invoices());
    QVERIFY(!window->reports());
    QVERIFY(!window->revenue());
    QVERIFY(!window->transactions());
    QVERIFY(!window->customers());
    QVERIFY(!window->showTab(QStringLiteral("invoices")));
    QVERIFY(window->showTab(QStringLiteral("myaccount")));
    // No finance menus or actions.
    for (const char *name : { "settings", "users", "billingRun", "catalog" }) {
        QAction *action = window->findChild<QAction *>(QString::fromLatin1(name));
        QVERIFY2(action, name);
        // Hidden itself, or in a menu whose entry in the menu bar is hidden.
        const QObjectList holders = action->associatedObjects();
        const bool reachable
            = action->isVisible() && std::all_of(holders.begin(), holders.end(), [](QObject *o) {
                  auto *menu = qobject_cast<QMenu *>(o);
                  return !menu || menu->menuAction()->isVisible();
              });
        QVERIFY2(!reachable, name);
    }
    QVERIFY(window->windowTitle().contains(QStringLiteral("Acme Corp")));
    QCOMPARE(window->myAccount()->customer().code, QStringLiteral("ACME"));
}

void TestUiMyAccount::invoiceListHoldsOnlyItsInvoices()
{
    AccountBook b;
    auto window = b.windowFor("cal");
    InvoiceTableModel *model = window->myAccount()->invoices();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // ACME's two issued invoices: not its draft, not BETA's.
    QCOMPARE(model->rowCount(), 2);
    QStringList numbers;
    for (int row = 0; row < model->rowCount(); ++row)
        numbers << model->index(row, InvoiceTableModel::Number).data().toString();
    numbers.sort();
    QCOMPARE(numbers, b.acmeNumbers);
    QVERIFY(window->myAccount()->invoiceView()->isColumnHidden(InvoiceTableModel::Customer));
    QCOMPARE(MyAccountPage::pdfFileName(QStringLiteral("Acme Corp"), QStringLiteral("INV/7")),
             QStringLiteral("Acme Corp INV_7.pdf"));
}

void TestUiMyAccount::changeQuantityFollowsTheSetting()
{
    AccountBook b;
    auto window = b.windowFor("cal");
    MyAccountPage *page = window->myAccount();
    QTableWidget *subscriptions = page->subscriptionTable();
    QCOMPARE(subscriptions->rowCount(), 1);
    QCOMPARE(subscriptions->item(0, 2)->text(), QStringLiteral("5"));
    subscriptions->selectRow(0);
    QVERIFY(!page->changeQuantityAction()->isEnabled()); // off by default
    SettingsService(b.book.session()).setCustomersMayChangeQuantity(true);
    page->refresh();
    subscriptions->selectRow(0);
    QVERIFY(page->changeQuantityAction()->isEnabled());
    // A Finance user of the customer edits its own profiles and methods.
    QVERIFY(page->addPaymentMethodAction()->isEnabled());
    QVERIFY(page->profiles()->editActions().first()->isEnabled());
}

void TestUiMyAccount::viewerEditsAreDisabled()
{
    AccountBook b;
    SettingsService(b.book.session()).setCustomersMayChangeQuantity(true);
    auto window = b.windowFor("vic");
    MyAccountPage *page = window->myAccount();
    QVERIFY(page);
    page->subscriptionTable()->selectRow(0);
    page->profiles()->selectProfile(0);
    QVERIFY(!page->changeQuantityAction()->isEnabled());
    QVERIFY(!page->addPaymentMethodAction()->isEnabled());
    for (QAction *action : page->profiles()->editActions()) {
        QVERIFY(action->isVisible());
        QVERIFY2(!action->isEnabled(), qPrintable(action->text()));
    }
    // It still sees its own invoices.
    QCOMPARE(page->invoices()->rowCount(), 2);
}

void TestUiMyAccount::financeWindowHasNoMyAccount()
{
    AccountBook b;
    auto window = b.windowFor("tester");
    QVERIFY(!window->myAccount());
    QVERIFY(window->invoices());
    QCOMPARE(tabsOf(*window)->count(), 6);
    QVERIFY(!window->showTab(QStringLiteral("myaccount")));
    QVERIFY(window->findChild<QAction *>(QStringLiteral("settings"))->isVisible());
}

QTEST_MAIN(TestUiMyAccount)
#include "tst_ui_myaccount.moc"
