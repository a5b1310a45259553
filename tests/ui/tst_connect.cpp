// The desktop app against a real PostgreSQL server: connecting with a
// password when no keychain is reachable (asked, kept in memory, written
// nowhere, said once), the role deciding what the Invoices page offers, and
// another client's change reaching the open window through LISTEN/NOTIFY.
// Runs with the ctest fixture "postgres" and without a D-Bus session bus.

#include "../core/testdatabase.h"
#include "billing/book.h"
#include "billing/customerservice.h"
#include "billing/invoiceservice.h"
#include "billing/paymentservice.h"
#include "billing/session.h"
#include "dialogs/connectdialog.h"
#include "domain/payment.h"
#include "mainwindow.h"
#include "models/invoicetablemodel.h"
#include "pages/invoicespage.h"
#include "recentbooks.h"
#include "security/secretstore.h"
#include "storage/customerrepository.h"
#include "storage/database.h"
#include "storage/userrepository.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>

using namespace Accrue;
using namespace Accrue::Testing;

class TestConnect : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void withoutKeychainThePasswordIsAskedAndNotStored();
    void theRoleDecidesWhatThePageOffers();
    void anotherClientsInvoiceAppears();
    void connectingToAnEmptyDatabaseSetsUpABook();

private:
    // A login on the test server with `role` and `password`, and its TCP address.
    QString loginFor(const TestDatabase &where, const QString &stem, Role role,
                     const QString &password);
};

void TestConnect::initTestCase()
{
    QVERIFY2(TestDatabase::onPostgres(), "run through ctest (fixture postgres)");
    QVERIFY(qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"));
}

QString TestConnect::loginFor(const TestDatabase &where, const QString &stem, Role role,
                              const QString &password)
{
    {
        auto db = Database::open(where.location(), Database::OpenMode::CreateIfMissing);
        db->migrate();
        const QString name
            = QStringLiteral("%1_%2").arg(stem).arg(QCoreApplication::applicationPid());
        UserRepository(*db).setRole(name, role, password);
        return where.tcpLocation(name);
    }
}

void TestConnect::withoutKeychainThePasswordIsAskedAndNotStored()
{
    TestDatabase where;
    const QString password = QStringLiteral("Corr3ct horse");
    const QString location = loginFor(where, QStringLiteral("gui_fin"), Role::Finance, password);
    QVERIFY(!location.isEmpty());

    int dialogs = 0, notices = 0;
    QTimer answer;
    answer.setInterval(50);
    connect(&answer, &QTimer::timeout, this, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *dialog = qobject_cast<ConnectDialog *>(modal)) {
            ++dialogs;
            for (QLineEdit *edit : dialog->findChildren<QLineEdit *>())
                if (edit->echoMode() == QLineEdit::Password)
                    edit->setText(password);
            dialog->findChild<QCheckBox *>()->setChecked(true); // "remember": no keychain here
            if (const QByteArray shots = qgetenv("ACCRUE_UI_SHOTS"); !shots.isEmpty())
                dialog->grab().save(QString::fromLocal8Bit(shots) + QStringLiteral("/connect.png"));
            QMetaObject::invokeMethod(dialog, &ConnectDialog::accept, Qt::QueuedConnection);
        } else if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            ++notices;
            box->accept();
        }
    });
    answer.start();
    auto db = ConnectDialog::openInteractive(location, nullptr);
    QVERIFY(db);
    QCOMPARE(db->serverUser(), QUrl(location).userName());
    QCOMPARE(dialogs, 1);
    QCOMPARE(notices, 1); // "no keychain: asked again next time", once

    // The second connection this session needs no prompt (kept in memory)...
    auto again = ConnectDialog::openInteractive(location, nullptr);
    QVERIFY(again);
    QCOMPARE(dialogs, 1);
    answer.stop();
    // ...but nothing was written: not to the keychain, not to any file.
    QVERIFY(SecretStore().read(PostgresAddress::parse(location).keychainKey()).keychainUnavailable);
    QVERIFY(ConnectDialog::recentConnections().contains(location));
    QDirIterator files(QString::fromLocal8Bit(qgetenv("HOME")), QDir::Files,
                       QDirIterator::Subdirectories);
    int scanned = 0;
    while (files.hasNext()) {
        QFile f(files.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(!f.readAll().contains(password.toUtf8()), qPrintable(f.fileName()));
        ++scanned;
    }
    QVERIFY(scanned > 0); // the settings file with the recent connections
}

void TestConnect::theRoleDecidesWhatThePageOffers()
{
    TestDatabase where;
    for (const Role role : { Role::Viewer, Role::Finance }) {
        const QString location
            = loginFor(where, QStringLiteral("gui_") + roleKey(role), role, QStringLiteral("pw"));
        auto db = Database::open(location, Database::OpenMode::MustExist, QStringLiteral("pw"));
        MainWindow window(std::make_unique<Book>(std::move(db)));
        QAction *newInvoice = window.invoices()->findChild<QAction *>(QStringLiteral("new"));
        QVERIFY(newInvoice);
        QCOMPARE(newInvoice->isVisible(), role == Role::Finance);
        // The status bar's lasting label names the role.
        auto *identity = window.statusBar()->findChild<QLabel *>(QStringLiteral("identity"));
        QVERIFY(identity);
        QVERIFY2(identity->text().contains(Session::roleName(role)), qPrintable(identity->text()));
    }
}

void TestConnect::anotherClientsInvoiceAppears()
{
    TestDatabase where;
    auto mine = Database::open(where.location(), Database::OpenMode::CreateIfMissing);
    mine->migrate();
    MainWindow window(
        std::make_unique<Book>(Database::open(where.location(), Database::OpenMode::MustExist)));
    window.showTab(QStringLiteral("invoices"));
    auto *table = window.invoices()->findChild<QTableView *>();
    QVERIFY(table);
    QCOMPARE(table->model()->rowCount(), 0);

    // A colleague, in another connection, bills a customer.
    Session colleague(*mine, QStringLiteral("colleague"));
    Customer c;
    c.code = QStringLiteral("NEW");
    c.name = QStringLiteral("New Customer");
    c.currency = Currency::require(QStringLiteral("EUR"));
    BillingProfile profile;
    CustomerService(colleague).create(c, profile);
    Invoice inv;
    inv.customerId = c.id;
    inv.currency = Currency::require(QStringLiteral("EUR"));
    inv.issueDate = QDate(2026, 6, 1);
    inv.dueDate = QDate(2026, 7, 1);
    InvoiceLine line;
    line.description = QStringLiteral("Work");
    line.quantityMilli = 1000;
    line.unitPrice = Money(12345, inv.currency);
    inv.lines.push_back(line);
    const qint64 invoiceId = InvoiceService(colleague).createDraft(inv);
    InvoiceService(colleague).issue(invoiceId);

    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 1, 5000);

    // The user works on that row; the colleague's payment updates it in place.
    table->selectRow(0);
    const QModelIndex status = table->model()->index(0, InvoiceTableModel::Status);
    QCOMPARE(status.data(InvoiceTableModel::StatusKeyRole).toString(),
             QStringLiteral("overdue")); // due 1 July; the app's today is the real one
    const Invoice issued = InvoiceService(colleague).load(invoiceId);
    PaymentService(colleague).payInvoice(issued.id, issued.total, QDate(2026, 6, 15),
                                         PaymentMethodKind::BankTransfer, QStringLiteral("T1"));
    QTRY_COMPARE_WITH_TIMEOUT(table->model()
                                  ->index(0, InvoiceTableModel::Status)
                                  .data(InvoiceTableModel::StatusKeyRole)
                                  .toString(),
                              QStringLiteral("paid"), 5000);
    QVERIFY(table->selectionModel()->isRowSelected(0, {})); // the user's place is kept
}

void TestConnect::connectingToAnEmptyDatabaseSetsUpABook()
{
    TestDatabase empty;
    QTemporaryDir dir;
    auto local = Database::open(dir.filePath(QStringLiteral("local.sqlite")),
                                Database::OpenMode::CreateIfMissing);
    local->migrate();
    MainWindow window(std::make_unique<Book>(std::move(local)));
    // File > Connect to Server offers the most recent connection first.
    RecentBooks::remember(empty.location());
    QAction *connectAction = nullptr;
    for (QAction *a : window.findChildren<QAction *>())
        if (a->text().contains(QStringLiteral("Connect to Server")))
            connectAction = a;
    QVERIFY(connectAction);

    QString asked;
    QTimer answer;
    answer.setInterval(50);
    connect(&answer, &QTimer::timeout, this, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *dialog = qobject_cast<ConnectDialog *>(modal)) {
            QMetaObject::invokeMethod(dialog, &ConnectDialog::accept, Qt::QueuedConnection);
        } else if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            asked = box->text();
            box->button(QMessageBox::Yes)->click();
        }
    });
    answer.start();
    connectAction->trigger();
    answer.stop();
    QVERIFY2(asked.contains(QStringLiteral("no Accrue book")), qPrintable(asked));
    QVERIFY2(window.windowTitle().contains(QUrl(empty.location()).path().mid(1)),
             qPrintable(window.windowTitle()));
    auto check = Database::open(empty.location(), Database::OpenMode::MustExist);
    QCOMPARE(check->schemaVersion(), Database::latestSchemaVersion());
}

int main(int argc, char **argv)
{
    // A private home: the settings file is ours to inspect, and no D-Bus
    // session bus, so no keychain.
    QTemporaryDir home;
    qputenv("HOME", home.path().toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", (home.path() + QStringLiteral("/config")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", (home.path() + QStringLiteral("/data")).toLocal8Bit());
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("AccrueTest"));
    QCoreApplication::setApplicationName(QStringLiteral("accrue-connect-test"));
    TestConnect test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_connect.moc"
