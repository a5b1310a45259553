// Distributor → Partner → Customer tenants: each user sees and bills only
// its own subtree. The same tests run on SQLite (tst_tenants: core filters
// through the connection's scope) and on PostgreSQL (tst_tenants_pg: the
// server's row-level security, also read through a plain connection as the
// user's login, as psql would).

#include "billing/invoiceservice.h"
#include "billing/journalexportservice.h"
#include "billing/paymentservice.h"
#include "billing/receiptservice.h"
#include "billing/tenantservice.h"
#include "billing/userservice.h"
#include "billing/workerconnection.h"
#include "bookmember.h"
#include "common/error.h"
#include "documents/invoicepdfbatch.h"
#include "mail/outboxservice.h"
#include "queries/booklists.h"
#include "reports/dashboardreport.h"
#include "reports/reportengine.h"
#include "reports/reporttable.h"
#include "security/auditlog.h"
#include "storage/auditrepository.h"
#include "storage/invoiceregister.h"
#include "storage/migrations.h"
#include "storage/outboxrepository.h"
#include "storage/tenantrepository.h"
#include "storage/userrepository.h"
#include "testbook.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>

using namespace Accrue;
using namespace Accrue::Testing;
using namespace Qt::StringLiterals;

namespace {

// A three-level tree on one book, invoices issued by the distributor:
//   Default distributor (root)        ROOT: 400.00 due 2026-07-01
//   ├── North (partner)               BETA: 200.00 due 2026-07-01
//   │   └── Acme (customer tenant)    ACME: 100.00 due 2026-07-01,
//   │                                       50.00 due 2026-05-01 (60 days late on 06-30)
//   └── South (partner)               GAMMA: 300.00 due 2026-07-01
struct Tree
{
    TestBook book;
    qint64 root = 0, north = 0, south = 0, acmeTenant = 0;
    qint64 acme = 0, beta = 0, gamma = 0, rootCustomer = 0;
    Invoice acmeJune, acmeApril, betaJune, gammaJune, rootJune;

    Tree()
    {
        TenantService tenants(book.session());
        root = TenantRepository(book.db()).rootId();
        north = tenants.add(TenantKind::Partner, root, QStringLiteral("North")).id;
        south = tenants.add(TenantKind::Partner, root, QStringLiteral("South")).id;
        acme = book.addCustomer(QStringLiteral("ACME"), QStringLiteral("Acme Corp"));
        beta = book.addCustomer(QStringLiteral("BETA"), QStringLiteral("Beta Ltd"));
        gamma = book.addCustomer(QStringLiteral("GAMMA"), QStringLiteral("Gamma plc"));
        rootCustomer = book.addCustomer(QStringLiteral("ROOT"), QStringLiteral("Root Direct"));
        tenants.moveCustomer(beta, north);
        tenants.moveCustomer(gamma, south);
        acmeTenant = tenants.add(TenantKind::Customer, north, QStringLiteral("Acme"), acme).id;
        acmeJune = book.issue(acme, { { 1000, 10000 } });
        acmeApril = book.issue(acme, { { 1000, 5000 } }, QDate(2026, 4, 1));
        betaJune = book.issue(beta, { { 1000, 20000 } });
        gammaJune = book.issue(gamma, { { 1000, 30000 } });
        rootJune = book.issue(rootCustomer, { { 1000, 40000 } });
    }
};

QStringList invoiceNumbers(Session &s)
{
    QStringList numbers;
    InvoiceListFilter f;
    f.today = s.today();
    f.sortKey = QStringLiteral("number");
    InvoiceRegister(s.db()).invoices(f, [&](const InvoiceListRow &r) { numbers << r.number; });
    numbers.sort();
    return numbers;
}

QStringList customerCodes(Session &s)
{
    QStringList codes;
    CustomerListFilter f;
    f.today = s.today();
    for (const CustomerListRow &r :
         BookLists(s.db()).customers(f, ListWindow<CustomerListRow>::top(0, 100)))
        codes << r.code;
    codes.sort();
    return codes;
}

// The TOTAL row's "total" of AR aging as of 2026-06-30, in minor units.
qint64 agingTotal(Session &s, const QString &customer = {})
{
    ReportTable table;
    const ReportDefinition &report = ReportEngine::require(QStringLiteral("ar-aging"));
    ReportParameters p;
    p.asOf = QDate(2026, 6, 30);
    p.customer = customer;
    report.run(s.db(), ReportEngine::withDefaults(report, p, s.today()), table);
    int column = -1;
    for (int c = 0; c < table.columns().size(); ++c)
        if (table.columns().at(c).key == QLatin1String("total"))
            column = c;
    qint64 total = 0;
    for (int r = 0; r < table.rows().size(); ++r)
        if (table.isTotalRow(r))
            total += table.rows().at(r).at(column).value<Money>().minor();
    return total;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

// The kind of the Error `action` throws; General when it throws none.
Error::Kind refusal(const std::function<void()> &action)
{
    try {
        action();
    } catch (const Error &e) {
        return e.kind();
    }
    return Error::Kind::General;
}

QStringList reportNames(const Database &db)
{
    QStringList names;
    for (const ReportDefinition *r : ReportEngine::reportsFor(db))
        names << r->name;
    return names;
}

// A queued message of a document (kind empty: a test message), as the root
// queues it.
void queueMail(Database &db, const QString &kind, qint64 documentId, const QString &subject)
{
    OutboxMessage m;
    m.documentKind = kind;
    m.documentId = documentId;
    m.sender = QStringLiteral("billing@example.com");
    m.recipients = QStringList { QStringLiteral("ap@example.com") };
    m.subject = subject;
    m.message = "Subject: x\r\n\r\nx\r\n";
    m.nextAttemptAt = QDateTime(QDate(2026, 6, 30), QTime(9, 0), Qt::UTC);
    m.createdAt = m.nextAttemptAt;
    m.createdBy = QStringLiteral("tester");
    OutboxRepository(db).insert(m);
}

} // namespace

class TestTenants : public QObject
{
    Q_OBJECT

private slots:
    void treeIsKeptWithItsPaths();
    void workerConnectionsKeepTheScope();
    void eachUserSeesItsSubtree();
    void partnerAgingIsTheSumOfItsCustomers();
    void customerUserIsRefusedOtherCustomers();
    void writesStayInTheSubtree();
    void movingACustomerMovesItsScope();
    void serverEnforcesTheScope();
    void ledgerIsTheRoots();
    void partnerDashboardIsItsCustomers();
    void customerUserGetsOnlyItsDocuments();
    void serverKeepsTheBooksAndLetsPartnersPost();
    void migration17KeepsItsText();
};

void TestTenants::treeIsKeptWithItsPaths()
{
    Tree tree;
    const std::vector<Tenant> all = TenantService(tree.book.session()).subtree();
    QStringList shown;
    for (const Tenant &t : all)
        shown << QStringLiteral("%1%2").arg(QString(t.depth, u'.'), t.name);
    // Depth first, children by name.
    QCOMPARE(shown,
             (QStringList { QStringLiteral("Default distributor"), QStringLiteral(".North"),
                            QStringLiteral("..Acme"), QStringLiteral(".South") }));
    QVERIFY(TenantRepository(tree.book.db()).contains(tree.root, tree.acmeTenant));
    QVERIFY(!TenantRepository(tree.book.db()).contains(tree.south, tree.acmeTenant));
    QCOMPARE(TenantRepository(tree.book.db()).tenantOfCustomer(tree.acme), tree.acmeTenant);
    // A partner goes under a distributor only; a customer tenant holds nothing.
    TenantService tenants(tree.book.session());
    QVERIFY(errorOf([&] {
                tenants.add(TenantKind::Partner, tree.north, QStringLiteral("Sub"));
            }).contains(QStringLiteral("cannot hold")));
    QVERIFY(errorOf([&] {
                tenants.add(TenantKind::Customer, tree.acmeTenant, QStringLiteral("X"), tree.beta);
            }).contains(QStringLiteral("cannot hold")));
    QVERIFY(errorOf([&] {
                tenants.add(TenantKind::Customer, tree.north, QStringLiteral("Acme 2"), tree.acme);
            }).contains(QStringLiteral("already has")));
    // Every customer is in the tree; those from before went to the root.
    QCOMPARE(TenantRepository(tree.book.db()).tenantOfCustomer(tree.rootCustomer), tree.root);
    QVERIFY(AuditLog(tree.book.db(), QString()).verify().ok);
}

// The GUI runs reports, the dashboard and list pages on pool threads, each
// on a connection of its own: it must see what the user's own connection sees.
void TestTenants::workerConnectionsKeepTheScope()
{
    Tree tree;
    Member pat = join(tree.book, "pat", Role::Finance, tree.north);
    WorkerConnection worker(accessOf(pat.session->db()));
    QCOMPARE(BookLists(worker.db()).invoiceCount({}), 3); // ACME's two, BETA's one
    QCOMPARE(worker.db().tenantScope().tenantId, tree.north);
    WorkerConnection rootWorker(accessOf(tree.book.db()));
    QCOMPARE(BookLists(rootWorker.db()).invoiceCount({}), 5);
}

void TestTenants::eachUserSeesItsSubtree()
{
    Tree tree;
    Member pat = join(tree.book, "pat", Role::Finance, tree.north);
    Member cal = join(tree.book, "cal", Role::Viewer, tree.acmeTenant);
    Member sam = join(tree.book, "sam", Role::Viewer, tree.south);
    QVERIFY(pat.session->scope().isRestricted());
    QCOMPARE(pat.session->scope().tenantId, tree.north);
    QCOMPARE(cal.session->scope().customerId, tree.acme);
    QVERIFY(!tree.book.session().scope().isRestricted());

    QCOMPARE(invoiceNumbers(tree.book.session()).size(), 5);
    QCOMPARE(invoiceNumbers(*pat.session),
             sorted({ tree.acmeJune.number, tree.acmeApril.number, tree.betaJune.number }));
    QCOMPARE(invoiceNumbers(*cal.session), sorted({ tree.acmeJune.number, tree.acmeApril.number }));
    QCOMPARE(invoiceNumbers(*sam.session), QStringList { tree.gammaJune.number });

    QCOMPARE(customerCodes(tree.book.session()),
             (QStringList { QStringLiteral("ACME"), QStringLiteral("BETA"), QStringLiteral("GAMMA"),
                            QStringLiteral("ROOT") }));
    QCOMPARE(customerCodes(*pat.session),
             (QStringList { QStringLiteral("ACME"), QStringLiteral("BETA") }));
    QCOMPARE(customerCodes(*cal.session), QStringList { QStringLiteral("ACME") });
    QCOMPARE(BookLists(pat.session->db()).invoiceCount({}), 3);

    // Users of a partner are listed to its admins only below it.
    QStringList names;
    for (const BookUser &u : UserService(*pat.session).list())
        names << u.name;
    QVERIFY(names.contains(cal.name));
    QVERIFY(!names.contains(sam.name));
}

void TestTenants::partnerAgingIsTheSumOfItsCustomers()
{
    Tree tree;
    Member pat = join(tree.book, "pat", Role::Finance, tree.north);
    Member cal = join(tree.book, "cal", Role::Viewer, tree.acmeTenant);
    // ACME: 100.00 current + 50.00 at 31-60 days = 150.00; BETA: 200.00.
    QCOMPARE(agingTotal(*cal.session), 15000);
    QCOMPARE(agingTotal(tree.book.session(), QStringLiteral("ACME")), 15000);
    QCOMPARE(agingTotal(tree.book.session(), QStringLiteral("BETA")), 20000);
    // North = ACME + BETA = 150.00 + 200.00 = 350.00, not GAMMA's or ROOT's.
    QCOMPARE(agingTotal(*pat.session), 15000 + 20000);
    // The distributor: 350.00 + GAMMA 300.00 + ROOT 400.00 = 1050.00.
    QCOMPARE(agingTotal(tree.book.session()), 105000);
}

void TestTenants::customerUserIsRefusedOtherCustomers()
{
    Tree tree;
    Member cal = join(tree.book, "cal", Role::Viewer, tree.acmeTenant);
    InvoiceRepository invoices(*cal.db);
    // By number, by id, by report filter: as if they did not exist.
    QVERIFY(!invoices.findIdByNumber(tree.gammaJune.number));
    QVERIFY(!invoices.load(tree.gammaJune.id));
    QVERIFY(!invoices.load(tree.betaJune.id));
    QVERIFY(invoices.load(tree.acmeJune.id));
    QCOMPARE(errorOf([&] { InvoiceService(*cal.session).load(tree.gammaJune.id); }),
             QStringLiteral("No invoice with id %1").arg(tree.gammaJune.id));
    QCOMPARE(errorOf([&] { InvoiceService(*cal.session).loadByNumber(tree.gammaJune.number); }),
             QStringLiteral("No invoice numbered “%1”").arg(tree.gammaJune.number));
    QCOMPARE(agingTotal(*cal.session, QStringLiteral("GAMMA")), 0);
    QCOMPARE(agingTotal(*cal.session, QStringLiteral("BETA")), 0);
    InvoiceListFilter byCustomer;
    byCustomer.customer = QStringLiteral("GAMMA");
    QCOMPARE(BookLists(*cal.db).invoiceCount(byCustomer), 0);
    QVERIFY(!CustomerRepository(*cal.db).findByCode(QStringLiteral("GAMMA")));
    QVERIFY(!CustomerRepository(*cal.db).find(tree.beta));
}

void TestTenants::writesStayInTheSubtree()
{
    Tree tree;
    Member pat = join(tree.book, "pat", Role::Finance, tree.north);
    Member val = join(tree.book, "val", Role::Viewer, tree.north);
    Member cal = join(tree.book, "cal", Role::Finance, tree.acmeTenant);
    // A partner bills its own customers, not another partner's.
    const qint64 draft
        = InvoiceService(*pat.session).createDraft(tree.book.draft(tree.beta, { { 1000, 700 } }));
    QVERIFY(draft > 0);
    QVERIFY(errorOf([&] {
                InvoiceService(*pat.session)
                    .createDraft(tree.book.draft(tree.gamma, { { 1000, 700 } }));
            })
            != QStringLiteral("(no error)"));
    // A Viewer in a partner tenant cannot write at all.
    try {
        InvoiceService(*val.session).createDraft(tree.book.draft(tree.beta, { { 1000, 700 } }));
        QFAIL("a partner's viewer created an invoice");
    } catch (const Error &e) {
        QCOMPARE(e.kind(), Error::Kind::PermissionDenied);
    }
    // A customer's user does not bill, whatever its role.
    try {
        InvoiceService(*cal.session).createDraft(tree.book.draft(tree.acme, { { 1000, 700 } }));
        QFAIL("a customer's user created an invoice");
    } catch (const Error &e) {
        QCOMPARE(e.kind(), Error::Kind::PermissionDenied);
    }
    // Only admins manage tenants; and only below their own.
    QVERIFY(errorOf([&] {
                TenantService(*pat.session)
                    .add(TenantKind::Customer, tree.north, QStringLiteral("Beta"), tree.beta);
            }).contains(QStringLiteral("may not")));
    Member ada = join(tree.book, "ada", Role::Admin, tree.north);
    const Tenant betaTenant
        = TenantService(*ada.session)
              .add(TenantKind::Customer, tree.north, QStringLiteral("Beta"), tree.beta);
    QCOMPARE(betaTenant.parentId, tree.north);
    QVERIFY(
        errorOf([&] {
            TenantService(*ada.session).add(TenantKind::Partner, tree.root, QStringLiteral("West"));
        }).contains(QStringLiteral("not below")));
    QVERIFY(errorOf([&] {
                TenantService(*ada.session).moveCustomer(tree.gamma, tree.north);
            }).contains(QStringLiteral("not in its tenant")));
    QVERIFY(errorOf([&] {
                UserService(*ada.session)
                    .setRole(QStringLiteral("x_outsider"), Role::Viewer, {}, tree.south);
            }).contains(QStringLiteral("not below")));
}

void TestTenants::movingACustomerMovesItsScope()
{
    Tree tree;
    Member pat = join(tree.book, "pat", Role::Finance, tree.north);
    Member sam = join(tree.book, "sam", Role::Viewer, tree.south);
    Member cal = join(tree.book, "cal", Role::Viewer, tree.acmeTenant);
    const qint64 auditBefore = AuditRepository(tree.book.db()).count();
    TenantService(tree.book.session()).moveCustomer(tree.beta, tree.south);
    // ACME with its own tenant (and its users) moves too.
    TenantService(tree.book.session()).moveCustomer(tree.acme, tree.south);
    QCOMPARE(AuditRepository(tree.book.db()).count(), auditBefore + 2);
    QCOMPARE(customerCodes(*pat.session), QStringList());
    QCOMPARE(invoiceNumbers(*pat.session), QStringList());
    QCOMPARE(
        customerCodes(*sam.session),
        (QStringList { QStringLiteral("ACME"), QStringLiteral("BETA"), QStringLiteral("GAMMA") }));
    // South: ACME 150.00 + BETA 200.00 + GAMMA 300.00 = 650.00.
    QCOMPARE(agingTotal(*sam.session), 65000);
    QCOMPARE(invoiceNumbers(*cal.session), sorted({ tree.acmeJune.number, tree.acmeApril.number }));
    QCOMPARE(TenantRepository(tree.book.db()).find(tree.acmeTenant)->parentId, tree.south);
    QVERIFY(TenantRepository(tree.book.db()).contains(tree.south, tree.acmeTenant));
    QVERIFY(!TenantRepository(tree.book.db()).contains(tree.north, tree.acmeTenant));
    // The documents themselves did not change.
    const Invoice beta = tree.book.reload(tree.betaJune.id);
    QCOMPARE(beta.number, tree.betaJune.number);
    QCOMPARE(beta.customerId, tree.beta);
    QCOMPARE(beta.total.minor(), 20000);
    QCOMPARE(beta.version, tree.betaJune.version);
    tree.book.checkBooks();
    QVERIFY(AuditLog(tree.book.db(), QString()).verify().ok);
}

void TestTenants::serverEnforcesTheScope()
{
    if (!TestDatabase::onPostgres()) {
        // SQLite has no server: the scope is core's, on the connection.
        Tree tree;
        Member cal = join(tree.book, "cal", Role::Viewer, tree.acmeTenant);
        QSqlQuery q(cal.db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM invoice")) && q.next());
        // A file-level book: whoever reads the file reads every row.
        QCOMPARE(q.value(0).toInt(), 5);
        return;
    }
    Tree tree;
    Member pat = join(tree.book, "pat", Role::Finance, tree.north);
    Member cal = join(tree.book, "cal", Role::Viewer, tree.acmeTenant);
    auto count = [](Database &db, const QString &sql) {
        QSqlQuery q(db.connection());
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toInt();
    };
    // Plain SQL on the login's own connection, as psql sends it.
    QCOMPARE(count(*cal.db, QStringLiteral("SELECT COUNT(*) FROM invoice")), 2);
    QCOMPARE(count(*cal.db, QStringLiteral("SELECT COUNT(*) FROM customer")), 1);
    QCOMPARE(count(*cal.db,
                   QStringLiteral("SELECT COUNT(*) FROM invoice WHERE number = '%1'")
                       .arg(tree.gammaJune.number)),
             0);
    QCOMPARE(count(*cal.db,
                   QStringLiteral("SELECT COUNT(*) FROM invoice_line WHERE invoice_id = %1")
                       .arg(tree.gammaJune.id)),
             0);
    QCOMPARE(count(*pat.db, QStringLiteral("SELECT COUNT(*) FROM invoice")), 3);
    QCOMPARE(count(*pat.db, QStringLiteral("SELECT COUNT(*) FROM customer")), 2);
    // The owner (and the root's users) see everything.
    QCOMPARE(count(tree.book.db(), QStringLiteral("SELECT COUNT(*) FROM invoice")), 5);
    // A partner's login cannot write another partner's customer's rows.
    QSqlQuery w(pat.db->connection());
    QVERIFY(!w.exec(QStringLiteral("UPDATE customer SET tenant_id = %1 WHERE id = %2")
                        .arg(tree.north)
                        .arg(tree.gamma))
            || w.numRowsAffected() == 0);
    QVERIFY(!w.exec(QStringLiteral("INSERT INTO payment_method (customer_id, kind) VALUES (%1, "
                                   "'card')")
                        .arg(tree.gamma)));
    QVERIFY2(w.lastError().text().contains(QStringLiteral("row-level security")),
             qPrintable(w.lastError().text()));
    // A partner's admin keeps to its subtree in the tree too: no path or
    // parent that would put another partner's tenant under its own.
    Member pia = join(tree.book, "pia", Role::Admin, tree.north);
    QSqlQuery tree_(pia.db->connection());
    QVERIFY(!tree_.exec(QStringLiteral("INSERT INTO tenant_path (ancestor_id, descendant_id, "
                                       "depth) VALUES (%1, %2, 1)")
                            .arg(tree.north)
                            .arg(tree.south)));
    QVERIFY(!tree_.exec(QStringLiteral("UPDATE tenant SET parent_id = %1 WHERE id = %2")
                            .arg(tree.north)
                            .arg(tree.south))
            || tree_.numRowsAffected() == 0);
    QCOMPARE(count(*pia.db, QStringLiteral("SELECT COUNT(*) FROM invoice")), 3);
    // ... while it still adds its own customers' tenants.
    QVERIFY(TenantService(*pia.session)
                .add(TenantKind::Customer, tree.north, QStringLiteral("Beta"), tree.beta)
                .id
            > 0);
    // The tenant line the policies read is derived by the server: a login
    // that may write an invoice row cannot widen who sees it.
    QSqlQuery forge(tree.book.db().connection());
    QVERIFY(forge.exec(QStringLiteral("UPDATE invoice SET tenant_line = ARRAY[%1]::BIGINT[] "
                                      "WHERE id = %2")
                           .arg(tree.north)
                           .arg(tree.gammaJune.id)));
    QCOMPARE(count(*pat.db, QStringLiteral("SELECT COUNT(*) FROM invoice")), 3);
    // Each layer holds alone: the app's reads on the partner's login are
    // narrowed by the server (core adds no filter on PostgreSQL), and the
    // owner's connection given the partner's scope (policies bypassed) gets
    // the same rows from core's filter.
    QVERIFY(pat.db->customerScope(QStringLiteral("i.customer_id")).isEmpty());
    QCOMPARE(BookLists(*pat.db).invoiceCount({}), 3);
    auto owner = Database::open(tree.book.db().location(), Database::OpenMode::MustExist);
    owner->setTenantScope(pat.db->tenantScope(), Database::ScopeFilter::InCore);
    QCOMPARE(BookLists(*owner).invoiceCount({}), 3);
    // Another login's scope is not for the asking.
    QCOMPARE(
        count(*cal.db,
              QStringLiteral("SELECT COUNT(*) FROM accrue_visible_customers('%1')").arg(pat.name)),
        0);
}

void TestTenants::ledgerIsTheRoots()
{
    Tree tree;
    Member pat = join(tree.book, "pat", Role::Finance, tree.north);
    ReportParameters p;
    p.today = QDate(2026, 6, 30);
    ReportTable table; // refused before anything is written to it
    for (const char *name :
         { "trial-balance", "general-ledger", "payment-reconciliation", "deferred-rollforward" }) {
        const QString report = QString::fromLatin1(name);
        QVERIFY2(refusal([&] { ReportEngine::run(*pat.db, report, p, table); })
                     == Error::Kind::PermissionDenied,
                 name);
        // Listed to the root's users only.
        QVERIFY2(!reportNames(*pat.db).contains(report), name);
        QVERIFY2(reportNames(tree.book.db()).contains(report), name);
    }
    QCOMPARE(
        errorOf([&] { ReportEngine::run(*pat.db, QStringLiteral("general-ledger"), p, table); }),
        QStringLiteral("General ledger is the distributor's; North sees its customers' "
                       "billing in the billing reports"));
    // The billing reports stay, on its own customers.
    QVERIFY(reportNames(*pat.db).contains(QStringLiteral("ar-aging")));
    QVERIFY(reportNames(*pat.db).contains(QStringLiteral("statement-of-account")));
    // The journal export and the bank's lines likewise.
    QTemporaryDir dir;
    QCOMPARE(refusal([&] {
                 JournalExportService(*pat.session)
                     .exportTo(ExportFormat::Ledger, ExportRange {}, dir.filePath(u"j.journal"_s));
             }),
             Error::Kind::PermissionDenied);
    QVERIFY(!QFile::exists(dir.filePath(u"j.journal"_s)));
    QCOMPARE(refusal([&] { BookLists(*pat.db).bankLineCount({}); }), Error::Kind::PermissionDenied);
    // The root's users run them all.
    ReportTable balances;
    ReportEngine::run(tree.book.db(), QStringLiteral("trial-balance"), p, balances);
    QVERIFY(!balances.rows().isEmpty());
    QCOMPARE(BookLists(tree.book.db()).bankLineCount({}), 0);
}

void TestTenants::partnerDashboardIsItsCustomers()
{
    Tree tree;
    Member pat = join(tree.book, "pat", Role::Finance, tree.north);
    Member cal = join(tree.book, "cal", Role::Viewer, tree.acmeTenant);
    const Period june { QDate(2026, 6, 1), QDate(2026, 6, 30) };
    const QDate today(2026, 6, 30);
    // June's invoices (no tax): ACME 100.00, BETA 200.00, GAMMA 300.00,
    // ROOT 400.00; ACME's 50.00 of April is not June's.
    const DashboardFigures root = DashboardReport(tree.book.db()).figures(june, today);
    QVERIFY(!root.revenueIsBilled);
    QCOMPARE(root.revenue.minor(), 10000 + 20000 + 30000 + 40000);
    // North: ACME 100.00 + BETA 200.00.
    const DashboardFigures north = DashboardReport(*pat.db).figures(june, today);
    QVERIFY(north.revenueIsBilled);
    QCOMPARE(north.revenue.minor(), 10000 + 20000);
    QCOMPARE(north.outstanding.minor(), 15000 + 20000);
    // DSO over the 90 days to 06-30 (from 04-02: April's invoice is out):
    // 350.00 open / 300.00 invoiced x 90 = 105.0 days (the book: 1050 / 1000
    // x 90 = 94.5).
    QVERIFY(north.dsoDays);
    QCOMPARE(*north.dsoDays, 105.0);
    QCOMPARE(*root.dsoDays, 94.5);
    const DashboardFigures acme = DashboardReport(*cal.db).figures(june, today);
    QCOMPARE(acme.revenue.minor(), 10000);
    // The trend: April 50.00 and June 300.00 for North.
    std::map<QString, qint64> trend;
    for (const auto &m : DashboardReport(*pat.db).revenueTrend(root.currency, today))
        trend[m.month] += m.amountMinor;
    QCOMPARE(trend[QStringLiteral("2026-04")], 5000);
    QCOMPARE(trend[QStringLiteral("2026-06")], 30000);
    QCOMPARE(trend[QStringLiteral("2026-05")], 0);
}

void TestTenants::customerUserGetsOnlyItsDocuments()
{
    Tree tree;
    Member cara = join(tree.book, "cara", Role::Finance, tree.acmeTenant);
    // The batch the CLI and the Invoices page build: the user's list.
    std::vector<qint64> ids;
    InvoiceListFilter f;
    f.today = cara.session->today();
    InvoiceRegister(*cara.db).invoices(f, [&](const InvoiceListRow &r) { ids.push_back(r.id); });
    QTemporaryDir dir;
    InvoicePdfBatch batch(*cara.session, QPageSize::A4, QLocale::c());
    QCOMPARE(batch.write(ids, dir.path()), 2);
    QCOMPARE(sorted(QDir(dir.path()).entryList(QDir::Files)),
             sorted({ tree.acmeJune.number + u".pdf"_s, tree.acmeApril.number + u".pdf"_s }));
    // Another customer's invoice, by id: not found.
    QCOMPARE(errorOf([&] { batch.writeOne(tree.betaJune.id, dir.filePath(u"x.pdf"_s)); }),
             QStringLiteral("No invoice with id %1").arg(tree.betaJune.id));
    QCOMPARE(errorOf([&] { batch.write({ tree.gammaJune.id }, dir.path()); }),
             QStringLiteral("No invoice with id %1").arg(tree.gammaJune.id));
    // The outbox: ACME's invoice mail and reminder, not BETA's, not a test message.
    queueMail(tree.book.db(), QStringLiteral("invoice"), tree.acmeJune.id, u"acme"_s);
    queueMail(tree.book.db(), QStringLiteral("reminder"), tree.acmeApril.id, u"acme late"_s);
    queueMail(tree.book.db(), QStringLiteral("invoice"), tree.betaJune.id, u"beta"_s);
    queueMail(tree.book.db(), QString(), 0, u"test"_s);
    QStringList subjects;
    for (const OutboxMessage &m : OutboxService(*cara.session).list())
        subjects << m.subject;
    QCOMPARE(sorted(subjects), (QStringList { u"acme"_s, u"acme late"_s }));
    QCOMPARE(OutboxService(tree.book.session()).list().size(), size_t(4));
    QVERIFY(OutboxService(*cara.session).forDocument(u"invoice"_s, tree.betaJune.id).empty());
    // Receipts: ACME's, not BETA's, by number or in the list.
    const Currency eur = Currency::require(QStringLiteral("EUR"));
    PaymentService payments(tree.book.session());
    const Payment acmePaid = payments.payInvoice(tree.acmeJune.id, Money(10000, eur),
                                                 QDate(2026, 6, 20), PaymentMethodKind::Cash, {});
    const Payment betaPaid = payments.payInvoice(tree.betaJune.id, Money(20000, eur),
                                                 QDate(2026, 6, 21), PaymentMethodKind::Cash, {});
    ReceiptService rootReceipts(tree.book.session());
    const QString acmeReceipt = rootReceipts.forPayment(acmePaid.id)->number;
    const QString betaReceipt = rootReceipts.forPayment(betaPaid.id)->number;
    ReceiptService receipts(*cara.session);
    QCOMPARE(receipts.find(acmeReceipt).paymentId, acmePaid.id);
    QCOMPARE(errorOf([&] { receipts.find(betaReceipt); }), u"No receipt %1"_s.arg(betaReceipt));
    QVERIFY(!receipts.forPayment(betaPaid.id));
    QStringList listed;
    for (const ReceiptListRow &r : receipts.list())
        listed << r.number;
    QCOMPARE(listed, QStringList { acmeReceipt });
    QCOMPARE(rootReceipts.list().size(), size_t(2));
}

void TestTenants::serverKeepsTheBooksAndLetsPartnersPost()
{
    Tree tree;
    Member pat = join(tree.book, "pat", Role::Finance, tree.north);
    const Currency eur = Currency::require(QStringLiteral("EUR"));
    // The root is paid by BETA (North's) and GAMMA (South's).
    PaymentService(tree.book.session())
        .payInvoice(tree.betaJune.id, Money(20000, eur), QDate(2026, 6, 20),
                    PaymentMethodKind::BankTransfer, {});
    PaymentService(tree.book.session())
        .payInvoice(tree.gammaJune.id, Money(30000, eur), QDate(2026, 6, 21),
                    PaymentMethodKind::BankTransfer, {});
    // North's Finance user bills and is paid by its own customer: the
    // postings (journal, monthly balances) pass row-level security.
    InvoiceService invoices(*pat.session);
    const Invoice own = invoices.issue(
        invoices.createDraft(tree.book.draft(tree.beta, { { 1000, 7000 } }, QDate(2026, 6, 25))));
    QCOMPARE(own.total.minor(), 7000);
    PaymentService(*pat.session)
        .payInvoice(own.id, Money(7000, eur), QDate(2026, 6, 28), PaymentMethodKind::Card, {});
    QCOMPARE(tree.book.reload(own.id).balance.minor(), 0);
    tree.book.checkBooks();
    // Revenue 100.00 + 200.00 + 300.00 + 400.00 + 50.00 + 70.00 (no tax).
    QCOMPARE(-tree.book.roleBalance(QStringLiteral("revenue")), 112000);
    if (!TestDatabase::onPostgres())
        return;
    auto count = [](Database &db, const QString &sql) {
        QSqlQuery q(db.connection());
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toInt();
    };
    const QString north = QStringLiteral("(%1, %2)").arg(tree.acme).arg(tree.beta);
    // Plain SQL as North's login: no line of another customer or of none,
    // no monthly balance, no bank line.
    QCOMPARE(count(*pat.db,
                   u"SELECT COUNT(*) FROM journal_line WHERE customer_id IS NULL"
                   " OR customer_id NOT IN "_s
                       + north),
             0);
    QVERIFY(count(*pat.db, u"SELECT COUNT(*) FROM journal_line"_s) > 0);
    QCOMPARE(count(*pat.db, u"SELECT COUNT(*) FROM ledger_month"_s), 0);
    QVERIFY(count(tree.book.db(), u"SELECT COUNT(*) FROM ledger_month"_s) > 0);
    QCOMPARE(count(*pat.db, u"SELECT COUNT(*) FROM bank_transaction"_s), 0);
    QCOMPARE(count(*pat.db, u"SELECT COUNT(*) FROM period_close"_s), 0);
    // Allocations and receipts: BETA's two (the root's payment and North's), not GAMMA's.
    QCOMPARE(count(*pat.db, u"SELECT COUNT(*) FROM allocation"_s), 2);
    QCOMPARE(count(*pat.db, u"SELECT COUNT(*) FROM receipt"_s), 2);
    QCOMPARE(count(*pat.db,
                   u"SELECT COUNT(*) FROM allocation WHERE invoice_id = "_s
                       + QString::number(tree.gammaJune.id)),
             0);
    QCOMPARE(count(tree.book.db(), u"SELECT COUNT(*) FROM allocation"_s), 3);
    QCOMPARE(count(tree.book.db(), u"SELECT COUNT(*) FROM receipt"_s), 3);
    // A partner's login cannot add to the monthly balances by hand, nor an
    // entry already posted a second time through the owner's function.
    QSqlQuery again(pat.db->connection());
    QVERIFY2(again.exec(u"SELECT accrue_post_ledger_month(id) FROM journal_entry"
                        " WHERE source_type = 'invoice' AND source_id = "_s
                        + QString::number(own.id)),
             qPrintable(again.lastError().text()));
    tree.book.checkBooks();
    QSqlQuery w(pat.db->connection());
    QVERIFY(!w.exec(u"INSERT INTO ledger_month (account_id, currency, month, debit_minor, "
                    "credit_minor) VALUES ((SELECT MIN(id) FROM account), 'EUR', '2026-06', 1, "
                    "0)"_s));
}

void TestTenants::migration17KeepsItsText()
{
    // Migration 17's policies as they were written by hand, before the
    // generator wrote them: a book upgraded today gets the same text.
    const QStringList handWritten {
        u"ALTER TABLE customer ENABLE ROW LEVEL SECURITY"_s,
        u"CREATE POLICY customer_tenant ON customer USING ((SELECT accrue_sees_all(current_user))\n"
        "    OR tenant_id IN (SELECT accrue_visible_tenants(current_user)))"_s,
        u"ALTER TABLE invoice ENABLE ROW LEVEL SECURITY"_s,
        u"CREATE POLICY invoice_tenant ON invoice USING ((SELECT accrue_sees_all(current_user))\n"
        "    OR customer_id IN (SELECT accrue_visible_customers(current_user)))"_s,
        u"ALTER TABLE credit_note ENABLE ROW LEVEL SECURITY"_s,
        u"CREATE POLICY credit_note_tenant ON credit_note USING ((SELECT "
        "accrue_sees_all(current_user))\n"
        "    OR customer_id IN (SELECT accrue_visible_customers(current_user)))"_s,
        u"ALTER TABLE payment ENABLE ROW LEVEL SECURITY"_s,
        u"CREATE POLICY payment_tenant ON payment USING ((SELECT accrue_sees_all(current_user))\n"
        "    OR customer_id IN (SELECT accrue_visible_customers(current_user)))"_s,
        u"ALTER TABLE subscription ENABLE ROW LEVEL SECURITY"_s,
        u"CREATE POLICY subscription_tenant ON subscription USING ((SELECT "
        "accrue_sees_all(current_user))\n"
        "    OR customer_id IN (SELECT accrue_visible_customers(current_user)))"_s,
        u"ALTER TABLE billing_profile ENABLE ROW LEVEL SECURITY"_s,
        u"CREATE POLICY billing_profile_tenant ON billing_profile\n"
        "    USING ((SELECT accrue_sees_all(current_user))\n"
        "    OR customer_id IN (SELECT accrue_visible_customers(current_user)))"_s,
        u"ALTER TABLE payment_method ENABLE ROW LEVEL SECURITY"_s,
        u"CREATE POLICY payment_method_tenant ON payment_method\n"
        "    USING ((SELECT accrue_sees_all(current_user))\n"
        "    OR customer_id IN (SELECT accrue_visible_customers(current_user)))"_s,
        u"ALTER TABLE invoice_line ENABLE ROW LEVEL SECURITY"_s,
        u"CREATE POLICY invoice_line_tenant ON invoice_line USING ((SELECT "
        "accrue_sees_all(current_user))\n"
        "    OR invoice_id IN (SELECT id FROM invoice))"_s,
        u"ALTER TABLE credit_note_line ENABLE ROW LEVEL SECURITY"_s,
        u"CREATE POLICY credit_note_line_tenant ON credit_note_line\n"
        "    USING ((SELECT accrue_sees_all(current_user))\n"
        "    OR credit_note_id IN (SELECT id FROM credit_note))"_s
    };
    const QStringList statements = Migrations::postgresStatements(17);
    QVERIFY(statements.size() > handWritten.size());
    QCOMPARE(statements.mid(statements.size() - handWritten.size()), handWritten);
    // Migration 18: a policy on each of its tables, after its function.
    const QStringList later = Migrations::postgresStatements(18);
    QVERIFY(later.contains(
        u"CREATE POLICY ledger_month_tenant ON ledger_month USING ((SELECT accrue_sees_all(current_user)))"_s));
    QVERIFY(later.contains(u"ALTER TABLE receipt_line ENABLE ROW LEVEL SECURITY"_s));
}

// QTEST_MAIN: the PDF batch lays documents out with fonts (a QGuiApplication).
QTEST_MAIN(TestTenants)
#include "tst_tenants.moc"
