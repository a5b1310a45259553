// Several people on one book: stale edits are refused with a name and a
// time, roles are enforced by core (and by the server on PostgreSQL), other
// clients hear about changes, and passwords come from the caller or libpq.
// Runs on SQLite (tst_team) and on PostgreSQL (tst_team_pg).

#include "billing/bankimportservice.h"
#include "billing/creditnoteservice.h"
#include "billing/customerservice.h"
#include "billing/invoiceservice.h"
#include "billing/paymentattemptservice.h"
#include "billing/paymentservice.h"
#include "billing/reconciliationservice.h"
#include "billing/settingsservice.h"
#include "billing/userservice.h"
#include "common/error.h"
#include "documents/invoicepdfbatch.h"
#include "documents/reportfile.h"
#include "exchange/bankcsvmapping.h"
#include "reports/reportengine.h"
#include "storage/auditrepository.h"
#include "storage/changenotifier.h"
#include "storage/userrepository.h"
#include "testbook.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>

using namespace Accrue;
using namespace Accrue::Testing;

class TestTeam : public QObject
{
    Q_OBJECT

private slots:
    void staleDraftEditIsRefused();
    void staleCustomerEditIsRefused();
    void rolesAreEnforcedByCore();
    void everyActionChecksItsPermissionInCore();
    void serverRefusesWhatARoleMayNotDo();
    void otherClientsHearOfChanges();
    void passwordsComeFromTheCallerOrLibpq();

private:
    static std::unique_ptr<Database> openAgain(const TestBook &book, const QString &user = {});
    // A Viewer and a Finance user of the book, each on a connection of their
    // own: on PostgreSQL as server roles (named uniquely per run), on SQLite
    // in app_user with the owner kept Admin.
    struct Colleagues
    {
        QString viewer;
        QString finance;
        std::unique_ptr<Database> viewerDb;
        std::unique_ptr<Database> financeDb;
    };
    static Colleagues viewerAndFinance(TestBook &book);
    static QString uniqueRoleName(const char *stem);
};

std::unique_ptr<Database> TestTeam::openAgain(const TestBook &book, const QString &user)
{
    QString location = book.path();
    if (!user.isEmpty()) {
        QUrl url(location);
        url.setUserName(user);
        location = url.toString();
    }
    auto db = Database::open(location, Database::OpenMode::MustExist);
    db->checkSchema();
    return db;
}

QString TestTeam::uniqueRoleName(const char *stem)
{
    // Server roles are cluster-wide and test executables run side by side.
    static int n = 0;
    return QStringLiteral("%1_%2_%3")
        .arg(QLatin1String(stem))
        .arg(QCoreApplication::applicationPid())
        .arg(++n);
}

void TestTeam::staleDraftEditIsRefused()
{
    TestBook book;
    const qint64 customer = book.addCustomer();
    InvoiceService mine(book.session());
    const qint64 id = mine.createDraft(book.draft(customer, { { 1000, 100 } }));

    auto second = openAgain(book);
    Session colleague(*second, QStringLiteral("colleague"));
    InvoiceService theirs(colleague);

    Invoice myCopy = mine.load(id);
    Invoice theirCopy = theirs.load(id);
    theirCopy.notes = QStringLiteral("theirs");
    theirs.updateDraft(theirCopy);

    myCopy.notes = QStringLiteral("mine");
    try {
        mine.updateDraft(myCopy);
        QFAIL("a stale draft overwrote a colleague's edit");
    } catch (const Error &e) {
        QCOMPARE(e.kind(), Error::Kind::Conflict);
        QVERIFY2(e.userMessage().contains(colleague.userName()), qPrintable(e.userMessage()));
        QVERIFY2(e.userMessage().contains(QStringLiteral("reload")), qPrintable(e.userMessage()));
        // The time of the colleague's change, as stored (UTC) and shown (local):
        // not the calendar's year, which may have turned since.
        const QDateTime changedAt
            = QDateTime::fromString(
                  book.db()
                      .query(QStringLiteral("SELECT updated_at FROM invoice WHERE id = ?"))
                      .bind(id)
                      .scalar()
                      .toString(),
                  Qt::ISODateWithMs)
                  .toLocalTime();
        QVERIFY2(e.userMessage().contains(QString::number(changedAt.date().year())),
                 qPrintable(e.userMessage()));
    }
    QCOMPARE(mine.load(id).notes, QStringLiteral("theirs"));
    // After a reload the edit goes through.
    Invoice fresh = mine.load(id);
    fresh.notes = QStringLiteral("mine");
    mine.updateDraft(fresh);
    QCOMPARE(theirs.load(id).notes, QStringLiteral("mine"));
}

void TestTeam::staleCustomerEditIsRefused()
{
    TestBook book;
    const qint64 id = book.addCustomer();
    CustomerService mine(book.session());
    auto second = openAgain(book);
    Session colleague(*second, QStringLiteral("colleague"));
    CustomerService theirs(colleague);

    Customer myCopy = *CustomerRepository(book.db()).find(id);
    Customer theirCopy = *CustomerRepository(*second).find(id);
    theirCopy.email = QStringLiteral("ap@acme.example");
    theirs.update(theirCopy);
    QCOMPARE(theirCopy.version, myCopy.version + 1);

    myCopy.paymentTermsDays = 14;
    const qint64 auditBefore = AuditRepository(book.db()).count();
    QVERIFY_THROWS_EXCEPTION(Error, mine.update(myCopy));
    QCOMPARE(AuditRepository(book.db()).count(), auditBefore); // nothing half-done
    const Customer stored = *CustomerRepository(book.db()).find(id);
    QCOMPARE(stored.email, QStringLiteral("ap@acme.example"));
    QCOMPARE(stored.paymentTermsDays, 30);
}

TestTeam::Colleagues TestTeam::viewerAndFinance(TestBook &book)
{
    const bool server = TestDatabase::onPostgres();
    UserRepository users(book.db());
    Colleagues team { server ? uniqueRoleName("vera") : QStringLiteral("vera"),
                      server ? uniqueRoleName("finn") : QStringLiteral("finn"),
                      {},
                      {} };
    if (!server)
        users.setRole(book.session().userName(), Role::Admin);
    users.setRole(team.viewer, Role::Viewer);
    users.setRole(team.finance, Role::Finance);
    team.viewerDb = openAgain(book, server ? team.viewer : QString());
    team.financeDb = openAgain(book, server ? team.finance : QString());
    return team;
}

void TestTeam::rolesAreEnforcedByCore()
{
    TestBook book;
    const qint64 customer = book.addCustomer();
    QCOMPARE(book.session().role(), Role::Admin); // the book's owner / a lone SQLite user
    UserRepository users(book.db());
    const Colleagues team = viewerAndFinance(book);
    const QString &viewer = team.viewer, &finance = team.finance;
    Session vera(*team.viewerDb, viewer);
    Session finn(*team.financeDb, finance);
    QCOMPARE(vera.userName(), viewer);
    QCOMPARE(vera.role(), Role::Viewer);
    QCOMPARE(finn.role(), Role::Finance);

    // A viewer reads but changes nothing.
    QCOMPARE(InvoiceService(vera).load(book.issue(customer, { { 1000, 500 } }).id).total.minor(),
             500);
    try {
        InvoiceService(vera).createDraft(book.draft(customer, { { 1000, 100 } }));
        QFAIL("a viewer created an invoice");
    } catch (const Error &e) {
        QCOMPARE(e.kind(), Error::Kind::PermissionDenied);
        QVERIFY2(e.userMessage().contains(QStringLiteral("Viewer")), qPrintable(e.userMessage()));
    }
    // Finance bills but does not touch the company settings.
    const Invoice issued = InvoiceService(finn).issue(
        InvoiceService(finn).createDraft(book.draft(customer, { { 1000, 100 } })));
    QVERIFY(!issued.number.isEmpty());
    CompanySettings company = SettingsService(finn).company();
    company.legalName = QStringLiteral("Hijacked Ltd");
    QVERIFY_THROWS_EXCEPTION(Error, SettingsService(finn).saveCompany(company));
    // The audit log names who did it.
    SqlQuery q = book.db().query(QStringLiteral(
        "SELECT user_name FROM audit_log WHERE action = 'invoice.issue' ORDER BY seq DESC"));
    q.exec();
    QVERIFY(q.next());
    QCOMPARE(q.text(0), finance);
    QCOMPARE(users.roleOf(viewer), Role::Viewer);
    bool listed = false;
    for (const BookUser &u : users.list())
        listed = listed || (u.name == finance && u.role == Role::Finance);
    QVERIFY(listed);
}

// Every action a service offers, tried by a Viewer, a Finance user and an
// Admin: core itself refuses (Error::Kind::PermissionDenied, before any
// other check or write) exactly the roles without the action's permission.
// Other errors (nothing left to credit, a line already matched) are fine.
void TestTeam::everyActionChecksItsPermissionInCore()
{
    TestBook book;
    const qint64 customer = book.addCustomer();
    const Currency eur = Currency::require(QStringLiteral("EUR"));
    const Colleagues team = viewerAndFinance(book);
    const QString &viewer = team.viewer;
    Session vera(*team.viewerDb, viewer), finn(*team.financeDb, team.finance);
    for (Session *s : { &vera, &finn })
        s->setToday(book.session().today());

    const Invoice issued = book.issue(customer, { { 1000, 50000 } });
    const QDate day(2026, 6, 20);
    const auto mapping = BankCsvMapping::fromJson(
        QJsonDocument::fromJson(
            R"({"name":"A","date":"Date","amount":"Amount","reference":"Text","currency":"EUR"})")
            .object());
    BankImportService(book.session())
        .importBytes("Date,Amount,Text\n2026-06-11,1.00,a\n2026-06-12,2.00,b\n",
                     QStringLiteral("s.csv"), {}, mapping, {});
    const QString file = book.dir() + QStringLiteral("/export.csv");
    int n = 0;
    auto draft = [&](Session &s) {
        return InvoiceService(s).createDraft(book.draft(customer, { { 1000, 100 + ++n } }));
    };

    struct Action
    {
        const char *name;
        Permission permission;
        std::function<void(Session &)> run;
    };
    const std::vector<Action> actions = {
        { "create a draft", Permission::Billing, [&](Session &s) { draft(s); } },
        { "update a draft", Permission::Billing,
          [&](Session &s) {
              Invoice inv = InvoiceService(book.session()).load(draft(book.session()));
              inv.notes = QStringLiteral("changed");
              InvoiceService(s).updateDraft(inv);
          } },
        { "issue", Permission::Billing,
          [&](Session &s) { InvoiceService(s).issue(draft(book.session())); } },
        { "delete a draft", Permission::Billing,
          [&](Session &s) { InvoiceService(s).deleteDraft(draft(book.session())); } },
        { "remind", Permission::Billing,
          [&](Session &s) { InvoiceService(s).markReminded(issued.id, day); } },
        { "pay", Permission::Billing,
          [&](Session &s) {
              PaymentService(s).payInvoice(issued.id, Money(100, eur), day,
                                           PaymentMethodKind::BankTransfer, QStringLiteral("p"));
          } },
        { "record a payment", Permission::Billing,
          [&](Session &s) {
              PaymentService::Request r;
              r.customerId = customer;
              r.date = day;
              r.amount = Money(100, eur);
              PaymentService(s).record(r);
          } },
        { "apply credit", Permission::Billing,
          [&](Session &s) { PaymentService(s).applyCredit(issued.id, Money(), day); } },
        { "reverse a payment", Permission::Billing,
          [&](Session &s) {
              PaymentService::Request r;
              r.customerId = customer;
              r.date = day;
              r.amount = Money(100, eur);
              PaymentService(s).reverse(PaymentService(book.session()).record(r).id, day,
                                        QStringLiteral("bounced"));
          } },
        { "issue a credit note", Permission::Billing,
          [&](Session &s) {
              CreditNoteService::Request r;
              r.invoiceId = issued.id;
              r.reason = QStringLiteral("goodwill");
              r.date = day;
              r.mode = CreditNoteService::Mode::Amount;
              r.amount = Money(100, eur);
              CreditNoteService(s).issue(r);
          } },
        { "create a customer", Permission::Billing,
          [&](Session &s) {
              Customer c;
              c.code = QStringLiteral("N%1").arg(++n);
              c.name = QStringLiteral("New");
              c.currency = Currency::require(QStringLiteral("EUR"));
              BillingProfile profile;
              CustomerService(s).create(c, profile);
          } },
        { "update a customer", Permission::Billing,
          [&](Session &s) {
              Customer c = *CustomerRepository(book.db()).find(customer);
              c.name = QStringLiteral("Renamed %1").arg(++n);
              CustomerService(s).update(c);
          } },
        { "archive and restore a customer", Permission::Billing,
          [&](Session &s) {
              CustomerService(s).archive(customer);
              CustomerService(book.session()).restore(customer);
          } },
        { "delete a customer", Permission::Billing,
          [&](Session &s) {
              Customer c;
              c.code = QStringLiteral("D%1").arg(++n);
              c.name = QStringLiteral("Gone");
              c.currency = Currency::require(QStringLiteral("EUR"));
              BillingProfile profile;
              CustomerService(s).remove(CustomerService(book.session()).create(c, profile));
          } },
        { "add a payment method", Permission::Billing,
          [&](Session &s) {
              PaymentMethod m { 0, 0, QStringLiteral("bank_transfer") };
              CustomerService(s).addPaymentMethod(customer, m);
          } },
        { "add a billing profile", Permission::Billing,
          [&](Session &s) {
              BillingProfile p;
              p.name = QStringLiteral("Branch %1").arg(++n);
              CustomerService(s).addProfile(customer, p, false);
          } },
        { "import a statement", Permission::Billing,
          [&](Session &s) {
              BankImportService(s).importBytes("Date,Amount,Text\n2026-06-13,3.00,c\n",
                                               QStringLiteral("t.csv"), {}, mapping, {});
          } },
        { "save a CSV layout", Permission::Billing,
          [&](Session &s) { BankImportService(s).saveMapping(mapping); } },
        { "import card failures", Permission::Billing,
          [&](Session &s) {
              PaymentAttemptService(s).importGateway("", QStringLiteral("gateway.csv"));
          } },
        { "match automatically", Permission::Billing,
          [&](Session &s) { ReconciliationService(s).autoMatch(false); } },
        { "ignore a line", Permission::Billing,
          [&](Session &s) { ReconciliationService(s).ignore(1, QStringLiteral("fee")); } },
        { "unmatch a line", Permission::Billing,
          [&](Session &s) { ReconciliationService(s).unmatch(1); } },
        { "reject a proposal", Permission::Billing,
          [&](Session &s) { ReconciliationService(s).reject(2); } },
        { "accept a proposal", Permission::Billing,
          [&](Session &s) { ReconciliationService(s).accept(2); } },
        { "match by hand", Permission::Billing,
          [&](Session &s) {
              ReconciliationService(s).matchManually(2, customer,
                                                     { { issued.id, Money(200, eur) } });
          } },
        { "export a report", Permission::Export,
          [&](Session &s) {
              ReportFile::write(s, file, ReportFile::Format::Csv, [&](ReportSink &sink) {
                  const ReportDefinition &r
                      = ReportEngine::require(QStringLiteral("customer-credit"));
                  r.run(s.db(), ReportEngine::withDefaults(r, {}, s.today()), sink);
              });
          } },
        { "export invoice PDFs", Permission::Export,
          [&](Session &s) {
              InvoicePdfBatch(s, QPageSize::A4, QLocale::c()).write({}, book.dir());
          } },
        { "change company settings", Permission::Administer,
          [&](Session &s) {
              CompanySettings c = SettingsService(s).company();
              c.legalName = QStringLiteral("Accrue Test Ltd");
              SettingsService(s).saveCompany(c);
          } },
        { "give a role", Permission::Administer,
          [&](Session &s) {
              UserService(s).setRole(TestDatabase::onPostgres() ? uniqueRoleName("ann")
                                                                : QStringLiteral("ann"),
                                     Role::Viewer);
          } },
        { "remove a user", Permission::Administer,
          [&](Session &s) { UserService(s).remove(viewer + QStringLiteral("-gone")); } },
    };
    for (const Action &action : actions) {
        for (Session *s : { &vera, &finn, &book.session() }) {
            bool denied = false;
            QString other;
            try {
                action.run(*s);
            } catch (const Error &e) {
                denied = e.kind() == Error::Kind::PermissionDenied;
                other = e.userMessage();
            }
            const bool mayDo = s->can(action.permission);
            QVERIFY2(denied != mayDo,
                     qPrintable(QStringLiteral("%1 as %2: %3")
                                    .arg(QLatin1String(action.name), Session::roleName(s->role()),
                                         denied ? QStringLiteral("refused") : other)));
        }
    }
    QVERIFY(AuditLog(book.db(), QString()).verify().ok);
    book.checkBooks();
}

void TestTeam::serverRefusesWhatARoleMayNotDo()
{
    if (!TestDatabase::onPostgres())
        QSKIP("PostgreSQL only (a SQLite file has no server to refuse): runs in tst_team_pg");
    TestBook book;
    book.addCustomer();
    const QString viewer = uniqueRoleName("vic");
    const QString finance = uniqueRoleName("fay");
    UserRepository(book.db()).setRole(viewer, Role::Viewer);
    UserRepository(book.db()).setRole(finance, Role::Finance);

    // Plain SQL on the viewer's own connection, as psql would send it.
    auto asViewer = openAgain(book, viewer);
    QSqlQuery q(asViewer->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM customer")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO customer (code, name, currency, created_at) "
                                   "VALUES ('X', 'X', 'EUR', '2026-01-01')")));
    QVERIFY2(q.lastError().text().contains(QStringLiteral("permission denied")),
             qPrintable(q.lastError().text()));

    auto asFinance = openAgain(book, finance);
    QSqlQuery f(asFinance->connection());
    QVERIFY2(f.exec(QStringLiteral("INSERT INTO customer (code, name, currency, created_at) "
                                   "VALUES ('Y', 'Y', 'EUR', '2026-01-01')")),
             qPrintable(f.lastError().text()));
    QVERIFY(!f.exec(QStringLiteral("UPDATE setting SET value = 'x'")));
    QVERIFY(!f.exec(QStringLiteral("DELETE FROM audit_log")));
    QVERIFY2(f.lastError().text().contains(QStringLiteral("permission denied")),
             qPrintable(f.lastError().text()));
}

void TestTeam::otherClientsHearOfChanges()
{
    TestBook book;
    auto second = openAgain(book);
    ChangeNotifier notifier(*second);
    QSignalSpy rows(&notifier, &ChangeNotifier::rowChanged);
    QSignalSpy elsewhere(&notifier, &ChangeNotifier::changedElsewhere);

    const qint64 id = book.addCustomer();
    if (TestDatabase::onPostgres()) {
        QVERIFY(notifier.listening());
        QTRY_VERIFY_WITH_TIMEOUT(!rows.isEmpty(), 5000);
        QCOMPARE(rows.first().at(0).toString(), QStringLiteral("customer"));
        QCOMPARE(rows.first().at(1).toLongLong(), id);
        // Its own changes are not echoed back to it.
        rows.clear();
        CustomerService(*std::make_unique<Session>(*second, QString())).list();
        Customer c = *CustomerRepository(*second).find(id);
        c.name = QStringLiteral("Acme Renamed");
        Session s(*second, QString());
        CustomerService(s).update(c);
        QTest::qWait(300);
        QVERIFY(rows.isEmpty());
    } else {
        notifier.poll();
        QCOMPARE(elsewhere.size(), 1);
        notifier.poll(); // nothing new
        QCOMPARE(elsewhere.size(), 1);
        book.addCustomer(QStringLiteral("B2"), QStringLiteral("Beta"));
        notifier.poll();
        QCOMPARE(elsewhere.size(), 2);
    }
}

void TestTeam::passwordsComeFromTheCallerOrLibpq()
{
    if (!TestDatabase::onPostgres())
        QSKIP("PostgreSQL only (a SQLite file has no password): runs in tst_team_pg");
    TestBook book;
    const QString user = uniqueRoleName("pat");
    UserRepository(book.db()).setRole(user, Role::Finance, QStringLiteral("s3cret pw"));
    // The server was sent a SCRAM verifier, never the password itself (the
    // test cluster's superuser may read pg_authid).
    const QString stored
        = book.db()
              .query(QStringLiteral("SELECT rolpassword FROM pg_authid WHERE rolname = ?"))
              .bind(user)
              .scalar()
              .toString();
    QVERIFY2(stored.startsWith(QStringLiteral("SCRAM-SHA-256$4096:")), qPrintable(stored));
    // TCP on 127.0.0.1 asks for a password (scram-sha-256).
    const QString location = book.where().tcpLocation(user);
    QVERIFY(!location.isEmpty());
    const QUrl url(location);
    try {
        Database::open(location, Database::OpenMode::MustExist);
        QFAIL("connected without a password");
    } catch (const Error &e) {
        QCOMPARE(e.kind(), Error::Kind::PasswordRequired);
        QVERIFY(!e.userMessage().contains(QStringLiteral("s3cret")));
    }
    QVERIFY_THROWS_EXCEPTION(
        Error, Database::open(location, Database::OpenMode::MustExist, QStringLiteral("wrong")));
    // libpq's PGPASSWORD, for scripts (nothing is remembered in-process yet).
    qputenv("PGPASSWORD", "s3cret pw");
    auto viaEnv = Database::open(location, Database::OpenMode::MustExist);
    qunsetenv("PGPASSWORD");
    QCOMPARE(viaEnv->databaseUser(), user);
    // And libpq's password file (~/.pgpass, or PGPASSFILE), mode 0600.
    QTemporaryDir home;
    const QString passFile = home.filePath(QStringLiteral("pgpass"));
    QFile pass(passFile);
    QVERIFY(pass.open(QIODevice::WriteOnly));
    pass.write(QStringLiteral("%1:%2:%3:%4:s3cret pw\n")
                   .arg(url.host())
                   .arg(url.port())
                   .arg(url.path().mid(1), user)
                   .toUtf8());
    pass.close();
    QVERIFY(pass.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
    qputenv("PGPASSFILE", QFile::encodeName(passFile));
    auto viaFile = Database::open(location, Database::OpenMode::MustExist);
    qunsetenv("PGPASSFILE");
    QCOMPARE(viaFile->databaseUser(), user);
    // Given by the caller (the keychain or a prompt); from now on this process
    // remembers it in memory for its other connections.
    auto db = Database::open(location, Database::OpenMode::MustExist, QStringLiteral("s3cret pw"));
    QCOMPARE(db->databaseUser(), user);
    QVERIFY(!db->displayName().contains(QStringLiteral("s3cret")));
    // A password in an address given on a command line is refused outright.
    QUrl withPassword(location);
    withPassword.setPassword(QStringLiteral("s3cret pw"));
    // Also when the scheme is written in capitals: it is still a server address.
    const QString shouted = withPassword.toString().replace(QStringLiteral("postgresql://"),
                                                            QStringLiteral("POSTGRESQL://"));
    for (const QString &address : { withPassword.toString(), shouted }) {
        try {
            Database::refusePasswordInArguments(address);
            QFAIL("a password in the arguments was accepted");
        } catch (const Error &e) {
            QVERIFY(!e.userMessage().contains(QStringLiteral("s3cret")));
        }
    }
}

QTEST_GUILESS_MAIN(TestTeam)
#include "tst_team.moc"
